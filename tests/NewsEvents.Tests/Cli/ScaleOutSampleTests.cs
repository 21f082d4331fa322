using System.Threading.Tasks;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Cli;

/// <summary>
/// The sample of docs/scaling.md: shard the analyses by a key, build one <see cref="ReconciliationState"/> per shard in
/// parallel, merge the shards in any order, and get the report a single state gives.
/// </summary>
[TestFixture]
public sealed class ScaleOutSampleTests
{
    private static ImmutableArray<ArticleAnalysis> Analyses()
    {
        var pipeline = NewsPipeline.CreateDefault();
        return Seeds.All().Select(s => pipeline.Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id)))).ToImmutableArray();
    }

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

    [TestCase(2)]
    [TestCase(3)]
    public async Task MergeShards_AnyOrder_EqualsSingleState(int shards)
    {
        var analyses = Analyses();
        var single = ReconciliationState.From(analyses).ToReport();

        var states = await Task.WhenAll(Enumerable.Range(0, shards).Select(shard => Task.Run(() =>
            analyses.Where(a => ShardOf(a, shards) == shard).Aggregate(ReconciliationState.Empty, (s, a) => s.Add(a)))));

        var leftFold = states.Aggregate(ReconciliationState.Empty, ReconciliationState.Merge);
        var rightFold = states.Reverse().Aggregate(ReconciliationState.Empty, (acc, s) => ReconciliationState.Merge(s, acc));
        var tree = ReconciliationState.Merge(states[^1], states[..^1].Aggregate(ReconciliationState.Empty, ReconciliationState.Merge));

        Assert.Multiple(() =>
        {
            Assert.That(states.Sum(s => s.Count), Is.EqualTo(analyses.Length));
            foreach (var merged in new[] { leftFold, rightFold, tree })
            {
                Assert.That(merged.ToReport(), Is.EqualTo(single));
                Assert.That(NewsEventsJson.Serialize(merged.ToReport()), Is.EqualTo(NewsEventsJson.Serialize(single)));
            }
        });
    }

    [Test]
    public void Merge_EmptyIsIdentity()
    {
        var state = ReconciliationState.From(Analyses());

        Assert.Multiple(() =>
        {
            Assert.That(ReconciliationState.Merge(state, ReconciliationState.Empty).ToReport(), Is.EqualTo(state.ToReport()));
            Assert.That(ReconciliationState.Merge(ReconciliationState.Empty, state).ToReport(), Is.EqualTo(state.ToReport()));
        });
    }
}
