using System.Text;

namespace CrmSupportHub.Connectors;

/// <summary>HTTP Basic credentials, as some CRMs send them on webhook deliveries.</summary>
public static class BasicCredentials
{
    /// <summary>Whether an <c>Authorization: Basic</c> header carries exactly these credentials (compared in constant time).</summary>
    public static bool Matches(string? authorizationHeader, string? expectedUser, string? expectedPassword)
    {
        if (string.IsNullOrEmpty(expectedUser) || string.IsNullOrEmpty(expectedPassword))
        {
            return false;
        }

        var presented = Decode(authorizationHeader);
        // Compare both parts every time so a wrong user name takes as long as a wrong password.
        var userMatches = SecretComparer.FixedTimeEquals(presented?.User, expectedUser);
        var passwordMatches = SecretComparer.FixedTimeEquals(presented?.Password, expectedPassword);
        return userMatches & passwordMatches;
    }

    private static (string User, string Password)? Decode(string? header)
    {
        const string Scheme = "Basic ";
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Span<byte> buffer = stackalloc byte[256];
        var encoded = header.AsSpan(Scheme.Length).Trim();
        if (encoded.Length > 340 || !Convert.TryFromBase64Chars(encoded, buffer, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer[..written]);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (text[..colon], text[(colon + 1)..]);
    }
}
