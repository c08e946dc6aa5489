namespace CrmSupportHub.Connectors.Testing;

/// <summary>Collects the pages of a connector's streams, failing instead of looping when a stream never ends.</summary>
public static class SyncReads
{
    /// <summary>More pages than any check seeds: a stream this long repeats itself.</summary>
    public const int MaxPages = 1_000;

    public static async Task<List<SyncPage<ExternalRequest>>> AllPagesAsync(
        IRequestSource source, SyncCursor? since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var pages = new List<SyncPage<ExternalRequest>>();
        await foreach (var page in source.ReadRequestsAsync(since, cancellationToken))
        {
            pages.Add(page);
            if (pages.Count > MaxPages)
            {
                Assert.Fail($"The request stream did not end after {MaxPages} pages; the last cursor was {page.Cursor.Value}.");
            }
        }

        return pages;
    }

    public static async Task<List<ExternalRequest>> AllRequestsAsync(
        IRequestSource source, SyncCursor? since, CancellationToken cancellationToken = default) =>
        (await AllPagesAsync(source, since, cancellationToken)).SelectMany(p => p.Items).ToList();

    public static async Task<List<ExternalUser>> AllUsersAsync(IUserSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var users = new List<ExternalUser>();
        var pages = 0;
        await foreach (var page in source.ReadUsersAsync(cancellationToken))
        {
            users.AddRange(page);
            if (++pages > MaxPages)
            {
                Assert.Fail($"The user stream did not end after {MaxPages} pages.");
            }
        }

        return users;
    }
}
