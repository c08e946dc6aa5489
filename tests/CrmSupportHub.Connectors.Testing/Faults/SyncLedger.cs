namespace CrmSupportHub.Connectors.Testing.Faults;

/// <summary>
/// What the host keeps of a request stream: each page's requests with the cursor that follows them,
/// committed together, and only the newest version of each request. A failed run keeps the last
/// committed cursor; the next run resumes from it.
/// </summary>
public sealed class SyncLedger(IRequestSource source)
{
    private readonly Dictionary<string, DateTimeOffset> _versions = new(StringComparer.Ordinal);

    /// <summary>The cursor of the last committed page.</summary>
    public SyncCursor? Cursor { get; private set; }

    /// <summary>Every request committed so far and its newest update time.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Versions => _versions;

    public List<SyncRun> Runs { get; } = [];

    /// <summary>One run from the committed cursor; only a <see cref="ConnectorException"/> ends it early.</summary>
    public async Task<SyncRun> RunAsync(CancellationToken cancellationToken)
    {
        var read = new HashSet<(string, DateTimeOffset)>();
        var twice = new List<string>();
        int pages = 0, count = 0;
        ConnectorException? error = null;
        try
        {
            await foreach (var page in source.ReadRequestsAsync(Cursor, cancellationToken))
            {
                foreach (var request in page.Items)
                {
                    count++;
                    if (!read.Add((request.Id, request.UpdatedAt)))
                    {
                        twice.Add($"{request.Id}@{request.UpdatedAt:O}");
                    }

                    if (!_versions.TryGetValue(request.Id, out var known) || request.UpdatedAt > known)
                    {
                        _versions[request.Id] = request.UpdatedAt;
                    }
                }

                Cursor = page.Cursor;
                if (++pages > SyncReads.MaxPages)
                {
                    Assert.Fail($"The request stream did not end after {SyncReads.MaxPages} pages; the last cursor was {page.Cursor.Value}.");
                }
            }
        }
        catch (ConnectorException e)
        {
            error = e;
        }

        var run = new SyncRun(pages, count, twice, error);
        Runs.Add(run);
        return run;
    }

    /// <summary>Runs until one completes (at most <paramref name="attempts"/> runs), as the host's polls would.</summary>
    public async Task<SyncRun> RunUntilCompletedAsync(int attempts, CancellationToken cancellationToken)
    {
        var run = await RunAsync(cancellationToken);
        for (var i = 1; i < attempts && !run.Completed; i++)
        {
            run = await RunAsync(cancellationToken);
        }

        return run;
    }
}
