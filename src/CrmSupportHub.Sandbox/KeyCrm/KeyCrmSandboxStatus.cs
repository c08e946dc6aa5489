namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>A pipeline status ("етап"), as <c>include=status</c> and <c>/pipelines/{id}/statuses</c> show it.</summary>
public sealed record KeyCrmSandboxStatus(long Id, long PipelineId, string Name, string Alias, bool IsFinal);
