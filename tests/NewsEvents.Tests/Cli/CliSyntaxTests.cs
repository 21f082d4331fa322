using System.IO;
using NewsEvents.Cli.Commands;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Cli;

/// <summary>The command line on System.CommandLine: option forms, help, usage errors with suggestions, <c>--encoding</c>.</summary>
[TestFixture]
public sealed class CliSyntaxTests
{
    /// <summary>Equivalent ways to ask analyze for a JSON report of the seeds.</summary>
    private static IEnumerable<TestCaseData> JsonSpellings()
    {
        yield return new TestCaseData((object)new[] { "--format", "json" }).SetName("Analyze_FormatSeparateValue_Works");
        yield return new TestCaseData((object)new[] { "--format=json" }).SetName("Analyze_FormatAfterEquals_Works");
        yield return new TestCaseData((object)new[] { "--format:json" }).SetName("Analyze_FormatAfterColon_Works");
        yield return new TestCaseData((object)new[] { "-f", "json" }).SetName("Analyze_ShortAlias_Works");
        yield return new TestCaseData((object)new[] { "-f", "json", "-o", "-" }).SetName("Analyze_OutputDash_IsStandardOutput");
    }

    [TestCaseSource(nameof(JsonSpellings))]
    public void Analyze_OptionSpelling_GivesTheJsonReport(string[] options)
    {
        var result = CliHarness.Run(["analyze", Seeds.Folder, .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.Stdout, Does.StartWith("{"));
            Assert.That(result.Stdout, Does.Contain("newsevents.report/1"));
        });
    }

    /// <summary>Usage errors: arguments and the message expected on the first line of standard error.</summary>
    private static IEnumerable<TestCaseData> UsageErrors()
    {
        yield return new TestCaseData(new[] { "analyze", "seeds", "--formt", "json" }, "analyze: unknown option '--formt'; did you mean '--format'?")
            .SetName("Analyze_MisspelledOption_IsAnErrorWithASuggestion");
        yield return new TestCaseData(new[] { "analyze", "seeds", "--verbos" }, "analyze: unknown option '--verbos'; did you mean '--verbose'?")
            .SetName("Analyze_MisspelledFlag_IsNotTakenAsAnInputFile");
        yield return new TestCaseData(new[] { "analyze", "seeds", "--frobnicate" }, "analyze: unknown option '--frobnicate'")
            .SetName("Analyze_UnknownOptionFarFromAny_HasNoSuggestion");
        yield return new TestCaseData(new[] { "analyse", "seeds" }, "unknown command 'analyse'; did you mean 'analyze'?")
            .SetName("Run_MisspelledCommand_SuggestsTheCommand");
        yield return new TestCaseData(new[] { "--verbose", "analyze", "seeds" }, "unknown option '--verbose' before the command; give the command first")
            .SetName("Run_OptionBeforeTheCommand_SaysToGiveTheCommandFirst");
        yield return new TestCaseData(new[] { "export", "seeds", "-o", "x", "--too", "csv" }, "export: unknown option '--too'; did you mean '--to'?")
            .SetName("Export_MisspelledOption_SuggestsTo");
        yield return new TestCaseData(new[] { "tag", "--refrence", "2025-07-23" }, "tag: unknown option '--refrence'; did you mean '--reference'?")
            .SetName("Tag_MisspelledOption_SuggestsReference");
        yield return new TestCaseData(new[] { "analyze", "seeds", "--reference" }, "analyze: option '--reference' needs a value")
            .SetName("Analyze_ValueMissingAtTheEnd_NeedsAValue");
        yield return new TestCaseData(new[] { "analyze", "seeds", "--reference=" }, "analyze: option '--reference' needs a value")
            .SetName("Analyze_ValueEmptyAfterEquals_NeedsAValue");
        yield return new TestCaseData(new[] { "analyze", "seeds", "--metadata", "--quiet" }, "analyze: option '--metadata' needs a value")
            .SetName("Analyze_OptionInsteadOfValue_NeedsAValue");
        yield return new TestCaseData(new[] { "analyze", "seeds", "--format", "json", "--format", "html" }, "analyze: option '--format' was given 2 times")
            .SetName("Analyze_OptionTwice_IsAnError");
        yield return new TestCaseData(new[] { "tag", "--jsonl=yes" }, "tag: option '--jsonl' is a switch; it takes no value (was 'yes')")
            .SetName("Tag_ValueForASwitch_IsAnError");
        yield return new TestCaseData(new[] { "tag", "story.txt" }, "tag: unexpected argument 'story.txt'; tag reads standard input")
            .SetName("Tag_FileArgument_IsAnError");
        yield return new TestCaseData(new[] { "analyze", "seeds", "-qv" }, "analyze: unknown option '-qv'")
            .SetName("Analyze_BundledShortOptions_AreNotSplit");
        yield return new TestCaseData(new[] { "analyze", "seeds", "--encoding", "klingon-8" }, "analyze: --encoding was 'klingon-8'; must be an encoding name")
            .SetName("Analyze_UnknownEncoding_IsAnError");
    }

    [TestCaseSource(nameof(UsageErrors))]
    public void Run_UsageError_ExitsTwoWithOneClearLine(string[] args, string message)
    {
        var result = CliHarness.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.ErrorLines[0], Does.StartWith("newsevents: " + message));
            Assert.That(result.ErrorLines, Has.Length.EqualTo(2));
            Assert.That(result.ErrorLines[1], Is.EqualTo("Run 'newsevents --help' for usage."));
        });
    }

    [TestCase("analyze")]
    [TestCase("export")]
    [TestCase("tag")]
    public void Run_CommandWithHelpAmongOtherArguments_PrintsUsageExitsZero(string command)
    {
        var result = CliHarness.Run(command, "--reference=2025-07-23", "--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Is.EqualTo(Usage.For(command)));
            Assert.That(result.Stdout, Does.StartWith($"newsevents {command} - ").And.Contain($"  newsevents {command} "));
            Assert.That(result.Stderr, Is.Empty);
        });
    }

    [Test]
    public void ExportHelp_ListsItsOwnOptionsButNotFormat()
    {
        var help = Usage.For("export");

        Assert.Multiple(() =>
        {
            Assert.That(help, Does.Contain("--to csv|parquet|jsonl").And.Contain("-o, --output FOLDER").And.Contain("--encoding NAME"));
            Assert.That(help, Does.Not.Contain("--format text|json|html").And.Not.Contain("--output FILE"));
        });
    }

    [TestCase("--", "--help", TestName = "Analyze_HelpAfterDoubleDash_IsAnInputFile")]
    [TestCase("--output=--help", "missing.txt", TestName = "Analyze_HelpAsAnOptionValue_IsNotHelp")]
    public void Analyze_HelpThatIsNotAnOption_IsNotUsage(string first, string second)
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, first, second);

        Assert.That(result.Stdout, Is.Not.EqualTo(Usage.Text));
    }

    [Test]
    public void Analyze_FileNamedLikeAnOptionAfterDoubleDash_IsRead()
    {
        using var folder = new TempFolder();
        var file = folder.Write("--quiet", Seeds.All()[0].Text);
        var result = CliHarness.Run("analyze", "--verbose", "--", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "--quiet" }));
        });
    }

    // windows-1252: 0x93 and 0x94 are curly double quotes, 0xE9 "é".
    private static readonly byte[] Windows1252Story =
        [.. "ANKARA - The caf"u8, 0xE9, .. " owner said "u8, 0x93, .. "nine people"u8, 0x94, .. " were injured on Friday when a gas canister exploded in Ankara.\n"u8];

    [Test]
    public void Analyze_Windows1252TextWithEncoding_IsDecoded()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("cafe.txt", Windows1252Story);
        var result = CliHarness.Run("analyze", file, "--encoding", "windows-1252", "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.Stdout, Does.Contain("\u201Cnine people\u201D").Or.Contain("nine people"));
            Assert.That(result.Stdout, Does.Not.Contain("\uFFFD"));
        });
    }

    [Test]
    public void Analyze_Windows1252TextWithoutEncoding_IsRejectedAsNotUtf8()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("cafe.txt", Windows1252Story);
        var result = CliHarness.Run("analyze", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines[0], Is.EqualTo($"newsevents: {file}: not UTF-8 text"));
        });
    }

    [TestCase("--format", "--formt", "; did you mean '--format'?")]
    [TestCase("--parallelism", "--para", "; did you mean '--parallelism'?")]
    [TestCase("--quiet", "--frobnicate", "")]
    public void Suggestion_Typo_NamesTheClosestCandidate(string candidate, string typo, string expected)
    {
        Assert.That(CliSyntax.Suggestion(typo, [candidate, "--output", "--verbose"]), Is.EqualTo(expected));
    }
}
