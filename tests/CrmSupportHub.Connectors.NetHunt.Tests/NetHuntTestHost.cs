using CrmSupportHub.Sandbox.NetHunt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.NetHunt.Tests;

/// <summary>A service provider with one NetHunt client connected to a sandbox, built the way the worker builds it.</summary>
internal sealed class NetHuntTestHost : IAsyncDisposable
{
    public const string ClientId = "acme";

    private NetHuntTestHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public ICrmConnector Connector => Services.GetRequiredKeyedService<ICrmConnector>(ClientId);

    public IRequestSource Requests => Services.GetRequiredKeyedService<IRequestSource>(ClientId);

    public IUserSource Users => Services.GetRequiredKeyedService<IUserSource>(ClientId);

    /// <summary>Starts a host for <paramref name="sandbox"/>; <paramref name="time"/> drives retry waits when given.</summary>
    public static NetHuntTestHost Start(NetHuntSandbox sandbox, IReadOnlyDictionary<string, string?>? overrides = null, FakeTimeProvider? time = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connection:RetryBaseDelay"] = "00:00:00.001",
            ["Connection:MaxRetries"] = "2",
        };
        foreach (var (key, value) in sandbox.ClientSettings.Concat(overrides ?? new Dictionary<string, string?>()))
        {
            values[key] = value;
        }

        var prefix = $"{CrmSupportHubBuilder.SectionName}:Clients:0:";
        var configuration = values.ToDictionary(v => prefix + v.Key, v => v.Value);
        configuration[prefix + "Id"] = ClientId;
        configuration[prefix + "Crm"] = "NetHunt";
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton<TimeProvider>(time);
        }

        new CrmSupportHubBuilder(services, new ConfigurationBuilder().AddInMemoryCollection(configuration).Build()).AddNetHunt();
        return new NetHuntTestHost(services.BuildServiceProvider(validateScopes: true));
    }

    public async Task<List<SyncPage<ExternalRequest>>> PagesAsync(SyncCursor? since)
    {
        var pages = new List<SyncPage<ExternalRequest>>();
        await foreach (var page in Requests.ReadRequestsAsync(since, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }

    public async Task<List<ExternalUser>> UsersAsync()
    {
        var users = new List<ExternalUser>();
        await foreach (var page in Users.ReadUsersAsync(CancellationToken.None))
        {
            users.AddRange(page);
        }

        return users;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
