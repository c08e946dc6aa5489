using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Core.Tests.Requests;

public sealed class RequestChangeDetectorTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Recorded = Created.AddHours(5);

    [Test]
    public void Diff_FirstSightingInInitialStage_CreatedAtCrmCreationTime()
    {
        var snapshot = Snapshot(StageCategory.Initial, "11", updated: Created);

        var events = RequestChangeDetector.Diff(null, snapshot, Recorded, EventSource.Poll);

        Assert.That(events, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(events[0].Kind, Is.EqualTo(RequestEventKind.Created));
            Assert.That(events[0].OccurredAt, Is.EqualTo(Created), "the clock starts when the client raised it, not when the hub saw it");
            Assert.That(events[0].RecordedAt, Is.EqualTo(Recorded));
            Assert.That(events[0].Stage, Is.EqualTo(StageCategory.Initial));
        });
    }

    [Test]
    public void Diff_FirstSightingAlreadyMoved_CreatedInInitialThenStageChangeAtStageChangeTime()
    {
        var moved = Created.AddHours(2);
        var snapshot = Snapshot(StageCategory.Working, "12", updated: Created.AddHours(3)) with { StageChangedAt = moved };

        var events = RequestChangeDetector.Diff(null, snapshot, Recorded, EventSource.Poll);

        Assert.That(events.Select(e => (e.Kind, e.OccurredAt, e.Stage)), Is.EqualTo(new[]
        {
            (RequestEventKind.Created, Created, (StageCategory?)StageCategory.Initial),
            (RequestEventKind.StageChanged, moved, (StageCategory?)StageCategory.Working),
        }));
    }

    [Test]
    public void Diff_FirstSightingNotUpdatedSinceCreation_OwnerIsOnTheCreatedEvent()
    {
        var snapshot = Snapshot(StageCategory.Initial, "11", updated: Created) with { AssigneeId = "9001" };

        var events = RequestChangeDetector.Diff(null, snapshot, Recorded, EventSource.Poll);

        Assert.That(events.Select(e => (e.Kind, e.OccurredAt, e.AssigneeId)), Is.EqualTo(new[]
        {
            (RequestEventKind.Created, Created, "9001"),
        }), "one event: the owner was set when the request was created");
    }

    [Test]
    public void Diff_FirstSightingUpdatedSinceCreation_OwnerAssignedAtTheLastUpdate()
    {
        var updated = Created.AddHours(3);
        var snapshot = Snapshot(StageCategory.Initial, "11", updated: updated) with { AssigneeId = "9001" };

        var events = RequestChangeDetector.Diff(null, snapshot, Recorded, EventSource.Poll);

        Assert.That(events.Select(e => (e.Kind, e.OccurredAt, e.AssigneeId)), Is.EqualTo(new[]
        {
            (RequestEventKind.Created, Created, (string?)null),
            (RequestEventKind.Assigned, updated, "9001"),
        }), "the CRM does not say when the owner changed; no later than the last update");
    }

    [Test]
    public void Diff_StageAssigneeAndStatusChanges_ProduceOneEventEach()
    {
        var before = Snapshot(StageCategory.Initial, "11", updated: Created);
        var after = before with
        {
            StageId = "15", Stage = StageCategory.Closed, AssigneeId = "9001", Status = RequestStatus.Closed,
            UpdatedAt = Created.AddHours(1), StageChangedAt = Created.AddHours(1),
        };

        var kinds = RequestChangeDetector.Diff(before, after, Recorded, EventSource.Webhook).Select(e => e.Kind);

        Assert.That(kinds, Is.EqualTo(new[] { RequestEventKind.StageChanged, RequestEventKind.Assigned, RequestEventKind.Closed }));
    }

    [Test]
    public void Diff_SameSnapshotAgain_ProducesNothing()
    {
        var snapshot = Snapshot(StageCategory.Initial, "11", updated: Created);

        Assert.That(RequestChangeDetector.Diff(snapshot, snapshot, Recorded, EventSource.Poll), Is.Empty);
    }

    [Test]
    public void Diff_OlderSnapshot_ProducesNothing()
    {
        var newer = Snapshot(StageCategory.Working, "12", updated: Created.AddHours(2));
        var older = Snapshot(StageCategory.Initial, "11", updated: Created.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(RequestChangeDetector.IsNewer(newer, older), Is.False);
            Assert.That(RequestChangeDetector.Diff(newer, older, Recorded, EventSource.Poll), Is.Empty);
        });
    }

    [Test]
    public void Diff_DeletedWithoutNewUpdateTime_IsStillRecorded()
    {
        var before = Snapshot(StageCategory.Initial, "11", updated: Created);
        var deleted = before with { Status = RequestStatus.Deleted };

        var events = RequestChangeDetector.Diff(before, deleted, Recorded, EventSource.Poll);

        Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { RequestEventKind.Deleted }));
    }

    [Test]
    public void Diff_Unassigned_ProducesNoAssignedEvent()
    {
        var before = Snapshot(StageCategory.Initial, "11", updated: Created) with { AssigneeId = "7" };
        var after = before with { AssigneeId = null, UpdatedAt = Created.AddMinutes(5) };

        Assert.That(RequestChangeDetector.Diff(before, after, Recorded, EventSource.Poll), Is.Empty);
    }

    private static RequestSnapshot Snapshot(StageCategory stage, string stageId, DateTimeOffset updated) =>
        new("acme", "42", "Broken automation", stageId, stage, null, RequestStatus.Open, Created, updated);
}
