using System.Buffers.Text;
using System.Text.Json;

namespace CrmSupportHub.Connectors.Uspacy.Auth;

/// <summary>Reads the <c>exp</c> claim of a JWT without validating it (the portal validates its own tokens).</summary>
internal static class JwtExpiry
{
    public static DateTimeOffset? Read(string? jwt)
    {
        var parts = jwt?.Split('.');
        if (parts is not { Length: 3 } || parts[1].Length == 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("exp", out var exp)
                && exp.ValueKind == JsonValueKind.Number
                && exp.TryGetInt64(out var seconds)
                && seconds > 0
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
