using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Ledger;

/// <summary>Sums mini-project hours per request with the same classification the month ledger uses.</summary>
public static class MiniProjectTracker
{
    /// <summary>
    /// Progress of the mini-projects converted in <paramref name="month"/> or worked on in it.
    /// <paramref name="entries"/> are the entries on their requests, in any month.
    /// </summary>
    public static IReadOnlyList<MiniProjectProgress> Progress(
        ClientProfile client,
        MonthLedger month,
        IReadOnlyList<MiniProject> projects,
        IReadOnlyList<WorkEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(entries);
        var classifier = new WorkClassifier(client, projects, []);
        var progress = new List<MiniProjectProgress>();
        foreach (var project in projects.OrderBy(p => p.ConvertedAt).ThenBy(p => p.RequestId, StringComparer.Ordinal))
        {
            var converted = LedgerMonth.Of(client.LocalDate(project.ConvertedAt));
            var monthMinutes = month.MiniProjects.Where(r => r.RequestId == project.RequestId).Sum(r => r.Minutes);
            if (converted > month.Month || (converted != month.Month && monthMinutes == 0))
            {
                continue;
            }

            var toDate = entries
                .Where(e => e.RequestId == project.RequestId && e.Month <= month.Month)
                .Where(e => classifier.Classify(e.Kind, e.RequestId, e.Date) == WorkClass.MiniProject)
                .Sum(e => e.Minutes);
            progress.Add(new MiniProjectProgress(project.RequestId, project.EstimateHours, project.ConvertedAt, monthMinutes, toDate));
        }

        return progress;
    }
}
