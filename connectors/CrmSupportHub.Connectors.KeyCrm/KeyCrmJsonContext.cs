using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;
using CrmSupportHub.Connectors.KeyCrm.Sync;
using Refit;

namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>
/// Source-generated JSON for KeyCRM's snake_case bodies. Numbers may arrive as strings (the spec
/// types some ids and flags loosely); unknown fields are ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(KeyCrmPage<KeyCrmUserDto>))]
[JsonSerializable(typeof(KeyCrmPage<KeyCrmCardDto>))]
[JsonSerializable(typeof(KeyCrmCardDto))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(KeyCrmSyncCursor))]
internal sealed partial class KeyCrmJsonContext : JsonSerializerContext
{
    /// <summary>Error bodies are read for their message only, so they are capped.</summary>
    public static RefitSettings CreateRefitSettings() => new(new SystemTextJsonContentSerializer(Default.Options))
    {
        MaxExceptionContentLength = 4096,
    };
}
