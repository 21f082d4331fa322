using System.IO;
using System.IO.Compression;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Packaging;

/// <summary>Proves that another C# project can reference the packed NuGet package and call the API.</summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class PackageConsumerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    [Test]
    public void Pack_ThenReferenceFromConsoleProject_RunsAgainstPackage()
    {
        var root = ProcessRunner.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("newsevents-consumer-");
        var version = "0.0.0-consumer." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var packages = Path.Combine(work.FullName, "packages");
        try
        {
            var pack = ProcessRunner.Run("dotnet",
                $"pack \"{Path.Combine(root, "src", "NewsEvents", "NewsEvents.csproj")}\" -c Release -o \"{packages}\" -p:Version={version}",
                root, Timeout);
            Assert.That(pack.ExitCode, Is.Zero, pack.Output);

            var nupkg = Path.Combine(packages, $"NewsEvents.{version}.nupkg");
            Assert.Multiple(() =>
            {
                Assert.That(File.Exists(nupkg), Is.True, "package");
                Assert.That(File.Exists(Path.Combine(packages, $"NewsEvents.{version}.snupkg")), Is.True, "symbols package");
            });
            using (var zip = ZipFile.OpenRead(nupkg))
            {
                var entries = zip.Entries.Select(e => e.FullName).ToList();
                Assert.That(entries, Does.Contain("lib/net8.0/NewsEvents.dll").And.Contain("lib/net10.0/NewsEvents.dll")
                    .And.Contain("lib/net8.0/NewsEvents.xml").And.Contain("README.md"));
            }

            var app = Directory.CreateDirectory(Path.Combine(work.FullName, "app")).FullName;
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local-newsevents" value="{packages}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsEvents" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using NewsEvents;
                var pipeline = NewsPipeline.CreateDefault();
                var article = ArticleReader.Read("Syria has requested military support from Turkey, officials said on 23/7.",
                    new ArticleMetadata("consumer", "Test Outlet", published: new NodaTime.LocalDate(2025, 7, 23)));
                var report = pipeline.Reconcile(new[] { pipeline.Analyze(article) });
                var json = NewsEventsJson.Serialize(report);
                var back = NewsEventsJson.Deserialize<ReconciliationReport>(json);
                System.Console.WriteLine(back.Equals(report) && json.Contains("newsevents.report/1") ? "CONSUMER-OK" : "CONSUMER-BAD");
                """);

            var run = ProcessRunner.Run("dotnet", "run -c Release", app, Timeout,
                new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.FullName, "nuget-cache") });
            Assert.That(run.Output, Does.Contain("CONSUMER-OK"), run.Output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
