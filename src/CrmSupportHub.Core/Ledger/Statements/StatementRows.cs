using System.Globalization;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>One row of the hours table, shared by the renderers so they show the same figures.</summary>
internal sealed record HoursRow(string Key, string Label, int Minutes, bool IsTotal = false);

/// <summary>The hours table in statement order: what was available, where the logged minutes went, what rolls on.</summary>
internal static class StatementRows
{
    /// <summary>The categories whose sum is <see cref="MonthLedger.LoggedMinutes"/>, as the statement states it.</summary>
    public const string Identity = "Logged = carry-in used + bucket burned + hypercare + mini-projects + sessions + not covered"
        + " + overage approved in advance + overage approved retroactively + unapproved overage + unapplied credit.";

    public static IReadOnlyList<HoursRow> Hours(MonthLedger hours)
    {
        var logged = hours.Logged;
        return
        [
            new("bucket", $"Bucket ({hours.Package})", hours.BucketMinutes),
            new("carry_in", $"Carry-in from {hours.Month.Preceding()}", hours.CarryInMinutes),
            new("available", "Available", hours.AvailableMinutes, IsTotal: true),
            new("carry_in_used", "Carry-in used", logged.CarryInUsed),
            new("bucket_burned", "Bucket burned", logged.BucketBurn),
            new("hypercare", "Hypercare (not burned)", logged.Hypercare),
            new("mini_projects", "Mini-projects (not burned)", logged.MiniProject),
            new("sessions", "Sessions (included)", logged.Session),
            new("not_covered", "Not covered by support", logged.NotCovered),
            new("approved_overage", "Overage approved in advance", logged.ApprovedOverage),
            new("approved_retroactively", "Overage approved retroactively", logged.ApprovedRetroactively),
            new("unapproved_overage", "Unapproved overage", logged.UnapprovedOverage),
            new("unapplied_credit", "Credit for closed months, not applied", logged.UnappliedCredit),
            new("logged", "Logged", hours.LoggedMinutes, IsTotal: true),
            new("carry_in_expired", "Carry-in expired", hours.CarryInExpiredMinutes),
            new("bucket_unused", "Bucket unused", hours.BucketUnusedMinutes),
            new("rollover_cap", string.Create(CultureInfo.InvariantCulture, $"Rollover cap ({hours.RolloverShare * 100m:0.##} % of bucket)"), hours.RolloverCapMinutes),
            new("carry_out", $"Carry-out to {hours.Month.Following()}", hours.CarryOutMinutes, IsTotal: true),
        ];
    }

    public static string LocalTime(DateTimeOffset at, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId))
            .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
