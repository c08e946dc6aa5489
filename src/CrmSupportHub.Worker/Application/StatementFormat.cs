namespace CrmSupportHub.Worker.Application;

/// <summary>The renderings of a monthly statement.</summary>
public enum StatementFormat
{
    Markdown,
    Csv,
    Json,
}

internal static class StatementFormats
{
    /// <summary>Parses <c>md</c>, <c>markdown</c>, <c>csv</c> or <c>json</c>, in any case.</summary>
    public static StatementFormat Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "md" or "markdown" => StatementFormat.Markdown,
        "csv" => StatementFormat.Csv,
        "json" => StatementFormat.Json,
        _ => throw new HubOperationException(HubErrorKind.Invalid, $"'{text}' is not a statement format: use md, csv or json."),
    };

    public static string ContentType(StatementFormat format) => format switch
    {
        StatementFormat.Markdown => "text/markdown; charset=utf-8",
        StatementFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };
}
