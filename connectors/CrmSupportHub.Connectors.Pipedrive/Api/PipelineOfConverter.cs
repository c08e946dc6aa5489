using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Pipedrive.Api;

/// <summary>
/// Reads an object (a deal, a user) down to its <c>pipeline_id</c>, skipping everything else. As
/// when the whole deal is read, anything that is not an object, or a pipeline that is not a
/// number, counts as no pipeline rather than a broken payload.
/// </summary>
internal sealed class PipelineOfConverter : JsonConverter<long?>
{
    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        long? pipeline = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isPipeline = reader.ValueTextEquals("pipeline_id"u8);
            reader.Read();
            if (isPipeline)
            {
                pipeline = Number(ref reader);
            }

            reader.Skip();
        }

        return pipeline;
    }

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Only read from deliveries.");

    private static long? Number(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt64(out var number) => number,
        JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out long number, out var used) && used == reader.ValueSpan.Length => number,
        _ => null,
    };
}
