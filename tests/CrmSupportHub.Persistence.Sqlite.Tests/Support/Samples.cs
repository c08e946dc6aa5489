using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sync;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Support;

internal static class Samples
{
    public const string Client = "acme";

    public static readonly DateTimeOffset Created = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    public static RequestSnapshot Snapshot(string id, string client = Client) => new(
        client,
        id,
        $"Request {id}",
        "stage-1",
        StageCategory.Initial,
        AssigneeId: null,
        RequestStatus.Open,
        Created,
        Created.AddMinutes(5));

    public static RequestEvent CreatedEvent(RequestSnapshot snapshot, DateTimeOffset recordedAt) => new(
        snapshot.ClientId,
        snapshot.ExternalId,
        RequestEventKind.Created,
        snapshot.CreatedAt,
        recordedAt,
        EventSource.Poll,
        snapshot.StageId,
        snapshot.Stage);

    public static SyncCheckpoint Checkpoint(string cursor, DateTimeOffset at, string client = Client) =>
        new(client, SyncStreams.Requests, cursor, at);
}
