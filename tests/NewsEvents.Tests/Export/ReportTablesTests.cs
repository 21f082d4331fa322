namespace NewsEvents.Tests.Export;

/// <summary><see cref="ReportTables"/>: one fixture, table-driven, on reports built by hand and one made by the pipeline.</summary>
[TestFixture]
public sealed class ReportTablesTests
{
    private const string RiverPost = """
        MOSUL - Gunmen killed nine people at a checkpoint in Mosul on Sunday, police said.

        The attackers fled in a pickup truck, according to a local official.
        """;

    private const string HillTimes = """
        MOSUL - Nine people were killed when gunmen attacked a checkpoint in Mosul on Sunday, officials said.

        Security forces later closed the roads around the checkpoint.
        """;

    private static IEnumerable<TestCaseData> CountryCases() =>
    [
        new TestCaseData("mosul", "IQ").SetName("CountryCode_CityInARegion_IsTheRegionsCountry"),
        new TestCaseData("iraq", "IQ").SetName("CountryCode_Country_IsItsOwnCode"),
        new TestCaseData("istanbul", "TR").SetName("CountryCode_CityInACountry_IsTheCountrysCode"),
        new TestCaseData("suwayda", "SY").SetName("CountryCode_Region_IsThePrefixOfItsSubdivisionCode"),
        new TestCaseData("atlantis-of-the-north", null).SetName("CountryCode_PlaceNotInTheGazetteer_IsNull"),
    ];

