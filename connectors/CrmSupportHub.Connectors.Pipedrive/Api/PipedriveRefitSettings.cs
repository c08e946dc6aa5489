using System.Text.Json;
using Refit;

namespace CrmSupportHub.Connectors.Pipedrive.Api;

/// <summary>Refit over the source-generated <see cref="PipedriveJsonContext"/>: no reflection-based JSON.</summary>
internal static class PipedriveRefitSettings
{
    public static RefitSettings Create() =>
        new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(PipedriveJsonContext.Default.Options)));
}
