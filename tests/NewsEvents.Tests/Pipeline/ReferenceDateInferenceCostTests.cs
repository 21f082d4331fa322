using NewsEvents.Reconciliation;
using NewsEvents.Serialization;
using System.Threading;
using NodaTime;

namespace NewsEvents.Tests.Pipeline;

/// <summary>
/// Reference-date inference analyzes an undated article once per distinct resolution of its dates, not once per candidate
/// day, and still returns the report that analyzing every candidate gives.
/// </summary>
public class ReferenceDateInferenceCostTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Test]
    public void Reconcile_CandidatesWithOneResolution_AnalyzedOnce_SameReport()
    {
        // Dated outlets put the quake on Thursday 4 September 2025; the undated ones only say "on Thursday" (no "today" or
        // "yesterday"), so every candidate from the Thursday to the Saturday resolves their dates alike.
        var day = new LocalDate(2025, 9, 5);
        var analyses = new List<ArticleAnalysis>
        {
            Analyze("a", day, "A strong earthquake struck the coast of Marlow Bay on Thursday, killing 12 people, officials said."),
            Analyze("b", day, "The earthquake that struck Marlow Bay on Thursday killed 12 people and destroyed 40 homes."),
            Analyze("c", null, "An earthquake struck Marlow Bay on Thursday, killing 12 people, the governor said."),
            Analyze("d", null, "Rescuers searched Marlow Bay after the earthquake on Thursday killed 12 people."),
        };

        var everyCandidate = 0;
        var plain = Reconciler.Reconcile(analyses, a => { Interlocked.Increment(ref everyCandidate); return Pipeline.Analyze(a); });
        var onePerResolution = 0;
        var keyed = Reconciler.Reconcile(analyses, a => { Interlocked.Increment(ref onePerResolution); return Pipeline.Analyze(a); }, Pipeline.TagTimes);

        Assert.Multiple(() =>
        {
            Assert.That(everyCandidate, Is.GreaterThan(2), "each undated article has several candidate days");
            Assert.That(onePerResolution, Is.LessThan(everyCandidate));
            Assert.That(NewsEventsJson.Serialize(keyed), Is.EqualTo(NewsEventsJson.Serialize(plain)));
            Assert.That(keyed.Articles.Single(a => a.Id == "c").ReferenceDate.Date, Is.Not.Null);
        });
    }

    [Test]
    public void Reconcile_CandidatesWithDifferentResolutions_ArticleAnalyzedAtMostTwice_SameReport()
    {
        // "yesterday" and "on Wednesday" resolve differently from every candidate day, so without re-anchoring each
        // candidate costs an analysis; with it an undated article is analyzed for its first candidate and for the winner.
        var day = new LocalDate(2025, 9, 5);
        var analyses = new List<ArticleAnalysis>
        {
            Analyze("a", day, "Floods swept through the town of Harrowgate on Thursday, killing 4 people, officials said."),
            Analyze("b", day.PlusDays(1), "The floods that hit Harrowgate on Thursday killed 4 people and forced 300 from their homes."),
            Analyze("c", null, "Floods swept through Harrowgate yesterday, killing 4 people, the mayor said on Wednesday."),
            Analyze("d", null, "Rescuers in Harrowgate searched for survivors after floods killed 4 people yesterday."),
        };

        var perCandidate = new Dictionary<string, int>(StringComparer.Ordinal);
        var plain = Reconciler.Reconcile(analyses, a => { lock (perCandidate) { perCandidate[a.Id] = perCandidate.GetValueOrDefault(a.Id) + 1; } return Pipeline.Analyze(a); });
        var reanchored = new Dictionary<string, int>(StringComparer.Ordinal);
        var report = Reconciler.Reconcile(analyses, a => { lock (reanchored) { reanchored[a.Id] = reanchored.GetValueOrDefault(a.Id) + 1; } return Pipeline.Analyze(a); },
            Pipeline.TagTimes);

        Assert.Multiple(() =>
        {
            Assert.That(perCandidate.Values, Has.Some.GreaterThan(2), "some undated article has more than two candidate days");
            Assert.That(reanchored.Values, Is.All.LessThanOrEqualTo(2));
            Assert.That(NewsEventsJson.Serialize(report), Is.EqualTo(NewsEventsJson.Serialize(plain)));
            Assert.That(report.Articles.Single(a => a.Id == "c").ReferenceDate.Date, Is.EqualTo(day));
        });
    }

    [TestCase("Rebels shelled the port of Calder yesterday, and talks resumed on Wednesday.", TestName = "Relative day and weekday")]
    [TestCase("The minister resigned last Friday; her deputy will take over on Monday.", TestName = "Last Friday and a coming Monday")]
    [TestCase("Two days ago a fire destroyed a warehouse in Dunmore; a trial opened on 3 March 2024.", TestName = "Days ago beside an absolute date")]
    public void Reanchor_AnalysisMovedToAnotherReference_DatesAsAnalyzingThere(string text)
    {
        var first = new LocalDate(2025, 3, 12);
        var from = Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata("r", published: first)));
        Assert.Multiple(() =>
        {
            for (var shift = 1; shift <= 9; shift++)
            {
                var there = ArticleReader.Read(text, new ArticleMetadata("r", published: first.PlusDays(shift)));
                var analyzed = Pipeline.Analyze(there);
                var (claims, events) = ReferenceDateInference.Reanchor(from, Pipeline.TagTimes(there));
                Assert.That(Dates(claims), Is.EqualTo(Dates(analyzed.Claims)), "claims, reference +" + shift);
                Assert.That(events.Select(e => e.Time), Is.EqualTo(analyzed.Events.Select(e => e.Time)), "event times, reference +" + shift);
            }
        });
    }

    private static List<string> Dates(IEnumerable<Claim> claims) =>
        claims.Where(c => c.Value is TemporalValue).Select(c => c.Id + " " + c.Value).ToList();

    [Test]
    public void Reconcile_UndatedArticlesDatedInParallel_SameReportAsOneAtATime()
    {
        // Eight stories in eight towns on eight days, each told by two dated outlets and three undated ones that write
        // "yesterday" or a weekday: every undated article has partners and candidates to score.
        string[] towns = ["Harrowgate", "Keddlestone", "Brimworth", "Ostlake", "Penhallow", "Ruddington", "Selbury", "Thornmere"];
        string[] hazards = ["Floods", "A fire", "A storm", "A landslide"];
        var analyses = new List<ArticleAnalysis>();
        for (var i = 0; i < towns.Length; i++)
        {
            var day = new LocalDate(2025, 9, 1).PlusDays(3 * i);
            var (town, hazard, toll) = (towns[i], hazards[i % hazards.Length], 3 + i);
            var weekday = day.DayOfWeek.ToString();
            analyses.Add(Analyze($"{i}a", day.PlusDays(1), $"{hazard} struck the town of {town} on {weekday}, killing {toll} people, officials said."));
            analyses.Add(Analyze($"{i}b", day.PlusDays(2), $"The {hazard.ToLowerInvariant().Replace("a ", "", StringComparison.Ordinal)} that hit {town} on {weekday} killed {toll} people."));
            analyses.Add(Analyze($"{i}c", null, $"{hazard} struck {town} yesterday, killing {toll} people, the mayor said."));
            analyses.Add(Analyze($"{i}d", null, $"Rescuers in {town} searched for survivors after {hazard.ToLowerInvariant()} killed {toll} people on {weekday}."));
            analyses.Add(Analyze($"{i}e", null, $"{town} mourned {toll} people killed yesterday when {hazard.ToLowerInvariant()} struck."));
        }

        var oneAtATime = Reconciler.Reconcile(analyses, Pipeline.Analyze, Pipeline.TagTimes, maxDegreeOfParallelism: 1);
        var parallel = Reconciler.Reconcile(analyses, Pipeline.Analyze, Pipeline.TagTimes, maxDegreeOfParallelism: 4);
        var viaPipeline = NewsPipeline.CreateBuilder().UseParallelism(3).Build().Reconcile(analyses);

        Assert.Multiple(() =>
        {
            Assert.That(oneAtATime.Articles.Count(a => a.ReferenceDate.Basis == ReferenceDateBasis.Inferred && a.ReferenceDate.Date is not null),
                Is.GreaterThanOrEqualTo(towns.Length), "undated articles are dated from their partners");
            Assert.That(NewsEventsJson.Serialize(parallel), Is.EqualTo(NewsEventsJson.Serialize(oneAtATime)));
            Assert.That(NewsEventsJson.Serialize(viaPipeline), Is.EqualTo(NewsEventsJson.Serialize(oneAtATime)));
        });
    }

    private static ArticleAnalysis Analyze(string id, LocalDate? published, string text) =>
        Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: published)));
}
