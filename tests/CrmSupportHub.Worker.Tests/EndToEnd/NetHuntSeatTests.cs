using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Users;
using CrmSupportHub.Sandbox.NetHunt;
using CrmSupportHub.Worker.Sync;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Worker.Tests.EndToEnd;

/// <summary>NetHunt has no users API: the seat count is the configured number, else an estimate, and says which.</summary>
[Category("EndToEnd")]
public sealed class NetHuntSeatTests
{
    private NetHuntSandbox _crm = null!;
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _crm = new NetHuntSandbox();
        _directory = Directory.CreateTempSubdirectory("crm-hub-seats-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task UserSync_ConfiguredSeats_StoresConfiguredCount()
    {
        var overrides = new Dictionary<string, string?> { ["CrmSupportHub:Clients:0:Settings:ConfiguredSeats"] = "7" };

        var seats = await SyncSeatsAsync(overrides);

        Assert.Multiple(() =>
        {
            Assert.That(seats!.ActiveUsers, Is.EqualTo(7));
            Assert.That(seats.Basis, Is.EqualTo(SeatCountBasis.Configured));
        });
    }

    [Test]
    public async Task UserSync_NoConfiguredSeats_StoresEstimateMarkedEstimated()
    {
        var seats = await SyncSeatsAsync(new Dictionary<string, string?>());

        Assert.That(seats!.Basis, Is.EqualTo(SeatCountBasis.Estimated));
    }

    private async Task<SeatCount?> SyncSeatsAsync(Dictionary<string, string?> overrides)
    {
        await using var hub = await HubUnderTest.StartAsync(_crm, Path.Combine(_directory, "hub.db"), overrides);
        var result = await hub.Services.GetRequiredService<UserSyncService>().SyncAsync("acme", CancellationToken.None);
        Assert.That(result.Succeeded, Is.True, result.Error);
        return await hub.Services.GetRequiredService<IUserStore>().GetLatestSeatCountAsync("acme", CancellationToken.None);
    }
}
