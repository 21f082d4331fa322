namespace NewsEvents.Tests.Model;

/// <summary><see cref="ReconciliationReport.ToString"/>: a summary line and aligned tables, for LINQPad and logs.</summary>
[TestFixture]
public sealed class ReconciliationReportToStringTests
{
    private static readonly TemporalValue OnFriday = new("on Friday", new LocalDate(2025, 9, 12), new LocalDate(2025, 9, 12), TemporalGranularity.Day);
    private static readonly TemporalValue OnSaturday = new("on Saturday", new LocalDate(2025, 9, 13), new LocalDate(2025, 9, 13), TemporalGranularity.Day);

    private static ReconciliationReport Report(int extraArticles = 0) => new(
        articles:
        [
            new ArticleSummary("a1", "Coast Journal", "Ferry strike ends", null, new ReferenceDate(new LocalDate(2025, 9, 14), ReferenceDateBasis.Metadata)),
            new ArticleSummary("a2", null, null, null, ReferenceDate.Unknown),
            .. Enumerable.Range(3, extraArticles).Select(i => new ArticleSummary("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null, ReferenceDate.Unknown)),
        ],
        events: [new Event("ev-1", EventType.Agree, articles: ["a1", "a2"], label: "Ferry deal")],
        conflicts:
        [
            new Conflict("cf-1", "ev-1", ClaimProperty.Date, ConflictKind.Temporal, ConflictSeverity.Hard,
                [new ConflictSide(OnFriday, ["a1/c1"], ["a1"]), new ConflictSide(OnSaturday, ["a2/c1"], ["a2"])], "Friday against Saturday."),
        ],
        corroborations: [new Corroboration("ev-1", ClaimProperty.Occurred, new TextValue("agreed"), ["a1/c2", "a2/c2"], ["a1", "a2"], 2)]);

    /// <summary>A line the text must contain, and why.</summary>
    private static IEnumerable<TestCaseData> Lines() =>
    [
        new TestCaseData("Report: 2 articles, 1 events, 0 claims, 1 conflicts, 1 corroborations, 0 singletons").SetName("ToString_FirstLine_IsTheSummary"),
        new TestCaseData("  severity  kind      property  event       sides").SetName("ToString_ConflictHeader_IsAligned"),
        new TestCaseData("  hard      temporal  date      Ferry deal  on Friday (1 article) | on Saturday (1 article)").SetName("ToString_ConflictRow_ShowsBothSides"),
        new TestCaseData("  occurred  Ferry deal  agreed  2         2").SetName("ToString_CorroborationRow_ShowsIndependentSources"),
        new TestCaseData("  a1  Coast Journal  Ferry strike ends  2025-09-14 (metadata)").SetName("ToString_ArticleRow_ShowsSourceTitleAndReference"),
    ];

    [TestCaseSource(nameof(Lines))]
    public void ToString_Report_ContainsLine(string line)
    {
        Assert.That(Report().ToString().Split('\n'), Does.Contain(line));
    }

    [Test]
    public void ToString_ManyArticles_ShowsTheFirstTwelveAndCountsTheRest()
    {
        var lines = Report(extraArticles: 18).ToString().Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("  … 8 more"));
            Assert.That(lines.Count(l => l.StartsWith("  a", StringComparison.Ordinal)), Is.EqualTo(12));
        });
    }

    [Test]
    [SetCulture("tr-TR")]
    public void ToString_TurkishCulture_IsCultureInvariant()
    {
        Assert.That(Report().ToString(), Does.Contain("2025-09-14 (metadata)").And.Contain("  hard      temporal  date"));
    }

    [Test]
    public void ToString_EmptyReport_IsTheSummaryOnly()
    {
        Assert.That(new ReconciliationReport().ToString(),
            Is.EqualTo("Report: 0 articles, 0 events, 0 claims, 0 conflicts, 0 corroborations, 0 singletons"));
    }
}
