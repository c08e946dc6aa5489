using CrmSupportHub.Core.Webhooks;

namespace CrmSupportHub.Persistence.Sqlite.Inbox;

/// <summary>A delivery waiting for the group commit, and the caller waiting for its outcome.</summary>
internal sealed class PendingAdd(InboxItem item)
{
    public InboxItem Item { get; } = item;

    /// <summary>True when stored, false for a duplicate; set only after the transaction committed.</summary>
    public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
