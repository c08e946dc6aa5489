using System.Text;
using System.Text.Json;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>
/// Mutates a valid JSON payload along its bytes and tokens. All randomness comes from the
/// <see cref="Random"/> it is given, so a seed reproduces every mutation.
/// </summary>
public sealed class JsonMutator(Random random, FuzzSizes sizes)
{
    private static readonly string[] OtherTypes =
    [
        "\"x\"", "\"\"", "0", "-1", "1.5", "null", "true", "false", "{}", "[]", "[null]", "[1,\"a\",null,{}]", "{\"a\":{\"b\":[]}}",
    ];

    // Values that parse but break careless code: the ends of the calendar and of long, odd text.
    private static readonly string[] EdgeStrings =
    [
        "\"\"", "\" \"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01 00:00:00\"", "\"9999-12-31 23:59:59\"",
        "\"2026-02-30T25:61:00Z\"", "\"9223372036854775808\"", "\"-9223372036854775809\"", "\"-1\"", "\"NaN\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"<script>\"", "\"\\\"\"",
    ];

    private static readonly string[] EdgeNumbers =
    [
        "0", "-1", "9223372036854775807", "-9223372036854775808", "18446744073709551616", "1e308", "-1e308", "1.5", "253402300800",
        "-62135596801", "253402300799999",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xE2, 0x28, 0xA1], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80],
    ];

    private readonly JsonGenerator _generator = new(random);

    public byte[] Mutate(byte[] seed, FuzzMutation mutation)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var tokens = JsonTokens.Read(seed);
        return mutation switch
        {
            FuzzMutation.Seed => seed,
            FuzzMutation.BitFlip => BitFlip(seed),
            FuzzMutation.Truncate => seed[..random.Next(seed.Length)],
            FuzzMutation.Empty => [],
            FuzzMutation.Generated => _generator.Document(tokens?.PropertyNames ?? [], depth: 5),
            _ when tokens is null => BitFlip(seed),
            FuzzMutation.DeleteToken => Splice(seed, Pick(tokens.Tokens), []),
            FuzzMutation.DuplicateToken => Duplicate(seed, Pick(tokens.Tokens)),
            FuzzMutation.SwapTokens => Swap(seed, tokens),
            FuzzMutation.WrongType => Splice(seed, PickValue(tokens), Encoding.UTF8.GetBytes(OtherTypes[random.Next(OtherTypes.Length)])),
            FuzzMutation.EdgeValue => EdgeValue(seed, tokens),
            FuzzMutation.HugeString => Splice(seed, Pick(tokens.Values), HugeString()),
            FuzzMutation.DeepNesting => Splice(seed, Pick(tokens.Values), DeepNesting()),
            FuzzMutation.HugeArray => HugeArray(seed, tokens),
            FuzzMutation.InvalidUtf8 => InsertInvalidUtf8(seed, tokens),
            _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, "Unknown mutation."),
        };
    }

    private byte[] BitFlip(byte[] seed)
    {
        if (seed.Length == 0)
        {
            return [(byte)random.Next(256)];
        }

        var copy = (byte[])seed.Clone();
        for (var flips = random.Next(1, 9); flips > 0; flips--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private JsonSpan Pick(IReadOnlyList<JsonSpan> spans) => spans[random.Next(spans.Count)];

    /// <summary>Any value, or half the time an item of a list (where a null or a number instead of an object hurts most).</summary>
    private JsonSpan PickValue(JsonTokens tokens)
    {
        var items = tokens.Values.Where(v => v.InArray).ToList();
        return items.Count > 0 && random.Next(2) == 0 ? Pick(items) : Pick(tokens.Values);
    }

    private static byte[] Splice(byte[] seed, JsonSpan span, ReadOnlySpan<byte> replacement) =>
        [.. seed.AsSpan(0, span.Start), .. replacement, .. seed.AsSpan(span.End)];

    private static byte[] Duplicate(byte[] seed, JsonSpan span) =>
        [.. seed.AsSpan(0, span.End), .. seed.AsSpan(span.Start, span.Length), .. seed.AsSpan(span.End)];

    private byte[] Swap(byte[] seed, JsonTokens tokens)
    {
        var a = Pick(tokens.Tokens);
        var b = Pick(tokens.Tokens);
        if (a.Start == b.Start)
        {
            return Splice(seed, a, []);
        }

        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        return
        [
            .. seed.AsSpan(0, first.Start), .. seed.AsSpan(second.Start, second.Length),
            .. seed.AsSpan(first.End, second.Start - first.End), .. seed.AsSpan(first.Start, first.Length), .. seed.AsSpan(second.End),
        ];
    }

    private byte[] EdgeValue(byte[] seed, JsonTokens tokens)
    {
        var scalars = tokens.Values.Where(v => v.Type is JsonTokenType.String or JsonTokenType.Number).ToList();
        if (scalars.Count == 0)
        {
            return Splice(seed, Pick(tokens.Values), Encoding.UTF8.GetBytes(EdgeNumbers[random.Next(EdgeNumbers.Length)]));
        }

        var value = scalars[random.Next(scalars.Count)];
        var edges = value.Type == JsonTokenType.String ? EdgeStrings : EdgeNumbers;
        return Splice(seed, value, Encoding.UTF8.GetBytes(edges[random.Next(edges.Length)]));
    }

    private byte[] HugeString()
    {
        var text = new StringBuilder(sizes.HugeStringChars + 2).Append('"');
        var unit = random.Next(3) switch { 0 => "a", 1 => "Ж", _ => "\\u00e9" };
        while (text.Length < sizes.HugeStringChars)
        {
            text.Append(unit);
        }

        return Encoding.UTF8.GetBytes(text.Append('"').ToString());
    }

    private byte[] DeepNesting()
    {
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        var text = new StringBuilder((open.Length + close.Length) * sizes.NestingDepth);
        for (var i = 0; i < sizes.NestingDepth; i++)
        {
            text.Append(open);
        }

        text.Append('1');
        for (var i = 0; i < sizes.NestingDepth; i++)
        {
            text.Append(close);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>An array of the seed (its first array's first item, else a random value) repeated many times.</summary>
    private byte[] HugeArray(byte[] seed, JsonTokens tokens)
    {
        var arrays = tokens.Values.Where(v => v.Type == JsonTokenType.StartArray && v.Length > 2).ToList();
        var target = arrays.Count > 0 ? arrays[random.Next(arrays.Count)] : Pick(tokens.Values);
        var item = (arrays.Count > 0 ? FirstItem(seed, tokens, target) : null) ?? seed.AsSpan(target.Start, target.Length).ToArray();
        var array = new List<byte>((item.Length + 1) * sizes.HugeArrayItems) { (byte)'[' };
        for (var i = 0; i < sizes.HugeArrayItems; i++)
        {
            if (i > 0)
            {
                array.Add((byte)',');
            }

            array.AddRange(item);
        }

        array.Add((byte)']');
        return Splice(seed, target, [.. array]);
    }

    private static byte[]? FirstItem(byte[] seed, JsonTokens tokens, JsonSpan array) =>
        tokens.Values.Where(v => v.Start > array.Start && v.End < array.End).OrderBy(v => v.Start).ThenByDescending(v => v.Length)
            .Select(v => seed.AsSpan(v.Start, v.Length).ToArray()).FirstOrDefault();

    /// <summary>Invalid UTF-8 inside a string (where parsers decode it), or anywhere.</summary>
    private byte[] InsertInvalidUtf8(byte[] seed, JsonTokens tokens)
    {
        var strings = tokens.Tokens.Where(t => t.Type is JsonTokenType.String or JsonTokenType.PropertyName).ToList();
        var at = strings.Count > 0 && random.Next(4) > 0 ? strings[random.Next(strings.Count)].Start + 1 : random.Next(seed.Length + 1);
        return [.. seed.AsSpan(0, at), .. InvalidUtf8[random.Next(InvalidUtf8.Length)], .. seed.AsSpan(at)];
    }
}
