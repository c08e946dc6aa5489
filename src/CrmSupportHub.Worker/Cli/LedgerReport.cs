using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Cli;

/// <summary>What <c>log-hours</c> and <c>correct</c> print after the entry: the month's hours left and any overage alert.</summary>
internal static class LedgerReport
{
    public static async Task WriteAsync(CliSession session, IServiceProvider services, RecordedWork recorded, CancellationToken cancellationToken)
    {
        var entry = recorded.Entry;
        var month = await services.GetRequiredService<LedgerService>().GetMonthAsync(entry.ClientId, entry.Month, cancellationToken).ConfigureAwait(false);
        session.Out.WriteLine(
            $"{entry.ClientId} {month.Month}: {CliText.Hours(CliText.MinutesLeft(month))} h left of {CliText.Hours(month.AvailableMinutes)} h.");
        if (recorded.Alert is { } alert)
        {
            session.Out.WriteLine($"ALERT unapproved overage: {alert.Describe()} Record the client's approval with 'approve-overage'.");
        }
    }
}
