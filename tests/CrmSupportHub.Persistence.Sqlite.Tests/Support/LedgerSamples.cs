using System.Text.Json;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Support;

/// <summary>Ledger records with every field set, and values that only read back exactly when stored with care.</summary>
internal static class LedgerSamples
{
    public const string Client = Samples.Client;

    public static readonly LedgerMonth September = new(2026, 9);

    /// <summary>An instant with an offset and sub-millisecond ticks.</summary>
    public static readonly DateTimeOffset Recorded = new DateTimeOffset(2026, 9, 15, 11, 30, 0, TimeSpan.FromHours(3)).AddTicks(1_234_567);

    public static WorkEntry Entry(DateOnly date, int minutes = 45, string? requestId = "R-1", string client = Client) =>
        new(0, client, requestId, "olena", date, minutes, WorkKind.Support, "call with sales", Recorded, LedgerMonth.Of(date));

    public static OverageApproval Approval(LedgerMonth month, decimal hours = 2.50m, string client = Client) =>
        new(0, client, month, hours, "CFO Ivanenko", Recorded.AddDays(-2), "mail 2026-09-13", Recorded, CoversLoggedHours: true);

    public static SessionRecord Session(DateOnly date, string client = Client) =>
        new(0, client, SessionKind.Roadmap, date, "taras", "Q4 roadmap", Recorded);

    public static ClosedMonth Closed(LedgerMonth month, string closedBy = "job", string client = Client) => new(
        client,
        month,
        Recorded,
        closedBy,
        new MonthLedger(
            client,
            month,
            PackageTier.Medium,
            1200,
            90,
            0.50m,
            600,
            new CategoryMinutes(CarryInUsed: 90, BucketBurn: 1200, Session: 60, ApprovedOverage: 30, UnapprovedOverage: 7),
            0,
            [new ApprovalUse(Approval(month) with { Id = 3 }, 30, 0, 120, GivenAfterOverage: false)],
            [new RequestMinutes("R-9", 75)],
            [new LedgerAdjustment(11, 4, new DateOnly(2026, 8, 28), -15, WorkKind.Support, "R-1", "double-logged")],
            [new EntryMinutes(12, Recorded, 7)]));

    /// <summary>A month's result holds lists, which records compare by reference: compare its JSON.</summary>
    public static string Json(MonthLedger? result) => JsonSerializer.Serialize(result, LedgerJson.Options);
}
