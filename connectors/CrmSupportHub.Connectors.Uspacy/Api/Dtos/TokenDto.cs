using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Json;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

/// <summary>The answer of <c>app_sign_in</c> and <c>refresh_token</c>.</summary>
internal sealed record TokenDto(
    [property: JsonPropertyName("jwt")] string? Jwt,
    [property: JsonPropertyName("refreshToken")] string? RefreshToken,
    [property: JsonPropertyName("expireInSeconds"), JsonConverter(typeof(FlexibleInt64Converter))] long? ExpireInSeconds,
    // The JS SDK's type spells it this way; the Go and PHP SDKs read expireInSeconds.
    [property: JsonPropertyName("expiresInSeconds"), JsonConverter(typeof(FlexibleInt64Converter))] long? ExpiresInSeconds);
