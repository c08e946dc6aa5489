using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Uspacy.Api.Json;

/// <summary>Reads a whole number sent as a number or a string (Uspacy sends timestamps both ways); anything else is null.</summary>
internal sealed class FlexibleInt64Converter : JsonConverter<long?>
{
    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var whole))
                {
                    return whole;
                }

                return reader.TryGetDouble(out var real) && real is >= long.MinValue and <= long.MaxValue ? (long)real : null;
            case JsonTokenType.String:
                return long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            default:
                JsonValues.Skip(ref reader);
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
