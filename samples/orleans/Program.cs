using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsEvents;
using NewsEvents.Orleans;
using Orleans.Hosting;

// A one-machine NewsEvents cluster: one silo with localhost clustering and in-memory grain storage. It reads the articles
// of a folder (the repository's seeds/ by default), sends them through the grains and prints the reconciliation report.
//   dotnet run --project samples/orleans [-- <folder>] [--json] [--serve]
// --serve keeps the silo running (Ctrl-C stops it), so that more silos or clients can join on localhost.
var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo =>
{
    // One machine. For many, replace these two lines with a clustering provider and a durable storage (see README.md).
    silo.UseLocalhostClustering();
    silo.AddMemoryGrainStorage(NewsEventsOrleansOptions.DefaultStorageName);
    silo.AddNewsEvents();
});

using var host = builder.Build();
await host.StartAsync();

var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindSeeds();
var articles = Directory.EnumerateFiles(folder, "*.txt")
    .Order(StringComparer.Ordinal)
    .Select(f => new ArticleSubmission(File.ReadAllText(f), new ArticleMetadata(Path.GetFileNameWithoutExtension(f))))
    .ToList();

var client = host.Services.GetRequiredService<NewsEventsClusterClient>();
await client.IngestAsync("sample", articles);
if (args.Contains("--json"))
{
    Console.WriteLine(await client.GetReportJsonAsync("sample"));
}
else
{
    Console.WriteLine(await client.GetReportAsync("sample"));
}

if (args.Contains("--serve"))
{
    await host.WaitForShutdownAsync();
}
else
{
    await host.StopAsync();
}

static string FindSeeds()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        var seeds = Path.Combine(directory.FullName, "seeds");
        if (Directory.Exists(seeds))
        {
            return seeds;
        }
    }

    throw new DirectoryNotFoundException("No seeds/ folder above " + Environment.CurrentDirectory + "; pass a folder of .txt articles.");
}
