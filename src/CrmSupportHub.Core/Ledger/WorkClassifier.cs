using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// Classifies an entry from its kind, request and day. Precedence: mini-project, session, not covered,
/// hypercare, support. It looks at no other entry, so it gives the same answer in any month.
/// </summary>
internal sealed class WorkClassifier
{
    private readonly Dictionary<string, DateOnly> _convertedOn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HypercareWindow>> _changeWindows = new(StringComparer.Ordinal);
    private readonly HypercareWindow? _goLiveWindow;

    public WorkClassifier(ClientProfile client, IEnumerable<MiniProject> miniProjects, IEnumerable<ChangeDelivered> changes)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var project in miniProjects)
        {
            var day = client.LocalDate(project.ConvertedAt);
            if (!_convertedOn.TryGetValue(project.RequestId, out var known) || day < known)
            {
                _convertedOn[project.RequestId] = day;
            }
        }

        if (client.GoLive is { } goLive)
        {
            _goLiveWindow = HypercareWindow.From(goLive, client.Contract.InForceOn(goLive).Terms.HypercareDays);
        }

        foreach (var change in changes)
        {
            var terms = client.Contract.InForceOn(change.Date).Terms;
            if (!terms.HypercareAfterChanges)
            {
                continue;
            }

            if (!_changeWindows.TryGetValue(change.RequestId, out var windows))
            {
                _changeWindows[change.RequestId] = windows = [];
            }

            windows.Add(HypercareWindow.From(change.Date, terms.HypercareDays));
        }
    }

    public WorkClass Classify(WorkKind kind, string? requestId, DateOnly date)
    {
        if (kind == WorkKind.MiniProject
            || (requestId is not null && _convertedOn.TryGetValue(requestId, out var converted) && date >= converted))
        {
            return WorkClass.MiniProject;
        }

        return kind switch
        {
            WorkKind.Session => WorkClass.Session,
            WorkKind.NotCovered => WorkClass.NotCovered,
            _ when InHypercare(requestId, date) => WorkClass.Hypercare,
            _ => WorkClass.Support,
        };
    }

    private bool InHypercare(string? requestId, DateOnly date) =>
        _goLiveWindow?.Contains(date) == true
        || (requestId is not null && _changeWindows.TryGetValue(requestId, out var windows) && windows.Exists(w => w.Contains(date)));
}
