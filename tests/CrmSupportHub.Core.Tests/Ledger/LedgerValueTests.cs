using System.Text.Json;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Ledger.Statements;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>Months, hour formatting, seats, sessions and the JSON shape of results.</summary>
public sealed class LedgerValueTests
{
    [Test]
    public void LedgerMonth_ParseAndNeighbours_RoundTrip()
    {
        var month = LedgerMonth.Parse("2026-12");
        Assert.That((month.Following().ToString(), month.Preceding().ToString(), month.LastDay), Is.EqualTo(("2027-01", "2026-11", new DateOnly(2026, 12, 31))));
        Assert.That(JsonSerializer.Serialize(month, LedgerJson.Options), Is.EqualTo("\"2026-12\""));
        Assert.Throws<FormatException>(() => LedgerMonth.Parse("2026-13"));
    }

    [TestCase(0, "0:00")]
    [TestCase(5, "0:05")]
    [TestCase(125, "2:05")]
    [TestCase(-90, "-1:30")]
    public void FormatHours_Minutes_AreExactHoursAndMinutes(int minutes, string expected) =>
        Assert.That(LedgerMath.FormatHours(minutes), Is.EqualTo(expected));

    [Test]
    public async Task ClosedMonthSnapshot_ThroughJson_ReadsBackIdentical()
    {
        var statement = await StatementRenderingTests.OctoberStatementAsync();
        var json = JsonSerializer.Serialize(statement.Hours, LedgerJson.Options);
        var back = JsonSerializer.Deserialize<MonthLedger>(json, LedgerJson.Options)!;

        Assert.That(JsonSerializer.Serialize(back, LedgerJson.Options), Is.EqualTo(json));
        Assert.That((back.Logged, back.Approvals.Single().Approval), Is.EqualTo((statement.Hours.Logged, statement.Hours.Approvals.Single().Approval)));
    }

    [Test]
    public async Task StatementJson_Render_HasExactMinutesAndNamedEnums()
    {
        var statement = await StatementRenderingTests.OctoberStatementAsync();
        using var json = JsonDocument.Parse(StatementJson.Render(statement));
        var hours = json.RootElement.GetProperty("hours");

        Assert.That(json.RootElement.GetProperty("month").GetString(), Is.EqualTo("2026-10"));
        Assert.That(hours.GetProperty("package").GetString(), Is.EqualTo("Medium"));
        Assert.That(hours.GetProperty("logged").GetProperty("unapprovedOverage").GetInt32(), Is.EqualTo(75));
        Assert.That(hours.GetProperty("loggedMinutes").GetInt32(), Is.EqualTo(1995));
        Assert.That(StatementJson.Parse(StatementJson.Render(statement))!.Hours.Logged, Is.EqualTo(statement.Hours.Logged));
    }

    [Test]
    public void SeatSummary_From_PicksPeakAndLastAndKeepsTheirBasis()
    {
        SeatCount Count(int day, int users, SeatCountBasis basis, int? limit = 30) =>
            new("acme", new DateTimeOffset(2026, 10, day, 0, 0, 0, TimeSpan.Zero), users, limit, PackageTier.Medium, basis);

        var summary = SeatSummary.From([Count(20, 12, SeatCountBasis.Configured, 100), Count(1, 9, SeatCountBasis.Counted), Count(5, 31, SeatCountBasis.Estimated)]);

        Assert.That((summary.Peak!.ActiveUsers, summary.Peak.IsEstimate, summary.Peak.AtOrOverLimit), Is.EqualTo((31, true, true)));
        Assert.That((summary.Last!.ActiveUsers, summary.Last.Limit, summary.Last.IsEstimate), Is.EqualTo((12, (int?)100, true)));
        Assert.That(SeatSummary.From([]), Is.EqualTo(new SeatSummary(null, null)));
    }

    [Test]
    public void SessionTracker_Usage_RoadmapPerMonthAndSessionsBeyondThePackage()
    {
        var client = LedgerClients.Client(PackageTier.Large);
        SessionRecord Held(int month, int day, SessionKind kind) => new(0, "acme", kind, new DateOnly(2026, month, day), "olena", null, default);

        var usage = SessionTracker.Usage(client, new DateOnly(2026, 11, 30), [Held(10, 30, SessionKind.Roadmap), Held(11, 3, SessionKind.Roadmap), Held(11, 4, SessionKind.Roadmap), Held(11, 9, SessionKind.Architecture)]);

        Assert.That(usage, Is.EqualTo(new[]
        {
            new SessionUsage(SessionKind.Roadmap, SessionPeriod.Month, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 1, 2),
            new SessionUsage(SessionKind.Architecture, SessionPeriod.Month, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 0, 1),
        }));
        Assert.That((usage[0].Remaining, usage[0].BeyondEntitlement), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task Markdown_FreeTextWithAPipeOrLineBreak_StaysInItsCell()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium)).At(new DateOnly(2026, 10, 1));
        await h.Ledger.CloseMonthAsync("acme", new LedgerMonth(2026, 9), "job", CancellationToken.None);
        await h.At(new DateOnly(2026, 10, 2)).Log(new DateOnly(2026, 9, 30), 1m, request: "R-1", note: "export | import\nfixed");

        var statement = await h.Ledger.BuildStatementAsync("acme", new LedgerMonth(2026, 10), SlaComplianceSummary.None, [], CancellationToken.None);

        Assert.That(StatementMarkdown.Render(statement), Does.Contain("| R-1 | 1:00 | export \\| import fixed |"));
    }
}
