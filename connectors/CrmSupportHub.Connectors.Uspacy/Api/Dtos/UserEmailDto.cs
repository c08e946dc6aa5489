using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Json;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

internal sealed record UserEmailDto(
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("main"), JsonConverter(typeof(FlexibleBooleanConverter))] bool? Main);
