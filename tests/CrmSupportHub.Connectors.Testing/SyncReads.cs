namespace CrmSupportHub.Connectors.Testing;

/// <summary>Collects the pages of a connector's streams.</summary>
public static class SyncReads
{
    public static async Task<List<SyncPage<ExternalRequest>>> AllPagesAsync(IRequestSource source, SyncCursor? since)
    {
        ArgumentNullException.ThrowIfNull(source);
        var pages = new List<SyncPage<ExternalRequest>>();
        await foreach (var page in source.ReadRequestsAsync(since, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }

    public static async Task<List<ExternalRequest>> AllRequestsAsync(IRequestSource source, SyncCursor? since) =>
        (await AllPagesAsync(source, since)).SelectMany(p => p.Items).ToList();

    public static async Task<List<ExternalUser>> AllUsersAsync(IUserSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var users = new List<ExternalUser>();
        await foreach (var page in source.ReadUsersAsync(CancellationToken.None))
        {
            users.AddRange(page);
        }

        return users;
    }
}
