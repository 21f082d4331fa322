using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace NewsEvents.Orleans.Tests.Support;

/// <summary>Configures each test silo: NewsEvents grains over file storage in the folder the cluster's properties name.</summary>
internal sealed class NewsEventsSiloConfigurator : ISiloConfigurator
{
    public const string StorageFolderKey = "NewsEventsTests:StorageFolder";

    public void Configure(ISiloBuilder siloBuilder)
    {
        var folder = siloBuilder.Configuration[StorageFolderKey] ?? throw new InvalidOperationException($"{StorageFolderKey} is not set");
        siloBuilder.Services.AddGrainStorage(NewsEventsOrleansOptions.DefaultStorageName,
            (provider, _) => new FileGrainStorage(folder, provider.GetRequiredService<Serializer>()));
        siloBuilder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        siloBuilder.AddNewsEvents();

        // A report of thousands of articles takes longer than Orleans' default 30 s response timeout on two shared cores.
        siloBuilder.Services.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ReportTimeout);
    }

    public static TimeSpan ReportTimeout { get; } = TimeSpan.FromMinutes(3);
}

/// <summary>Configures the test cluster's client.</summary>
internal sealed class NewsEventsClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        clientBuilder.AddNewsEvents();
        clientBuilder.Services.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = NewsEventsSiloConfigurator.ReportTimeout);
    }
}

/// <summary>Starts a 3-silo cluster over real TCP sockets on loopback, with storage in a temporary folder.</summary>
internal static class NewsEventsTestCluster
{
    public static async Task<(TestCluster Cluster, string StorageFolder)> StartAsync(short silos = 3)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsevents-orleans-" + Guid.NewGuid().ToString("N"));
        var builder = new TestClusterBuilder(silos);
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[NewsEventsSiloConfigurator.StorageFolderKey] = folder;
        builder.AddSiloBuilderConfigurator<NewsEventsSiloConfigurator>();
        builder.AddClientBuilderConfigurator<NewsEventsClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return (cluster, folder);
    }

    public static async Task StopAsync(TestCluster? cluster, string? folder)
    {
        if (cluster is not null)
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }

        if (folder is not null && System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
