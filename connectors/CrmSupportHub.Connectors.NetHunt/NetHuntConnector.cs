using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>
/// One NetHunt client: records of one folder are its support requests, read by polling (NetHunt
/// has no webhooks); its users are estimated from the folder's change log (NetHunt has no users API).
/// </summary>
internal sealed partial class NetHuntConnector : ICrmConnector, IConfiguredSeatSource
{
    public static ConnectorDescriptor Descriptor { get; } = new(
        "NetHunt",
        "NetHunt CRM",
        ConnectorCapabilities.Users | ConnectorCapabilities.Requests,
        ["nethunt.com"]);

    private readonly string _clientId;
    private readonly INetHuntApi _api;
    private readonly IOptionsMonitor<NetHuntOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<NetHuntConnector> _logger;

    public NetHuntConnector(
        ConnectorContext context,
        IServiceProvider services,
        IOptionsMonitor<NetHuntOptions> options,
        ILogger<NetHuntConnector> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        _clientId = context.ClientId;
        _api = services.GetRequiredKeyedService<INetHuntApi>(context.ClientId);
        _time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        (_options, _logger) = (options, logger);
    }

    ConnectorDescriptor ICrmConnector.Descriptor => Descriptor;

    public int? ConfiguredSeats => Settings.ConfiguredSeats;

    private NetHuntSettings Settings => _options.Get(_clientId).Settings;

    private string FolderId => Settings.FolderId!;

    /// <summary>Checks the credentials, then that the folder is readable and has the configured fields.</summary>
    public async ValueTask<ConnectionCheck> CheckConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await NetHuntCall.RunAsync(_api.AuthTestAsync, "auth-test", cancellationToken).ConfigureAwait(false);
            var fields = await NetHuntCall.RunAsync(
                ct => _api.GetFolderFieldsAsync(FolderId, ct), "folder-field", cancellationToken).ConfigureAwait(false);
            return MissingField(fields) is { } problem ? ConnectionCheck.Failed(problem) : ConnectionCheck.Ok;
        }
        catch (ConnectorException ex)
        {
            return ConnectionCheck.Failed(ex.Message);
        }
    }

    private string? MissingField(List<NetHuntFolderField> fields)
    {
        var names = fields.Select(f => f.Name?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Count == 0)
        {
            return null; // nothing to compare with: the feeds will show what the folder holds
        }

        var settings = Settings;
        var wanted = new[] { ("TitleField", settings.TitleField), ("StatusField", settings.StatusField), ("OwnerField", settings.OwnerField) };
        var missing = wanted.Where(w => !string.IsNullOrWhiteSpace(w.Item2) && !names.Contains(w.Item2.Trim())).ToList();
        return missing.Count == 0
            ? null
            : string.Join("; ", missing.Select(m => $"Settings:{m.Item1}: folder {FolderId} has no field named '{m.Item2}'"))
              + $" (its fields: {string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase))}).";
    }
}
