namespace CrmSupportHub.Connectors.Tests.Paging;

public sealed class WatermarksTests
{
    private static readonly DateTimeOffset May = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Minus_OrdinaryWatermark_Subtracts() =>
        Assert.That(Watermarks.Minus(May, TimeSpan.FromMinutes(2)), Is.EqualTo(May.AddMinutes(-2)));

    [Test]
    public void Minus_YearOne_StopsAtTheStartOfTheCalendar() =>
        Assert.That(Watermarks.Minus(DateTimeOffset.MinValue.AddSeconds(30), TimeSpan.FromMinutes(2)), Is.EqualTo(DateTimeOffset.MinValue));

    [Test]
    public void Plus_YearNineThousandNineHundredNinetyNine_StopsAtTheEndOfTheCalendar() =>
        Assert.That(Watermarks.Plus(DateTimeOffset.MaxValue.AddTicks(-5), TimeSpan.FromMilliseconds(1)), Is.EqualTo(DateTimeOffset.MaxValue));

    [Test]
    public void Minus_LocalOffset_ReturnsUtc()
    {
        var kyiv = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(3));

        var result = Watermarks.Minus(kyiv, TimeSpan.FromHours(1));

        Assert.That((result, result.Offset), Is.EqualTo((May.AddHours(-1), TimeSpan.Zero)));
    }
}
