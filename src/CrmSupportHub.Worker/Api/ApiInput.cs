using System.Globalization;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Api;

/// <summary>Parses query and body values with messages that name the field and the expected form.</summary>
internal static class ApiInput
{
    public static LedgerMonth Month(string? text, string field) =>
        text is not null && LedgerMonth.TryParse(text, out var month)
            ? month
            : throw new HubOperationException(HubErrorKind.Invalid, $"'{field}' must be a month as yyyy-MM (got '{text}').");

    public static DateOnly Date(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new HubOperationException(HubErrorKind.Invalid, $"'{field}' must be a date as yyyy-MM-dd (got '{text}').");

    public static DateTimeOffset Instant(string? text, string field) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) && text!.Contains('T', StringComparison.Ordinal)
            ? instant
            : throw new HubOperationException(HubErrorKind.Invalid, $"'{field}' must be an ISO 8601 instant such as 2026-03-02T09:00:00+02:00 (got '{text}').");

    public static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw new HubOperationException(HubErrorKind.Invalid, $"'{field}' is required.");

    public static TEnum Enum<TEnum>(string? text, string field)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(text?.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new HubOperationException(HubErrorKind.Invalid, $"'{field}' must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())} (got '{text}').");
}
