using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;

namespace CrmSupportHub.Worker.Sync;

/// <summary>
/// Polls a client's support requests from its saved cursor, committing every page together with
/// the cursor that follows it while the next page is already being fetched. A failing run stops
/// where it failed, keeps its cursor and records the error; the next run resumes from there.
/// </summary>
internal sealed class RequestSyncService(
    IServiceProvider services,
    RequestIngestor ingestor,
    ISyncStateStore syncState,
    TimeProvider time,
    ILogger<RequestSyncService> logger)
{
    public async Task<SyncRunResult> SyncAsync(string clientId, bool full, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var source = services.GetKeyedService<IRequestSource>(clientId);
        if (source is null)
        {
            return new SyncRunResult(clientId, SyncStreams.Requests, 0, 0, 0, null);
        }

        var state = await syncState.GetAsync(clientId, SyncStreams.Requests, cancellationToken).ConfigureAwait(false);
        var cursor = full || state?.Cursor is null ? null : new SyncCursor(state.Cursor);
        int pages = 0, read = 0, changed = 0;
        try
        {
            await foreach (var page in source.ReadRequestsAsync(cursor, cancellationToken).Ahead(buffered: 3, cancellationToken).ConfigureAwait(false))
            {
                var checkpoint = new SyncCheckpoint(clientId, SyncStreams.Requests, page.Cursor.Value, time.GetUtcNow());
                changed += await ingestor.ApplyAsync(clientId, page.Items, EventSource.Poll, checkpoint, cancellationToken).ConfigureAwait(false);
                pages++;
                read += page.Items.Count;
                progress?.Report(read);
            }

            await syncState.RecordSuccessAsync(clientId, SyncStreams.Requests, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Client {ClientId}: {Pages} pages, {Read} requests read, {Changed} new or changed",
                clientId, pages, read, changed);
            return new SyncRunResult(clientId, SyncStreams.Requests, pages, read, changed, null);
        }
        catch (ConnectorException ex)
        {
            await syncState.RecordFailureAsync(clientId, SyncStreams.Requests, time.GetUtcNow(), ex.Message, cancellationToken).ConfigureAwait(false);
            logger.LogError(
                "Client {ClientId}: request sync stopped after {Pages} committed pages ({Kind}): {Message}; the cursor is kept",
                clientId, pages, ex.Kind, ex.Message);
            return new SyncRunResult(clientId, SyncStreams.Requests, pages, read, changed, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not the CRM's doing (an unreadable saved cursor, a storage error): the client's sync
            // health must show it all the same, or a stalled sync would look merely quiet.
            var failure = SyncFailure.Describe(ex, "If the saved cursor is at fault, `sync now --full` starts over without it.");
            await syncState.RecordFailureAsync(clientId, SyncStreams.Requests, time.GetUtcNow(), failure, cancellationToken).ConfigureAwait(false);
            logger.LogError(ex, "Client {ClientId}: request sync stopped after {Pages} committed pages: {Failure}", clientId, pages, failure);
            return new SyncRunResult(clientId, SyncStreams.Requests, pages, read, changed, failure);
        }
    }
}
