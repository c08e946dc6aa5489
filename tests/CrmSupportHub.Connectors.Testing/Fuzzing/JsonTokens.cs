using System.Text.Json;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>The tokens and values of a valid JSON seed, so that mutations can cut along them.</summary>
internal sealed class JsonTokens
{
    private JsonTokens(List<JsonSpan> tokens, List<JsonSpan> values, HashSet<string> names)
    {
        Tokens = tokens;
        Values = values;
        PropertyNames = [.. names];
    }

    public IReadOnlyList<JsonSpan> Tokens { get; }

    /// <summary>Every value: scalars, and objects and arrays with their content.</summary>
    public IReadOnlyList<JsonSpan> Values { get; }

    public IReadOnlyList<string> PropertyNames { get; }

    /// <summary>The tokens of <paramref name="json"/>, or <see langword="null"/> when it is not valid JSON.</summary>
    public static JsonTokens? Read(byte[] json)
    {
        var tokens = new List<JsonSpan>();
        var values = new List<JsonSpan>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var open = new Stack<(int Start, JsonTokenType Type)>();
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1_000 });
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var span = new JsonSpan(start, (int)reader.BytesConsumed - start, reader.TokenType);
                tokens.Add(span);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        names.Add(reader.GetString()!);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push((start, reader.TokenType));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var (from, type) = open.Pop();
                        values.Add(new JsonSpan(from, span.End - from, type, InArray(open)));
                        break;
                    default:
                        values.Add(span with { InArray = InArray(open) });
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return tokens.Count == 0 ? null : new JsonTokens(tokens, values, names);
    }

    private static bool InArray(Stack<(int Start, JsonTokenType Type)> open) => open.TryPeek(out var parent) && parent.Type == JsonTokenType.StartArray;
}
