namespace CrmSupportHub.Persistence.Sqlite.Tests;

public sealed class DbTextTests
{
    [Test]
    public void FromInstant_AnyOffset_WritesUtcWithSevenFractionalDigits()
    {
        var instant = new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.FromHours(2)).AddTicks(5);

        Assert.That(DbText.FromInstant(instant), Is.EqualTo("2026-03-02T09:00:00.0000005Z"));
    }

    [Test]
    public void ToInstant_WhatFromInstantWrote_GivesTheSameInstantInUtc()
    {
        var instant = new DateTimeOffset(2026, 3, 2, 11, 15, 30, 123, TimeSpan.FromHours(-5));

        var read = DbText.ToInstant(DbText.FromInstant(instant));

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(instant));
            Assert.That(read.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public void FromInstant_InstantsInAnyOffset_TextOrderIsTimeOrder()
    {
        var instants = new[]
        {
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.FromHours(3)), // 07:30Z
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(1),
            new DateTimeOffset(999, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.FromHours(-11)), // 2026-03-02T10:00Z
        };

        var byText = instants.OrderBy(DbText.FromInstant, StringComparer.Ordinal);

        Assert.That(byText, Is.EqualTo(instants.OrderBy(i => i.UtcTicks)));
    }

    [Test]
    public void FromDate_ToDate_RoundTripsAsIsoDate()
    {
        var date = new DateOnly(2026, 1, 5);

        Assert.Multiple(() =>
        {
            Assert.That(DbText.FromDate(date), Is.EqualTo("2026-01-05"));
            Assert.That(DbText.ToDate("2026-01-05"), Is.EqualTo(date));
        });
    }
}
