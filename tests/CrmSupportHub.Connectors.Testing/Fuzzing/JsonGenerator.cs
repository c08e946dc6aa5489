using System.Globalization;
using System.Text;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>Random JSON documents whose keys come from the seed, so generated shapes reach the parsers' field handling.</summary>
internal sealed class JsonGenerator(Random random)
{
    private static readonly string[] Keys = ["data", "id", "meta", "items", "next_cursor", "event", "context"];

    public byte[] Document(IReadOnlyList<string> names, int depth)
    {
        var json = new StringBuilder();
        Value(json, names, depth, container: true);
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private void Value(StringBuilder json, IReadOnlyList<string> names, int depth, bool container = false)
    {
        switch (container ? random.Next(2) : random.Next(depth > 0 ? 8 : 6))
        {
            case 0 when container || depth > 0:
                Object(json, names, depth - 1);
                break;
            case 1 when container || depth > 0:
                Array(json, names, depth - 1);
                break;
            case 2:
                json.Append(random.Next(3) switch { 0 => "null", 1 => "true", _ => "false" });
                break;
            case 3:
                json.Append(random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture));
                break;
            case 4:
                json.Append((random.NextDouble() * 1e6).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                json.Append('"').Append(Text()).Append('"');
                break;
        }
    }

    private void Object(StringBuilder json, IReadOnlyList<string> names, int depth)
    {
        json.Append('{');
        for (int i = 0, count = random.Next(6); i < count; i++)
        {
            var key = names.Count > 0 && random.Next(4) > 0 ? names[random.Next(names.Count)] : Keys[random.Next(Keys.Length)];
            json.Append(i > 0 ? "," : string.Empty).Append('"').Append(key).Append("\":");
            Value(json, names, depth);
        }

        json.Append('}');
    }

    private void Array(StringBuilder json, IReadOnlyList<string> names, int depth)
    {
        json.Append('[');
        for (int i = 0, count = random.Next(5); i < count; i++)
        {
            json.Append(i > 0 ? "," : string.Empty);
            Value(json, names, depth);
        }

        json.Append(']');
    }

    private string Text() => random.Next(4) switch
    {
        0 => string.Empty,
        1 => "2026-05-01T09:00:00Z",
        2 => random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
        _ => new string((char)random.Next('a', 'z' + 1), random.Next(1, 12)),
    };
}
