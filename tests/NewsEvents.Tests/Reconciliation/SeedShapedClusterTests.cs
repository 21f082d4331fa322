using NewsEvents.Reconciliation;
using static NewsEvents.Tests.Reconciliation.AnalysisBuilder;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>Five analyses shaped like the seed articles: an announcement dated 23/7 by three and 24/7 by one, ceasefire terms, clashes.</summary>
public sealed class SeedShapedClusterTests
{
    private const string Announcement = "announcement";

    private static AnalysisBuilder World(string id, string source, ReferenceDate reference) =>
        new AnalysisBuilder(id, source, reference: reference)
            .Actor("turkey", "Turkey", ActorKind.State, null, "Türkiye", "Ankara")
            .Actor("turkey-defense-ministry", "Turkish Ministry of National Defense", ActorKind.Government, "turkey")
            .Actor("syria", "Syria", ActorKind.State, null, "Damascus")
            .Actor("druze", "Druze", ActorKind.Group)
            .Actor("bedouin", "Bedouin tribes", ActorKind.Group)
            .Place("syria", "Syria", PlaceKind.Country)
            .Place("suwayda", "Suwayda", PlaceKind.Region, "syria", "Sweida")
            .Event("request", EventType.RequestSupport, null, null, null, ("syria", ParticipantRole.Agent), ("turkey", ParticipantRole.Recipient))
            .Claim("request", ClaimProperty.Occurred, new TextValue("requested"), $"Syria requested Turkish support ({id})");

    private static ReferenceDate Dated(int day) => new(new LocalDate(2025, 7, day), ReferenceDateBasis.Dateline, evidence: "header");

    private static ArticleAnalysis A000() =>
        World("000", "Outlet Zero", ReferenceDate.Unknown)
            .Event(Announcement, EventType.Statement, null, null, null, ("turkey-defense-ministry", ParticipantRole.Agent))
            .Event("ceasefire", EventType.Ceasefire, null, "suwayda", null, ("syria", ParticipantRole.Agent), ("druze", ParticipantRole.Target))
            .Claim("ceasefire", ClaimProperty.Terms, Terms("refrain from entering the province", "government-forces enter suwayda", Polarity.Negative),
                "the Syrian government agreed to refrain from entering the province")
            .Event("clashes", EventType.Fight, Days(new LocalDate(2025, 7, 13), new LocalDate(2025, 7, 21), "from July 13 to 21"), "suwayda", null,
                ("druze", ParticipantRole.Agent), ("bedouin", ParticipantRole.Target))
            .Claim("clashes", ClaimProperty.Date, Days(new LocalDate(2025, 7, 13), new LocalDate(2025, 7, 21), "from July 13 to 21"), "clashes from July 13 to 21")
            .Build();

    private static ArticleAnalysis A001() =>
        World("001", "VnExpress", new ReferenceDate(null, ReferenceDateBasis.Inferred, 2025))
            .Event(Announcement, EventType.Statement, Day(2025, 7, 23, "on 23/7"), null, null, ("turkey-defense-ministry", ParticipantRole.Agent))
            .Claim(Announcement, ClaimProperty.Date, Day(2025, 7, 23, "on 23/7"), "said on 23/7")
            .Event("ceasefire", EventType.Ceasefire, Day(2025, 7, 19, "on 19/7"), "suwayda", null, ("syria", ParticipantRole.Agent))
            .Claim("ceasefire", ClaimProperty.Date, Day(2025, 7, 19, "on 19/7"), "ceasefire on 19/7")
            .Claim("ceasefire", ClaimProperty.Terms, Terms("allowing forces to enter Sweida", "government-forces enter suwayda", Polarity.Positive),
                "allowing Syrian government forces to enter Sweida")
            .Build();

