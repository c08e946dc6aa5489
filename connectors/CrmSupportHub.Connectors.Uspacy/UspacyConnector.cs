using System.Net;
using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Mapping;
using CrmSupportHub.Connectors.Uspacy.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>One client's Uspacy portal: its users, the support requests of one entity's funnel, and its webhooks.</summary>
internal sealed class UspacyConnector : ICrmConnector, IUserSource, IRequestSource, IWebhookReceiver
{
    private readonly ConnectorContext _context;
    private readonly IUspacyApi _api;
    private readonly IOptionsMonitor<UspacyOptions> _options;
    private readonly TimeProvider _time;
    private readonly UspacyWebhookReceiver _webhooks;

    public UspacyConnector(ConnectorContext context, IServiceProvider services, IOptionsMonitor<UspacyOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        _context = context;
        _api = services.GetRequiredKeyedService<IUspacyApi>(context.ClientId);
        _options = options;
        _time = time;
        _webhooks = new UspacyWebhookReceiver(() => Options, ReadRequestAsync);
    }

    public static ConnectorDescriptor Descriptor { get; } = new(
        "Uspacy",
        "Uspacy",
        ConnectorCapabilities.Users | ConnectorCapabilities.Requests | ConnectorCapabilities.Webhooks,
        ["*.uspacy.ua", "*.uspacy.com"]);

    ConnectorDescriptor ICrmConnector.Descriptor => Descriptor;

    private UspacyOptions Options => _options.Get(_context.ClientId);

    private UspacySettings Settings => Options.Settings;

    /// <summary>Signs in and lists one item of the entity: proves the credentials, the host and the table name.</summary>
    public async ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken)
    {
        var query = UspacyRequestQuery.Build(Settings, 0, 1, _time.GetUtcNow());
        query["list"] = "1";
        try
        {
            await UspacyErrors.CallAsync(
                "listing requests",
                () => _api.GetItemsAsync(Settings.EntityTable!, query, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return ConnectionCheck.Ok;
        }
        catch (ConnectorException ex)
        {
            return ConnectionCheck.Failed(ex.Message);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<ExternalUser>> ReadUsersAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var list = await UspacyErrors.CallAsync("listing users", () => _api.GetAllUsersAsync(cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        yield return list.Users.Select(UspacyMapper.ToUser).OfType<ExternalUser>().ToList();
    }

    public IAsyncEnumerable<SyncPage<ExternalRequest>> ReadRequestsAsync(SyncCursor? since, CancellationToken cancellationToken) =>
        new UspacyRequestReader(_api, Settings, _time).ReadAsync(since, cancellationToken);

    public async ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var settings = Settings;
        try
        {
            var item = await UspacyErrors.CallAsync(
                "reading a request",
                () => _api.GetItemAsync(settings.EntityTable!, externalId, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return UspacyMapper.ToRequest(item.Unwrapped, settings);
        }
        catch (ConnectorException ex) when (ex.InnerException is ApiException { StatusCode: HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    public ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.VerifyAsync(envelope, cancellationToken);

    public ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.ParseAsync(envelope, cancellationToken);
}
