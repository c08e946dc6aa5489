using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Json;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

/// <summary>A portal user (<c>/company/v1/users</c>); only the fields the hub reads.</summary>
internal sealed record UserDto
{
    [JsonPropertyName("id"), JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    [JsonPropertyName("firstName")]
    public string? FirstName { get; init; }

    [JsonPropertyName("lastName")]
    public string? LastName { get; init; }

    [JsonPropertyName("email")]
    public IReadOnlyList<UserEmailDto>? Emails { get; init; }

    [JsonPropertyName("active"), JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool? Active { get; init; }

    /// <summary>False while the user is invited but has not joined.</summary>
    [JsonPropertyName("registered"), JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool? Registered { get; init; }

    [JsonPropertyName("external_user"), JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool? ExternalUser { get; init; }

    [JsonPropertyName("roles")]
    public IReadOnlyList<string?>? Roles { get; init; }
}
