using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Cli;

/// <summary>
/// The options the commands share. Values are checked while parsing, so a malformed one is refused
/// with a line saying what to write instead before anything is opened or stored.
/// </summary>
internal static class CliOptions
{
    public static Option<string> Client(string description = "The client's id, as configured (CrmSupportHub:Clients:N:Id).") =>
        Text("--client", description, "id");

    /// <summary>A required, non-blank text.</summary>
    public static Option<string> Text(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = true,
        CustomParser = r => ParseText(r, name),
    };

    public static Option<int> Minutes(string description, bool allowNegative) => new("--minutes")
    {
        Description = description,
        HelpName = "minutes",
        Required = true,
        CustomParser = r => Parse<int>(
            r,
            t => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m) && (m > 0 || (allowNegative && m != 0)) ? m : null,
            allowNegative
                ? "--minutes must be a whole number of minutes other than 0 (negative reverses, positive adds), e.g. -30."
                : "--minutes must be a positive whole number of minutes, e.g. 90 (to take work back, use 'correct')."),
    };

    /// <summary>Positive decimal hours such as <c>2.5</c>.</summary>
    public static Option<decimal> Hours(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "hours",
        Required = true,
        CustomParser = r => Parse<decimal>(
            r,
            t => decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) && h > 0 ? h : null,
            $"{name} must be a positive number of hours, e.g. 2.5."),
    };

    public static Option<DateOnly?> Date(string description) => new("--date")
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = r => Parse<DateOnly>(
            r,
            t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            "--date must be a date written yyyy-MM-dd, e.g. 2026-03-02."),
    };

    public static Option<LedgerMonth> Month(string description) => new("--month")
    {
        Description = description,
        HelpName = "yyyy-MM",
        Required = true,
        CustomParser = r => Parse<LedgerMonth>(
            r,
            t => DateOnly.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? LedgerMonth.Of(d) : null,
            "--month must be a month written yyyy-MM, e.g. 2026-03."),
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON instead of a table." };

    /// <summary>Parses the option's token, or records <paramref name="error"/> (quoting the token) so the parse fails.</summary>
    public static T Parse<T>(ArgumentResult result, Func<string, T?> parse, string error) where T : struct
    {
        ArgumentNullException.ThrowIfNull(result);
        var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (parse(token) is { } value)
        {
            return value;
        }

        result.AddError($"{error} Got '{token}'.");
        return default;
    }

    private static string? ParseText(ArgumentResult result, string name)
    {
        var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (!string.IsNullOrWhiteSpace(token))
        {
            return token.Trim();
        }

        result.AddError($"{name} must not be blank.");
        return null;
    }
}
