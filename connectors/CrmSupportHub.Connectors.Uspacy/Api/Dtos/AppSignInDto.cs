using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

/// <summary>The body of <c>POST /auth/v1/auth/app_sign_in</c> (OAuth client credentials).</summary>
internal sealed record AppSignInDto(
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret);
