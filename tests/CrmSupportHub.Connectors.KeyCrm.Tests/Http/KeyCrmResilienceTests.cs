using System.Net;
using System.Text;
using CrmSupportHub.Connectors.Testing;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.KeyCrm;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Http;

public sealed class KeyCrmResilienceTests
{
    private KeyCrmSandbox _sandbox = null!;

    [SetUp]
    public void Start() => _sandbox = new KeyCrmSandbox(new KeyCrmSandboxOptions { RetryAfter = TimeSpan.Zero });

    [TearDown]
    public void Stop() => _sandbox.Dispose();

    [Test]
    public async Task ReadUsers_TooManyRequestsWithoutRetryAfter_IsRetriedWithBackoff()
    {
        _sandbox.SeedUsers(2);
        using var host = new KeyCrmTestHost(_sandbox);
        _sandbox.InjectFault(SandboxFault.TooManyRequestsWithoutRetryAfter);

        var users = await SyncReads.AllUsersAsync(host.Connector);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(users, Has.Count.EqualTo(3));
            Assert.That(_sandbox.ThrottledCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ReadRequests_StillThrottledAfterRetries_ThrowsRateLimited()
    {
        using var host = new KeyCrmTestHost(_sandbox);
        _sandbox.InjectFault(SandboxFault.TooManyRequests, times: 100);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllRequestsAsync(host.Connector, null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.RateLimited));
            Assert.That(_sandbox.CallCount, Is.EqualTo(3), "the first try and two retries");
        }
    }

    [Test]
    public async Task Post_ServiceUnavailable_IsNotRetried()
    {
        using var host = new KeyCrmTestHost(_sandbox);
        _sandbox.InjectFault(SandboxFault.ServiceUnavailable);
        using var body = new StringContent("""{"title": "x", "pipeline_id": 3}""", Encoding.UTF8, "application/json");

        using var response = await host.HttpClient.PostAsync(new Uri(_sandbox.BaseUrl + "/pipelines/cards"), body);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(_sandbox.CallCount, Is.EqualTo(1), "a POST may have created the card: never sent twice");
        }
    }

    [Test]
    public async Task ReadRequest_Unauthorized_ThrowsUnauthorized()
    {
        var card = _sandbox.CreateCard("x");
        using var host = new KeyCrmTestHost(_sandbox, overrides: new Dictionary<string, string?> { ["Connection:ApiToken"] = "revoked" });

        var error = await Assert.ThrowsAsync<ConnectorException>(async () => await host.Connector.ReadRequestAsync($"{card.Id}", CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.Unauthorized));
    }

    [Test]
    public async Task ReadUsers_MalformedJson_ThrowsInvalidResponse()
    {
        using var host = new KeyCrmTestHost(_sandbox);
        _sandbox.InjectFault(SandboxFault.MalformedJson);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllUsersAsync(host.Connector));

        Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
    }

    [Test]
    public async Task ReadUsers_61stCallWithinAMinute_WaitsForAPermitInsteadOfBeingThrottled()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var sandbox = new KeyCrmSandbox(new KeyCrmSandboxOptions { TimeProvider = time });
        sandbox.SeedUsers(60);
        using var host = new KeyCrmTestHost(sandbox, time, new Dictionary<string, string?>
        {
            ["Connection:RequestsPerMinute"] = "60",
            ["Settings:PageSize"] = "1",
        });

        var reading = SyncReads.AllUsersAsync(host.Connector);
        await WaitUntilAsync(() => sandbox.CallCount == 60);
        time.Advance(TimeSpan.FromSeconds(59));
        var callsBeforeTheMinute = sandbox.CallCount;
        time.Advance(TimeSpan.FromSeconds(1));
        var users = await reading;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(callsBeforeTheMinute, Is.EqualTo(60));
            Assert.That(users, Has.Count.EqualTo(61));
            Assert.That(sandbox.ThrottledCount, Is.Zero, "the sandbox enforces 60/min too and never had to refuse");
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.That(condition(), Is.True, "condition not reached");
    }
}
