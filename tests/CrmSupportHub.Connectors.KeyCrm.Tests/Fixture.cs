using System.Text.Json;
using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;

namespace CrmSupportHub.Connectors.KeyCrm.Tests;

/// <summary>Reads the JSON files in <c>Fixtures/</c> with the connector's own serializer context.</summary>
internal static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name));

    public static JsonElement Element(string name) => JsonDocument.Parse(Text(name)).RootElement.Clone();

    public static KeyCrmPage<KeyCrmUserDto> Users(string name) =>
        JsonSerializer.Deserialize(Text(name), KeyCrmJsonContext.Default.KeyCrmPageKeyCrmUserDto)!;

    public static KeyCrmPage<KeyCrmCardDto> Cards(string name) =>
        JsonSerializer.Deserialize(Text(name), KeyCrmJsonContext.Default.KeyCrmPageKeyCrmCardDto)!;
}
