using System.Text.Json;
using Refit;

namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>Refit over the source-generated <see cref="NetHuntJsonContext"/>: no reflection-based JSON.</summary>
internal static class NetHuntRefitSettings
{
    public static RefitSettings Create() =>
        new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = NetHuntJsonContext.Default }));
}
