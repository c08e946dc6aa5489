using System.Security.Cryptography;
using System.Text;

namespace CrmSupportHub.Connectors;

/// <summary>Compares secrets in time that depends on neither their content nor their length.</summary>
public static class SecretComparer
{
    public static bool FixedTimeEquals(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return false; // an unconfigured secret never matches
        }

        // Hash both sides so that inputs of different lengths take the same time to compare.
        Span<byte> left = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> right = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? string.Empty), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), right);
        return CryptographicOperations.FixedTimeEquals(left, right) && presented is not null;
    }
}
