using System.IO;
using NewsEvents.Cli.Input;

namespace NewsEvents.Tests.Cli;

/// <summary>Folders with real symbolic links: cycles are entered once, links out of the tree are followed.</summary>
[TestFixture]
[NonParallelizable]
public sealed class FolderWalkerTests
{
    private const string Story = "ANKARA - Rescue teams reached the flooded village on Monday, officials said.";

    /// <summary>Link (relative to the input folder "in"), its target, and the one warning expected.</summary>
    private static IEnumerable<TestCaseData> Cycles()
    {
        yield return new TestCaseData("sub/back", "..", "sub/back").SetArgDisplayNames("subfolder link to its parent");
        yield return new TestCaseData("self", ".", "self").SetArgDisplayNames("link to its own folder");
        yield return new TestCaseData("sub/deeper/top", "../..", "sub/deeper/top").SetArgDisplayNames("link two levels up");
        yield return new TestCaseData("a-link", "sub", "a-link").SetArgDisplayNames("link to a sibling, sorted before it");
    }

    [TestCaseSource(nameof(Cycles))]
    public void Analyze_FolderWithLinkBackIntoItself_ReadsEachFileOnceWithOneWarning(string link, string target, string warned)
    {
        using var folder = new TempFolder();
        folder.Write("in/flood.txt", Story);
        folder.Write("in/sub/quake.txt", Story.Replace("flooded", "shaken", StringComparison.Ordinal));
        Directory.CreateDirectory(folder.File("in/sub/deeper"));
        Directory.CreateSymbolicLink(folder.File("in/" + link), target);

        var result = CliHarness.Run("analyze", folder.File("in"), "--verbose");

        var warnings = result.ErrorLines.Where(l => l.Contains("warning", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "flood", "quake" }));
            Assert.That(result.Stderr, Does.Not.Contain("duplicate article id"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings, Has.All.Contain(Path.Combine(folder.File("in"), warned) + ": symbolic link to a folder already read"));
        });
    }

    [Test]
    public void Analyze_GlobThroughLinkBackToParent_ReadsEachFileOnce()
    {
        using var folder = new TempFolder();
        folder.Write("in/sub/quake.txt", Story);
        Directory.CreateSymbolicLink(folder.File("in/sub/back"), "..");

        var result = CliHarness.Run("analyze", folder.File("in") + "/**/*.txt", "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "quake" }));
            Assert.That(result.ErrorLines.Count(l => l.Contains("symbolic link", StringComparison.Ordinal)), Is.EqualTo(1));
        });
    }

    [Test]
    public void Files_LinkToFolderOutsideTheTree_ListsItsFilesUnderTheLink()
    {
        using var folder = new TempFolder();
        folder.Write("outside/wire.txt", Story);
        folder.Write("in/local.txt", Story);
        Directory.CreateSymbolicLink(folder.File("in/wire"), folder.File("outside"));
        var warnings = new List<string>();

        var files = new FolderWalker(warnings.Add).Files(folder.File("in"), recursive: true);

        Assert.Multiple(() =>
        {
            Assert.That(files.Order(StringComparer.Ordinal), Is.EqualTo(new[] { folder.File("in/local.txt"), folder.File("in/wire/wire.txt") }));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Files_NotRecursive_ListsOnlyTheFolderItself()
    {
        using var folder = new TempFolder();
        folder.Write("in/local.txt", Story);
        folder.Write("in/sub/deep.txt", Story);
        Directory.CreateSymbolicLink(folder.File("in/back"), ".");
        var warnings = new List<string>();

        var files = new FolderWalker(warnings.Add).Files(folder.File("in"), recursive: false);

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.EqualTo(new[] { folder.File("in/local.txt") }));
            Assert.That(warnings, Is.Empty);
        });
    }
}
