using System.Text;
using CrmSupportHub.Connectors.Uspacy.Webhooks;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Webhooks;

public sealed class UspacyWebhookPayloadTests
{
    [Test]
    public void Read_NestedEntityBesideAnEventId_TakesTheEntityId()
    {
        var payload = Read("""{ "id": "evt-1", "data": { "id": 42 } }""");

        Assert.That(payload?.EntityId, Is.EqualTo("42"));
    }

    [Test]
    public void DeliveryId_SameEvent_IsStable()
    {
        const string Body = """{ "event": "update", "timestamp": 1778150000, "data": { "id": 42 } }""";

        var first = Read(Body)?.DeliveryId;
        var redelivered = Read(Body)?.DeliveryId;

        Assert.That(redelivered, Is.Not.Null.And.EqualTo(first));
    }

    [TestCase("""{ "event": "update", "timestamp": 1778150001, "data": { "id": 42 } }""", TestName = "DeliveryId_OtherTime_Differs")]
    [TestCase("""{ "event": "delete", "timestamp": 1778150000, "data": { "id": 42 } }""", TestName = "DeliveryId_OtherEvent_Differs")]
    [TestCase("""{ "event": "update", "timestamp": 1778150000, "data": { "id": 43 } }""", TestName = "DeliveryId_OtherEntity_Differs")]
    public void DeliveryId_DifferentDelivery_Differs(string other)
    {
        var first = Read("""{ "event": "update", "timestamp": 1778150000, "data": { "id": 42 } }""");

        Assert.That(Read(other)?.DeliveryId, Is.Not.EqualTo(first?.DeliveryId));
    }

    [Test]
    public void DeliveryId_UpdateTimeOfTheEntity_TellsUpdatesApart()
    {
        var first = Read("""{ "data": { "id": 42, "updated_at": 1778150000 } }""");
        var second = Read("""{ "data": { "id": 42, "updated_at": 1778150060 } }""");

        Assert.That(first?.DeliveryId, Is.Not.Null.And.Not.EqualTo(second?.DeliveryId));
    }

    [TestCase("""{ "data": { "id": 42 } }""")]
    [TestCase("""{ "event": "update", "data": { "id": 42, "created_at": 1778150000 } }""")]
    public void DeliveryId_NothingTellsEventsApart_IsNullSoTheBodyIsHashed(string body)
    {
        Assert.That(Read(body)?.DeliveryId, Is.Null);
    }

    [Test]
    public void Read_InvalidUtf8InAnId_IsRefusedSayingSo()
    {
        byte[] body = [.. """{ "data": { "id": "4"""u8, 0xFF, .. """2" } }"""u8];

        var payload = UspacyWebhookPayload.Read(body, out var problem);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(payload, Is.Null);
            Assert.That(problem, Does.Contain("UTF-8"));
        }
    }

    private static UspacyWebhookPayload? Read(string json) => UspacyWebhookPayload.Read(Encoding.UTF8.GetBytes(json), out _);
}
