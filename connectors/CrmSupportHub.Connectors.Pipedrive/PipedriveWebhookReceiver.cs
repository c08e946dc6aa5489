using System.Text.Json;
using CrmSupportHub.Connectors.Pipedrive.Api;
using CrmSupportHub.Connectors.Pipedrive.Api.Dtos;
using CrmSupportHub.Connectors.Pipedrive.Mapping;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>
/// Webhooks v2 (<c>meta</c>/<c>data</c>/<c>previous</c>). Pipedrive does not sign deliveries: the HTTP
/// Basic credentials set on the webhook are the only proof, so they are checked first, in constant time.
/// </summary>
internal sealed class PipedriveWebhookReceiver(PipedriveOptions options, PipedriveStageMap stages, PipedriveApiCaller api)
{
    private long Pipeline => options.Settings.SupportPipelineId;

    public ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (!BasicCredentials.Matches(envelope.Header("Authorization"), options.Webhook.Username, options.Webhook.Password))
        {
            return ValueTask.FromResult(WebhookVerdict.Unauthorized("Missing or wrong HTTP Basic credentials."));
        }

        // A v1 payload also has `meta`, but names the entity `object`: only v2 is understood.
        if (ReadHead(envelope.Body) is not { Meta: { Entity: not null } meta } head)
        {
            return ValueTask.FromResult(WebhookVerdict.Malformed("Not a Pipedrive webhooks v2 payload (register the webhook with version 2.0)."));
        }

        var verdict = meta.Entity switch
        {
            "user" => WebhookVerdict.Accept(meta.Id),
            "deal" => VerifyDeal(meta, head.Data, head.Previous),
            _ => WebhookVerdict.Ignore($"Pipedrive {meta.Entity} events are not tracked."),
        };
        return ValueTask.FromResult(verdict);
    }

    public async ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var payload = Read(envelope.Body) is { Meta: { } m } p ? (Meta: m, p.Data, p.Previous)
            : throw new ConnectorException(ConnectorErrorKind.InvalidResponse, "The stored delivery is not a Pipedrive webhooks v2 payload.");
        if (payload.Meta.Entity == "user")
        {
            return [new UsersChanged()];
        }

        if (payload.Meta.Entity != "deal")
        {
            return [];
        }

        var data = Deal(payload.Data);
        var previous = Deal(payload.Previous);
        var id = data?.Id ?? previous?.Id ?? ParseId(payload.Meta.EntityId);
        var request = data is null || payload.Meta.Action == "delete"
            ? Deleted(id, previous, payload.Meta.Timestamp)
            : await CurrentAsync(id, data, previous, payload.Meta.Timestamp, cancellationToken).ConfigureAwait(false);
        return request is null ? [] : [new RequestChanged(request)];
    }

    private WebhookVerdict VerifyDeal(PipedriveWebhookMeta meta, long? dataPipeline, long? previousPipeline)
    {
        // A move out of the support pipeline shows the old pipeline in `previous`; a reduced payload
        // without any pipeline is accepted and re-read when parsed.
        var pipelines = new[] { dataPipeline, previousPipeline }.OfType<long>().ToList();
        return pipelines.Count == 0 || pipelines.Contains(Pipeline)
            ? WebhookVerdict.Accept(meta.Id)
            : WebhookVerdict.Ignore($"The deal is in pipeline {pipelines[0]}, not the support pipeline.");
    }

    private async ValueTask<ExternalRequest?> CurrentAsync(
        long id, PipedriveDealDto data, PipedriveDealDto? previous, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var deal = data;
        if (!PipedriveMapper.IsComplete(data))
        {
            var response = await api.SendAsync((a, ct) => a.GetDealAsync(id, ct), "GET /api/v2/deals/{id}", cancellationToken, notFoundIsNull: true)
                .ConfigureAwait(false);
            if (response?.Data is not { } fresh)
            {
                return Deleted(id, previous ?? data, at);
            }

            deal = fresh;
        }

        var request = PipedriveMapper.ToRequest(deal, stages)
            ?? throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"Pipedrive sent deal {id} without add_time or update_time.");
        if (deal.PipelineId == Pipeline)
        {
            return request;
        }

        // Moved out of the support pipeline: for the SLA it is gone, as polling will no longer see it.
        return previous?.PipelineId == Pipeline ? request with { Status = RequestStatus.Deleted } : null;
    }

    private ExternalRequest Deleted(long id, PipedriveDealDto? previous, DateTimeOffset? at)
    {
        var deletedAt = at ?? previous?.UpdateTime
            ?? throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"Pipedrive sent the deletion of deal {id} without a timestamp.");
        return new ExternalRequest(
            PipedriveMapper.Id(id),
            previous?.Title ?? string.Empty,
            previous?.StageId is { } stage ? PipedriveMapper.Id(stage) : null,
            stages.Categorize(previous?.StageId),
            previous?.OwnerId is { } owner and > 0 ? PipedriveMapper.Id(owner) : null,
            RequestStatus.Deleted,
            previous?.AddTime ?? deletedAt,
            deletedAt,
            previous?.StageChangeTime);
    }

    private static long ParseId(string? entityId) =>
        long.TryParse(entityId, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ConnectorException(ConnectorErrorKind.InvalidResponse, "The Pipedrive delivery names no deal id.");

    private static PipedriveWebhookDto? Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body.Span, PipedriveJsonContext.Default.PipedriveWebhookDto);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PipedriveWebhookHead? ReadHead(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body.Span, PipedriveJsonContext.Default.PipedriveWebhookHead);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PipedriveDealDto? Deal(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize(PipedriveJsonContext.Default.PipedriveDealDto);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
