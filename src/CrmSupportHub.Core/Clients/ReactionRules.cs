namespace CrmSupportHub.Core.Clients;

/// <summary>What counts as the first reaction to a request, configured per client.</summary>
public sealed record ReactionRules(
    bool LeavingInitialStage = true,
    bool AssignmentToAnalyst = true,
    bool ManualResponse = true)
{
    public static ReactionRules Default { get; } = new();
}
