using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using CrmSupportHub.Connectors.Uspacy.Sync;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>Source-generated JSON for every type the connector reads or writes.</summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AppSignInDto))]
[JsonSerializable(typeof(TokenDto))]
[JsonSerializable(typeof(UserDto))]
[JsonSerializable(typeof(IReadOnlyList<UserDto>))]
[JsonSerializable(typeof(UserListDto))]
[JsonSerializable(typeof(EntityItemDto))]
[JsonSerializable(typeof(EntityPageDto))]
[JsonSerializable(typeof(UspacyCursor))]
internal sealed partial class UspacyJsonContext : JsonSerializerContext;