    /// <summary>The undated article: its dates are weekdays, so they depend on the reference date it is analyzed with.</summary>
    private static ArticleAnalysis A002(LocalDate reference, ReferenceDate referenceDate)
    {
        var wednesday = reference.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Wednesday));
        var saturday = reference.With(DateAdjusters.Previous(IsoDayOfWeek.Saturday));
        var confirmed = Day(wednesday.Year, wednesday.Month, wednesday.Day, "on Wednesday", weekday: true);
        var lastSaturday = Day(saturday.Year, saturday.Month, saturday.Day, "last Saturday", weekday: true);
        return World("002", "Outlet Two", referenceDate)
            .Event(Announcement, EventType.Statement, confirmed, null, null, ("turkey-defense-ministry", ParticipantRole.Agent))
            .Claim(Announcement, ClaimProperty.Date, confirmed, "confirmed on Wednesday")
            .Event("ceasefire", EventType.Ceasefire, lastSaturday, "suwayda", null, ("syria", ParticipantRole.Agent), ("druze", ParticipantRole.Target))
            .Claim("ceasefire", ClaimProperty.Date, lastSaturday, "A ceasefire was reached last Saturday")
            .Event("clashes", EventType.Fight, Day(2025, 7, 13, "on July 13"), "suwayda", null, ("druze", ParticipantRole.Agent))
            .Claim("clashes", ClaimProperty.Date, Day(2025, 7, 13, "on July 13"), "clashes erupted on July 13")
            .Mention(Day(2024, 12, 8, "December 8, 2024"))
            .Mention(confirmed)
            .Build();
    }

    private static ArticleAnalysis A003() =>
        World("003", "Outlet Three", Dated(23))
            .Event(Announcement, EventType.Statement, Day(2025, 7, 24, "on July 24"), null, null, ("turkey-defense-ministry", ParticipantRole.Agent))
            .Claim(Announcement, ClaimProperty.Date, Day(2025, 7, 24, "on July 24"), "at a weekly briefing on July 24")
            .Build();

    private static ArticleAnalysis A004() =>
        World("004", "Outlet Four", Dated(23))
            .Event(Announcement, EventType.Statement, Day(2025, 7, 23, "on Wednesday", weekday: true), null, null, ("turkey-defense-ministry", ParticipantRole.Agent))
            .Claim(Announcement, ClaimProperty.Date, Day(2025, 7, 23, "on Wednesday", weekday: true), "announced on Wednesday")
            .Build();

    // What the pipeline would produce for 002 before inference: analyzed against an arbitrary default reference.
    private static ArticleAnalysis Undated002() => A002(new LocalDate(2025, 1, 1), ReferenceDate.Unknown);

    private static ArticleAnalysis Reanalyze(Article article) =>
        article.Id == "002" && article.ReferenceDate.Date is { } d
            ? A002(d, article.ReferenceDate)
            : throw new AssertionException("only the undated article with a candidate date may be re-analyzed, got " + article);

    private static ReconciliationReport Report() =>
        Reconciler.Reconcile([A000(), A001(), Undated002(), A003(), A004()], Reanalyze);

    [Test]
    public void Reconcile_Seeds_UndatedArticleGetsInferredReferenceDate()
    {
        var reference = Report().Articles.Single(a => a.Id == "002").ReferenceDate;
        Assert.Multiple(() =>
        {
            Assert.That(reference.Date, Is.EqualTo(new LocalDate(2025, 7, 23)));
            Assert.That(reference.Basis, Is.EqualTo(ReferenceDateBasis.Inferred));
            Assert.That(reference.Evidence, Does.Contain("003").And.Contain("004"));
        });
    }

    [Test]
    public void Reconcile_Seeds_ExactlyOneTemporalConflictWithThreeAgainstOne()
    {
        var temporal = Report().Conflicts.Where(c => c.Kind == ConflictKind.Temporal).ToList();
        Assert.That(temporal, Has.Count.EqualTo(1), () => string.Join("\n", temporal));
        var conflict = temporal[0];
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Sides.Select(s => s.Articles.ToArray()), Is.EqualTo(new[] { new[] { "001", "002", "004" }, new[] { "003" } }));
            Assert.That(conflict.Sides.Select(s => ((TemporalValue)s.Value).Start), Is.EqualTo(new[] { new LocalDate(2025, 7, 23), new LocalDate(2025, 7, 24) }));
            Assert.That(conflict.Severity, Is.EqualTo(ConflictSeverity.Hard));
            Assert.That(conflict.Explanation, Does.Contain("23 July 2025").And.Contain("24 July 2025").And.Contain("artefact"));
        });
    }

    [Test]
    public void Reconcile_Seeds_CeasefireTermsConflict()
    {
        var terms = Report().Conflicts.Where(c => c.Kind == ConflictKind.Terms).ToList();
        Assert.That(terms, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(terms[0].Sides.SelectMany(s => s.Articles), Is.EquivalentTo(new[] { "000", "001" }));
            Assert.That(terms[0].Severity, Is.EqualTo(ConflictSeverity.Hard));
        });
    }

    [Test]
    public void Reconcile_Seeds_OnlyTheTwoExpectedConflicts()
    {
        var report = Report();
        Assert.That(report.Conflicts.Select(c => c.Kind).Order(), Is.EqualTo(new[] { ConflictKind.Temporal, ConflictKind.Terms }),
            () => string.Join("\n", report.Conflicts));
    }

    [Test]
    public void Reconcile_Seeds_ClashesRangeAndStartDayCorroborated()
    {
        var report = Report();
        var clashes = report.Events.Single(e => e.Type == EventType.Fight);
        var corroboration = report.Corroborations.Single(c => c.EventId == clashes.Id && c.Property == ClaimProperty.Date);
        Assert.Multiple(() =>
        {
            Assert.That(corroboration.Articles, Is.EqualTo(new[] { "000", "002" }));
            Assert.That(((TemporalValue)corroboration.Value).Start, Is.EqualTo(new LocalDate(2025, 7, 13)));
            Assert.That(((TemporalValue)corroboration.Value).End, Is.EqualTo(new LocalDate(2025, 7, 13)));
        });
    }

    [Test]
    public void Reconcile_Seeds_CeasefireDateCorroboratedAfterReanchoring()
    {
        var report = Report();
        var ceasefire = report.Events.Single(e => e.Type == EventType.Ceasefire);
        var corroboration = report.Corroborations.Single(c => c.EventId == ceasefire.Id && c.Property == ClaimProperty.Date);
        Assert.That(corroboration.Articles, Is.EqualTo(new[] { "001", "002" }));
    }

    [Test]
    public void Reconcile_Seeds_RequestCorroboratedByAllFive()
    {
        var report = Report();
        var request = report.Events.Single(e => e.Type == EventType.RequestSupport);
        var occurred = report.Corroborations.Single(c => c.EventId == request.Id && c.Property == ClaimProperty.Occurred);
        Assert.Multiple(() =>
        {
            Assert.That(occurred.Articles, Has.Length.EqualTo(5));
            Assert.That(report.Claims.Where(c => c.Property == ClaimProperty.Occurred).Select(c => c.EventId).Distinct(), Is.EqualTo(new[] { request.Id }));
        });
    }

    [Test]
    public void Reconcile_SeedsWithoutReanalyze_NoReanchoringAndNoDateFromCluster()
    {
        var report = Reconciler.Reconcile([A000(), A001(), Undated002(), A003(), A004()], null);
        var reference = report.Articles.Single(a => a.Id == "002").ReferenceDate;
        Assert.Multiple(() =>
        {
            Assert.That(reference.Date, Is.Null);
            Assert.That(reference.Year, Is.EqualTo(2024), "year bound from the latest absolute date written in the text");
            Assert.That(reference.Basis, Is.EqualTo(ReferenceDateBasis.Inferred));
        });
    }

    [Test]
    public void Reconcile_Seeds_ReportIsIndependentOfInputOrder()
    {
        var forward = Report();
        var backward = Reconciler.Reconcile([A004(), A003(), Undated002(), A001(), A000()], Reanalyze);
        Assert.That(backward, Is.EqualTo(forward));
    }

    [Test]
    public void ToText_Seeds_PrintsForInspection()
    {
        var text = ReportRenderer.ToText(Report());
        TestContext.Out.WriteLine(text);
        Assert.That(text, Does.Contain("at a weekly briefing on July 24").And.Contain("confirmed on Wednesday"));
    }
}
