using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Ledger;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>A ledger service over the in-memory store with a fake clock that tests move forward.</summary>
internal sealed class LedgerHarness
{
    public LedgerHarness(ClientProfile client, DateTimeOffset? now = null)
    {
        Client = client;
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        Ledger = new LedgerService(Store, [client], Time);
    }

    public ClientProfile Client { get; }

    public FakeTimeProvider Time { get; }

    public InMemoryHoursLedgerStore Store { get; } = new();

    public LedgerService Ledger { get; }

    /// <summary>Moves the clock to <paramref name="day"/> at <paramref name="hour"/>:00 UTC (never backwards).</summary>
    public LedgerHarness At(DateOnly day, int hour = 12)
    {
        Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));
        return this;
    }

    /// <summary>Logs work done on <paramref name="day"/>, recorded now.</summary>
    public async Task<RecordedWork> Log(DateOnly day, decimal hours, WorkKind kind = WorkKind.Support, string? request = null, string? note = null) =>
        await Ledger.RecordAsync(new WorkEntryDraft(Client.Id, request, "olena", day, LedgerMath.ToMinutes(hours), kind, note), CancellationToken.None);

    /// <summary>Moves the clock to <paramref name="day"/> and logs work done that day.</summary>
    public async Task<RecordedWork> LogOn(DateOnly day, decimal hours, WorkKind kind = WorkKind.Support, string? request = null, int hour = 12) =>
        await At(day, hour).Log(day, hours, kind, request);

    public async Task<MonthLedger> Month(int year, int month) =>
        await Ledger.GetMonthAsync(Client.Id, new LedgerMonth(year, month), CancellationToken.None);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
