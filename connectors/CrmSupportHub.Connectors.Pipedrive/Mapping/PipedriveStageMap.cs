using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.Pipedrive.Mapping;

/// <summary>What each stage of the support pipeline means for the SLA, from the client's settings.</summary>
internal sealed class PipedriveStageMap(IEnumerable<long> initial, IEnumerable<long> waiting, IEnumerable<long> closed)
{
    private readonly HashSet<long> _initial = [.. initial];
    private readonly HashSet<long> _waiting = [.. waiting];
    private readonly HashSet<long> _closed = [.. closed];

    public static PipedriveStageMap From(PipedriveSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.InitialStageIds, settings.WaitingStageIds, settings.ClosedStageIds);
    }

    /// <summary>Any stage in no list is being worked on.</summary>
    public StageCategory Categorize(long? stageId) => stageId switch
    {
        { } id when _initial.Contains(id) => StageCategory.Initial,
        { } id when _waiting.Contains(id) => StageCategory.Waiting,
        { } id when _closed.Contains(id) => StageCategory.Closed,
        _ => StageCategory.Working,
    };
}
