using System.Text.Json;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using CrmSupportHub.Connectors.Uspacy.Mapping;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Mapping;

public sealed class UspacyRequestMappingTests
{
    private static readonly UspacySettings Settings = new()
    {
        EntityTable = "requests",
        FunnelId = 5,
        InitialStageIds = [31],
        WaitingStageIds = [33],
        ClosedStageIds = [34],
    };

    [Test]
    public void ToRequest_DocumentedPage_MapsSupportItemsAndSkipsTheRest()
    {
        var page = Fixtures.EntityPage("entities-page.json");

        var requests = page.Data!.OfType<EntityItemDto>().Select(i => UspacyMapper.ToRequest(i, Settings)).OfType<ExternalRequest>();

        Assert.That(requests, Is.EqualTo(new[]
        {
            new ExternalRequest("1072", "Printer broken in office 3", "31", StageCategory.Initial, "7", RequestStatus.Open, At(1778150000), At(1778151200)),
            new ExternalRequest("1073", "VPN does not connect", "32", StageCategory.Working, "9", RequestStatus.Open, At(1778150100), At(1778152000)),
            new ExternalRequest("1074", "#1074", "99", StageCategory.Closed, null, RequestStatus.Closed, At(1778150200), At(1778151000), At(1778150900)),
            new ExternalRequest("1077", "Padded", null, StageCategory.Working, null, RequestStatus.Open, At(1778150400), At(1778150400)),
        }));
        Assert.That(page.Meta?.IsLastPage, Is.True);
    }

    [TestCase("""{ "id": 1, "created_at": 1778150000, "funnel_id": 6 }""", TestName = "ToRequest_OtherFunnel_IsNotARequest")]
    [TestCase("""{ "title": "no id", "created_at": 1778150000, "funnel_id": 5 }""", TestName = "ToRequest_NoId_IsSkipped")]
    [TestCase("""{ "id": 1, "title": "no times", "funnel_id": 5 }""", TestName = "ToRequest_NoTimestamps_IsSkipped")]
    [TestCase("""{ "id": {"nested": 1}, "created_at": 1778150000 }""", TestName = "ToRequest_IdOfWrongType_IsSkipped")]
    public void ToRequest_NotASupportRequest_IsNull(string json)
    {
        Assert.That(Map(json), Is.Null);
    }

    [TestCase(33L, "IN_WORK", StageCategory.Waiting, RequestStatus.Open)]
    [TestCase(34L, "IN_WORK", StageCategory.Closed, RequestStatus.Closed)]
    [TestCase(99L, "SUCCESS", StageCategory.Closed, RequestStatus.Closed)]
    [TestCase(98L, "fail", StageCategory.Closed, RequestStatus.Closed)]
    [TestCase(31L, "SUCCESS", StageCategory.Initial, RequestStatus.Open)]
    public void ToRequest_Stage_IsMappedPerClient(long stageId, string kanbanStatus, StageCategory stage, RequestStatus status)
    {
        var request = Map($$"""{ "id": 1, "created_at": 1778150000, "kanban_stage_id": {{stageId}}, "kanban_status": "{{kanbanStatus}}" }""");

        Assert.That((request?.Stage, request?.Status), Is.EqualTo((stage, status)));
    }

    [Test]
    public void ToRequest_ClosedAtOutsideTheItemsTimes_IsKeptBetweenThem()
    {
        var request = Map("""{ "id": 1, "created_at": 1778150000, "updated_at": 1778159000, "closed_at": 1778999999, "kanban_stage_id": 34 }""");

        Assert.That(request?.StageChangedAt, Is.EqualTo(At(1778159000)));
    }

    [Test]
    public void Read_SingleItemWrappedInData_IsUnwrapped()
    {
        var request = UspacyMapper.ToRequest(Fixtures.Entity("entity-wrapped.json").Unwrapped, Settings);

        Assert.That((request?.Id, request?.Stage), Is.EqualTo(("5", (StageCategory?)StageCategory.Waiting)));
    }

    [Test]
    public void Read_EmptyPageAndNullRows_AreEmpty()
    {
        var empty = Fixtures.EntityPage("entities-empty.json");
        var nulls = JsonSerializer.Deserialize("""{ "data": [null], "links": {} }""", UspacyJsonContext.Default.EntityPageDto)!;

        Assert.That((empty.Data!.Count, empty.Meta!.IsLastPage, nulls.Data!.OfType<EntityItemDto>().Count()), Is.EqualTo((0, true, 0)));
    }

    [Test]
    public async Task Read_StreamedInSmallBlocks_ToleratesOddValues()
    {
        var rows = string.Join(',', Enumerable.Range(1, 50).Select(i =>
            $$"""{ "id": {{i}}, "title": "t", "created_at": "1778150000", "owner": null, "funnel_id": {"odd": [1, 2]}, "kanban_stage_id": [31], "closed_at": null }"""));
        var options = new JsonSerializerOptions(UspacyJsonContext.Default.Options) { DefaultBufferSize = 16 };
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{ "data": [{{rows}}] }"""));

        var page = (EntityPageDto?)await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(EntityPageDto)));

        Assert.That(page!.Data!.Select(i => (i!.Owner, i.FunnelId, i.StageId)), Is.All.EqualTo(((string?)null, (long?)null, (long?)null)));
    }

    private static DateTimeOffset At(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    private static ExternalRequest? Map(string json) =>
        UspacyMapper.ToRequest(JsonSerializer.Deserialize(json, UspacyJsonContext.Default.EntityItemDto)!, Settings);
}
