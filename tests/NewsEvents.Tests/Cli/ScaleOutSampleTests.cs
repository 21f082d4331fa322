using System.Threading.Tasks;
using NewsEvents.Tests.Shared;

namespace NewsEvents.Tests.Cli;

/// <summary>
/// The sample of docs/scaling.md: shard the analyses by a key, build one <see cref="ReconciliationState"/> per shard in
/// parallel, merge the shards in any order, reconcile the merged state through the pipeline, and get the report the
/// single-process CLI (<c>newsevents analyze --format json</c>) writes for the same articles, byte for byte.
/// </summary>
[TestFixture]
public sealed class ScaleOutSampleTests
{
    // 40 five-article stories, two of five articles undated: enough for reference-date inference to matter.
    private const int GeneratedArticles = 200;

    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static IEnumerable<TestCaseData> Corpora()
    {
        foreach (var shards in new[] { 2, 3 })
        {
            yield return new TestCaseData("seeds", shards).SetName($"Reconcile_MergedShards_EqualsCliReport(seeds, {shards} shards)");
            yield return new TestCaseData("generated", shards).SetName($"Reconcile_MergedShards_EqualsCliReport(generated, {shards} shards)");
        }
    }

    private static (IReadOnlyList<CorpusArticle> Articles, bool WithMetadata) Corpus(string name) =>
        name == "seeds" ? (GeneratedCorpus.SeedArticles(), false) : (GeneratedCorpus.Generate(GeneratedArticles), true);

    // The shard key: the first event's type when there is one (articles about the same kind of event meet in the same
    // shard), otherwise a stable hash of the article id. Any key gives the same merged report; a good key keeps the
    // articles about one event together so each shard's own report is already meaningful.
    private static int ShardOf(ArticleAnalysis analysis, int shards)
    {
        var key = analysis.Events.IsEmpty ? analysis.Article.Id : analysis.Events[0].Type.ToString();
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)shards);
    }

    [TestCaseSource(nameof(Corpora))]
    public async Task Reconcile_MergedShards_EqualsCliReport(string corpus, int shards)
    {
        var (articles, withMetadata) = Corpus(corpus);
        var (cliJson, _) = GeneratedCorpus.RunCli(articles, withMetadata);
        var analyses = articles.Select(a => Pipeline.Analyze(ArticleReader.Read(a.Text, a.Metadata))).ToImmutableArray();

        var states = await Task.WhenAll(Enumerable.Range(0, shards).Select(shard => Task.Run(() =>
            analyses.Where(a => ShardOf(a, shards) == shard).Aggregate(ReconciliationState.Empty, (s, a) => s.Add(a)))));

        var leftFold = states.Aggregate(ReconciliationState.Empty, ReconciliationState.Merge);
        var rightFold = states.Reverse().Aggregate(ReconciliationState.Empty, (acc, s) => ReconciliationState.Merge(s, acc));
        var tree = ReconciliationState.Merge(states[^1], states[..^1].Aggregate(ReconciliationState.Empty, ReconciliationState.Merge));
        var single = Pipeline.Reconcile(analyses);

        Assert.Multiple(() =>
        {
            Assert.That(states.Sum(s => s.Count), Is.EqualTo(analyses.Length));
            Assert.That(single.Articles.Count(a => a.ReferenceDate.Basis == ReferenceDateBasis.Inferred), Is.Positive,
                "the corpus must exercise reference-date inference");
            foreach (var merged in new[] { leftFold, rightFold, tree })
            {
                var report = Pipeline.Reconcile(merged);
                Assert.That(report, Is.EqualTo(single));
                Assert.That(NewsEventsJson.Serialize(report), Is.EqualTo(cliJson));
            }
        });
    }

    [Test]
    public void Merge_EmptyIsIdentity()
    {
        var state = ReconciliationState.From(GeneratedCorpus.SeedArticles().Select(a => Pipeline.Analyze(ArticleReader.Read(a.Text, a.Metadata))));

        Assert.Multiple(() =>
        {
            Assert.That(ReconciliationState.Merge(state, ReconciliationState.Empty).Analyses, Is.EqualTo(state.Analyses));
            Assert.That(ReconciliationState.Merge(ReconciliationState.Empty, state).Analyses, Is.EqualTo(state.Analyses));
        });
    }
}
