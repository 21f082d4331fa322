using NewsEvents.Orleans.Tests.Support;

namespace NewsEvents.Orleans.Tests.Cluster;

[TestFixture]
[Explicit("timing probe")]
public sealed class CorpusTimingProbe
{
    [Test]
    public void Probe()
    {
        var run = Corpus.Generated;
        TestContext.Out.WriteLine($"CLI {run.CliElapsed.TotalSeconds:F2} s, json {run.CliReportJson.Length} chars");
        var pipeline = NewsPipeline.CreateDefault();
        var w = System.Diagnostics.Stopwatch.StartNew();
        var analyses = run.Articles.Select(a => pipeline.Analyze(ArticleReader.Read(a.Text, a.Metadata))).ToList();
        TestContext.Out.WriteLine($"analyze {w.Elapsed.TotalSeconds:F2} s");
        w.Restart();
        var jsons = analyses.Select(a => NewsEventsJson.Serialize(a, indented: false)).ToList();
        TestContext.Out.WriteLine($"serialize {w.Elapsed.TotalSeconds:F2} s, avg {jsons.Average(j => j.Length):F0} chars");
        w.Restart();
        var back = jsons.Select(NewsEventsJson.Deserialize<ArticleAnalysis>).ToList();
        TestContext.Out.WriteLine($"deserialize {w.Elapsed.TotalSeconds:F2} s");
        w.Restart();
        var report = pipeline.Reconcile(ReconciliationState.From(back));
        TestContext.Out.WriteLine($"reconcile {w.Elapsed.TotalSeconds:F2} s");
        var keys = analyses.GroupBy(a => NewsEvents.Orleans.Grains.StoryKey.BlockingKey(a)).Select(g => g.Count()).OrderDescending().ToList();
        TestContext.Out.WriteLine($"shards {keys.Count}, largest {string.Join(",", keys.Take(10))}");
    }
}
