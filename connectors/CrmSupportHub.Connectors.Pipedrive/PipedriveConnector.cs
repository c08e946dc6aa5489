using System.Globalization;
using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.Pipedrive.Api;
using CrmSupportHub.Connectors.Pipedrive.Mapping;
using CrmSupportHub.Connectors.Pipedrive.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>One client's Pipedrive company: users, support-pipeline deals as requests, and webhooks.</summary>
internal sealed class PipedriveConnector : ICrmConnector, IUserSource, IRequestSource, IWebhookReceiver
{
    private readonly PipedriveOptions _options;
    private readonly PipedriveStageMap _stages;
    private readonly PipedriveApiCaller _api;
    private readonly PipedriveDealReader _deals;
    private readonly PipedriveWebhookReceiver _webhooks;

    public PipedriveConnector(ConnectorContext context, IOptionsMonitor<PipedriveOptions> options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Get(context.ClientId);
        _stages = PipedriveStageMap.From(_options.Settings);
        // The API client is keyed by the client id, known only at run time, hence the lookup here.
        _api = new PipedriveApiCaller(services.GetRequiredKeyedService<IPipedriveApi>(context.ClientId));
        _deals = new PipedriveDealReader(_api, _options.Settings, _stages);
        _webhooks = new PipedriveWebhookReceiver(_options, _stages, _api);
    }

    public ConnectorDescriptor Descriptor => PipedriveDescriptor.Instance;

    public async ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _api.SendAsync((a, ct) => a.GetCurrentUserAsync(ct), "GET /api/v1/users/me", cancellationToken).ConfigureAwait(false);
            var pipelineId = _options.Settings.SupportPipelineId;
            var pipeline = await _api.SendAsync(
                (a, ct) => a.GetPipelineAsync(pipelineId, ct), "GET /api/v2/pipelines/{id}", cancellationToken, notFoundIsNull: true).ConfigureAwait(false);
            return pipeline?.Data is null
                ? ConnectionCheck.Failed($"The token works, but Pipedrive has no pipeline {pipelineId} (Settings:SupportPipelineId).")
                : ConnectionCheck.Ok;
        }
        catch (ConnectorException e)
        {
            return ConnectionCheck.Failed(e.Message);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<ExternalUser>> ReadUsersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var response = await _api.SendAsync((a, ct) => a.GetUsersAsync(ct), "GET /api/v1/users", cancellationToken).ConfigureAwait(false);
        yield return (response!.Data ?? []).Select(u => (u is null ? null : PipedriveMapper.ToUser(u)) ?? throw new ConnectorException(
            ConnectorErrorKind.InvalidResponse, "Pipedrive listed a user that is null or has no id.")).ToList();
    }

    public IAsyncEnumerable<SyncPage<ExternalRequest>> ReadRequestsAsync(SyncCursor? since, CancellationToken cancellationToken) =>
        _deals.ReadAsync(since, cancellationToken);

    /// <summary>The deal, or <see langword="null"/> when Pipedrive no longer has it or it is not in the support pipeline.</summary>
    public async ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(externalId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var response = await _api.SendAsync((a, ct) => a.GetDealAsync(id, ct), "GET /api/v2/deals/{id}", cancellationToken, notFoundIsNull: true)
            .ConfigureAwait(false);
        return response?.Data is { } deal && deal.PipelineId == _options.Settings.SupportPipelineId
            ? PipedriveMapper.ToRequest(deal, _stages)
            : null;
    }

    public ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.VerifyAsync(envelope);

    public ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.ParseAsync(envelope, cancellationToken);
}
