using System.Globalization;
using System.Text.Json;

namespace CrmSupportHub.Connectors.NetHunt.Mapping;

/// <summary>
/// Reads a record field as text. Field values are typed by the field and only loosely documented:
/// text and list fields are strings, multi-value fields arrays, user fields may be objects.
/// </summary>
internal static class NetHuntFieldValue
{
    private static readonly string[] UserKeys = ["email", "emailAddress", "name", "fullName", "id", "userId", "value"];

    /// <summary>The field's value by display name (an exact match first, then ignoring case), or <see langword="null"/> when the record lacks it.</summary>
    public static JsonElement? Find(IReadOnlyDictionary<string, JsonElement>? fields, string? name)
    {
        if (fields is null || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (fields.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in fields)
        {
            if (string.Equals(key.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The value as one trimmed string: the first non-empty element of an array, a known key of an object; <see langword="null"/> when empty.</summary>
    public static string? Text(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        var text = element.ValueKind switch
        {
            JsonValueKind.String => String(element),
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => element.GetBoolean().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.Array => element.EnumerateArray().Select(e => Text(e)).FirstOrDefault(t => t is not null),
            JsonValueKind.Object => UserKeys.Select(k => element.TryGetProperty(k, out var p) ? Text(p) : null).FirstOrDefault(t => t is not null),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A string value; text that is not valid UTF-8 (or a lone surrogate) is refused, not passed on.</summary>
    public static string? String(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException e)
        {
            throw new ConnectorException(ConnectorErrorKind.InvalidResponse, "NetHunt sent a field whose text is not valid UTF-8.", e);
        }
    }

    /// <summary>The first of the named members of an object that holds a non-empty string or a number, or <see langword="null"/>.</summary>
    public static string? Member(JsonElement element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value)
                && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                && Text(value) is { } text)
            {
                return text;
            }
        }

        return null;
    }
}
