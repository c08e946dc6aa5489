using CrmSupportHub.Connectors.KeyCrm.Api;
using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Api;

public sealed class KeyCrmCallTests
{
    [Test]
    public async Task RunAsync_AnswerWithoutBody_ThrowsInvalidResponseNamingTheCall()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => KeyCrmCall.RunAsync(
            "GET /pipelines/cards", _ => Task.FromResult<KeyCrmPage<KeyCrmCardDto>>(null!), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
            Assert.That(error.Message, Does.Contain("GET /pipelines/cards").And.Contain("no body"));
        }
    }

    [Test]
    public void FromStatus_ErrorMessageWithALoneSurrogate_KeepsTheStatusOnly()
    {
        var error = KeyCrmCall.FromStatus("GET /users", System.Net.HttpStatusCode.BadRequest, """{"message": "\ud800"}""");

        Assert.That(error.Message, Is.EqualTo("KeyCRM GET /users: the API answered 400."));
    }
}
