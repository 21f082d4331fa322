using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using NewsEvents.Extensions.Hosting;
using PublicApiGenerator;

namespace NewsEvents.Orleans.Tests.Api;

/// <summary>Pins the public API of the new packages: a change must come with a deliberate change of the approved listing.</summary>
public sealed class PublicApiTests
{
    [TestCase(typeof(NewsEventsClusterClient), "NewsEvents.Orleans")]
    [TestCase(typeof(NewsEventsOptions), "NewsEvents.Extensions.Hosting")]
    public void PublicApi_MatchesApprovedListing(Type typeInAssembly, string name)
    {
        var actual = typeInAssembly.Assembly.GeneratePublicApi(new ApiGeneratorOptions
            {
                IncludeAssemblyAttributes = false,

                // Orleans' code generator emits public codecs and invokers there; they are plumbing, not our API.
                DenyNamespacePrefixes = ["OrleansCodeGen"],
            })
            .ReplaceLineEndings("\n");
        var folder = Path.Combine(RepositoryRoot(), "tests", "NewsEvents.Orleans.Tests", "Api");
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.That(actual, Is.EqualTo(approved), $"The public API changed. If deliberate, review {receivedPath} and copy it over {approvedPath}.");
    }

    [TestCase(typeof(NewsEventsClusterClient))]
    [TestCase(typeof(NewsEventsOptions))]
    public void Assembly_HasNoStaticMutableState(Type typeInAssembly)
    {
        var offenders = typeInAssembly.Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.IsDefined(typeof(CompilerGeneratedAttribute)))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();
        Assert.That(offenders, Is.Empty, "static fields must be readonly (and hold immutable or thread-safe values)");
    }

    // CallerFilePath is no use here: CI builds map source paths to "/_/"; walk up from the test assembly instead.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsEvents.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NewsEvents.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
