using System.Text.Json;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Mapping;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.NetHunt.Tests.Mapping;

public sealed class NetHuntMapperTests
{
    private static readonly NetHuntSettings Settings = new()
    {
        FolderId = "596f644b8f6d05e16c24b810",
        TitleField = "Name",
        StatusField = "Status",
        OwnerField = "Responsible",
        InitialStatuses = ["New"],
        WaitingStatuses = ["Waiting for client"],
        ClosedStatuses = ["Done", "Rejected"],
    };

    [Test]
    public void ToRequest_DocumentedFeedItem_MapsTitleStatusOwnerAndTimes()
    {
        var record = Records("""
            [ { "id": "65f1c2aa", "recordId": "65f1c2aa",
                "createdAt": "2026-05-07T12:00:00.000Z", "updatedAt": "2026-05-07T12:30:00.000Z",
                "link": "https://nethunt.com/x",
                "fields": { "Name": "Printer broken in office 3", "Status": "New", "Responsible": "agent@client.com" } } ]
            """)[0];

        var request = NetHuntMapper.ToRequest(record, Settings);

        Assert.That(request, Is.EqualTo(new ExternalRequest(
            "65f1c2aa", "Printer broken in office 3", "New", StageCategory.Initial, "agent@client.com", RequestStatus.Open,
            new DateTimeOffset(2026, 5, 7, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 7, 12, 30, 0, TimeSpan.Zero))));
    }

