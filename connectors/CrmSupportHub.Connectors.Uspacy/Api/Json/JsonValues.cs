using System.Text.Json;

namespace CrmSupportHub.Connectors.Uspacy.Api.Json;

internal static class JsonValues
{
    /// <summary>
    /// Moves past a value the lenient converters do not read. Refit streams large pages in blocks, where
    /// <c>Skip()</c> throws; the serializer has buffered the whole value, so <c>TrySkip()</c> succeeds.
    /// </summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            throw new JsonException("An incomplete value could not be skipped.");
        }
    }
}
