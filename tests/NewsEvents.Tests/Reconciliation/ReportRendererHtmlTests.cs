using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>The HTML report read back with AngleSharp, as a browser would build its DOM.</summary>
[TestFixture]
public sealed class ReportRendererHtmlTests
{
    private static readonly TemporalValue OnMonday = new("on Monday", new LocalDate(2025, 5, 5), new LocalDate(2025, 5, 5), TemporalGranularity.Day);
    private static readonly TemporalValue OnTuesday = new("on Tuesday", new LocalDate(2025, 5, 6), new LocalDate(2025, 5, 6), TemporalGranularity.Day);
    private static readonly Lazy<IDocument> Page = new(() => Parse(ReportRenderer.ToHtml(Report())));

    [Test]
    public void ToHtml_Report_ParsesWithoutErrorsAndHasNoScript()
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((HtmlErrorEvent)e).Message);
        var document = parser.ParseDocument(ReportRenderer.ToHtml(Report()));

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(document.QuerySelectorAll("script"), Is.Empty);
            Assert.That(document.QuerySelectorAll("[src]"), Is.Empty);
        });
    }

    [Test]
    public void Outlets_AreShownByNameAndTitle_WithTheArticleIdAsTooltip()
    {
        var cites = Page.Value.QuerySelectorAll("cite.outlet");

        Assert.Multiple(() =>
        {
            Assert.That(cites.Select(c => c.TextContent).Distinct(), Is.EquivalentTo(new[] { "River Post", "Hill Times", "Lake Herald" }));
            Assert.That(cites.First(c => c.TextContent == "River Post").GetAttribute("title"), Is.EqualTo("article a1"));
            Assert.That(Page.Value.QuerySelectorAll("span.title").Select(t => t.TextContent), Has.Some.EqualTo("“Talks resume on the bridge”"));
        });
    }

    /// <summary>Links: a CSS selector and how many elements it must match.</summary>
    private static IEnumerable<TestCaseData> Links() =>
    [
        new TestCaseData("a[href='https://example.org/river/1']", true).SetName("Links_ArticleWithUrl_IsLinked"),
        new TestCaseData("a[href^='https://example.org/river/1#:~:text=The%20talks%20opened%20on%20Monday']", true).SetName("Links_QuotedSentence_HasATextFragment"),
        new TestCaseData("a[href^='javascript']", false).SetName("Links_JavascriptUrl_IsNeverALink"),
    ];

    [TestCaseSource(nameof(Links))]
    public void Links_Selector_MatchesOrNot(string selector, bool present)
    {
        Assert.That(Page.Value.QuerySelectorAll(selector), present ? Is.Not.Empty : Is.Empty);
    }

    [Test]
    public void Conflict_Quotes_MarkTheValueWordsAndShowSpeakerRelayAndFactuality()
    {
        var conflict = Page.Value.QuerySelector("article.conflict#cf-1")!;
        var quotes = conflict.QuerySelectorAll("blockquote");

        Assert.Multiple(() =>
        {
            Assert.That(conflict.QuerySelectorAll("mark").Select(m => m.TextContent), Is.EqualTo(new[] { "on Monday", "on Tuesday" }));
            Assert.That(quotes[0].QuerySelector(".speaker")?.TextContent, Is.EqualTo("the mayor"));
            Assert.That(quotes[0].QuerySelector(".via")?.TextContent, Is.EqualTo("Wire One"));
            Assert.That(quotes[0].QuerySelector(".factuality")?.TextContent, Is.EqualTo("reportedly"));
            Assert.That(quotes[1].QuerySelector(".factuality"), Is.Null);
        });
    }

    [TestCase("\u201CWe will reopen the bridge,\u201D the mayor said.", "own-quotes", TestName = "Quote_SentenceStartingWithAQuotationMark_GetsNoSecondOne")]
    [TestCase("The mayor said the bridge would reopen.", "", TestName = "Quote_PlainSentence_IsQuotedByTheBrowser")]
    public void Quote_Sentence_QuotationMarksAreNotDoubled(string sentence, string expectedClass)
    {
        var report = new ReconciliationReport(
            articles: [new ArticleSummary("a1", "River Post", null, null, ReferenceDate.Unknown), new ArticleSummary("a2", "Hill Times", null, null, ReferenceDate.Unknown)],
            events: [new Event("ev-1", EventType.Statement, articles: ["a1", "a2"], label: "Mayor's promise")],
            claims: [Claim("a1", "a1/c1", "ev-1", ClaimProperty.Date, OnMonday, sentence), Claim("a2", "a2/c1", "ev-1", ClaimProperty.Date, OnTuesday, "It was said on Tuesday.")],
            conflicts:
            [
                new Conflict("cf-1", "ev-1", ClaimProperty.Date, ConflictKind.Temporal, ConflictSeverity.Hard,
                    [new ConflictSide(OnMonday, ["a1/c1"], ["a1"]), new ConflictSide(OnTuesday, ["a2/c1"], ["a2"])], "Monday against Tuesday."),
            ]);

        var quote = Parse(ReportRenderer.ToHtml(report)).QuerySelector("article.conflict blockquote q")!;

        Assert.That(quote.ClassName ?? string.Empty, Is.EqualTo(expectedClass));
    }

    [Test]
    public void Singletons_AllClaimsOfAnArticle_AreListedInDetails()
    {
        var details = Page.Value.QuerySelectorAll("details.singletons");
        var river = details.Single(d => d.QuerySelector("summary cite")?.TextContent == "River Post");

        Assert.Multiple(() =>
        {
            Assert.That(river.QuerySelectorAll("li"), Has.Length.EqualTo(7));
            Assert.That(river.QuerySelectorAll(".factuality").Select(f => f.TextContent), Has.Some.EqualTo("denied"));
        });
    }

    [Test]
    public void Timeline_IsAnSvgWithOneLanePerOutletAndARedLineBetweenConflictingDates()
    {
        var svg = Page.Value.QuerySelector("section#timeline svg.timeline")!;

        Assert.Multiple(() =>
        {
            Assert.That(svg.QuerySelectorAll("line.lane"), Has.Length.EqualTo(3));
            Assert.That(svg.QuerySelectorAll(".lane-label").Select(l => l.TextContent), Is.EqualTo(new[] { "Hill Times", "Lake Herald", "River Post" }));
            Assert.That(svg.QuerySelectorAll("circle.mark.conflicting"), Has.Length.EqualTo(2));
            Assert.That(svg.QuerySelectorAll("line.conflict-line"), Has.Length.EqualTo(1));
            Assert.That(svg.QuerySelectorAll("circle title").Select(t => t.TextContent), Has.Some.Contains("on Monday (River Post)"));
        });
    }

    /// <summary>The who-says-what grid: an outlet and the class of its cell for the talks.</summary>
    private static IEnumerable<TestCaseData> Stances() =>
    [
        new TestCaseData("River Post", "conflict").SetName("Grid_OutletOnAConflictSide_IsConflict"),
        new TestCaseData("Hill Times", "conflict").SetName("Grid_OtherConflictSide_IsConflict"),
        new TestCaseData("Lake Herald", "agree").SetName("Grid_OutletInACorroboration_IsAgree"),
    ];

    [TestCaseSource(nameof(Stances))]
    public void Grid_TalksRow_ColoursEachOutlet(string outlet, string expected)
    {
        var table = Page.Value.QuerySelector("section#grid table.grid")!;
        var column = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList().IndexOf(outlet);
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td.event")?.TextContent == "Talks in Erbil");

        Assert.That(column, Is.GreaterThan(0));
        Assert.That(row.QuerySelectorAll("td")[column].ClassName, Is.EqualTo(expected));
    }

    [Test]
    public void Grid_EventOfOneOutletWithoutConflict_IsNotARow()
    {
        var rows = Page.Value.QuerySelectorAll("section#grid tbody td.event").Select(td => td.TextContent);

        Assert.That(rows, Does.Not.Contain("Checkpoint attack"));
    }

    [Test]
    public void ToHtml_ThousandsOfOutletsAndEvents_StaysLinearAndDrawsTheBusiestOutlets()
    {
        // 3,000 articles from 1,500 outlets, one event and one date claim each, every other pair in conflict.
        var count = 3000;
        var articles = Enumerable.Range(0, count).Select(i => new ArticleSummary(Id("a", i), "Outlet " + Id("", i % 1500), null, null, ReferenceDate.Unknown)).ToList();
        var claims = articles.Select((a, i) => Claim(a.Id, a.Id + "/c1", Id("ev-", i / 2), ClaimProperty.Date, i % 2 == 0 ? OnMonday : OnTuesday,
            "The office opened on Monday or on Tuesday.")).ToList();
        var events = Enumerable.Range(0, count / 2).Select(i => new Event(Id("ev-", i), EventType.Meet, articles: [Id("a", 2 * i), Id("a", (2 * i) + 1)])).ToList();
        var conflicts = Enumerable.Range(0, count / 2).Where(i => i % 2 == 0).Select(i => new Conflict(Id("cf-", i), Id("ev-", i), ClaimProperty.Date,
            ConflictKind.Temporal, ConflictSeverity.Hard,
            [new ConflictSide(OnMonday, [Id("a", 2 * i) + "/c1"], [Id("a", 2 * i)]), new ConflictSide(OnTuesday, [Id("a", (2 * i) + 1) + "/c1"], [Id("a", (2 * i) + 1)])],
            "Monday against Tuesday.")).ToList();
        var report = new ReconciliationReport(articles: [.. articles], events: [.. events], claims: [.. claims], conflicts: [.. conflicts]);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = Parse(ReportRenderer.ToHtml(report));
        watch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "rendering must not be quadratic in events or outlets");
            Assert.That(document.QuerySelectorAll("svg.timeline line.lane"), Has.Length.EqualTo(24));
            Assert.That(document.QuerySelectorAll("section#grid thead th"), Has.Length.EqualTo(25));
            Assert.That(document.QuerySelector("section#grid p")?.TextContent, Is.EqualTo("Showing the 24 outlets with the most articles, of 1500."));
        });
    }

    private static string Id(string prefix, int i) => prefix + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static ReconciliationReport Report()
    {
        var singletons = Enumerable.Range(2, 7).Select(i => Claim("a1", $"a1/c{i}", "ev-2", ClaimProperty.Deaths,
            new QuantityValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " guards", i, i, unit: "people"),
            "Reporters counted the guards at the checkpoint.", polarity: i == 2 ? Polarity.Negative : Polarity.Positive)).ToList();
        return new ReconciliationReport(
            articles:
            [
                new ArticleSummary("a1", "River Post", "Talks resume on the bridge", null, ReferenceDate.Unknown, url: "https://example.org/river/1"),
                new ArticleSummary("a2", "Hill Times", null, null, ReferenceDate.Unknown, url: "javascript:alert(1)"),
                new ArticleSummary("a3", "Lake Herald", null, null, ReferenceDate.Unknown),
            ],
            sources: [new Source("wire-one", "Wire One", SourceKind.WireAgency)],
            events:
            [
                new Event("ev-1", EventType.Meet, articles: ["a1", "a2", "a3"], label: "Talks in Erbil"),
                new Event("ev-2", EventType.Attack, articles: ["a1"], label: "Checkpoint attack"),
            ],
            claims:
            [
                Claim("a1", "a1/c1", "ev-1", ClaimProperty.Date, OnMonday, "The talks opened on Monday, the mayor said, according to Wire One.",
                    new Attribution("the mayor", ["wire-one"]), Certainty.Probable),
                Claim("a2", "a2/c1", "ev-1", ClaimProperty.Date, OnTuesday, "Officials said the talks opened on Tuesday in Erbil."),
                Claim("a1", "a1/c9", "ev-1", ClaimProperty.Occurred, new TextValue("talks"), "The talks opened on Monday, the mayor said, according to Wire One."),
                Claim("a3", "a3/c9", "ev-1", ClaimProperty.Occurred, new TextValue("talks"), "Delegations held talks in Erbil."),
                .. singletons,
            ],
            conflicts:
            [
                new Conflict("cf-1", "ev-1", ClaimProperty.Date, ConflictKind.Temporal, ConflictSeverity.Hard,
                    [new ConflictSide(OnMonday, ["a1/c1"], ["a1"]), new ConflictSide(OnTuesday, ["a2/c1"], ["a2"])],
                    "River Post dates the talks to Monday, Hill Times to Tuesday."),
            ],
            corroborations: [new Corroboration("ev-1", ClaimProperty.Occurred, new TextValue("talks"), ["a1/c9", "a3/c9"], ["a1", "a3"], 2)],
            singletons: [.. singletons.Select(c => c.Id)]);
    }

    private static Claim Claim(string article, string id, string eventId, ClaimProperty property, ClaimValue value, string sentence,
        Attribution? attribution = null, Certainty certainty = Certainty.Certain, Polarity polarity = Polarity.Positive) =>
        new(id, eventId, property, article, value, attribution ?? Attribution.Outlet, new Factuality(certainty, polarity), new Evidence(article, 0, sentence));
}
