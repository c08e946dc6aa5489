using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Mapping;
using CrmSupportHub.Connectors.Uspacy.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>One client's Uspacy portal: its users, the support requests of one entity's funnel, and its webhooks.</summary>
internal sealed class UspacyConnector : ICrmConnector, IUserSource, IRequestSource, IWebhookReceiver
{
    private readonly ConnectorContext _context;
    private readonly UspacyApiCaller _api;
    private readonly IOptionsMonitor<UspacyOptions> _options;
    private readonly TimeProvider _time;
    private readonly UspacyWebhookReceiver _webhooks;

    public UspacyConnector(ConnectorContext context, IServiceProvider services, IOptionsMonitor<UspacyOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        _context = context;
        _api = new UspacyApiCaller(services.GetRequiredKeyedService<IUspacyApi>(context.ClientId));
        _options = options;
        _time = time;
        _webhooks = new UspacyWebhookReceiver(() => Options, ReadRequestAsync);
    }

    public ConnectorDescriptor Descriptor => UspacyDescriptor.Instance;

    private UspacyOptions Options => _options.Get(_context.ClientId);

    /// <summary>Signs in and lists one item of the support funnel: proves the credentials, the host and the table name.</summary>
    public async ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken)
    {
        var settings = Options.Settings;
        var query = UspacyRequestQuery.Build(settings, 0, 1, _time.GetUtcNow());
        query["list"] = "1";
        try
        {
            await _api.SendAsync((uspacy, ct) => uspacy.GetItemsAsync(settings.EntityTable, query, ct), "checking the connection", cancellationToken)
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
        new UspacyRequestReader(_api, Options.Settings, _time).ReadAsync(since, cancellationToken);

    /// <summary>The item as a request; <see langword="null"/> when Uspacy has no such item or it left the support funnel.</summary>
    public async ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var settings = Options.Settings;
        var item = await _api.SendAsync(
            (uspacy, ct) => uspacy.GetItemAsync(settings.EntityTable, externalId, ct), "reading a request", cancellationToken, notFoundIsNull: true)
            .ConfigureAwait(false);
        return item is null ? null : UspacyMapper.ToRequest(item.Unwrapped, settings);
    }

    public ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.VerifyAsync(envelope, cancellationToken);

    public ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.ParseAsync(envelope, cancellationToken);
}
