using System.Threading.Channels;

namespace CrmSupportHub.Persistence.Sqlite.Inbox;

/// <summary>
/// Group commit for webhook deliveries: concurrent adds queue up while the previous transaction
/// commits and then go in together, so a burst costs a few transactions rather than one each.
/// No timer: under light load a delivery commits at once, under heavy load batches grow by themselves.
/// </summary>
internal sealed class InboxWriter : IAsyncDisposable
{
    internal const int MaxBatch = 256;

    private readonly SqliteDatabase _database;
    private readonly Channel<PendingAdd> _queue = Channel.CreateBounded<PendingAdd>(
        new BoundedChannelOptions(4 * MaxBatch) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task _loop;

    public InboxWriter(SqliteDatabase database)
    {
        _database = database;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>How many transactions the writer committed; lets tests see that adds were grouped.</summary>
    internal int Commits { get; private set; }

    /// <summary>Completes when the delivery is committed (true) or found to be stored already (false).</summary>
    public async Task<bool> AddAsync(PendingAdd pending, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw new ObjectDisposedException("The webhook inbox is closed.", e);
        }

        // A caller that gives up only stops waiting: the delivery may still commit, and its
        // redelivery is then recognized as a duplicate.
        return await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops taking adds; those already queued are still committed.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        Complete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingAdd>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingAdd> batch)
    {
        bool[] added;
        try
        {
            added = await InsertAsync(batch).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // whatever failed belongs to the callers; the writer loop must survive it
        catch (Exception) when (batch.Count > 1)
        {
            // Retry one by one so a single bad delivery fails alone.
            foreach (var pending in batch)
            {
                await CommitAsync([pending]).ConfigureAwait(false);
            }

            return;
        }
        catch (Exception e)
        {
            batch[0].Completion.TrySetException(e);
            return;
        }
#pragma warning restore CA1031

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Completion.TrySetResult(added[i]);
        }
    }

    private async Task<bool[]> InsertAsync(List<PendingAdd> batch)
    {
        using var connection = await _database.OpenWriterAsync(CancellationToken.None).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        var added = new bool[batch.Count];
        using (var insert = new InboxInsert(transaction))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                added[i] = insert.Execute(batch[i].Item);
            }
        }

        transaction.Commit();
        _database.Checkpointer.Nudge();
        Commits++;
        return added;
    }
}
