using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;

namespace CrmSupportHub.Connectors.Uspacy.Api.Json;

/// <summary>Reads users from a bare array or from the <c>data</c> array of a page object.</summary>
internal sealed class UserListConverter : JsonConverter<UserListDto>
{
    public override UserListDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var array = root.ValueKind switch
        {
            JsonValueKind.Array => root,
            JsonValueKind.Object when root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array => data,
            _ => throw new JsonException("Expected an array of users or an object with a 'data' array."),
        };

        var users = new List<UserDto>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object
                && element.Deserialize(UspacyJsonContext.Default.UserDto) is { } user)
            {
                users.Add(user);
            }
        }

        return new UserListDto(users);
    }

    public override void Write(Utf8JsonWriter writer, UserListDto value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.Users, UspacyJsonContext.Default.IReadOnlyListUserDto);
    }
}
