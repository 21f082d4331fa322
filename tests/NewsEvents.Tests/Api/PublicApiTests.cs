using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NewsEvents.Tests.Api;

/// <summary>Pins the public API: a change to it must come with a deliberate change of PublicApi.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_MatchesApprovedListing()
    {
        var actual = PublicApiDumper.Dump(typeof(Article).Assembly);
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
            .Where(t => t != typeof(NewsPipelineBuilder) && !IsValidator(t))
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

    private static bool IsValidator(Type t) => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>);
}
