namespace CrmSupportHub.Connectors.Testing.Faults;

/// <summary>How one sync run ended: its pages, what it read twice, and the connector's error if it failed.</summary>
public sealed record SyncRun(int Pages, int Read, IReadOnlyList<string> ReadTwice, ConnectorException? Error)
{
    public bool Completed => Error is null;

    public override string ToString() =>
        $"{Pages} pages, {Read} read, {ReadTwice.Count} read twice, " + (Error is null ? "completed" : $"failed {Error.Kind}: {Error.Message}");
}
