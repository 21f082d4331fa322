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
        var keyed = Reconciler.Reconcile(analyses, a => { Interlocked.Increment(ref onePerResolution); return Pipeline.Analyze(a); }, Pipeline.DatesOf);

        Assert.Multiple(() =>
        {
            Assert.That(everyCandidate, Is.GreaterThan(2), "each undated article has several candidate days");
            Assert.That(onePerResolution, Is.LessThan(everyCandidate));
            Assert.That(NewsEventsJson.Serialize(keyed), Is.EqualTo(NewsEventsJson.Serialize(plain)));
            Assert.That(keyed.Articles.Single(a => a.Id == "c").ReferenceDate.Date, Is.Not.Null);
        });
    }

    private static ArticleAnalysis Analyze(string id, LocalDate? published, string text) =>
        Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: published)));
}
