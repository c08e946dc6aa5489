using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Uspacy.Api.Json;

/// <summary>Reads a flag sent as a boolean, 0/1 or "true"/"false"; anything else is null.</summary>
internal sealed class FlexibleBooleanConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) ? number != 0 : null;
            case JsonTokenType.String:
                var text = reader.GetString();
                return bool.TryParse(text, out var flag) ? flag : text is "1" ? true : text is "0" ? false : null;
            default:
                JsonValues.Skip(ref reader);
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
