using System.Diagnostics;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>Feeds a target its corpus, one case at a time, and tallies the outcomes.</summary>
public static class FuzzRunner
{
    public static async Task<FuzzReport> RunAsync(FuzzTarget target, int count, int seed, FuzzSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var report = new FuzzReport(target.Name, seed);
        var watch = Stopwatch.StartNew();
        foreach (var @case in FuzzCorpus.Cases(target.Seeds, count, seed, sizes))
        {
            report.Add(@case, await RunCaseAsync(target, @case, cancellationToken).ConfigureAwait(false));
        }

        report.Elapsed = watch.Elapsed;
        return report;
    }

    public static async Task<FuzzResult> RunCaseAsync(FuzzTarget target, FuzzCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(@case);
        try
        {
            return await target.Run(@case.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            return FuzzResult.Rejected(e.Message);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return FuzzResult.Crashed(e);
        }
    }
}
