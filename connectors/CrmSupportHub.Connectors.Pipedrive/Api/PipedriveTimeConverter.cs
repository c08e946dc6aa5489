using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Pipedrive.Api;

/// <summary>
/// v2 sends RFC3339 (<c>2021-01-01T00:00:00Z</c>) but v1 and older payloads send UTC as
/// <c>YYYY-MM-DD HH:MM:SS</c>; both read as UTC, and an empty string as null.
/// </summary>
internal sealed class PipedriveTimeConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date-time string, got {reader.TokenType}.");
        }

        if (reader.TryGetDateTimeOffset(out var iso))
        {
            return iso.ToUniversalTime();
        }

        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(
            text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v1)
            ? v1
            : throw new JsonException("Not a Pipedrive date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } time)
        {
            writer.WriteStringValue(time.ToUniversalTime());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
