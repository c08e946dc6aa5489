using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>sla_outbox</c> row as Dapper reads it.</summary>
internal sealed class SlaOutboxRow
{
    public const string Columns =
        "id AS Id, event_key AS EventKey, kind AS Kind, threshold AS Threshold, due_at AS DueAt, target AS Target, " +
        "text AS Text, enqueued_at AS EnqueuedAt, status AS Status, attempts AS Attempts, last_error AS LastError, " +
        "next_attempt_at AS NextAttemptAt";

    public long Id { get; set; }

    public string EventKey { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Threshold { get; set; } = string.Empty;

    public string DueAt { get; set; } = string.Empty;

    public long Target { get; set; }

    public string Text { get; set; } = string.Empty;

    public string EnqueuedAt { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public long Attempts { get; set; }

    public string? LastError { get; set; }

    public string? NextAttemptAt { get; set; }

    public SlaOutboxItem ToItem() => new(
        Id,
        new SlaNotification(
            SlaEventKey.Parse(EventKey),
            DbText.ToEnum<SlaMilestoneKind>(Kind),
            DbText.ToDecimal(Threshold),
            DbText.ToInstant(DueAt),
            TimeSpan.FromTicks(Target),
            Text),
        DbText.ToInstant(EnqueuedAt),
        DbText.ToEnum<SlaOutboxStatus>(Status),
        checked((int)Attempts),
        LastError,
        DbText.ToInstantOrNull(NextAttemptAt));
}
