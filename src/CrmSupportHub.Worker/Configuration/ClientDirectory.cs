using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Configuration;

/// <summary>The configured clients as domain profiles, with their poll intervals.</summary>
internal sealed class ClientDirectory
{
    private readonly Dictionary<string, ClientProfile> _clients;
    private readonly Dictionary<string, TimeSpan> _pollIntervals;
    private readonly Dictionary<string, Uri?> _notificationUrls;

    public ClientDirectory(IOptions<HubOptions> options, ConnectorCatalog connectors)
    {
        var factory = new ClientProfileFactory(options.Value, connectors);
        var (clients, problems) = factory.Build();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(HubOptions.SectionName, typeof(HubOptions), problems);
        }

        Catalog = factory.Catalog;
        _clients = clients.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _pollIntervals = options.Value.Clients.ToDictionary(c => c.Id!, c => c.PollInterval, StringComparer.Ordinal);
        _notificationUrls = options.Value.Clients.ToDictionary(
            c => c.Id!, c => c.Notifications.WebhookUrl ?? options.Value.Notifications.WebhookUrl, StringComparer.Ordinal);
    }

    public PackageCatalog Catalog { get; }

    public IReadOnlyCollection<ClientProfile> All => _clients.Values;

    public ClientProfile? Find(string clientId) => _clients.GetValueOrDefault(clientId);

    public ClientProfile Get(string clientId) =>
        Find(clientId) ?? throw new KeyNotFoundException($"No client '{clientId}' is configured.");

    public TimeSpan PollInterval(string clientId) => _pollIntervals[clientId];

    /// <summary>The client's outgoing webhook for SLA notifications, else the hub's, else none.</summary>
    public Uri? NotificationUrl(string clientId) => _notificationUrls.GetValueOrDefault(clientId);
}
