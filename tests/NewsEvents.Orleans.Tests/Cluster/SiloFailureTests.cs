using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Orleans.Tests.Support;
using Orleans.TestingHost;

namespace NewsEvents.Orleans.Tests.Cluster;

/// <summary>One of three silos stops while articles stream in: nothing is lost, nothing is counted twice.</summary>
[TestFixture]
[NonParallelizable]
public sealed class SiloFailureTests
{
    private TestCluster? _cluster;
    private string? _storage;

    [OneTimeSetUp]
    public async Task StartClusterAsync() => (_cluster, _storage) = await NewsEventsTestCluster.StartAsync();

    [OneTimeTearDown]
    public Task StopClusterAsync() => NewsEventsTestCluster.StopAsync(_cluster, _storage);

    [Test]
    public async Task GetReportJson_SiloStoppedMidRun_EqualsCliReport()
    {
        var corpus = Corpus.Generated;
        var client = _cluster!.Client.ServiceProvider.GetRequiredService<NewsEventsClusterClient>();
        var half = corpus.Articles.Count / 2;

        // The first half is stored on all three silos; the silo stops while the second half streams in.
        await client.IngestAsync("failover", corpus.Articles.Take(half));
        var rest = client.IngestAsync("failover", corpus.Articles.Skip(half));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await _cluster.StopSiloAsync(_cluster.SecondarySilos[0]);
        await rest;

        var json = await client.GetReportJsonAsync("failover");

        Assert.Multiple(() =>
        {
            Assert.That(_cluster.GetActiveSilos().Count(), Is.EqualTo(2));
            Assert.That(json, Is.EqualTo(corpus.CliReportJson));
        });
    }
}
