using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Orleans.Tests.Support;
using Orleans.TestingHost;

namespace NewsEvents.Orleans.Tests.Cluster;

/// <summary>
/// A 3-silo cluster over TCP on loopback reconciles the seeds and a generated corpus of 2,000 articles into exactly the
/// report JSON the single-process CLI writes, whatever the order and however often articles arrive.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ClusterReportTests
{
    private TestCluster? _cluster;
    private string? _storage;

    private NewsEventsClusterClient Client => _cluster!.Client.ServiceProvider.GetRequiredService<NewsEventsClusterClient>();

    [OneTimeSetUp]
    public async Task StartClusterAsync() => (_cluster, _storage) = await NewsEventsTestCluster.StartAsync();

    [OneTimeTearDown]
    public Task StopClusterAsync() => NewsEventsTestCluster.StopAsync(_cluster, _storage);

    [Test]
    public void Cluster_RunsThreeSilosOverTcp()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_cluster!.GetActiveSilos().Count(), Is.EqualTo(3));
            Assert.That(_cluster.Options.ConnectionTransport, Is.EqualTo(ConnectionTransportType.TcpSocket));
        });
    }

    [Test]
    public async Task GetReportJson_Seeds_EqualsCliReport()
    {
        var seeds = Corpus.Seeds;
        await Client.IngestAsync("seeds", seeds.Articles);

        var json = await Client.GetReportJsonAsync("seeds");
        var report = await Client.GetReportAsync("seeds");

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo(seeds.CliReportJson));
            Assert.That(NewsEventsJson.Serialize(report), Is.EqualTo(seeds.CliReportJson), "the report object, shipped to the client");
            Assert.That(report.Articles.Any(a => a.ReferenceDate.Basis == ReferenceDateBasis.Inferred), Is.True, "reference dates inferred");
        });
    }

    [Test]
    public async Task GetReportJson_GeneratedCorpus_EqualsCliReport()
    {
        var corpus = Corpus.Generated;
        var watch = Stopwatch.StartNew();
        await Client.IngestAsync("generated", corpus.Articles);
        var ingested = watch.Elapsed;
        var json = await Client.GetReportJsonAsync("generated");
        watch.Stop();

        // The throughput ratio docs/scaling.md reports: the same articles, analyzed and reconciled by the CLI in one process.
        TestContext.Out.WriteLine(
            $"{corpus.Articles.Count} articles: 3-silo cluster {watch.Elapsed.TotalSeconds:F2} s (ingest {ingested.TotalSeconds:F2} s, " +
            $"report {(watch.Elapsed - ingested).TotalSeconds:F2} s); CLI {corpus.CliElapsed.TotalSeconds:F2} s; " +
            $"cluster/CLI throughput {corpus.CliElapsed / watch.Elapsed:F2}");
        Assert.Multiple(() =>
        {
            Assert.That(corpus.Articles, Has.Count.GreaterThanOrEqualTo(Corpus.GeneratedArticles));
            Assert.That(json, Is.EqualTo(corpus.CliReportJson));
        });
    }

    [Test]
    public async Task GetReportJson_ShuffledAndSentTwice_EqualsCliReport()
    {
        var corpus = Corpus.Generated;
        var seed = Environment.TickCount;
        TestContext.Out.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var twice = corpus.Articles.Concat(corpus.Articles).OrderBy(_ => random.Next()).ToList();

        await Client.IngestAsync("shuffled", twice);
        var json = await Client.GetReportJsonAsync("shuffled");

        Assert.That(json, Is.EqualTo(corpus.CliReportJson), $"seed {seed}");
    }
}
