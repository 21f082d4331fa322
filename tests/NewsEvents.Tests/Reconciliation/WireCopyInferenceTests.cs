using NewsEvents.Reconciliation;
using NodaTime;
using static NewsEvents.Tests.Reconciliation.AnalysisBuilder;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Reference-date inference when many dated partners are copies of one another (a wire story carried by many outlets):
/// copies are scored once but count as many partners, so the inferred date is what scoring every copy would give.
/// </summary>
public sealed class WireCopyInferenceTests
{
    private static AnalysisBuilder World(string id, ReferenceDate reference) =>
        new AnalysisBuilder(id, "Outlet " + id, reference: reference)
            .Actor("rebels", "Northern rebels", ActorKind.Group)
            .Actor("army", "Army", ActorKind.Government)
            .Place("valley", "Green Valley", PlaceKind.Region);

    private static ReferenceDate Published(LocalDate day) => new(day, ReferenceDateBasis.Metadata);

    // A dated partner: the ambush happened on the given day.
    private static ArticleAnalysis Partner(string id, LocalDate published, LocalDate ambush) =>
        World(id, Published(published))
            .Event("ambush", EventType.Fight, Day(ambush.Year, ambush.Month, ambush.Day, "on " + ambush.DayOfWeek), "valley", null,
                ("rebels", ParticipantRole.Agent), ("army", ParticipantRole.Target))
            .Claim("ambush", ClaimProperty.Date, Day(ambush.Year, ambush.Month, ambush.Day, "on " + ambush.DayOfWeek), "the ambush on " + ambush.DayOfWeek)
            .Build();

    // The undated article says "yesterday": its ambush is the day before whatever reference date it is given.
    private static ArticleAnalysis Undated(LocalDate reference, ReferenceDate referenceDate)
    {
        var yesterday = reference.PlusDays(-1);
        var value = Day(yesterday.Year, yesterday.Month, yesterday.Day, "yesterday", weekday: true);
        return World("undated", referenceDate)
            .Event("ambush", EventType.Fight, value, "valley", null, ("rebels", ParticipantRole.Agent), ("army", ParticipantRole.Target))
            .Claim("ambush", ClaimProperty.Date, value, "the ambush yesterday")
            .Mention(value)
            .Build();
    }

    private static ArticleAnalysis Reanalyze(Article article) =>
        article.Id == "undated" && article.ReferenceDate.Date is { } d
            ? Undated(d, article.ReferenceDate)
            : throw new AssertionException("only the undated article may be re-analyzed, got " + article);

    private static readonly LocalDate Early = new(2024, 3, 4);
    // A day apart, within the linker's tolerance, so that all the ambushes link as one event and the votes decide.
    private static readonly LocalDate Late = new(2024, 3, 5);

    // The undated article after inference, among one outlet per early partner and the given number of late copies.
    private static Article Dated(int earlyOutlets, int lateCopies)
    {
        var analyses = new List<ArticleAnalysis> { Undated(new LocalDate(2024, 1, 1), ReferenceDate.Unknown) };
        for (var i = 0; i < earlyOutlets; i++)
        {
            analyses.Add(Partner("early" + i, Early.PlusDays(1), Early));
        }

        for (var i = 0; i < lateCopies; i++)
        {
            analyses.Add(Partner("copy" + i, Late.PlusDays(1), Late));
        }

        return Reconciler.InferReferenceDates(Reconciler.Distinct(analyses), Reanalyze).Single(a => a.Article.Id == "undated").Article;
    }

    private static LocalDate? Inferred(int earlyOutlets, int lateCopies) => Dated(earlyOutlets, lateCopies).ReferenceDate.Date;

    private static string? Evidence(int earlyOutlets, int lateCopies) => Dated(earlyOutlets, lateCopies).ReferenceDate.Evidence;

    [TestCase(2, 1, "cluster: events shared with copy0, early0, early1 (4 candidate dates)",
        TestName = "Evidence names every partner, by id, when there are few")]
    [TestCase(3, 7, "cluster: events shared with copy0, copy1, copy2, copy3, copy4, copy5, copy6, early0, early1, early2 (4 candidate dates)",
        TestName = "Evidence names ten partners without counting the rest")]
    [TestCase(3, 30, "cluster: events shared with copy0, copy1, copy10, copy11, copy12, copy13, copy14, copy15, copy16, copy17 and 23 more articles (4 candidate dates)",
        TestName = "Evidence names the first ten partners by id and counts the others")]
    [TestCase(0, 1234, "cluster: events shared with copy0, copy1, copy10, copy100, copy1000, copy1001, copy1002, copy1003, copy1004, copy1005 and 1,224 more articles (3 candidate dates)",
        TestName = "A hot story's count is written with a group separator")]
    public void InferReferenceDates_EvidenceNamesTenPartners(int earlyOutlets, int lateCopies, string expected)
    {
        Assert.That(Evidence(earlyOutlets, lateCopies), Is.EqualTo(expected));
    }

    [TestCase(1, 2, "2024-03-06", TestName = "Two copies outvote one outlet, though the tie-break would favour the earlier day")]
    [TestCase(1, 30, "2024-03-06", TestName = "Thirty copies outvote one outlet")]
    [TestCase(3, 2, "2024-03-05", TestName = "Three different outlets outvote two copies")]
    [TestCase(1, 1, "2024-03-05", TestName = "One against one: the earliest candidate wins the tie")]
    public void InferReferenceDates_CopiesCountAsManyPartners(int earlyOutlets, int lateCopies, string expected)
    {
        Assert.That(Inferred(earlyOutlets, lateCopies), Is.EqualTo(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value));
    }
}
