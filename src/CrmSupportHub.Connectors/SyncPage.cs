namespace CrmSupportHub.Connectors;

/// <summary>An opaque, connector-defined position in a stream (a watermark, a page cursor, or both).</summary>
public sealed record SyncCursor(string Value)
{
    public override string ToString() => Value;
}

/// <summary>One page of a stream and the cursor that resumes after it.</summary>
public sealed record SyncPage<T>(IReadOnlyList<T> Items, SyncCursor Cursor);
