using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Core.Ledger;

/// <summary>Writes a <see cref="LedgerMonth"/> as <c>"yyyy-MM"</c>.</summary>
internal sealed class LedgerMonthJsonConverter : JsonConverter<LedgerMonth>
{
    public override LedgerMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LedgerMonth.Parse(reader.GetString() ?? throw new JsonException("A month must be a string (yyyy-MM)."));

    public override void Write(Utf8JsonWriter writer, LedgerMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
