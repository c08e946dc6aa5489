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

    // The CRM list example of the API notes (Go crm.Deals / EntityCRM shape).
    private const string DocumentedPage = """
        {
          "data": [
            { "id": 1072, "title": "Printer broken in office 3", "created_at": 1778150000, "updated_at": 1778151200,
              "owner": 7, "created_by": 12, "changed_by": 7, "kanban_stage_id": 31, "kanban_status": "IN_WORK",
              "kanban_reason_id": null, "funnel_id": 5, "source": [], "comments": "", "utm_source": "x", "crm_tasks": [] }
          ],
          "links": { "first": "…", "last": "…", "prev": null, "next": null },
          "meta": { "current_page": 1, "from": 1, "last_page": 1, "per_page": 20, "to": 1, "total": 1 }
        }
        """;

    [Test]
    public void ToRequest_DocumentedItem_MapsEveryField()
    {
        var page = JsonSerializer.Deserialize(DocumentedPage, UspacyJsonContext.Default.EntityPageDto)!;

        var request = UspacyMapper.ToRequest(page.Data![0]!, Settings);

        Assert.That(request, Is.EqualTo(new ExternalRequest(
            "1072",
            "Printer broken in office 3",
            "31",
            StageCategory.Initial,
            "7",
            RequestStatus.Open,
            DateTimeOffset.FromUnixTimeSeconds(1778150000),
            DateTimeOffset.FromUnixTimeSeconds(1778151200))));
        Assert.That(page.Meta?.IsLastPage, Is.True);
    }

    [Test]
    public void ToRequest_TimesAndIdsAsStrings_AreRead()
    {
        var request = Map("""{ "id": "15", "title": "VPN", "created_at": "1778150000", "updated_at": "1778150060", "owner": "7", "funnel_id": "5", "kanban_stage_id": "32" }""");

        Assert.That(
            (request?.Id, request?.AssigneeId, request?.Stage, request?.UpdatedAt.ToUnixTimeSeconds()),
            Is.EqualTo(("15", "7", StageCategory.Working, 1778150060L)));
    }

    [Test]
    public void ToRequest_NullsAndMissingOptionals_AreTolerated()
    {
        var request = Map("""{ "id": 9, "title": null, "created_at": 1778150000, "updated_at": null, "owner": null, "kanban_stage_id": null, "funnel_id": null }""");

        Assert.That(
            (request?.Title, request?.StageId, request?.Stage, request?.AssigneeId, request?.UpdatedAt, request?.Status),
            Is.EqualTo(("#9", (string?)null, StageCategory.Working, (string?)null, DateTimeOffset.FromUnixTimeSeconds(1778150000), RequestStatus.Open)));
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
    public void ToRequest_ClosedWithClosedAt_DatesTheStageChange()
    {
        var request = Map("""{ "id": 1, "created_at": 1778150000, "updated_at": 1778159000, "closed_at": 1778158000, "kanban_stage_id": 34 }""");

        Assert.That(request?.StageChangedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1778158000)));
    }

    [Test]
    public void Read_SingleItemWrappedInData_IsUnwrapped()
    {
        var dto = JsonSerializer.Deserialize("""{ "data": { "id": 5, "created_at": 1778150000 } }""", UspacyJsonContext.Default.EntityItemDto)!;

        Assert.That(UspacyMapper.ToRequest(dto.Unwrapped, Settings)?.Id, Is.EqualTo("5"));
    }

    [Test]
    public void Read_EmptyPageAndNullRows_AreEmpty()
    {
        var empty = JsonSerializer.Deserialize("""{ "data": [], "meta": { "currentPage": 1, "lastPage": 1 } }""", UspacyJsonContext.Default.EntityPageDto)!;
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

    private static ExternalRequest? Map(string json) =>
        UspacyMapper.ToRequest(JsonSerializer.Deserialize(json, UspacyJsonContext.Default.EntityItemDto)!, Settings);
}
