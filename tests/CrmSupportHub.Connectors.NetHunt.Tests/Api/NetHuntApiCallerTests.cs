using System.Net;
using System.Text.Json;
using CrmSupportHub.Connectors.NetHunt.Api;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CrmSupportHub.Connectors.NetHunt.Tests.Api;

public sealed class NetHuntApiCallerTests
{
    [TestCase(HttpStatusCode.Unauthorized, ConnectorErrorKind.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden, ConnectorErrorKind.Unauthorized)]
    [TestCase(HttpStatusCode.TooManyRequests, ConnectorErrorKind.RateLimited)]
    [TestCase(HttpStatusCode.RequestTimeout, ConnectorErrorKind.Unavailable)]
    [TestCase(HttpStatusCode.BadGateway, ConnectorErrorKind.Unavailable)]
    [TestCase(HttpStatusCode.NotFound, ConnectorErrorKind.InvalidResponse)]
    [TestCase(HttpStatusCode.BadRequest, ConnectorErrorKind.InvalidResponse)]
    public void FromStatus_Status_GivesTheKind(HttpStatusCode status, ConnectorErrorKind kind)
    {
        var error = NetHuntApiCaller.FromStatus(status, "GET /triggers/new-record");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Kind, Is.EqualTo(kind));
            Assert.That(error.Message, Does.Contain("GET /triggers/new-record"));
        }
    }

    [Test]
    public async Task SendAsync_EmptyBody_ThrowsInvalidResponse()
    {
        var caller = new NetHuntApiCaller(null!);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => caller.SendAsync((_, _) => Task.FromResult<List<NetHuntRecord>>(null!), "GET /triggers/new-record", CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
            Assert.That(error.Message, Does.Contain("GET /triggers/new-record").And.Contain("empty body"));
        }
    }

    [Test]
    public void FromStatus_Unauthorized_NamesTheKeysToCheck() =>
        Assert.That(NetHuntApiCaller.FromStatus(HttpStatusCode.Unauthorized, "auth-test").Message, Does.Contain("Connection:Email").And.Contain("Connection:ApiKey"));

    [Test]
    public void Translate_TimeoutWrappedByRefit_IsUnavailable()
    {
        var error = NetHuntApiCaller.Translate(new InvalidOperationException("wrapper", new TimeoutRejectedException()), "op");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
            Assert.That(error.Message, Does.Contain("in time"));
        }
    }

    [Test]
    public void Translate_NetworkFailure_IsUnavailable() =>
        Assert.That(NetHuntApiCaller.Translate(new HttpRequestException("connection refused"), "op").Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));

    [Test]
    public void Translate_OpenCircuit_IsUnavailable() =>
        Assert.That(NetHuntApiCaller.Translate(new BrokenCircuitException(), "op").Message, Does.Contain("paused"));

    [Test]
    public void Translate_UnreadableJson_IsInvalidResponse() =>
        Assert.That(NetHuntApiCaller.Translate(new InvalidOperationException("x", new JsonException()), "op").Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));

    [Test]
    public void Translate_SomethingElse_IsUnavailableNamingItsType() =>
        Assert.That(NetHuntApiCaller.Translate(new IOException("disk"), "op").Message, Does.Contain(nameof(IOException)));
}
