using System.Text.Json;
using CrmSupportHub.Connectors.Pipedrive.Api.Dtos;
using CrmSupportHub.Connectors.Pipedrive.Mapping;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Mapping;

public class PipedriveMapperTests
{
    private static readonly PipedriveStageMap Stages = new(initial: [1], waiting: [2], closed: [4]);

    [Test]
    public void ToUser_SpecExampleAndOddUsers_ActiveOnlyWhenActiveFlagAndNotDeleted()
    {
        var users = Fixtures.Users("users.json").Select(PipedriveMapper.ToUser).ToList();

        Assert.That(users, Is.EqualTo(new[]
        {
            new ExternalUser("2", "Jane Doe", "jane@pipedrive.com", IsActive: true),
            new ExternalUser("3", "Deactivated Dan", "dan@pipedrive.com", IsActive: false),
            new ExternalUser("4", "Deleted Dora", "dora@pipedrive.com", IsActive: false),
            new ExternalUser("5", "Invited Ivy", null, IsActive: true),
        }));
    }

    [Test]
    public void ToUser_WithoutId_IsNull()
    {
        Assert.That(PipedriveMapper.ToUser(new PipedriveUserDto { Name = "nobody", ActiveFlag = true }), Is.Null);
    }

    [Test]
    public void ToRequest_SpecExampleDeal_MapsEveryField()
    {
        var deal = Fixtures.Deals("deals-page.json")[0];

        var request = PipedriveMapper.ToRequest(deal, Stages);

        var time = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.That(request, Is.EqualTo(new ExternalRequest(
            "1", "Deal Title", "1", StageCategory.Initial, "1", RequestStatus.Open, time, time, time)));
    }

    [Test]
    public void ToRequest_WonLostAndNulls_MapStatusStageAndMissingFields()
    {
        var requests = Fixtures.Deals("deals-page.json").Select(d => PipedriveMapper.ToRequest(d, Stages)!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests[1].Status, Is.EqualTo(RequestStatus.Closed), "won");
            Assert.That(requests[1].Stage, Is.EqualTo(StageCategory.Closed));
            Assert.That(requests[1].CreatedAt, Is.EqualTo(new DateTimeOffset(2021, 1, 2, 6, 30, 0, TimeSpan.Zero)), "offset normalized to UTC");
            Assert.That(requests[1].CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(requests[2].Status, Is.EqualTo(RequestStatus.Closed), "lost");
            Assert.That(requests[2].Title, Is.Empty, "null title");
            Assert.That(requests[2].AssigneeId, Is.Null, "null owner");
            Assert.That(requests[2].StageChangedAt, Is.Null);
            Assert.That(requests[2].Stage, Is.EqualTo(StageCategory.Working), "stage 3 is in no list");
            Assert.That(requests[3].Stage, Is.EqualTo(StageCategory.Waiting));
            Assert.That(requests[3].StageChangedAt, Is.Null, "missing optional field");
        }
    }

    [Test]
    public void ToRequest_DeletedDeal_IsDeleted()
    {
        var request = PipedriveMapper.ToRequest(Fixtures.Deals("deals-deleted.json")[0], Stages);

        Assert.That(request?.Status, Is.EqualTo(RequestStatus.Deleted));
    }

    [Test]
    public void ToRequest_V1TimesAndStringIds_AreReadAsUtc()
    {
        var deal = JsonSerializer.Deserialize(Fixtures.Bytes("deal-v1-times.json"), PipedriveJsonContext.Default.PipedriveResponsePipedriveDealDto)!.Data!;

        var request = PipedriveMapper.ToRequest(deal, Stages);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request?.CreatedAt, Is.EqualTo(new DateTimeOffset(2019, 1, 22, 10, 43, 47, TimeSpan.Zero)));
            Assert.That(request?.UpdatedAt, Is.EqualTo(new DateTimeOffset(2019, 11, 21, 9, 49, 50, TimeSpan.Zero)));
            Assert.That(request?.AssigneeId, Is.EqualTo("1"));
            Assert.That(request?.StageChangedAt, Is.Null, "empty string");
        }
    }

    [TestCase(null, "2021-01-01T00:00:00Z")]
    [TestCase(7L, null)]
    public void ToRequest_WithoutIdOrTimes_IsNull(long? id, string? updated)
    {
        var deal = new PipedriveDealDto
        {
            Id = id,
            AddTime = DateTimeOffset.Parse("2021-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            UpdateTime = updated is null ? null : DateTimeOffset.Parse(updated, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.That(PipedriveMapper.ToRequest(deal, Stages), Is.Null);
    }

    [Test]
    public void DealPage_EmptyLastPage_HasNoDealsAndNoCursor()
    {
        var page = Fixtures.DealPage("deals-empty.json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Data, Is.Empty);
            Assert.That(page.AdditionalData?.NextCursor, Is.Null);
        }
    }

    [Test]
    public void IsComplete_ReducedWebhookDeal_IsFalse()
    {
        var reduced = new PipedriveDealDto { Id = 1, PipelineId = 1, StageId = 13 };
        var full = Fixtures.Deals("deals-page.json")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(PipedriveMapper.IsComplete(reduced), Is.False);
            Assert.That(PipedriveMapper.IsComplete(full), Is.True);
        }
    }
}
