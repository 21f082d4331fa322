namespace NewsEvents.Tests.Model;

public sealed class TemporalValueTests
{
    [Test]
    public void Construction_EndBeforeStart_ThrowsNamingTypePropertyAndValue()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new TemporalValue("x", new LocalDate(2025, 7, 23), new LocalDate(2025, 7, 1), TemporalGranularity.Day));
        Assert.That(e!.Message, Does.Contain("TemporalValue.End").And.Contain("2025-07-01").And.Contain("2025-07-23"));
    }

    [Test]
    public void Overlaps_MonthAndDayInside_True()
    {
        var month = new TemporalValue("in December", new LocalDate(2024, 12, 1), new LocalDate(2024, 12, 31), TemporalGranularity.Month);
        var day = new TemporalValue("December 8, 2024", new LocalDate(2024, 12, 8), new LocalDate(2024, 12, 8), TemporalGranularity.Day);
        Assert.Multiple(() =>
        {
            Assert.That(month.Overlaps(day), Is.True);
            Assert.That(month.Contains(day), Is.True);
            Assert.That(day.Contains(month), Is.False);
        });
    }
}
