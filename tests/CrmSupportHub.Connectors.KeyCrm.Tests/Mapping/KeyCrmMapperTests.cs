using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;
using CrmSupportHub.Connectors.KeyCrm.Mapping;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Mapping;

public sealed class KeyCrmMapperTests
{
    private static readonly KeyCrmSettings Settings = new()
    {
        SupportPipelineId = 1,
        InitialStatusIds = [1],
        WaitingStatusIds = [2],
        ClosedStatusIds = [4],
    };

    [Test]
    public void ToUser_DocumentedExample_MapsIdNameEmailAndActive()
    {
        var user = KeyCrmMapper.ToUser(Fixture.Users("users-page.json").Data![0]);

        Assert.That(user, Is.EqualTo(new ExternalUser("1", "John Doe", "john.doe@mail.app", IsActive: true)));
    }

    [Test]
    public void ToUser_PendingAndBlockedUsers_AreNotActive()
    {
        var users = Fixture.Users("users-page.json").Data!.Select(KeyCrmMapper.ToUser).ToList();

        Assert.That(users.Select(u => u.IsActive), Is.EqualTo(new[] { true, false, false }));
    }

    [TestCase(null, "Ann", "Lee", "ann", "ann@x.app", "Ann Lee")]
    [TestCase(" ", null, null, "ann", "ann@x.app", "ann")]
    [TestCase(null, null, null, null, "ann@x.app", "ann@x.app")]
    [TestCase(null, null, null, null, null, "User 9")]
    public void ToUser_MissingFullName_FallsBackInOrder(string? full, string? first, string? last, string? username, string? email, string expected)
    {
        var user = KeyCrmMapper.ToUser(new KeyCrmUserDto { Id = 9, FullName = full, FirstName = first, LastName = last, Username = username, Email = email });

        Assert.That(user.Name, Is.EqualTo(expected));
    }

    [Test]
    public void ToRequest_DocumentedCard_MapsEveryField()
    {
        var request = KeyCrmMapper.ToRequest(Fixture.Cards("cards-page.json").Data![0], Settings);

        var at = new DateTimeOffset(2020, 5, 16, 17, 0, 7, TimeSpan.Zero);
        Assert.That(request, Is.EqualTo(new ExternalRequest("22", "№11011", "1", StageCategory.Initial, "11", RequestStatus.Open, at, at, at)));
    }

    [Test]
    public void ToRequest_NullsMissingFieldsAndExtraFields_MapsWithFallbacks()
    {
        var request = KeyCrmMapper.ToRequest(Fixture.Cards("cards-odd.json").Data![0], Settings);

        var created = new DateTimeOffset(2021, 2, 3, 4, 5, 6, TimeSpan.Zero);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Id, Is.EqualTo("23"), "an id sent as a string");
            Assert.That(request.Title, Is.EqualTo("Card 23"));
            Assert.That(request.StageId, Is.Null);
            Assert.That(request.Stage, Is.EqualTo(StageCategory.Initial), "a card without a status has not been looked at");
            Assert.That(request.AssigneeId, Is.Null);
            Assert.That(request.UpdatedAt, Is.EqualTo(created), "a missing updated_at falls back to created_at");
            Assert.That(request.StageChangedAt, Is.Null);
        }
    }

    [Test]
    public void ToRequest_IsoTimesAndStringIds_AreReadAsUtc()
    {
        var request = KeyCrmMapper.ToRequest(Fixture.Cards("cards-odd.json").Data![1], Settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.CreatedAt, Is.EqualTo(new DateTimeOffset(2021, 2, 3, 4, 5, 6, TimeSpan.Zero)));
            Assert.That(request.UpdatedAt, Is.EqualTo(new DateTimeOffset(2021, 2, 4, 8, 0, 0, TimeSpan.Zero)));
            Assert.That(request.AssigneeId, Is.EqualTo("7"));
            Assert.That(request.Stage, Is.EqualTo(StageCategory.Working));
        }
    }

    [Test]
    public void ToRequest_NoTimestamps_ThrowsInvalidResponse()
    {
        var error = Assert.Throws<ConnectorException>(() => KeyCrmMapper.ToRequest(new KeyCrmCardDto { Id = 5, Title = "t" }, Settings));

        Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
    }

    [TestCase(1L, StageCategory.Initial, RequestStatus.Open)]
    [TestCase(2L, StageCategory.Waiting, RequestStatus.Open)]
    [TestCase(3L, StageCategory.Working, RequestStatus.Open)]
    [TestCase(4L, StageCategory.Closed, RequestStatus.Closed)]
    [TestCase(999L, StageCategory.Working, RequestStatus.Open)]
    public void ToRequest_StatusId_MapsThroughConfiguredLists(long statusId, StageCategory stage, RequestStatus status)
    {
        var card = new KeyCrmCardDto { Id = 1, StatusId = statusId, CreatedAt = "2024-01-01 00:00:00" };

        var request = KeyCrmMapper.ToRequest(card, Settings);

        Assert.That((request.Stage, request.Status), Is.EqualTo((stage, status)));
    }

    [TestCase("card-bare.json")]
    [TestCase("card-wrapped.json")]
    public void UnwrapCard_BareOrWrappedInData_ReadsTheCard(string fixture)
    {
        var card = KeyCrmMapper.UnwrapCard(Fixture.Element(fixture));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(card?.Id, Is.EqualTo(22));
            Assert.That(card?.UpdatedAt, Is.EqualTo("2020-05-16 17:30:00"));
            Assert.That(KeyCrmMapper.IsInPipeline(card!, 1), Is.True);
        }
    }

    [Test]
    public void UnwrapCard_PaginatedShapeOfTheSpec_ReadsTheFirstCard()
    {
        var card = KeyCrmMapper.UnwrapCard(Fixture.Element("cards-page.json"));

        Assert.That(card?.Id, Is.EqualTo(22));
    }

    [TestCase("""{"data": []}""")]
    [TestCase("""{"data": null}""")]
    [TestCase("""{"message": "Not found"}""")]
    [TestCase("""[{"id": 1}]""")]
    public void UnwrapCard_NoCard_ReturnsNull(string json)
    {
        var card = KeyCrmMapper.UnwrapCard(System.Text.Json.JsonDocument.Parse(json).RootElement);

        Assert.That(card, Is.Null);
    }

    [Test]
    public void IsInPipeline_StatusOfAnotherPipelineOrNoStatus_IsFalse()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(KeyCrmMapper.IsInPipeline(new KeyCrmCardDto { Id = 1, Status = new KeyCrmCardStatusDto { Id = 9, PipelineId = 2 } }, 1), Is.False);
            Assert.That(KeyCrmMapper.IsInPipeline(new KeyCrmCardDto { Id = 1 }, 1), Is.False, "unprovable is not ours");
        }
    }
}
