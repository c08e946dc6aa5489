using CrmSupportHub.Connectors.Uspacy.Tests.Support;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Sandbox.Uspacy;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Auth;

/// <summary>Sign-in, refresh and 401 handling end to end, against the sandbox portal on a shared fake clock.</summary>
public sealed class UspacySessionTests
{
    private FakeTimeProvider _time = null!;
    private UspacySandbox _sandbox = null!;
    private string _requestId = null!;

    [SetUp]
    public void StartSandbox()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 7, 12, 0, 0, TimeSpan.Zero));
        _sandbox = new UspacySandbox(new UspacySandboxOptions
        {
            TimeProvider = _time,
            TokenLifetime = TimeSpan.FromHours(1),
            SignInLatency = TimeSpan.FromMilliseconds(50), // lets concurrent callers pile up behind one sign-in
        });
        _requestId = _sandbox.SeedRequests(1, _time.GetUtcNow().AddHours(-1))[0];
    }

    [TearDown]
    public void StopSandbox() => _sandbox.Dispose();

    [Test]
    public async Task ConcurrentCalls_NoTokenYet_SignInOnce()
    {
        using var host = UspacyTestHost.Start(_sandbox, _time);

        var results = await ReadConcurrentlyAsync(host.Connector, 20);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Is.All.Not.Null);
            Assert.That(_sandbox.SignInCount, Is.EqualTo(1));
            Assert.That(_sandbox.MaxConcurrentSignIns, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ConcurrentCalls_ExpiredToken_SignInExactlyOnceMore()
    {
        using var host = UspacyTestHost.Start(_sandbox, _time);
        await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var results = await ReadConcurrentlyAsync(host.Connector, 20);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Is.All.Not.Null);
            Assert.That(_sandbox.SignInCount, Is.EqualTo(2));
            Assert.That(_sandbox.MaxConcurrentSignIns, Is.EqualTo(1));
            Assert.That(_sandbox.RefreshCount, Is.Zero);
        }
    }

    [Test]
    public async Task Call_TokenAboutToExpire_RefreshesBeforeExpiry()
    {
        using var host = UspacyTestHost.Start(_sandbox, _time);
        await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(56));
        await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10)); // past the first token's expiry: the refreshed one still works
        var request = await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None);

        Assert.That((request?.Id, _sandbox.RefreshCount, _sandbox.SignInCount), Is.EqualTo((_requestId, 1, 1)));
    }

    [Test]
    public async Task ConcurrentCalls_TokenRevoked_OneSignInThenSuccess()
    {
        using var host = UspacyTestHost.Start(_sandbox, _time);
        await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None);

        _sandbox.RevokeTokens();
        var results = await ReadConcurrentlyAsync(host.Connector, 20);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Is.All.Not.Null);
            Assert.That(_sandbox.SignInCount, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Call_StillUnauthorizedAfterSigningInAgain_ThrowsUnauthorized()
    {
        using var host = UspacyTestHost.Start(_sandbox, _time);
        await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None);
        _sandbox.InjectFault(SandboxFault.Unauthorized);
        _sandbox.InjectFault(SandboxFault.Unauthorized, afterCalls: 1); // the sign-in in between succeeds

        var error = await Assert.ThrowsAsync<ConnectorException>(async () => await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None));

        Assert.That((error!.Kind, _sandbox.SignInCount), Is.EqualTo((ConnectorErrorKind.Unauthorized, 2)));
    }

    [Test]
    public async Task Call_WrongClientSecret_ThrowsUnauthorizedWithoutTheSecret()
    {
        const string Wrong = "wrong-secret-5f2a";
        using var host = UspacyTestHost.Start(_sandbox, _time, new Dictionary<string, string?> { ["Connection:ClientSecret"] = Wrong });

        var error = await Assert.ThrowsAsync<ConnectorException>(async () => await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.Unauthorized));
            Assert.That(error.ToString(), Does.Not.Contain(Wrong));
            Assert.That(_sandbox.SignInCount, Is.EqualTo(1), "a refused sign-in is not repeated");
        }
    }

    [TestCase(503, ConnectorErrorKind.Unavailable)]
    [TestCase(429, ConnectorErrorKind.RateLimited)]
    public async Task SignIn_Failing_IsNeverResent(int status, ConnectorErrorKind expected)
    {
        using var portal = WireMockServer.Start();
        portal.Given(Request.Create().WithPath("/auth/v1/auth/app_sign_in").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Retry-After", "0"));
        var settings = new Dictionary<string, string?>(_sandbox.ClientSettings) { ["Connection:BaseUrl"] = portal.Url };
        using var host = UspacyTestHost.Start(settings, _time);

        var error = await Assert.ThrowsAsync<ConnectorException>(async () => await host.Connector.ReadRequestAsync(_requestId, CancellationToken.None));

        Assert.That((error!.Kind, portal.LogEntries.Count), Is.EqualTo((expected, 1)));
    }

    private Task<ExternalRequest?[]> ReadConcurrentlyAsync(UspacyConnector connector, int calls) =>
        Task.WhenAll(Enumerable.Range(0, calls).Select(_ => Task.Run(async () =>
            await connector.ReadRequestAsync(_requestId, CancellationToken.None))));
}
