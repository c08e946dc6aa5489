using System.Security.Cryptography;
using System.Text;

namespace CrmSupportHub.Worker.Security;

/// <summary>
/// API keys are 32 random bytes (base64url, 43 characters) stored as <c>sha256:&lt;hex&gt;</c>. A fast
/// hash is enough because the keys are random, not chosen by people: there is nothing to guess.
/// </summary>
public static class ApiKeys
{
    public const string HashPrefix = "sha256:";

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static string NewKey() => "chk_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    public static bool IsHash(string? text) =>
        text is not null && text.StartsWith(HashPrefix, StringComparison.Ordinal) && text.Length == HashPrefix.Length + 64
        && !text.AsSpan(HashPrefix.Length).ContainsAnyExcept(LowerHex);

    /// <summary>Compares the key's hash with a stored hash in constant time.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
