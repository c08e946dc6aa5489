using System.Text.Json.Serialization;

namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

/// <summary>
/// What verifying a delivery needs from it, read in one pass: its meta and the pipelines of
/// <c>data</c> and <c>previous</c>. Reading the whole payload into a DOM and each deal out of it
/// again took twice the time of everything else the connector does at intake.
/// </summary>
internal sealed class PipedriveWebhookHead
{
    public PipedriveWebhookMeta? Meta { get; set; }

    [JsonConverter(typeof(PipelineOfConverter))]
    public long? Data { get; set; }

    [JsonConverter(typeof(PipelineOfConverter))]
    public long? Previous { get; set; }
}
