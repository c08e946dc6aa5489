using System.Security.Cryptography;
using System.Text;

namespace CrmSupportHub.Connectors;

/// <summary>Compares secrets in time that depends on neither their content nor their length.</summary>
public static class SecretComparer
{
    // Secrets up to this many UTF-8 bytes are compared as zero-padded blocks of this size, so the
    // comparison always walks the same number of bytes; longer ones are hashed first. Padding
    // replaced hashing both sides on every delivery, which cost more than the rest of verifying.
    private const int Block = 256;

    public static bool FixedTimeEquals(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return false; // an unconfigured secret never matches
        }

        var candidate = presented ?? string.Empty;
        var equal = Encoding.UTF8.GetByteCount(candidate) <= Block && Encoding.UTF8.GetByteCount(expected) <= Block
            ? PaddedEquals(candidate, expected)
            : HashedEquals(candidate, expected);
        return equal && presented is not null;
    }

    private static bool PaddedEquals(string presented, string expected)
    {
        Span<byte> left = stackalloc byte[Block];
        Span<byte> right = stackalloc byte[Block];
        left.Clear();
        right.Clear();
        var leftLength = Encoding.UTF8.GetBytes(presented, left);
        var rightLength = Encoding.UTF8.GetBytes(expected, right);

        // Both blocks are compared whole; the lengths separately, since padding alone would make
        // "abc" equal "abc\0".
        return CryptographicOperations.FixedTimeEquals(left, right) & (leftLength == rightLength);
    }

    private static bool HashedEquals(string presented, string expected)
    {
        Span<byte> left = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> right = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), right);
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}