    [TestCaseSource(nameof(CountryCases))]
    public void Events_PlaceOfEvent_GivesCountryCode(string place, string? expected)
    {
        var report = new ReconciliationReport(
            articles: [Summary("a1", "River Post")],
            events: [new Event("ev-1", EventType.Attack, place: place, articles: ["a1"])]);

        var row = ReportTables.Create(report).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(row.PlaceId, Is.EqualTo(place));
            Assert.That(row.CountryCode, Is.EqualTo(expected));
        });
    }

    private static IEnumerable<TestCaseData> CodeCases() =>
    [
        new TestCaseData(EventType.Meet, null, "04", "CONSULT").SetName("Codes_TriggerMeet_Cameo04Consult"),
        new TestCaseData(EventType.Statement, null, "01", null).SetName("Codes_TriggerStatement_NoPloverCategory"),
        new TestCaseData(EventType.Fight, null, "19", "ASSAULT").SetName("Codes_TriggerFight_Cameo19Assault"),
        new TestCaseData(EventType.Other, null, null, null).SetName("Codes_TriggerOther_NoCodes"),
        new TestCaseData(EventType.Attack, "bombing", "183", "ASSAULT").SetName("Codes_StoryFrame_CodesComeFromTheLexicon"),
        new TestCaseData(EventType.Other, "earthquake", null, null).SetName("Codes_StoryFrameWithoutCameo_KeepsNull"),
    ];

    [TestCaseSource(nameof(CodeCases))]
    public void Events_TypeAndFrame_GiveCameoAndPloverCodes(EventType type, string? frame, string? cameo, string? plover)
    {
        var report = new ReconciliationReport(
            articles: [Summary("a1", "River Post")],
            events: [new Event("ev-1", type, articles: ["a1"], frame: frame, isStory: frame is not null)]);

        var row = ReportTables.Create(report).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(row.CameoCode, Is.EqualTo(cameo));
            Assert.That(row.PloverCode, Is.EqualTo(plover));
        });
    }

    private static IEnumerable<TestCaseData> DeathCases() =>
    [
        new TestCaseData(new[] { Deaths("at least 5", 5, null) }, 5L, 5L).SetName("Deaths_AtLeast_IsBothLowAndHigh"),
        new TestCaseData(new[] { Deaths("up to 10", null, 10) }, 10L, 10L).SetName("Deaths_UpTo_IsBothLowAndHigh"),
        new TestCaseData(new[] { Deaths("7", 7, 7), Deaths("between 9 and 11", 9, 11) }, 7L, 11L).SetName("Deaths_TwoOutlets_LowestAndHighest"),
        new TestCaseData(new[] { Deaths("7", 7, 7), Deaths("40", 40, 40, Polarity.Negative) }, 7L, 7L).SetName("Deaths_DeniedFigure_IsLeftOut"),
        new TestCaseData(Array.Empty<(QuantityValue, Polarity)>(), null, null).SetName("Deaths_NoClaim_IsNull"),
    ];

    [TestCaseSource(nameof(DeathCases))]
    public void Events_DeathClaims_GiveLowAndHigh((QuantityValue Value, Polarity Polarity)[] deaths, long? low, long? high)
    {
        var claims = deaths.Select((d, i) => Claim($"a{i + 1}", "ev-1", ClaimProperty.Deaths, d.Value, polarity: d.Polarity)).ToArray();
        var report = new ReconciliationReport(
            articles: [.. Enumerable.Range(1, Math.Max(1, deaths.Length)).Select(i => Summary($"a{i}", $"Outlet {i}"))],
            events: [new Event("ev-1", EventType.Kill, articles: [.. Enumerable.Range(1, Math.Max(1, deaths.Length)).Select(i => $"a{i}")])],
            claims: [.. claims]);

        var row = ReportTables.Create(report).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(row.DeathsLow, Is.EqualTo(low));
            Assert.That(row.DeathsHigh, Is.EqualTo(high));
        });
    }

    private static IEnumerable<TestCaseData> IndependenceCases() =>
    [
        new TestCaseData(new[] { ("a1", "River Post", ""), ("a2", "Hill Times", "") }, 2).SetName("Independent_TwoOutlets_CountTwice"),
        new TestCaseData(new[] { ("a1", "River Post", ""), ("a2", "River Post", "") }, 1).SetName("Independent_OneOutletTwice_CountsOnce"),
        new TestCaseData(new[] { ("a1", "River Post", "Anadolu Agency"), ("a2", "Hill Times", "Anadolu Agency") }, 1).SetName("Independent_SameRelayedAgency_CountsOnce"),
    ];

    [TestCaseSource(nameof(IndependenceCases))]
    public void Events_Articles_CountIndependentSources((string Id, string Outlet, string Relay)[] articles, int expected)
    {
        var report = new ReconciliationReport(
            articles: [.. articles.Select(a => Summary(a.Id, a.Outlet, a.Relay.Length > 0 ? [a.Relay] : []))],
            events: [new Event("ev-1", EventType.Attack, articles: [.. articles.Select(a => a.Id)])]);

        var row = ReportTables.Create(report).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(row.IndependentSources, Is.EqualTo(expected));
            Assert.That(row.ArticleCount, Is.EqualTo(articles.Length));
            Assert.That(row.Articles, Is.EqualTo(string.Join(";", articles.Select(a => a.Id))));
        });
    }

    [Test]
    public void Claims_StatusAndAttribution_FollowTheReport()
    {
        var onMonday = new TemporalValue("on Monday", new LocalDate(2025, 5, 5), new LocalDate(2025, 5, 5), TemporalGranularity.Day);
        var onTuesday = new TemporalValue("on Tuesday", new LocalDate(2025, 5, 6), new LocalDate(2025, 5, 6), TemporalGranularity.Day);
        var report = new ReconciliationReport(
            articles: [Summary("a1", "River Post"), Summary("a2", "Hill Times"), Summary("a3", "Lake Herald")],
            sources: [new Source("wire-one", "Wire One", SourceKind.WireAgency)],
            events: [new Event("ev-1", EventType.Meet, articles: ["a1", "a2", "a3"])],
            claims:
            [
                Claim("a1", "ev-1", ClaimProperty.Date, onMonday, new Attribution("the mayor", ["wire-one"]), Certainty.Probable),
                Claim("a2", "ev-1", ClaimProperty.Date, onTuesday),
                Claim("a3", "ev-1", ClaimProperty.Place, new PlaceValue("in Erbil", "erbil")),
                Claim("a1", "ev-1", ClaimProperty.Occurred, new TextValue("met"), id: "a1/c9"),
                Claim("a2", "ev-1", ClaimProperty.Occurred, new TextValue("met"), id: "a2/c9"),
            ],
            conflicts:
            [
                new Conflict("cf-1", "ev-1", ClaimProperty.Date, ConflictKind.Temporal, ConflictSeverity.Hard,
                    [new ConflictSide(onMonday, ["a1/c1"], ["a1"]), new ConflictSide(onTuesday, ["a2/c1"], ["a2"])],
                    "River Post says Monday, Hill Times Tuesday."),
            ],
            corroborations: [new Corroboration("ev-1", ClaimProperty.Occurred, new TextValue("met"), ["a1/c9", "a2/c9"], ["a1", "a2"], 2)],
            singletons: ["a3/c1"]);

        var tables = ReportTables.Create(report);
        var claims = tables.Claims.ToDictionary(c => c.ClaimId);

        Assert.Multiple(() =>
        {
            Assert.That(claims["a1/c1"].Status, Is.EqualTo("conflicting"));
            Assert.That(claims["a3/c1"].Status, Is.EqualTo("single-source"));
            Assert.That(claims["a1/c9"].Status, Is.EqualTo("corroborated"));
            Assert.That(claims["a1/c1"].Speaker, Is.EqualTo("the mayor"));
            Assert.That(claims["a1/c1"].Via, Is.EqualTo("Wire One"));
            Assert.That(claims["a1/c1"].Certainty, Is.EqualTo("probable"));
            Assert.That(claims["a1/c1"].Outlet, Is.EqualTo("River Post"));
            Assert.That(claims["a1/c1"].ValueStart, Is.EqualTo(new LocalDate(2025, 5, 5)));
            Assert.That(claims["a1/c1"].ValuePrecision, Is.EqualTo("day"));
            Assert.That(claims["a3/c1"].ValueEntity, Is.EqualTo("erbil"));
            Assert.That(tables.Conflicts.Select(c => (c.ConflictId, c.Side, c.ValueText, c.Outlets)),
                Is.EqualTo(new[] { ("cf-1", 1, "on Monday", "River Post"), ("cf-1", 2, "on Tuesday", "Hill Times") }));
            Assert.That(tables.Events.Single().ConflictCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void Events_NoOwnDate_TakeTheBestCorroboratedDate()
    {
        var onFriday = new TemporalValue("on Friday", new LocalDate(2025, 5, 9), new LocalDate(2025, 5, 9), TemporalGranularity.Day);
        var inMay = new TemporalValue("in May", new LocalDate(2025, 5, 1), new LocalDate(2025, 5, 31), TemporalGranularity.Month);
        var report = new ReconciliationReport(
            articles: [Summary("a1", "River Post"), Summary("a2", "Hill Times")],
            events: [new Event("ev-1", EventType.Agree, articles: ["a1", "a2"])],
            corroborations:
            [
                new Corroboration("ev-1", ClaimProperty.Date, inMay, ["a1/c1", "a2/c1"], ["a1", "a2"], 1),
                new Corroboration("ev-1", ClaimProperty.Date, onFriday, ["a1/c2", "a2/c2"], ["a1", "a2"], 2),
            ]);

        var row = ReportTables.Create(report).Events.Single();

        Assert.That((row.DateStart, row.DateEnd, row.DatePrecision), Is.EqualTo(((LocalDate?)onFriday.Start, (LocalDate?)onFriday.End, "day")));
    }

    [Test]
    public void Create_PipelineReportOfTwoOutlets_KillingInMosulWithCodesAndCountry()
    {
        var pipeline = NewsPipeline.CreateDefault();
        var report = pipeline.Reconcile([
            pipeline.Analyze(ArticleReader.Read(RiverPost, new ArticleMetadata("river-1", "River Post", published: new LocalDate(2025, 3, 10)))),
            pipeline.Analyze(ArticleReader.Read(HillTimes, new ArticleMetadata("hill-1", "Hill Times", published: new LocalDate(2025, 3, 10)))),
        ]);

        var tables = ReportTables.Create(report, pipeline);
        var killing = tables.Events.Where(e => e.Type == "kill" && !e.IsStory).ToList();

        Assert.That(killing, Has.Count.EqualTo(1), string.Join("\n", tables.Events));
        Assert.Multiple(() =>
        {
            Assert.That(killing[0].CameoCode, Is.EqualTo("18"));
            Assert.That(killing[0].PloverCode, Is.EqualTo("ASSAULT"));
            Assert.That(killing[0].CountryCode, Is.EqualTo("IQ"));
            Assert.That(killing[0].DateStart, Is.EqualTo(new LocalDate(2025, 3, 9)));
            Assert.That(killing[0].Outlets.Split(ReportTables.ListSeparator), Is.EquivalentTo(new[] { "River Post", "Hill Times" }));
            Assert.That(killing[0].IndependentSources, Is.EqualTo(2));
            Assert.That(tables.Claims, Has.Length.EqualTo(report.Claims.Length));
        });
    }

    private const string WireCopy = """
        BASRA - Port workers walked out on Thursday after talks over night-shift pay collapsed, the dockworkers' union said.

        The strike halted loading at two container terminals, and union leaders said they would meet port officials again
        next week to discuss the overtime rates that have been frozen since the spring.
        """;

    [TestCase(false, 2, TestName = "Independent_WireCopyUnderTwoOutletsWithoutAnalyses_CountsTwice")]
    [TestCase(true, 1, TestName = "Independent_WireCopyUnderTwoOutletsWithAnalyses_CountsOnce")]
    public void Events_WireCopy_CountsOnceOnlyWhenTheTextIsKnown(bool withAnalyses, int expected)
    {
        var pipeline = NewsPipeline.CreateDefault();
        var analyses = new[]
        {
            pipeline.Analyze(ArticleReader.Read(WireCopy, new ArticleMetadata("gulf-1", "Gulf Ledger", published: new LocalDate(2025, 4, 4)))),
            pipeline.Analyze(ArticleReader.Read(WireCopy, new ArticleMetadata("delta-1", "Delta Review", published: new LocalDate(2025, 4, 4)))),
        };
        var report = pipeline.Reconcile(analyses);

        var rows = ReportTables.Create(report, pipeline, withAnalyses ? analyses : null).Events.Where(e => e.ArticleCount == 2).ToList();

        Assert.That(rows, Is.Not.Empty, string.Join("\n", report.Events));
        Assert.That(rows.Select(r => r.IndependentSources), Is.All.EqualTo(expected));
    }

    [Test]
    public void Create_NullReport_Throws() =>
        Assert.That(() => ReportTables.Create(null!), Throws.ArgumentNullException);

    [Test]
    public void Rows_AreEqualByValue()
    {
        var report = new ReconciliationReport(articles: [Summary("a1", "River Post")], events: [new Event("ev-1", EventType.Meet, articles: ["a1"])]);

        var first = ReportTables.Create(report).Events.Single();
        var second = ReportTables.Create(report).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
            Assert.That(second with { Label = "other" }, Is.Not.EqualTo(first));
        });
    }

    private static (QuantityValue Value, Polarity Polarity) Deaths(string text, decimal? min, decimal? max, Polarity polarity = Polarity.Positive) =>
        (new QuantityValue(text, min, max, approximate: false, unit: "people"), polarity);

    private static ArticleSummary Summary(string id, string outlet, ImmutableArray<string> relays = default) =>
        new(id, outlet, title: null, published: null, ReferenceDate.Unknown, relays: relays);

    private static Claim Claim(string article, string eventId, ClaimProperty property, ClaimValue value, Attribution? attribution = null,
        Certainty certainty = Certainty.Certain, Polarity polarity = Polarity.Positive, string? id = null) =>
        new(id ?? article + "/c1", eventId, property, article, value, attribution ?? Attribution.Outlet, new Factuality(certainty, polarity),
            new Evidence(article, 0, "A sentence written for this test."));
}
