using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

internal sealed class PipedriveWebhookMeta
{
    /// <summary><c>create</c>, <c>change</c> or <c>delete</c>.</summary>
    public string? Action { get; set; }

    /// <summary><c>deal</c>, <c>user</c>, <c>person</c>, ...</summary>
    public string? Entity { get; set; }

    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? EntityId { get; set; }

    /// <summary>The event's uuid, the same on every delivery attempt.</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }
}
