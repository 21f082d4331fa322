using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace NewsEvents.Tests.Api;

/// <summary>
/// Pins the public API, as PublicApiGenerator lists it (nullability, inherited interfaces and attributes included): a change
/// to it must come with a deliberate change of PublicApi.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_MatchesApprovedListing()
    {
        var actual = typeof(Article).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");
        // CallerFilePath is no use here: CI builds map source paths to "/_/" (deterministic, ContinuousIntegrationBuild).
        var folder = Path.Combine(NewsEvents.Tests.Support.ProcessRunner.RepositoryRoot(), "tests", "NewsEvents.Tests", "Api");
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.That(actual, Is.EqualTo(approved),
            $"The public API changed. If deliberate, review {receivedPath} and copy it over {approvedPath}.");
    }

    [Test]
    public void PublicTypes_AreImmutable_NoPublicSettersOrMutableFields()
    {
        var mutable = typeof(Article).Assembly.GetExportedTypes()
            .Where(t => t != typeof(NewsPipelineBuilder))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.SetMethod?.IsPublic == true && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                    .Select(p => $"{t.Name}.{p.Name} has a public setter")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                    .Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum)
                    .Select(f => $"{t.Name}.{f.Name} is a mutable public field")))
            .ToList();
        Assert.That(mutable, Is.Empty);
    }

    [TestCase(typeof(Article), TestName = "Library_HasNoStaticMutableState")]
    [TestCase(typeof(NewsEvents.Cli.Program), TestName = "Cli_HasNoStaticMutableState")]
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

    [Test]
    public void PublicTypes_AreOnlyTheUserFacingSurface()
    {
        // Pipeline and builder, reader, taggers, model, JSON, report renderer and tables, scale-out state: nothing else.
        var exported = typeof(Article).Assembly.GetExportedTypes();
        Assert.Multiple(() =>
        {
            Assert.That(exported.Where(t => t.Name.EndsWith("Validator", StringComparison.Ordinal)), Is.Empty, "validators are internal");
            Assert.That(exported.Where(t => t.Namespace != "NewsEvents"), Is.Empty, "public types live in the root namespace");
            Assert.That(exported, Has.Length.EqualTo(PublicTypeCount), "a new public type must be deliberate: update the count and the approved listing");
        });
    }

    private const int PublicTypeCount = 65;
}
