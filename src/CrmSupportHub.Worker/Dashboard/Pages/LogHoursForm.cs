using System.Globalization;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary>The "log hours" form as typed: kept as text so a refused form comes back as the analyst left it.</summary>
internal sealed record LogHoursForm(string? RequestId, string Minutes, string Date, string Kind, string? Note)
{
    public const int MaxNoteLength = 500;

    public static LogHoursForm Blank(DateOnly today) =>
        new(null, string.Empty, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nameof(WorkKind.Support), null);

    public static LogHoursForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new LogHoursForm(
            Optional(form["requestId"]), form["minutes"].ToString().Trim(), form["date"].ToString().Trim(), form["kind"].ToString().Trim(), Optional(form["note"]));
    }

    /// <summary>The draft to log, or what is wrong with the form in words (the ledger checks the rest).</summary>
    public (WorkEntryDraft? Draft, string? Error) ToDraft(string clientId, string analyst)
    {
        if (!int.TryParse(Minutes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes))
        {
            return (null, $"Minutes must be a whole number, e.g. 90 for an hour and a half (got '{Minutes}').");
        }

        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"The date must read yyyy-MM-dd (got '{Date}').");
        }

        if (!Enum.TryParse<WorkKind>(Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return (null, $"Unknown kind of work '{Kind}'; choose one of {string.Join(", ", Enum.GetNames<WorkKind>())}.");
        }

        if (Note is { Length: > MaxNoteLength })
        {
            return (null, $"The note is longer than {MaxNoteLength} characters.");
        }

        return (new WorkEntryDraft(clientId, RequestId, analyst, date, minutes, kind, Note), null);
    }

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();
}
