using CrmSupportHub.Core.Users;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.NetHunt;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.NetHunt.Tests;

public sealed class NetHuntConnectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 7, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task ReadUsers_DistinctEditorsOfTheWindow_AreTheEstimate()
    {
        var time = new FakeTimeProvider(T0);
        using var sandbox = new NetHuntSandbox(new NetHuntSandboxOptions { TimeProvider = time });
        var ann = sandbox.AddUser("Ann", "Ann@client.example", T0.AddDays(-3));
        var record = sandbox.CreateRecord("Printer", T0.AddDays(-2), by: ann);
        sandbox.UpdateRecord(record.Id, new Dictionary<string, string?> { [NetHuntSandbox.StatusField] = "In progress" }, T0.AddDays(-1), ann);
        sandbox.AddUser("Old", "old@client.example", T0.AddDays(-31));
        await using var host = NetHuntTestHost.Start(sandbox, time: time);

        var users = await host.UsersAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(users.Select(u => u.Id), Is.EqualTo(new[] { "ann@client.example" }), "one user however many edits; the 31-day-old one is out");
            Assert.That(users.Single().IsActive, Is.True);
            Assert.That(host.Users.Basis, Is.EqualTo(SeatCountBasis.Estimated));
        }
    }

    [Test]
    public async Task ReadUsers_ManyChanges_PagesThroughTheChangeLog()
    {
        var time = new FakeTimeProvider(T0);
        using var sandbox = new NetHuntSandbox(new NetHuntSandboxOptions { TimeProvider = time });
        for (var i = 0; i < 30; i++)
        {
            sandbox.AddUser($"User {i}", $"user{i}@client.example", T0.AddHours(-i));
        }

        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Settings:PageSize"] = "7" }, time);

        var users = await host.UsersAsync();

        Assert.That(users, Has.Count.EqualTo(30));
    }

    [Test]
    public async Task ConfiguredSeats_FromSettings_IsExposedNextToTheEstimate()
    {
        using var sandbox = new NetHuntSandbox();
        await using var configured = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Settings:ConfiguredSeats"] = "12" });
        await using var unconfigured = NetHuntTestHost.Start(sandbox);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(configured.Services.GetRequiredKeyedService<IConfiguredSeatSource>(NetHuntTestHost.ClientId).ConfiguredSeats, Is.EqualTo(12));
            Assert.That(unconfigured.Services.GetRequiredKeyedService<IConfiguredSeatSource>(NetHuntTestHost.ClientId).ConfiguredSeats, Is.Null);
            Assert.That(
                configured.Services.GetRequiredKeyedService<IConfiguredSeatSource>(NetHuntTestHost.ClientId),
                Is.SameAs(configured.Connector),
                "the client's connector instance");
        }
    }

    [Test]
    public async Task Descriptor_PollingOnly_HasNoWebhookReceiver()
    {
        using var sandbox = new NetHuntSandbox();
        await using var host = NetHuntTestHost.Start(sandbox);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(host.Connector.Descriptor.Capabilities, Is.EqualTo(ConnectorCapabilities.Users | ConnectorCapabilities.Requests));
            Assert.That(host.Connector, Is.Not.InstanceOf<IWebhookReceiver>());
            Assert.That(host.Connector.Descriptor.AllowedHosts, Is.EqualTo(new[] { "nethunt.com" }));
        }
    }

    [Test]
    public async Task CheckConnection_StatusFieldNotInFolder_FailsNamingTheSetting()
    {
        using var sandbox = new NetHuntSandbox();
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Settings:StatusField"] = "Stage" });

        var check = await host.Connector.CheckConnectionAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Succeeded, Is.False);
            Assert.That(check.Error, Does.Contain("Settings:StatusField").And.Contain("'Stage'"));
        }
    }

    [Test]
    public async Task CheckConnection_UnknownFolder_FailsNamingTheSetting()
    {
        using var sandbox = new NetHuntSandbox();
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Settings:FolderId"] = "000000000000000000000000" });

        var check = await host.Connector.CheckConnectionAsync(CancellationToken.None);

        Assert.That(check.Error, Does.Contain("Settings:FolderId"));
    }

    [Test]
    public async Task ReadRequests_TooManyRequests_WaitsForRetryAfterOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(T0);
        using var sandbox = new NetHuntSandbox(new NetHuntSandboxOptions { RetryAfter = TimeSpan.FromSeconds(30) });
        var ids = sandbox.SeedRequests(3, T0);
        sandbox.InjectFault(SandboxFault.TooManyRequests);
        // A long attempt timeout: the fake clock runs ahead of the real calls while it is advanced.
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Connection:Timeout"] = "01:00:00" }, time);

        var reading = host.PagesAsync(null);
        var waited = TimeSpan.Zero;
        while (!reading.IsCompleted && waited < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(10);
            time.Advance(TimeSpan.FromSeconds(1));
            waited += TimeSpan.FromSeconds(1);
        }

        var read = (await reading).SelectMany(p => p.Items);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Select(r => r.Id), Is.EquivalentTo(ids));
            Assert.That(sandbox.ThrottledCount, Is.EqualTo(1));
            Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(30)), "the retry waited as long as Retry-After asked");
        }
    }

    [Test]
    public async Task ReadRequests_RetryAfterBeyondMaxRetryDelay_FailsAtOnceAsRateLimited()
    {
        using var sandbox = new NetHuntSandbox(new NetHuntSandboxOptions { RetryAfter = TimeSpan.FromMinutes(10) });
        sandbox.SeedRequests(3, T0);
        sandbox.InjectFault(SandboxFault.TooManyRequests);
        await using var host = NetHuntTestHost.Start(sandbox);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.PagesAsync(null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.RateLimited));
            Assert.That(sandbox.CallCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ApiClient_PostThatFails_IsNotRetried()
    {
        using var sandbox = new NetHuntSandbox();
        sandbox.InjectFault(SandboxFault.ServiceUnavailable, times: 5);
        await using var host = NetHuntTestHost.Start(sandbox);
        using var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient($"NetHunt:{NetHuntTestHost.ClientId}");
        using var body = new StringContent("""{"fields":{"Name":"Created by the hub"}}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri($"{sandbox.BaseUrl}/actions/create-record/{sandbox.Options.FolderId}"), body);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(503));
            Assert.That(sandbox.CallCount, Is.EqualTo(1), "a second create-record would be a second ticket");
            Assert.That(sandbox.RequestCount, Is.Zero);
        }
    }

    [Test]
    public async Task ReadRequests_SlowAnswers_TimeOutPerAttemptAndEndUnavailable()
    {
        using var sandbox = new NetHuntSandbox();
        sandbox.SeedRequests(2, T0);
        sandbox.InjectFault(SandboxFault.Slow, times: 3);
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { ["Connection:Timeout"] = "00:00:00.100" });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.PagesAsync(null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
            Assert.That(error.Message, Does.Contain("in time"));
            Assert.That(sandbox.CallCount, Is.EqualTo(3), "each timed-out attempt is retried");
        }
    }

    [Test]
    public async Task ReadRequests_ServerKeepsFailing_ThrowsUnavailableAfterTheRetries()
    {
        using var sandbox = new NetHuntSandbox();
        sandbox.InjectFault(SandboxFault.BadGateway, times: 100);
        await using var host = NetHuntTestHost.Start(sandbox);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.PagesAsync(null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
            Assert.That(sandbox.CallCount, Is.EqualTo(3), "MaxRetries 2 in the test host: one try and two retries");
        }
    }
}
