using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>
/// A folder record as the <c>new-record</c>, <c>updated-record</c> and <c>find-record</c> feeds
/// return it. Feeds name the id <c>id</c>, <c>recordId</c> or both; field values are keyed by the
/// field's display name and typed by the field (text, list label, arrays for multi-value fields).
/// </summary>
internal sealed record NetHuntRecord(
    string? Id,
    string? RecordId,
    [property: JsonConverter(typeof(NetHuntTimestampConverter))] DateTimeOffset? CreatedAt,
    [property: JsonConverter(typeof(NetHuntTimestampConverter))] DateTimeOffset? UpdatedAt,
    Dictionary<string, JsonElement>? Fields);
