using System.Globalization;

namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>The timestamp format NetHunt uses and accepts for <c>since</c>: ISO-8601 UTC with milliseconds.</summary>
internal static class NetHuntTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
