using System.Net;
using System.Text.Json;
using CrmSupportHub.Connectors.Pipedrive.Api;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Api;

public class PipedriveApiCallerTests
{
    [TestCase(HttpStatusCode.Unauthorized, ConnectorErrorKind.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden, ConnectorErrorKind.Unauthorized)]
    [TestCase(HttpStatusCode.TooManyRequests, ConnectorErrorKind.RateLimited)]
    [TestCase(HttpStatusCode.InternalServerError, ConnectorErrorKind.Unavailable)]
    [TestCase(HttpStatusCode.BadGateway, ConnectorErrorKind.Unavailable)]
    [TestCase(HttpStatusCode.RequestTimeout, ConnectorErrorKind.Unavailable)]
    [TestCase(HttpStatusCode.BadRequest, ConnectorErrorKind.InvalidResponse)]
    [TestCase(HttpStatusCode.Gone, ConnectorErrorKind.InvalidResponse)]
    public void FromStatus_ClassifiesTheStatus(HttpStatusCode status, ConnectorErrorKind kind)
    {
        var error = PipedriveApiCaller.FromStatus(status, "GET /api/v1/users");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Kind, Is.EqualTo(kind));
            Assert.That(error.Message, Does.Contain("GET /api/v1/users"));
        }
    }

    [Test]
    public void Translate_TransportFailures_AreUnavailableAndBadJsonInvalid()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PipedriveApiCaller.Translate(new HttpRequestException("reset"), "op").Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
            Assert.That(PipedriveApiCaller.Translate(new TimeoutRejectedException(), "op").Kind, Is.EqualTo(ConnectorErrorKind.Unavailable));
            Assert.That(PipedriveApiCaller.Translate(new BrokenCircuitException(), "op").Message, Does.Contain("circuit open"));
            Assert.That(
                PipedriveApiCaller.Translate(new InvalidOperationException("wrapper", new JsonException("bad")), "op").Kind,
                Is.EqualTo(ConnectorErrorKind.InvalidResponse));
        }
    }
}
