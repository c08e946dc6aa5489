using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>
/// An entry of the <c>record-change</c> log. The shape of <see cref="User"/> is not documented
/// (an object in one schema, an e-mail string in an integrator's code), so it stays raw.
/// </summary>
internal sealed record NetHuntRecordChange(
    string? Id,
    string? RecordId,
    [property: JsonConverter(typeof(NetHuntTimestampConverter))] DateTimeOffset? Time,
    JsonElement? User,
    string? RecordAction);
