using System.Globalization;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>The tally of one fuzz run over one parser, with every finding and the seed that reproduces it.</summary>
public sealed class FuzzReport(string target, int seed)
{
    private readonly List<(FuzzCase Case, FuzzResult Result)> _findings = [];

    public string Target { get; } = target;

    public int Seed { get; } = seed;

    public int Cases { get; private set; }

    public int Accepted { get; private set; }

    public int Rejected { get; private set; }

    public int Crashes { get; private set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Crashes, unsound acceptances, rejections without a reason, and valid seeds not accepted.</summary>
    public IReadOnlyList<(FuzzCase Case, FuzzResult Result)> Findings => _findings;

    public double CasesPerSecond => Elapsed > TimeSpan.Zero ? Cases / Elapsed.TotalSeconds : 0;

    public void Add(FuzzCase @case, FuzzResult result)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(result);
        Cases++;
        Accepted += result.Outcome == FuzzOutcome.Accepted ? 1 : 0;
        Rejected += result.Outcome == FuzzOutcome.Rejected ? 1 : 0;
        Crashes += result.Outcome == FuzzOutcome.Crashed ? 1 : 0;
        if (result.IsFinding || (@case.Mutation == FuzzMutation.Seed && result.Outcome != FuzzOutcome.Accepted))
        {
            _findings.Add((@case, result));
        }
    }

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Target}: {Cases} cases in {Elapsed.TotalSeconds:F2} s ({CasesPerSecond:N0}/s), {Accepted} accepted, {Rejected} rejected, {Crashes} crashes, {Findings.Count} findings (seed {Seed})");

    public string Describe(int max = 10) =>
        string.Join(Environment.NewLine, [Summary(), .. Findings.Take(max).Select(f => $"  {f.Case}: {f.Result.Outcome} {f.Result.Detail}")]);
}
