using System.Text.Json;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;

namespace CrmSupportHub.Connectors.Uspacy.Tests;

/// <summary>Reads the JSON files under Fixtures/ (see Fixtures/README.md).</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static IReadOnlyList<UserDto> Users(string name) =>
        JsonSerializer.Deserialize(Bytes(name), UspacyJsonContext.Default.UserListDto)!.Users;

    public static EntityPageDto EntityPage(string name) =>
        JsonSerializer.Deserialize(Bytes(name), UspacyJsonContext.Default.EntityPageDto)!;

    public static EntityItemDto Entity(string name) =>
        JsonSerializer.Deserialize(Bytes(name), UspacyJsonContext.Default.EntityItemDto)!;
}
