namespace CrmSupportHub.Connectors.Testing;

public abstract partial class ConnectorConformanceTests
{
    [Test]
    public async Task VerifyWebhook_AuthenticDelivery_IsAccepted()
    {
        var id = Sandbox.SeedRequests(1, Now.AddHours(-1))[0];
        var envelope = CreateWebhook(ClientId, id, authentic: true);
        if (envelope is null)
        {
            Assert.Pass($"{Sandbox.Kind} has no webhooks.");
            return;
        }

        var receiver = StartHost().Get<IWebhookReceiver>(ClientId);

        var verdict = await receiver.VerifyAsync(envelope, Deadline);
        var changes = await receiver.ParseAsync(envelope, Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Accepted), verdict.Reason);
            Assert.That(changes.OfType<RequestChanged>().Select(c => c.Request.Id), Is.EqualTo(new[] { id }));
        }
    }

    [Test]
    public async Task VerifyWebhook_TamperedDelivery_IsUnauthorized()
    {
        var id = Sandbox.SeedRequests(1, Now.AddHours(-1))[0];
        var envelope = CreateWebhook(ClientId, id, authentic: false);
        if (envelope is null)
        {
            Assert.Pass($"{Sandbox.Kind} has no webhooks.");
            return;
        }

        var receiver = StartHost().Get<IWebhookReceiver>(ClientId);

        var verdict = await receiver.VerifyAsync(envelope, Deadline);

        Assert.That(verdict.Kind, Is.EqualTo(WebhookVerdictKind.Unauthorized));
    }
}
