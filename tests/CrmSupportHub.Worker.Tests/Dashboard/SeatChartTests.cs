using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Worker.Dashboard.Parts;

namespace CrmSupportHub.Worker.Tests.Dashboard;

public sealed class SeatChartTests
{
    private static readonly DateTimeOffset Until = new(2026, 3, 31, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset From = Until.AddDays(-90);

    [Test]
    public void Of_NoCounts_SaysSo()
    {
        Assert.That(SeatChart.Of([], From, Until, TimeZoneInfo.Utc).Value, Does.Contain("No seat counts since"));
    }

    [Test]
    public void Of_Counts_DrawsStepsTheLimitAndASummary()
    {
        var history = new[]
        {
            Count(From.AddDays(-5), 6, SeatCountBasis.Counted), // in force when the period starts
            Count(From.AddDays(45), 12, SeatCountBasis.Estimated),
        };

        var svg = SeatChart.Of(history, From, Until, TimeZoneInfo.Utc).Value;

        Assert.That(svg, Does.Contain("<path class=\"seats\" d=\"M30.0 "), "the first count starts at the left edge");
        Assert.That(svg, Does.Contain("<path class=\"seats estimated\""));
        Assert.That(svg, Does.Contain("<path class=\"limit\""));
        Assert.That(svg, Does.Contain("now 12 of 10, peak 12; dashed stretches are estimates."));
    }

    private static SeatCount Count(DateTimeOffset at, int active, SeatCountBasis basis) => new("acme", at, active, 10, PackageTier.Start, basis);
}
