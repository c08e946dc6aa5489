using CrmSupportHub.Core.Ledger;
using Quartz;

namespace CrmSupportHub.Worker.Jobs;

/// <summary>
/// Closes every month of a client that has ended in the client's time zone and is still open,
/// freezing its ledger. Runs just after local midnight each day and once at start-up, so a
/// month end missed while the worker was down is closed on the next start.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CloseMonthsJob(LedgerService ledger, ILogger<CloseMonthsJob> logger) : IJob
{
    public const string Group = "close-months";
    public const string ClosedBy = "month-closing job";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var clientId = context.JobDetail.Key.Name;
        try
        {
            foreach (var closed in await ledger.CloseEndedMonthsAsync(clientId, ClosedBy, cancellationToken).ConfigureAwait(false))
            {
                LogClosed(clientId, closed.Month.ToString(), closed.Result.CarryOutMinutes);
            }
        }
        catch (LedgerException ex)
        {
            LogRefused(clientId, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client {ClientId}: month {Month} closed, {CarryOut} minutes carried over")]
    private partial void LogClosed(string clientId, string month, int carryOut);

    [LoggerMessage(Level = LogLevel.Error, Message = "Client {ClientId}: months could not be closed: {Reason}")]
    private partial void LogRefused(string clientId, string reason);
}
