using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CrmSupportHub.Connectors.KeyCrm.Api;
using CrmSupportHub.Connectors.KeyCrm.Mapping;
using CrmSupportHub.Connectors.KeyCrm.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>
/// One KeyCRM account: its users, the cards of its support pipeline as requests, and the
/// automation webhooks that announce card changes.
/// </summary>
internal sealed class KeyCrmConnector : ICrmConnector, IUserSource, IRequestSource, IWebhookReceiver
{
    private readonly ConnectorContext _context;
    private readonly IOptionsMonitor<KeyCrmOptions> _options;
    private readonly IKeyCrmApi _api;
    private readonly KeyCrmRequestReader _reader;
    private readonly KeyCrmWebhookReceiver _webhooks;

    public KeyCrmConnector(ConnectorContext context, IServiceProvider services, IOptionsMonitor<KeyCrmOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _options = options;
        // The API client is keyed by the client id, known only at run time, hence the lookup here.
        _api = services.GetRequiredKeyedService<IKeyCrmApi>(context.ClientId);
        _reader = new KeyCrmRequestReader(_api, time);
        _webhooks = new KeyCrmWebhookReceiver(() => Options, this);
    }

    public ConnectorDescriptor Descriptor => KeyCrmDescriptor.Instance;

    private KeyCrmOptions Options => _options.Get(_context.ClientId);

    public async ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await KeyCrmCall.RunAsync("GET /users", ct => _api.GetUsersAsync(1, 1, ct), cancellationToken).ConfigureAwait(false);
            // A card read proves the pipelines module is on ("Leads are not enabled" otherwise) and the filter is accepted.
            var pipeline = Options.Settings.SupportPipelineId;
            await KeyCrmCall.RunAsync("GET /pipelines/cards", ct => _api.GetCardsAsync(pipeline, null, KeyCrmRequestReader.Include, 1, 1, ct), cancellationToken).ConfigureAwait(false);
            return ConnectionCheck.Ok;
        }
        catch (ConnectorException ex)
        {
            return ConnectionCheck.Failed(ex.Message);
        }
    }

    /// <summary>Every poll re-reads all users; KeyCRM has no change filter for them.</summary>
    public async IAsyncEnumerable<IReadOnlyList<ExternalUser>> ReadUsersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = Options.Settings.PageSize;
        var guard = new PageRepeatGuard("KeyCRM");
        for (var page = 1; ;)
        {
            var number = page;
            guard.Visit("users page " + number.ToString(CultureInfo.InvariantCulture));
            var result = await KeyCrmCall.RunAsync("GET /users", ct => _api.GetUsersAsync(pageSize, number, ct), cancellationToken).ConfigureAwait(false);
            if (!result.Answers(number))
            {
                continue; // a skipped page would drop seats from the count
            }

            KeyCrmCall.RequireItems(result, "GET /users");
            yield return (result.Data ?? []).Select(KeyCrmMapper.ToUser).ToList();
            if (result.IsLast)
            {
                yield break;
            }

            page++;
        }
    }

    public IAsyncEnumerable<SyncPage<ExternalRequest>> ReadRequestsAsync(SyncCursor? since, CancellationToken cancellationToken) =>
        _reader.ReadAsync(since, Options.Settings, cancellationToken);

    /// <summary>Null when the card is gone or no longer provably in the support pipeline.</summary>
    public async ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(externalId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        const string What = "GET /pipelines/cards/{id}";
        using var response = await KeyCrmCall.RunAsync(What, ct => _api.GetCardAsync(id, KeyCrmRequestReader.Include, ct), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (response.Error is { } error)
        {
            throw KeyCrmCall.Fail(What, error);
        }

        var settings = Options.Settings;
        var card = Unwrap(response.Content, What)
            ?? throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"KeyCRM {What}: the answer holds no card.");
        return KeyCrmMapper.IsInPipeline(card, settings.SupportPipelineId) ? KeyCrmMapper.ToRequest(card, settings) : null;
    }

    public ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_webhooks.Verify(envelope));

    public ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken) =>
        _webhooks.ParseAsync(envelope, cancellationToken);

    private static Api.Dtos.KeyCrmCardDto? Unwrap(JsonElement body, string what)
    {
        try
        {
            return KeyCrmMapper.UnwrapCard(body);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"KeyCRM {what}: the answer could not be read.", ex);
        }
    }
}
