using System.Text.Json;

namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

/// <summary>A webhooks v2 delivery. <c>data</c> is null on delete, <c>previous</c> null on create.</summary>
internal sealed class PipedriveWebhookDto
{
    public PipedriveWebhookMeta? Meta { get; set; }

    public JsonElement? Data { get; set; }

    public JsonElement? Previous { get; set; }
}
