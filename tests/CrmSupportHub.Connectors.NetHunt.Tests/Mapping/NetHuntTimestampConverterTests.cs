using System.Text.Json;
using CrmSupportHub.Connectors.NetHunt.Api;

namespace CrmSupportHub.Connectors.NetHunt.Tests.Mapping;

public sealed class NetHuntTimestampConverterTests
{
    [TestCase("\"2017-11-15T11:35:46.466Z\"", "2017-11-15T11:35:46.4660000+00:00")]
    [TestCase("\"2017-11-15T11:35:46Z\"", "2017-11-15T11:35:46.0000000+00:00")]
    [TestCase("\"2017-11-15T13:35:46+02:00\"", "2017-11-15T11:35:46.0000000+00:00")]
    [TestCase("\"2017-11-15 11:35:46\"", "2017-11-15T11:35:46.0000000+00:00", Description = "no offset: UTC")]
    [TestCase("1510745746466", "2017-11-15T11:35:46.4660000+00:00", Description = "epoch milliseconds")]
    [TestCase("1510745746", "2017-11-15T11:35:46.0000000+00:00", Description = "epoch seconds")]
    public void Read_KnownFormats_GiveTheInstant(string json, string expected)
    {
        var record = Read(json);

        Assert.That(record.CreatedAt, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("null")]
    [TestCase("\"\"")]
    [TestCase("\"not a date\"")]
    [TestCase("true")]
    [TestCase("{ \"seconds\": 1 }")]
    [TestCase("99999999999999999999")]
    [TestCase("9000000000000000000")]
    [TestCase("-9000000000000000000")]
    public void Read_UnreadableValue_IsNullAndTheRestStillReads(string json)
    {
        var record = Read(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(record.CreatedAt, Is.Null);
            Assert.That(record.Id, Is.EqualTo("r1"));
        }
    }

    private static NetHuntRecord Read(string createdAt) =>
        JsonSerializer.Deserialize($$"""[ { "createdAt": {{createdAt}}, "id": "r1" } ]""", NetHuntJsonContext.Default.ListNetHuntRecord)![0];
}
