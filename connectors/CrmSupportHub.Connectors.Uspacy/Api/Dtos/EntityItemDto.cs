using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Json;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

/// <summary>An item of a CRM entity (<c>/crm/v1/entities/{table}</c>); times are unix seconds, sometimes sent as strings.</summary>
internal sealed record EntityItemDto
{
    [JsonPropertyName("id"), JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("created_at"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? CreatedAt { get; init; }

    [JsonPropertyName("updated_at"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? UpdatedAt { get; init; }

    /// <summary>The responsible user's id.</summary>
    [JsonPropertyName("owner"), JsonConverter(typeof(FlexibleStringConverter))]
    public string? Owner { get; init; }

    [JsonPropertyName("funnel_id"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? FunnelId { get; init; }

    [JsonPropertyName("kanban_stage_id"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? StageId { get; init; }

    /// <summary><c>IN_WORK</c>, <c>SUCCESS</c> or <c>FAIL</c>: the last two are Uspacy's own closing stages.</summary>
    [JsonPropertyName("kanban_status")]
    public string? KanbanStatus { get; init; }

    [JsonPropertyName("closed_at"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? ClosedAt { get; init; }

    /// <summary>Set when a single item comes wrapped as <c>{ "data": { ... } }</c>.</summary>
    [JsonPropertyName("data")]
    public EntityItemDto? Data { get; init; }

    public EntityItemDto Unwrapped => Id is null && Data is not null ? Data : this;
}
