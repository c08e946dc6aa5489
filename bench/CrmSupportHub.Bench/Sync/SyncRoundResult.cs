using CrmSupportHub.Bench.Common;

namespace CrmSupportHub.Bench.Sync;

internal sealed record SyncRoundResult(int Pages, long Bytes, Measured Fetch, Measured Read, Measured Ingest, Measured Sync, Measured Commit, Measured Raw, Measured RawEvents, int Records, int Rows)
{
    public double SyncPerSecond => Sync.PerSecond(Records);

    public double RawPerSecond => Raw.PerSecond(Rows);

    public double SyncPerCpuSecond => Records / Sync.Cpu.TotalSeconds;

    public double RawPerCpuSecond => Rows / Raw.Cpu.TotalSeconds;

    public void Print(TextWriter output)
    {
        output.WriteLine($"  emulator + HTTP only ({Pages} pages, {Bytes / 1_048_576} MiB) {Fetch.Describe(Records, "deals")}");
        output.WriteLine($"  connector read only (+ parse, map)        {Read.Describe(Records, "deals")}");
        output.WriteLine($"  ingest only (pages read: lookup, diff, commit) {Ingest.Describe(Records, "records")}");
        output.WriteLine($"  worker sync end to end (+ ingest, commit) {Sync.Describe(Records, "records")}");
        output.WriteLine($"  store CommitAsync only (+ 1 event each)   {Commit.Describe(Rows, "rows")}");
        output.WriteLine($"  baseline: raw 500-row upserts             {Raw.Describe(Rows, "rows")}");
        output.WriteLine($"  raw upserts + raw event inserts           {RawEvents.Describe(Rows, "rows")}");
        output.WriteLine($"    sync: {Sync.Costs}");
    }
}
