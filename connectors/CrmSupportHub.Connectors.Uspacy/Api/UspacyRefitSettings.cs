using System.Text.Json;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Api;

/// <summary>Refit over the source-generated <see cref="UspacyJsonContext"/>: no reflection-based JSON.</summary>
internal static class UspacyRefitSettings
{
    public static RefitSettings Create() =>
        new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(UspacyJsonContext.Default.Options)));
}
