using System.Diagnostics;
using System.Globalization;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Ledger.Statements;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Bench.Ledger;

/// <summary>
/// A month with 10,000 work entries (support, hypercare, mini-project, corrections, closed-month
/// adjustments, approvals): computes the month, builds the statement and renders it three ways.
/// Optional argument: the number of entries.
/// </summary>
internal sealed class LedgerStatementBenchmark : IBenchmark
{
    private const int Runs = 20;
    private static readonly LedgerMonth Month = new(2026, 10);

    public string Name => "ledger-statement";

    public string Description => "Monthly statement for a month of 10,000 work entries (compute, build, render)";

    public Task RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var input = LedgerBenchMonth.Create(Month, count);

        var cold = Stopwatch.StartNew();
        var first = Run(input);
        cold.Stop();
        var stages = new List<double[]>();
        for (var i = 0; i < Runs; i++)
        {
            stages.Add(Timed(input));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger-statement: {count} entries in {Month}, {Runs} warm runs (median / max, ms)"));
        string[] names = ["compute month", "build statement", "render markdown", "render csv", "render json", "total"];
        for (var s = 0; s < names.Length; s++)
        {
            var times = stages.Select(t => t[s]).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[s],-16} {times[times.Count / 2],8:0.00} / {times[^1],8:0.00}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first run (cold, JIT included): {cold.Elapsed.TotalMilliseconds:0.0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  logged {LedgerMath.FormatHours(first.LoggedMinutes)} h = bucket {LedgerMath.FormatHours(first.Logged.BucketBurn)} + carry-in {LedgerMath.FormatHours(first.Logged.CarryInUsed)} + overage {LedgerMath.FormatHours(first.OverageMinutes)} + other"));
        return Task.CompletedTask;
    }

    private static MonthLedger Run(MonthInput input)
    {
        Timed(input, out var ledger);
        return ledger;
    }

    private static double[] Timed(MonthInput input) => Timed(input, out _);

    private static double[] Timed(MonthInput input, out MonthLedger ledger)
    {
        var times = new double[6];
        var total = Stopwatch.StartNew();
        var stage = Stopwatch.StartNew();
        ledger = LedgerCalculator.Compute(input).Ledger;
        times[0] = Lap(stage);
        var progress = MiniProjectTracker.Progress(input.Client, ledger, input.MiniProjects, input.Entries);
        var seats = new[] { new SeatCount(input.Client.Id, Month.FirstDay.ToDateTime(TimeOnly.MinValue), 27, 30, PackageTier.Large, SeatCountBasis.Counted) };
        var statement = StatementBuilder.Build(input.Client, ledger, false, SlaComplianceSummary.None, seats, [], progress, Month.LastDay.ToDateTime(TimeOnly.MinValue));
        times[1] = Lap(stage);
        _ = StatementMarkdown.Render(statement);
        times[2] = Lap(stage);
        _ = StatementCsv.Render(statement);
        times[3] = Lap(stage);
        _ = StatementJson.Render(statement);
        times[4] = Lap(stage);
        times[5] = total.Elapsed.TotalMilliseconds;
        return times;
    }

    private static double Lap(Stopwatch stopwatch)
    {
        var ms = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        return ms;
    }
}
