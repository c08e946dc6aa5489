using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Uspacy.Sync;

/// <summary>
/// Where request polling resumes: items updated at or after <see cref="Watermark"/> (unix seconds),
/// from <see cref="Page"/> of that query. A page above 1 only occurs while more than a page of items
/// share one update second.
/// </summary>
internal sealed record UspacyCursor(
    [property: JsonPropertyName("watermark")] long Watermark,
    [property: JsonPropertyName("page")] int Page)
{
    public static UspacyCursor Start { get; } = new(0, 1);

    public SyncCursor ToSyncCursor() => new(JsonSerializer.Serialize(this, UspacyJsonContext.Default.UspacyCursor));

    /// <summary>Reads a saved cursor; one this connector did not write starts a full read rather than failing forever.</summary>
    public static UspacyCursor Parse(SyncCursor? cursor)
    {
        if (cursor is null || string.IsNullOrWhiteSpace(cursor.Value))
        {
            return Start;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize(cursor.Value, UspacyJsonContext.Default.UspacyCursor);
            return parsed is { Watermark: >= 0, Page: >= 1 } ? parsed : Start;
        }
        catch (JsonException)
        {
            return Start;
        }
    }
}
