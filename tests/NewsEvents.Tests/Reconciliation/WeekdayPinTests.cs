using NewsEvents.Reconciliation;
using NodaTime;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Reference dates of a corpus in which no article is dated: a weekday written with a day of a month ("Thursday, December
/// 11") fixes the year from the latest absolute date of the story on, and the other articles date themselves against it.
/// </summary>
public class WeekdayPinTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // text of a mention | weekday, month, day (null: no pin)
    [TestCase("Thursday, December 11", IsoDayOfWeek.Thursday, 12, 11)]
    [TestCase("Tuesday, Dec. 16", IsoDayOfWeek.Tuesday, 12, 16)]
    [TestCase("Saturday 13 December", IsoDayOfWeek.Saturday, 12, 13)]
    [TestCase("Friday, Sept. 3rd", IsoDayOfWeek.Friday, 9, 3)]
    [TestCase("Monday, May 4", IsoDayOfWeek.Monday, 5, 4)]
    public void PinOf_WeekdayAndDay_IsRead(string text, IsoDayOfWeek weekday, int month, int day) =>
        Assert.That(ReferenceDateInference.PinOf(text), Is.EqualTo((weekday, month, day)));

    [TestCase("Thursday")]
    [TestCase("December 11")]
    [TestCase("Thursday, December")]
    [TestCase("Thursday, December 41")]
    [TestCase("Thursday night, December 11")]
    [TestCase("Mayday, May 4")]
    [TestCase("Thursday, Decimal 11")]
    public void PinOf_NoWeekdayWithADay_IsNone(string text) =>
        Assert.That(ReferenceDateInference.PinOf(text), Is.Null);

    [Test]
    public void Reconcile_UndatedStory_WeekdayAndDayDateTheStoryAndItsPartners()
    {
        var report = Reconcile(
            ("a", "Singer Rosa Marin dies at 85\n\nSinger Rosa Marin, whose 2006 album sold a million copies, died Thursday, December 11, " +
                  "at a hospital in Los Angeles, her agent said. She had suffered a heart attack on December 2."),
            ("b", "Rosa Marin dies at 85\n\nSinger Rosa Marin died Thursday at a hospital in Los Angeles, her agent said. " +
                  "The singer had suffered a heart attack on Dec. 2."),
            ("c", "Singer Rosa Marin has died\n\nSinger Rosa Marin died on Thursday evening in a Los Angeles hospital, her family said."));

        var days = report.Articles.ToDictionary(a => a.Id, a => a.ReferenceDate);
        Assert.Multiple(() =>
        {
            // 11 December falls on a Thursday in 2008, the first such year from 2006 on.
            Assert.That(days["a"].Date, Is.EqualTo(new LocalDate(2008, 12, 11)));
            Assert.That(days["a"].Evidence, Does.Contain("Thursday, December 11"));
            Assert.That(days["b"].Year, Is.EqualTo(2008));
            Assert.That(days["c"].Year, Is.EqualTo(2008));
            Assert.That(report.Corroborations.Where(c => c.Property == ClaimProperty.Date && c.Value is TemporalValue { Start: var s } && s == new LocalDate(2008, 12, 11))
                .SelectMany(c => c.Articles).Distinct(), Is.SupersetOf(new[] { "a", "c" }), Describe(report));
            Assert.That(report.Corroborations.Where(c => c.Property == ClaimProperty.Date && c.Value is TemporalValue { Start: var s } && s == new LocalDate(2008, 12, 2))
                .SelectMany(c => c.Articles).Distinct(), Is.EquivalentTo(new[] { "a", "b" }), Describe(report));
            Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Date), Is.Empty, Describe(report));
        });
    }

    [Test]
    public void Reconcile_WeekdayAndDayNeverTogetherSoon_DatesNothing()
    {
        // 11 December was a Thursday in 2008 and 2014: from a story that writes 2015 on, not within the next seven years.
        var report = Reconcile(
            ("a", "Singer Rosa Marin dies at 85\n\nSinger Rosa Marin, whose 2015 album sold a million copies, died Thursday, December 11, " +
                  "at a hospital in Los Angeles, her agent said."),
            ("b", "Rosa Marin dies at 85\n\nSinger Rosa Marin died Thursday at a hospital in Los Angeles, her agent said."));

        Assert.That(report.Articles.Select(a => a.ReferenceDate.Date), Is.All.Null);
    }

    [Test]
    public void Reconcile_ArticleWithoutWeekdayDay_IsNotPinnedByItsOwnYearlessDates()
    {
        var report = Reconcile(
            ("a", "Singer Rosa Marin dies at 85\n\nSinger Rosa Marin, whose 2006 album sold a million copies, died on December 11 " +
                  "at a hospital in Los Angeles, her agent said."));

        Assert.That(report.Articles.Single().ReferenceDate.Date, Is.Null);
    }

    private static string Describe(ReconciliationReport report) =>
        string.Join("\n", report.Articles.Select(a => a.Id + " " + a.ReferenceDate)) + "\n" +
        string.Join("\n", report.Corroborations.Select(c => c.Property + " " + c.Value + " " + string.Join(",", c.Articles))) + "\n" +
        string.Join("\n", report.Conflicts.Select(c => c.Explanation));

    private static ReconciliationReport Reconcile(params (string Id, string Text)[] articles) =>
        Pipeline.Reconcile(articles.Select(a => Pipeline.Analyze(ArticleReader.Read(a.Text, new ArticleMetadata(a.Id)))));
}
