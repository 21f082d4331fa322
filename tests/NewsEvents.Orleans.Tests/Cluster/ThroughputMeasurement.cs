using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Orleans.Tests.Support;

namespace NewsEvents.Orleans.Tests.Cluster;

/// <summary>
/// The measurement behind the ratio in docs/scaling.md: the generated corpus through the CLI in one process, then through
/// a 3-silo cluster on the same machine, one after the other so they do not share the cores.
/// </summary>
[TestFixture]
[Explicit("a measurement for docs/scaling.md, not a check: dotnet test -c Release --filter FullyQualifiedName~ThroughputMeasurement")]
public sealed class ThroughputMeasurement
{
    [Test]
    public async Task Throughput_GeneratedCorpus_ClusterVersusSingleProcess()
    {
        var corpus = Corpus.Generated;
        var (cluster, storage) = await NewsEventsTestCluster.StartAsync();
        try
        {
            var client = cluster.Client.ServiceProvider.GetRequiredService<NewsEventsClusterClient>();
            var watch = Stopwatch.StartNew();
            await client.IngestAsync("throughput", corpus.Articles);
            var ingested = watch.Elapsed;
            var json = await client.GetReportJsonAsync("throughput");
            watch.Stop();
            TestContext.Out.WriteLine(
                $"{corpus.Articles.Count} articles, {Environment.ProcessorCount} cores: CLI {corpus.CliElapsed.TotalSeconds:F2} s " +
                $"({corpus.Articles.Count / corpus.CliElapsed.TotalSeconds:F0} articles/s); 3-silo cluster {watch.Elapsed.TotalSeconds:F2} s " +
                $"(ingest {ingested.TotalSeconds:F2} s, report {(watch.Elapsed - ingested).TotalSeconds:F2} s, " +
                $"{corpus.Articles.Count / watch.Elapsed.TotalSeconds:F0} articles/s); cluster/CLI throughput {corpus.CliElapsed / watch.Elapsed:F2}");
            var shards = await cluster.Client.GetGrain<NewsEvents.Orleans.Grains.IStoryDirectoryGrain>("throughput").GetShardsAsync();
            var sizes = new List<int>();
            foreach (var shard in shards)
            {
                sizes.Add((await cluster.Client.GetGrain<NewsEvents.Orleans.Grains.IStoryShardGrain>(shard).GetStateAsync()).Count);
            }

            var analysisBytes = corpus.Articles.Take(50).Select(a => NewsEventsJson.Serialize(
                NewsPipeline.CreateDefault().Analyze(ArticleReader.Read(a.Text, a.Metadata)), indented: false).Length).Average();
            TestContext.Out.WriteLine($"{shards.Length} story shards, sizes {string.Join(" ", sizes.OrderDescending())}; " +
                $"text {corpus.Articles.Average(a => a.Text.Length):F0} chars/article, analysis JSON {analysisBytes:F0} chars/article, " +
                $"report JSON {json.Length / corpus.Articles.Count} chars/article");
            Assert.That(json, Is.EqualTo(corpus.CliReportJson));
        }
        finally
        {
            await NewsEventsTestCluster.StopAsync(cluster, storage);
        }
    }
}
