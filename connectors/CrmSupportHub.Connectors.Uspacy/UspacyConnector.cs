using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Mapping;
using CrmSupportHub.Connectors.Uspacy.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>One client's Uspacy portal: its users, the support requests of one entity's funnel, and its webhooks.</summary>
internal sealed class UspacyConnector : ICrmConnector, IUserSource, IRequestSource, IWebhookReceiver
{
    private readonly UspacySettings _settings;
    private readonly UspacyApiCaller _api;
    private readonly TimeProvider _time;
    private readonly UspacyWebhookReceiver _webhooks;

    public UspacyConnector(ConnectorContext context, IOptionsMonitor<UspacyOptions> options, IServiceProvider services, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var current = options.Get(context.ClientId);
        _settings = current.Settings;
        // The API client is keyed by the client id, known only at run time, hence the lookup here.
        _api = new UspacyApiCaller(services.GetRequiredKeyedService<IUspacyApi>(context.ClientId));
        _time = time;
        _webhooks = new UspacyWebhookReceiver(current, ReadRequestAsync);
    }

    public ConnectorDescriptor Descriptor => UspacyDescriptor.Instance;

    /// <summary>Signs in and lists one item of the support funnel: proves the credentials, the host and the table name.</summary>
    public async ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken)
    {
        var query = UspacyRequestQuery.Build(_settings, 0, 1, _time.GetUtcNow());
        query["list"] = "1";
        try
        {
            await _api.SendAsync((uspacy, ct) => uspacy.GetItemsAsync(_settings.EntityTable, query, ct), "checking the connection", cancellationToken)
                .ConfigureAwait(false);
            return ConnectionCheck.Ok;
        }
        catch (ConnectorException e)
        {
            return ConnectionCheck.Failed(e.Message);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<ExternalUser>> ReadUsersAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var list = await _api.SendAsync((uspacy, ct) => uspacy.GetAllUsersAsync(ct), "listing users", cancellationToken).ConfigureAwait(false);
        yield return list!.Users.Select(UspacyMapper.ToUser).OfType<ExternalUser>().ToList();
    }

    public IAsyncEnumerable<SyncPage<ExternalRequest>> ReadRequestsAsync(SyncCursor? since, CancellationToken cancellationToken) =>
        new UspacyRequestReader(_api, _settings, _time).ReadAsync(since, cancellationToken);

    /// <summary>The item as a request; <see langword="null"/> when Uspacy has no such item or it left the support funnel.</summary>
    public async ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var item = await _api.SendAsync(
            (uspacy, ct) => uspacy.GetItemAsync(_settings.EntityTable, externalId, ct), "reading a request", cancellationToken, notFoundIsNull: true)
            .ConfigureAwait(false);
        return item is null ? null : UspacyMapper.ToRequest(item.Unwrapped, _settings);
    }

    public ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.VerifyAsync(envelope, cancellationToken);

    public ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.ParseAsync(envelope, cancellationToken);
}
