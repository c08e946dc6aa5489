using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

/// <summary>A Laravel-style page: <c>{ data, links, meta }</c>.</summary>
internal sealed record EntityPageDto(
    [property: JsonPropertyName("data")] IReadOnlyList<EntityItemDto?>? Data,
    [property: JsonPropertyName("meta")] PageMetaDto? Meta);