    [Test]
    public void ToRequest_UnknownMembersAndFields_AreIgnored()
    {
        var record = Records("""
            [ { "id": "r1", "createdAt": "2026-05-07T12:00:00Z", "updatedAt": "2026-05-07T12:00:00Z", "color": 7, "extra": { "a": [1] },
                "fields": { "Name": "VPN down", "Status": "Done", "Priority": ["High"], "Budget": 12.5, "Tags": null } } ]
            """)[0];

        var request = NetHuntMapper.ToRequest(record, Settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request?.Title, Is.EqualTo("VPN down"));
            Assert.That(request?.Stage, Is.EqualTo(StageCategory.Closed));
            Assert.That(request?.Status, Is.EqualTo(RequestStatus.Closed));
        }
    }

    [Test]
    public void ToRequest_RecordIdOnly_UsesIt()
    {
        var record = Records("""[ { "recordId": "65f1c2bb", "createdAt": "2026-05-07T12:00:00.000Z", "fields": {} } ]""")[0];

        Assert.That(NetHuntMapper.ToRequest(record, Settings)?.Id, Is.EqualTo("65f1c2bb"));
    }

    [Test]
    public void ToRequest_MissingAndNullFields_FallBackToDefaults()
    {
        var record = Records("""
            [ { "id": "r2", "createdAt": "2026-05-07T12:00:00.000Z", "updatedAt": null,
                "fields": { "Status": null, "Responsible": "" } } ]
            """)[0];

        var request = NetHuntMapper.ToRequest(record, Settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request?.Title, Is.EqualTo("NetHunt record r2"), "a record without the title field still needs a title");
            Assert.That(request?.StageId, Is.Null);
            Assert.That(request?.Stage, Is.EqualTo(StageCategory.Initial), "no status yet means not reacted to");
            Assert.That(request?.AssigneeId, Is.Null);
            Assert.That(request?.UpdatedAt, Is.EqualTo(request?.CreatedAt), "without updatedAt the record is as created");
        }
    }

    [Test]
    public void ToRequest_NoFieldsObject_MapsWithDefaults()
    {
        var record = Records("""[ { "id": "r3", "createdAt": "2026-05-07T12:00:00.000Z" } ]""")[0];

        Assert.That(NetHuntMapper.ToRequest(record, Settings)?.Stage, Is.EqualTo(StageCategory.Initial));
    }

    [Test]
    public void ToRequest_TitleNotValidUtf8_ThrowsInvalidResponse()
    {
        byte[] json = [.. """[ { "id": "r5", "createdAt": "2026-05-07T12:00:00.000Z", "fields": { "Name": "Print"""u8, 0xC0, 0xAF, .. """er" } } ]"""u8];
        var record = JsonSerializer.Deserialize(json, NetHuntJsonContext.Default.ListNetHuntRecord)![0];

        var error = Assert.Throws<ConnectorException>(() => NetHuntMapper.ToRequest(record, Settings));

        Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
    }

    [TestCase("""{ "createdAt": "2026-05-07T12:00:00.000Z", "fields": {} }""")]
    [TestCase("""{ "id": " ", "recordId": null, "createdAt": "2026-05-07T12:00:00.000Z" }""")]
    [TestCase("""{ "id": "r4", "createdAt": "yesterday", "fields": {} }""")]
    public void ToRequest_NoIdOrNoReadableTimestamp_ReturnsNull(string json)
    {
        var record = Records($"[{json}]")[0];

        Assert.That(NetHuntMapper.ToRequest(record, Settings), Is.Null);
    }

    [Test]
    public void ToRequest_OnlyUpdatedAt_UsesItAsCreation()
    {
        var record = Records("""[ { "id": "r5", "updatedAt": "2026-05-07T12:30:00Z" } ]""")[0];

        Assert.That(NetHuntMapper.ToRequest(record, Settings)?.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 5, 7, 12, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public void ToRequest_FieldNameInOtherCase_IsFound()
    {
        var record = Records("""[ { "id": "r6", "createdAt": "2026-05-07T12:00:00Z", "fields": { "name": "Lower", "STATUS": "waiting FOR client" } } ]""")[0];

        var request = NetHuntMapper.ToRequest(record, Settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request?.Title, Is.EqualTo("Lower"));
            Assert.That(request?.Stage, Is.EqualTo(StageCategory.Waiting));
        }
    }

    [TestCase("""["first@client.com", "second@client.com"]""", "first@client.com")]
    [TestCase("""[]""", null)]
    [TestCase("""{ "name": "Ann", "email": "ann@client.com" }""", "ann@client.com")]
    [TestCase("""{ "id": 42 }""", "42")]
    [TestCase("""  "  padded  " """, "padded")]
    [TestCase("17", "17")]
    public void ToRequest_OwnerFieldShapes_GiveOneAssignee(string owner, string? expected)
    {
        var record = Records($$"""[ { "id": "r7", "createdAt": "2026-05-07T12:00:00Z", "fields": { "Responsible": {{owner}} } } ]""")[0];

        Assert.That(NetHuntMapper.ToRequest(record, Settings)?.AssigneeId, Is.EqualTo(expected));
    }

    [TestCase(null, StageCategory.Initial)]
    [TestCase("New", StageCategory.Initial)]
    [TestCase(" new ", StageCategory.Initial)]
    [TestCase("  ", StageCategory.Initial)]
    [TestCase("In progress", StageCategory.Working)]
    [TestCase("Waiting for client", StageCategory.Waiting)]
    [TestCase("rejected", StageCategory.Closed)]
    public void Categorize_Status_FollowsTheClientsLists(string? status, StageCategory expected) =>
        Assert.That(NetHuntMapper.Categorize(status, Settings), Is.EqualTo(expected));

    [TestCase("\"Ann@Client.com\"", "ann@client.com", "Ann@Client.com", "Ann@Client.com")]
    [TestCase("""{ "email": "Bob@client.com", "name": "Bob" }""", "bob@client.com", "Bob", "Bob@client.com")]
    [TestCase("""{ "id": 7, "fullName": "Cy" }""", "7", "Cy", null)]
    [TestCase("\"u-123\"", "u-123", "u-123", null)]
    public void ToEditor_UserShapes_IdentifyTheEditor(string user, string id, string name, string? email)
    {
        var change = Changes($$"""[ { "id": "c1", "recordId": "r1", "time": "2026-05-07T12:31:10.000Z", "user": {{user}}, "recordAction": "UPDATE", "fieldActions": {} } ]""")[0];

        Assert.That(NetHuntMapper.ToEditor(change), Is.EqualTo(new ExternalUser(id, name, email, IsActive: true)));
    }

    [TestCase("null")]
    [TestCase("\"\"")]
    [TestCase("{ }")]
    [TestCase("[\"a@b.c\"]")]
    public void ToEditor_NoUsableUser_ReturnsNull(string user)
    {
        var change = Changes($$"""[ { "id": "c2", "time": "2026-05-07T12:31:10.000Z", "user": {{user}} } ]""")[0];

        Assert.That(NetHuntMapper.ToEditor(change), Is.Null);
    }

    [Test]
    public void ToEditor_MissingUser_ReturnsNull()
    {
        var change = Changes("""[ { "id": "c3", "time": "2026-05-07T12:31:10.000Z" } ]""")[0];

        Assert.That(NetHuntMapper.ToEditor(change), Is.Null);
    }

    [Test]
    public void MissingFields_ConfiguredNameNotInFolder_NamesTheSetting()
    {
        var fields = Fields("""[ { "name": "Name" }, { "name": "Stage" }, { "name": "Primary Email Address" } ]""");

        var problem = NetHuntMapper.MissingFields(fields, Settings);

        Assert.That(problem, Does.Contain("Settings:StatusField").And.Contain("'Status'").And.Contain("Settings:OwnerField").And.Contain("Stage"));
    }

    [Test]
    public void MissingFields_AllPresentInOtherCase_IsNull()
    {
        var fields = Fields("""[ { "name": "name" }, { "name": "status" }, { "name": "Responsible" }, { "fieldId": 3 } ]""");

        Assert.That(NetHuntMapper.MissingFields(fields, Settings), Is.Null);
    }

    [Test]
    public void MissingFields_FolderListsNoFields_IsNull() =>
        Assert.That(NetHuntMapper.MissingFields(Fields("[]"), Settings), Is.Null);

    private static List<NetHuntRecord> Records(string json) =>
        JsonSerializer.Deserialize(json, NetHuntJsonContext.Default.ListNetHuntRecord)!;

    private static List<NetHuntRecordChange> Changes(string json) =>
        JsonSerializer.Deserialize(json, NetHuntJsonContext.Default.ListNetHuntRecordChange)!;

    private static List<NetHuntFolderField> Fields(string json) =>
        JsonSerializer.Deserialize(json, NetHuntJsonContext.Default.ListNetHuntFolderField)!;
}
