using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Mapping;
using CrmSupportHub.Connectors.NetHunt.Sync;
using CrmSupportHub.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>
/// One client's NetHunt workspace: the records of one folder are its support requests, read by
/// polling (NetHunt has no webhooks); its users are estimated from the folder's change log
/// (NetHunt has no users API), and the seats it pays for come from configuration.
/// </summary>
internal sealed class NetHuntConnector : ICrmConnector, IUserSource, IRequestSource, IConfiguredSeatSource
{
    private readonly NetHuntSettings _settings;
    private readonly NetHuntApiCaller _api;
    private readonly NetHuntRecordReader _records;
    private readonly NetHuntEditorReader _editors;

    public NetHuntConnector(ConnectorContext context, IOptionsMonitor<NetHuntOptions> options, IServiceProvider services, ILogger<NetHuntConnector> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        _settings = options.Get(context.ClientId).Settings;
        // The API client is keyed by the client id, known only at run time, hence the lookup here.
        _api = new NetHuntApiCaller(services.GetRequiredKeyedService<INetHuntApi>(context.ClientId));
        _records = new NetHuntRecordReader(_api, _settings, logger);
        _editors = new NetHuntEditorReader(_api, _settings, services.GetRequiredService<TimeProvider>(), logger);
    }

    public ConnectorDescriptor Descriptor => NetHuntDescriptor.Instance;

    /// <summary>NetHunt has no users API: the users read are the folder's recent editors, an estimate.</summary>
    public SeatCountBasis Basis => SeatCountBasis.Estimated;

    public int? ConfiguredSeats => _settings.ConfiguredSeats;

    /// <summary>Checks the credentials (<c>auth-test</c>), then that the folder is readable and has the configured fields.</summary>
    public async ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _api.SendAsync((a, ct) => a.AuthTestAsync(ct), "GET /triggers/auth-test", cancellationToken).ConfigureAwait(false);
            var fields = await _api.FindAsync(
                (a, ct) => a.GetFolderFieldsAsync(_settings.FolderId!, ct), "GET /triggers/folder-field", cancellationToken).ConfigureAwait(false);
            return fields is null
                ? ConnectionCheck.Failed($"The credentials work, but NetHunt has no folder {_settings.FolderId} this user can read (Settings:FolderId).")
                : NetHuntMapper.MissingFields(fields, _settings) is { } problem ? ConnectionCheck.Failed(problem) : ConnectionCheck.Ok;
        }
        catch (ConnectorException e)
        {
            return ConnectionCheck.Failed(e.Message);
        }
    }

    /// <summary>The distinct editors of the last days, as one list: the host counts every user it is given.</summary>
    public async IAsyncEnumerable<IReadOnlyList<ExternalUser>> ReadUsersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return await _editors.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<SyncPage<ExternalRequest>> ReadRequestsAsync(SyncCursor? since, CancellationToken cancellationToken) =>
        _records.ReadAsync(since, cancellationToken);

    /// <summary>Re-reads one record through <c>find-record</c>, which answers 404 when the record is gone.</summary>
    public async ValueTask<ExternalRequest?> ReadRequestAsync(string externalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var found = await _api.FindAsync(
            (a, ct) => a.FindRecordAsync(_settings.FolderId!, externalId, 1, ct), "GET /searches/find-record", cancellationToken).ConfigureAwait(false);
        var record = found?.Find(r => r is not null && NetHuntMapper.Id(r) == externalId);
        return record is null ? null : NetHuntMapper.ToRequest(record, _settings);
    }
}
