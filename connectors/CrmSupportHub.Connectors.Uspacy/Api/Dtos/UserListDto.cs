using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Json;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

/// <summary>
/// Users as <c>?list=all</c> returns them (a bare array) or as a page (<c>{ "data": [...] }</c>):
/// the SDKs disagree, so both are read.
/// </summary>
[JsonConverter(typeof(UserListConverter))]
internal sealed record UserListDto(IReadOnlyList<UserDto> Users);
