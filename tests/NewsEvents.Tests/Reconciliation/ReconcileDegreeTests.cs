using NewsEvents.Reconciliation;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Reconciliation runs its independent parts (story linking, merges, per-article claim rewriting, per-group comparison,
/// mention coreference) on several threads: the report must not depend on how many.
/// </summary>
public sealed class ReconcileDegreeTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Test]
    public void Reconcile_ManyCopiesOfTheSeeds_SameReportForEveryDegree()
    {
        // 150 articles: every seed under 30 ids, a third of them undated, so the merges, the comparison groups and the
        // per-article work are cut into many pieces.
        var analyses = new List<ArticleAnalysis>();
        var seeds = Seeds.All();
        for (var copy = 0; copy < 30; copy++)
        {
            foreach (var (id, text) in seeds)
            {
                var published = copy % 3 == 2 ? (LocalDate?)null : new LocalDate(2025, 7, 20).PlusDays(copy % 5);
                analyses.Add(Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata($"{id}-{copy:00}", "Outlet " + (copy % 7), published: published))));
            }
        }

        var expected = NewsEventsJson.Serialize(Reconciler.Reconcile(analyses, Pipeline.Analyze, Pipeline.TagTimes, maxDegreeOfParallelism: 1));
        Assert.Multiple(() =>
        {
            foreach (var degree in new[] { 2, 3, 8 })
            {
                var report = Reconciler.Reconcile(analyses, Pipeline.Analyze, Pipeline.TagTimes, maxDegreeOfParallelism: degree);
                Assert.That(NewsEventsJson.Serialize(report), Is.EqualTo(expected), $"degree {degree}");
            }
        });
    }
}
