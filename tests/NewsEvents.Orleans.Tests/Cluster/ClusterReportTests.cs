using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Orleans.Tests.Support;
using Orleans.TestingHost;

namespace NewsEvents.Orleans.Tests.Cluster;

/// <summary>
/// A 3-silo cluster over TCP on loopback reconciles the seeds and a generated corpus of 2,000 articles into exactly the
/// report JSON the single-process CLI writes, whatever the order and however often articles arrive, and when a silo stops
/// mid-run. One cluster serves the fixture (starting one costs seconds); the test that stops a silo runs last.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ClusterReportTests
{
    private TestCluster? _cluster;
    private string? _storage;

    private NewsEventsClusterClient Client => _cluster!.Client.ServiceProvider.GetRequiredService<NewsEventsClusterClient>();

    [OneTimeSetUp]
    public async Task StartClusterAsync()
    {
        // The CLI's report of the generated corpus (the expected value) is computed while the silos start.
        var expected = Task.Run(() => Corpus.Generated);
        (_cluster, _storage) = await NewsEventsTestCluster.StartAsync();
        await expected;
    }

    [OneTimeTearDown]
    public Task StopClusterAsync() => NewsEventsTestCluster.StopAsync(_cluster, _storage);

    [Test]
    [Order(1)]
    public void Cluster_RunsThreeSilosOverTcp()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_cluster!.GetActiveSilos().Count(), Is.EqualTo(3));
            Assert.That(_cluster.Options.ConnectionTransport, Is.EqualTo(ConnectionTransportType.TcpSocket));
        });
    }

    [Test]
    [Order(2)]
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
    [Order(4)]
    public async Task GetReportJson_GeneratedCorpus_EqualsCliReport()
    {
        var corpus = Corpus.Generated;
        var watch = Stopwatch.StartNew();
        await Client.IngestAsync("generated", corpus.Articles);
        var ingested = watch.Elapsed;
        var json = await Client.GetReportJsonAsync("generated");
        watch.Stop();

        // The measurement behind the ratio in docs/scaling.md (run it in Release with detailed console output).
        TestContext.Out.WriteLine(
            $"{corpus.Articles.Count} articles, {Environment.ProcessorCount} cores: CLI {corpus.CliElapsed.TotalSeconds:F2} s; 3-silo cluster " +
            $"{watch.Elapsed.TotalSeconds:F2} s (ingest {ingested.TotalSeconds:F2} s, report {(watch.Elapsed - ingested).TotalSeconds:F2} s); " +
            $"cluster/CLI throughput {corpus.CliElapsed / watch.Elapsed:F2}");

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Articles, Has.Count.GreaterThanOrEqualTo(Corpus.GeneratedArticles));
            Assert.That(json, Is.EqualTo(corpus.CliReportJson));
        });
    }

    [Order(3)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task GetReportJson_SeedsShuffledAndSentTwice_EqualsCliReport(int run)
    {
        var seeds = Corpus.Seeds;
        var seed = Environment.TickCount + run;
        TestContext.Out.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var twice = seeds.Articles.Concat(seeds.Articles).OrderBy(_ => random.Next()).ToList();

        await Client.IngestAsync("seeds-twice-" + run, twice);
        var json = await Client.GetReportJsonAsync("seeds-twice-" + run);

        Assert.That(json, Is.EqualTo(seeds.CliReportJson), $"seed {seed}");
    }

    [Test]
    [Order(int.MaxValue)]
    public async Task GetReportJson_SiloStoppedMidRunShuffledAndSentTwice_EqualsCliReport()
    {
        var corpus = Corpus.Generated;
        var seed = Environment.TickCount;
        TestContext.Out.WriteLine($"seed {seed}");
        var random = new Random(seed);

        // At-least-once delivery in any order: every article twice, shuffled. The first half is stored with all three silos
        // up; one silo stops while the second half streams in, and the client sends again what the stop interrupted.
        var twice = corpus.Articles.Concat(corpus.Articles).OrderBy(_ => random.Next()).ToList();
        var half = twice.Count / 2;
        await Client.IngestAsync("failover", twice.Take(half));
        var rest = Client.IngestAsync("failover", twice.Skip(half));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var stoppedMidRun = !rest.IsCompleted;
        await _cluster!.StopSiloAsync(_cluster.SecondarySilos[0]);
        await rest;

        var json = await Client.GetReportJsonAsync("failover");

        Assert.Multiple(() =>
        {
            Assert.That(stoppedMidRun, Is.True, "the silo stopped while the second half was still being sent");
            Assert.That(_cluster.GetActiveSilos().Count(), Is.EqualTo(2));
            Assert.That(json, Is.EqualTo(corpus.CliReportJson), $"seed {seed}");
        });
    }
}
