using System.Globalization;

namespace CrmSupportHub.Core.Ledger;

/// <summary>Raised when recording work adds overage nobody approved in advance.</summary>
/// <param name="AddedMinutes">Unapproved overage this entry added.</param>
/// <param name="MonthMinutes">Unapproved overage of the month now.</param>
public sealed record UnapprovedOverageAlert(
    string ClientId,
    LedgerMonth Month,
    long EntryId,
    int AddedMinutes,
    int MonthMinutes,
    DateTimeOffset At)
{
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"Client '{ClientId}' {Month}: entry #{EntryId} added {LedgerMath.FormatHours(AddedMinutes)} h of unapproved overage; the month now has {LedgerMath.FormatHours(MonthMinutes)} h unapproved.");
}
