using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>
/// Reads NetHunt timestamps leniently: ISO-8601 strings (with or without milliseconds or an
/// offset, UTC assumed) or Unix epoch numbers. The format is documented only by example, so an
/// unreadable value becomes <see langword="null"/> instead of failing the whole page.
/// </summary>
internal sealed class NetHuntTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const long MillisecondsThreshold = 100_000_000_000; // later than 1973 in ms, year 5138 in s

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return DateTimeOffset.TryParse(
                    reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                    ? parsed
                    : null;
            case JsonTokenType.Number when reader.TryGetInt64(out var epoch):
                return FromEpoch(epoch);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } instant)
        {
            writer.WriteStringValue(NetHuntTime.Format(instant));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static DateTimeOffset? FromEpoch(long epoch)
    {
        try
        {
            return epoch is >= MillisecondsThreshold or <= -MillisecondsThreshold
                ? DateTimeOffset.FromUnixTimeMilliseconds(epoch)
                : DateTimeOffset.FromUnixTimeSeconds(epoch);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
