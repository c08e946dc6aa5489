namespace CrmSupportHub.Worker.Sync;

/// <summary>What one sync run of one stream did.</summary>
public sealed record SyncRunResult(string ClientId, string Stream, int Pages, int Read, int Changed, string? Error)
{
    public bool Succeeded => Error is null;
}
