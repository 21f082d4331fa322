using System.IO;
using System.Text;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using Newtonsoft.Json.Linq;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Cli;

[TestFixture]
public sealed class AnalyzeCommandTests
{
    private static readonly string[] SeedIds = Seeds.All().Select(s => s.Id).ToArray();

    [Test]
    public void Run_SeedsFolder_PrintsTextReportAndExitsZero()
    {
        var result = CliHarness.Run("analyze", Seeds.Folder);
        var expected = ReportRenderer.ToText(NewsPipeline.CreateDefault().Reconcile(
            Seeds.All().Select(s => NewsPipeline.CreateDefault().Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id)))))).TrimEnd();

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stderr, Is.Empty);
            Assert.That(result.Stdout.TrimEnd(), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Run_Verbose_NotesEveryArticleRead()
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.ArticlesRead, Is.EqualTo(SeedIds));
        });
    }

    [Test]
    public void Run_FormatJson_WritesJsonObjectWithSchema()
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, "--format", "json");
        var json = JToken.Parse(result.Stdout);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(json.Type, Is.EqualTo(JTokenType.Object));
            Assert.That(((JObject)json).GetValue("schema", StringComparison.OrdinalIgnoreCase)?.ToString(), Is.EqualTo("newsevents.report/1"));
        });
    }

    [Test]
    public void Run_FormatHtml_WritesOneSelfContainedDocumentThatParsesWithoutErrors()
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, "--format=html");
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((HtmlErrorEvent)e).Message);
        var document = parser.ParseDocument(result.Stdout);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(errors, Is.Empty);
            Assert.That(document.QuerySelectorAll("script[src]"), Is.Empty);
            Assert.That(document.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href"))
                .Where(h => h!.Contains("//", StringComparison.Ordinal)), Is.Empty);
            Assert.That(document.QuerySelectorAll("img[src]").Select(l => l.GetAttribute("src"))
                .Where(h => h!.Contains("//", StringComparison.Ordinal)), Is.Empty);
            Assert.That(document.Body, Is.Not.Null);
        });
    }

    [TestCase("xml")]
    [TestCase("TEXT")]
    public void Run_UnknownFormat_ExitsTwo(string format)
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, "--format", format);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.Stderr, Does.Contain($"--format was '{format}'"));
        });
    }

    private static IEnumerable<TestCaseData> UsageErrors()
    {
        yield return new TestCaseData(new[] { "analyze" }, "no inputs").SetName("Run_NoInputs_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--frobnicate" }, "unknown option '--frobnicate'").SetName("Run_UnknownOption_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--format" }, "option '--format' needs a value").SetName("Run_MissingFormatValue_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "-o" }, "option '-o' needs a value").SetName("Run_MissingOutputValue_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--metadata", "--quiet" }, "option '--metadata' needs a value").SetName("Run_OptionInsteadOfValue_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--reference", "23/07/2025" }, "--reference was '23/07/2025'").SetName("Run_ReferenceNotIso_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--reference", "2025-02-30" }, "--reference was '2025-02-30'").SetName("Run_ReferenceNotADay_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--reference=" }, "option '--reference' needs a value").SetName("Run_ReferenceEmpty_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--parallelism", "0" }, "--parallelism was '0'").SetName("Run_ParallelismZero_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--parallelism", "many" }, "--parallelism was 'many'").SetName("Run_ParallelismNotANumber_ExitsTwo");
        yield return new TestCaseData(new[] { "analyze", "x", "--quiet", "--verbose" }, "cannot be used together").SetName("Run_QuietAndVerbose_ExitsTwo");
        yield return new TestCaseData(new[] { "frobnicate" }, "unknown command 'frobnicate'").SetName("Run_UnknownCommand_ExitsTwo");
    }

    [TestCaseSource(nameof(UsageErrors))]
    public void Run_UsageError_ExitsTwoWithMessage(string[] args, string message)
    {
        var result = CliHarness.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.ErrorLines[0], Does.StartWith("newsevents: ").And.Contain(message));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void Run_Version_PrintsVersionAndExitsZero()
    {
        var result = CliHarness.Run("--version");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.Match(@"^newsevents \d+\.\d+\.\d+"));
        });
    }

    [TestCase("--help", 0)]
    [TestCase("help", 0)]
    public void Run_Help_PrintsUsageWithEveryOption(string argument, int exitCode)
    {
        var result = CliHarness.Run(argument);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(exitCode));
            foreach (var option in new[] { "--format", "--output", "--metadata", "--gazetteer", "--reference", "--jsonl", "--parallelism", "--quiet", "--verbose", "130" })
            {
                Assert.That(result.Stdout, Does.Contain(option));
            }
        });
    }

    [Test]
    public void Run_NoArguments_PrintsUsageAndExitsTwo()
    {
        var result = CliHarness.Run();

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stdout, Does.Contain("Usage:"));
        });
    }

    [Test]
    public void Run_MissingFile_ReportsItAndAnalyzesTheOthers()
    {
        using var temp = new TempFolder();
        var missing = temp.File("missing.txt");
        var result = CliHarness.Run("analyze", Seeds.Folder, missing, "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Does.Contain($"newsevents: {missing}: no such file or folder"));
            Assert.That(result.ArticlesRead, Is.EqualTo(SeedIds));
            Assert.That(result.Stdout, Is.Not.Empty);
        });
    }

    private static IEnumerable<TestCaseData> BadFiles()
    {
        yield return new TestCaseData("empty.txt", Array.Empty<byte>(), "empty file").SetName("Run_EmptyFile_ReportsEmpty");
        yield return new TestCaseData("blank.txt", "  \n\t\r\n"u8.ToArray(), "empty file (only white space)").SetName("Run_WhiteSpaceFile_ReportsEmpty");
        yield return new TestCaseData("binary.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF }, "binary file (contains NUL bytes); expected text")
            .SetName("Run_BinaryFile_ReportsBinary");
        yield return new TestCaseData("nul.txt", "text\0more"u8.ToArray(), "binary file (contains NUL bytes); expected text").SetName("Run_ValidUtf8WithNul_ReportsBinary");
        yield return new TestCaseData("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x65, 0x77, 0x73 }, "not UTF-8 text").SetName("Run_InvalidUtf8_ReportsNotUtf8");
        yield return new TestCaseData("utf16.txt", new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 }, "not valid UTF-16 text (despite its byte order mark)").SetName("Run_InvalidUtf16_ReportsNotUtf8");
        yield return new TestCaseData("bad.jsonl", "{\"id\": \"a\", \"text\": 3}\n"u8.ToArray(), "\"text\" is a number; must be a string or null").SetName("Run_JsonLinesWrongType_ReportsLine");
    }

    [TestCaseSource(nameof(BadFiles))]
    public void Run_BadFile_OneClearLineAndExitOne(string name, byte[] content, string reason)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes(name, content);
        var result = CliHarness.Run("analyze", Seeds.Folder, path, "--verbose");
        var subject = name.EndsWith(".jsonl", StringComparison.Ordinal) ? path + ":1" : path;

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines.Where(l => !l.Contains("read as article", StringComparison.Ordinal) && !l.Contains("analyzed", StringComparison.Ordinal)),
                Is.EqualTo(new[] { $"newsevents: {subject}: {reason}" }));
            Assert.That(result.ArticlesRead, Is.EqualTo(SeedIds));
        });
    }

    [Test]
    public void Run_FileOverSizeLimit_ReportsTooLarge()
    {
        using var temp = new TempFolder();
        var path = temp.File("huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024 + 1);
        }

        var result = CliHarness.Run("analyze", Seeds.Folder, path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"newsevents: {path}: too large (52428801 bytes); the limit is 50 MB" }));
        });
    }

    // As root (CI) a file mode denies nothing, so the command line then runs in a child process as the user nobody
    // (setpriv, else runuser); the test never passes without the file actually being unreadable to the reader.
    [Test]
    public void Run_UnreadableFile_ReportsPermissionDenied()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("uses Unix file modes");
            return;
        }

        using var temp = new TempFolder();
        var path = temp.Write("locked.txt", "Some news.");
        File.SetUnixFileMode(path, UnixFileMode.None);

        var result = IsReadable(path)
            ? UnprivilegedCli.Run("analyze", path)
            : CliHarness.Run("analyze", path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
            Assert.That(result.ErrorLines, Does.Contain($"newsevents: {path}: permission denied"));
        });
    }

    private static bool IsReadable(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [TestCaseSource(nameof(Utf16Encodings))]
    public void Run_Utf16WithByteOrderMark_IsRead(Encoding encoding)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Ankara – Officials met on Monday.\n")]);
        var result = CliHarness.Run("analyze", path, "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "wide" }));
        });
    }

    private static IEnumerable<Encoding> Utf16Encodings() => [Encoding.Unicode, Encoding.BigEndianUnicode, new UTF8Encoding(true)];

    [Test]
    public void Run_SeedsWithFiveBrokenFiles_OneLinePerBrokenFileAndReport()
    {
        using var temp = new TempFolder();
        var folder = temp.CopySeeds("corpus");
        var broken = new[]
        {
            temp.WriteBytes("corpus/a-empty.txt", []),
            temp.WriteBytes("corpus/b-binary.txt", [0x00, 0x01, 0x02, 0x03]),
            temp.WriteBytes("corpus/c-latin1.txt", [0x4E, 0xE9, 0x77, 0x73]),
            temp.WriteBytes("corpus/d-blank.html", "   "u8.ToArray()),
            temp.WriteBytes("corpus/sub/e-wrong.jsonl", "[1, 2]\n"u8.ToArray()) + ":1",
        };

        var result = CliHarness.Run("analyze", folder, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Has.Length.EqualTo(5));
            for (var i = 0; i < broken.Length; i++)
            {
                Assert.That(result.ErrorLines[i], Does.StartWith($"newsevents: {broken[i]}: "));
            }

            Assert.That(() => JToken.Parse(result.Stdout), Throws.Nothing);
            foreach (var id in SeedIds)
            {
                Assert.That(result.Stdout, Does.Contain(id));
            }
        });
    }

    [Test]
    public void Run_OnlyBadInputs_WritesNoReportAndExitsOne()
    {
        using var temp = new TempFolder();
        var empty = temp.WriteBytes("empty.txt", []);
        var output = temp.File("report.txt");
        var result = CliHarness.Run("analyze", empty, "-o", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.ErrorLines, Does.Contain("newsevents: no article could be read: no report written"));
            Assert.That(temp.Entries(), Is.EqualTo(new[] { "empty.txt" }));
        });
    }

    [Test]
    public void Run_Output_WritesFileAtomicallyAndLeavesNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var output = temp.Write("report.json", "old content");
        var result = CliHarness.Run("analyze", Seeds.Folder, "--output", output, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(temp.Entries(), Is.EqualTo(new[] { "report.json" }));
            Assert.That(() => JToken.Parse(File.ReadAllText(output)), Throws.Nothing);
            Assert.That(File.ReadAllText(output), Is.EqualTo(CliHarness.Run("analyze", Seeds.Folder, "--format", "json").Stdout));
        });
    }

    [Test]
    public void Run_OutputToNewFile_CreatesIt()
    {
        using var temp = new TempFolder();
        var output = System.IO.Path.Combine(temp.Path, "new-report.html");
        var result = CliHarness.Run("analyze", Seeds.Folder, "-o", output, "--format", "html");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(temp.Entries(), Is.EqualTo(new[] { "new-report.html" }));
            Assert.That(File.ReadAllText(output), Does.StartWith("<!DOCTYPE html>"));
        });
    }

    [Test]
    public void Run_OutputDash_WritesToStandardOutput()
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, "-o", "-");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Is.EqualTo(CliHarness.Run("analyze", Seeds.Folder).Stdout));
        });
    }

    [TestCase("missing-folder/report.txt", "its folder does not exist")]
    [TestCase("", "is a folder")]
    public void Run_OutputCannotBeWritten_ExitsTwoBeforeReading(string relative, string reason)
    {
        using var temp = new TempFolder();
        var output = relative.Length == 0 ? temp.Path : temp.File(relative);
        var result = CliHarness.Run("analyze", Seeds.Folder, "-o", output, "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"newsevents: {output}: {reason}" }));
        });
    }

    [Test]
    public void Run_Cancelled_Exits130AndWritesNoFile()
    {
        using var temp = new TempFolder();
        var output = temp.File("report.txt");
        var result = CliHarness.RunCancelled("analyze", Seeds.Folder, "-o", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(130));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { "newsevents: cancelled; no report written" }));
            Assert.That(temp.Entries(), Is.Empty);
        });
    }

    [Test]
    public void Run_Metadata_AppliesFieldsByFileName()
    {
        using var temp = new TempFolder();
        var id = SeedIds[1];
        var sidecar = temp.Write("meta.json", $$"""[{"id": "{{id}}", "source": "Sidecar Outlet Name", "published": "2025-07-23", "extra": [1, 2]}]""");
        var result = CliHarness.Run("analyze", Seeds.Folder, "--metadata", sidecar, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stderr, Is.Empty);
            Assert.That(result.Stdout, Does.Contain("Sidecar Outlet Name"));
        });
    }

    [Test]
    public void Run_MetadataUrl_ReachesReportArticle()
    {
        using var temp = new TempFolder();
        var id = SeedIds[1];
        var sidecar = temp.Write("meta.json", $$"""[{"id": "{{id}}", "url": "https://example.org/news/1"}]""");
        var result = CliHarness.Run("analyze", Seeds.Folder, "--metadata", sidecar, "--format", "json");

        var article = Newtonsoft.Json.Linq.JObject.Parse(result.Stdout)["articles"]!.Single(a => (string?)a["id"] == id);
        var others = Newtonsoft.Json.Linq.JObject.Parse(result.Stdout)["articles"]!.Where(a => (string?)a["id"] != id);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That((string?)article["url"], Is.EqualTo("https://example.org/news/1"));
            Assert.That(others.Select(a => a["url"]!.Type), Is.All.EqualTo(Newtonsoft.Json.Linq.JTokenType.Null));
        });
    }

    [Test]
    public void Run_MetadataIdMatchesNoInput_WarnsUnlessQuiet()
    {
        using var temp = new TempFolder();
        var sidecar = temp.Write("meta.json", """[{"id": "no-such-article", "source": "X"}]""");
        var normal = CliHarness.Run("analyze", Seeds.Folder, "--metadata", sidecar);
        var quiet = CliHarness.Run("analyze", Seeds.Folder, "--metadata", sidecar, "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(normal.ExitCode, Is.EqualTo(0));
            Assert.That(normal.ErrorLines, Is.EqualTo(new[] { $"newsevents: warning: {sidecar}: id 'no-such-article' matches no input" }));
            Assert.That(quiet.ExitCode, Is.EqualTo(0));
            Assert.That(quiet.Stderr, Is.Empty);
        });
    }

    [TestCase("""{"id": "a"}""", "line 1, position 1, path '$': found an object; expected an array of objects")]
    [TestCase("""[{"id": "a", "published": "23/07/2025"}]""", "line 1, position 38, path '$[0].published': 'published' was \"23/07/2025\"; must be a date yyyy-MM-dd")]
    [TestCase("[{\"id\": \"a\",\n \"source\": ", "line 2")]
    public void Run_MalformedMetadata_ExitsTwoWithOneLineNamingTheFile(string json, string fragment)
    {
        using var temp = new TempFolder();
        var sidecar = temp.Write("meta.json", json);
        var result = CliHarness.Run("analyze", Seeds.Folder, "--metadata", sidecar);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(result.ErrorLines[0], Does.StartWith($"newsevents: {sidecar}: line ").And.Contain(fragment));
        });
    }

    [Test]
    public void Run_MissingMetadataFile_ExitsTwo()
    {
        using var temp = new TempFolder();
        var sidecar = temp.File("none.json");
        var result = CliHarness.Run("analyze", Seeds.Folder, "--metadata", sidecar);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"newsevents: {sidecar}: no such file" }));
        });
    }

    [Test]
    public void Run_MissingGazetteerFile_ExitsTwo()
    {
        using var temp = new TempFolder();
        var gazetteer = temp.File("none.json");
        var result = CliHarness.Run("analyze", Seeds.Folder, "--gazetteer", gazetteer);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"newsevents: {gazetteer}: no such file" }));
        });
    }

    [Test]
    public void Run_ReferenceAndParallelism_AreAccepted()
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, "--reference", "2025-07-23", "--parallelism", "2", "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.ArticlesRead, Is.EqualTo(SeedIds));
        });
    }

    [Test]
    public void Run_Quiet_WritesNothingButErrors()
    {
        using var temp = new TempFolder();
        var empty = temp.CopySeeds("empty-folder-has-no-articles");
        foreach (var file in Directory.GetFiles(empty))
        {
            File.Delete(file);
        }

        var normal = CliHarness.Run("analyze", Seeds.Folder, empty);
        var quiet = CliHarness.Run("analyze", Seeds.Folder, empty, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(normal.ErrorLines, Is.EqualTo(new[] { $"newsevents: warning: {empty}: folder has no .txt, .html, .htm or .jsonl files" }));
            Assert.That(quiet.Stderr, Is.Empty);
            Assert.That(quiet.ExitCode, Is.EqualTo(0));
        });
    }

    [Test]
    public void Run_StandardInput_ReadsOneArticle()
    {
        var result = CliHarness.RunWithInput(Seeds.All()[0].Text, "analyze", "-", "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "stdin" }));
        });
    }

    [Test]
    public void Run_EmptyStandardInput_ReportsIt()
    {
        var result = CliHarness.RunWithInput("  \n", "analyze", "-");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines[0], Is.EqualTo("newsevents: <stdin>: empty input"));
        });
    }

    [Test]
    public void Run_JsonLinesOnStandardInput_ReadsEachLineAndReportsBadOnes()
    {
        var lines = string.Join("\n",
            JsonLine("first", Seeds.All()[0].Text, "2025-07-23"),
            "",
            "not json",
            JsonLine("second", Seeds.All()[1].Text, null),
            """{"id": "third", "text": "x", "published": "July 2025"}""",
            """{"id": "first", "text": "again"}""");
        var result = CliHarness.RunWithInput(lines, "analyze", "-", "--jsonl", "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "first", "second" }));
            Assert.That(result.ErrorLines, Does.Contain("newsevents: <stdin>:3: not valid JSON at position 2"));
            Assert.That(result.ErrorLines, Does.Contain("newsevents: <stdin>:5: \"published\" was \"July 2025\"; must be a date yyyy-MM-dd or an ISO date-time such as 2025-07-23T14:05:00Z"));
            Assert.That(result.ErrorLines, Does.Contain("newsevents: <stdin>:6: duplicate article id 'first' (first read from <stdin>:1); skipped"));
        });
    }

    [Test]
    public void Run_JsonLinesFile_TakesSourceFromLineAndMissingFieldsFromMetadata()
    {
        using var temp = new TempFolder();
        var file = temp.Write("batch.jsonl", JsonLine("a1", Seeds.All()[0].Text, null) + "\n" + JsonLine("a2", Seeds.All()[2].Text, null, "Line Outlet"));
        var sidecar = temp.Write("meta.json", """[{"id": "a1", "source": "Sidecar Outlet"}, {"id": "a2", "source": "Ignored Outlet"}]""");
        var result = CliHarness.Run("analyze", file, "--metadata", sidecar, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.Contain("Sidecar Outlet").And.Contain("Line Outlet").And.Not.Contain("Ignored Outlet"));
        });
    }

    [Test]
    public void Run_RecursiveFolder_ReadsTextHtmlAndJsonLinesOnly()
    {
        using var temp = new TempFolder();
        temp.Write("a/one.txt", "Ankara - Officials met on Monday.");
        temp.Write("a/b/two.html", "<html><body><p>Officials met on Monday.</p></body></html>");
        temp.Write("a/b/c/three.HTM", "<p>Officials met.</p>");
        temp.Write("a/b/c/batch.jsonl", JsonLine("four", "Officials met on Monday.", null));
        temp.Write("a/notes.md", "# not an article");
        temp.Write("a/data.json", "[]");
        var result = CliHarness.Run("analyze", temp.File("a"), "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "four", "one", "three", "two" }));
            Assert.That(result.Stderr, Does.Contain("two.html: read as article 'two'").And.Contain("characters, HTML)"));
        });
    }

    [Test]
    public void Run_SameFileTwice_IsReadOnce()
    {
        var result = CliHarness.Run("analyze", Seeds.Folder, Path.Combine(Seeds.Folder, SeedIds[0] + ".txt"), "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.ArticlesRead, Is.EqualTo(SeedIds));
        });
    }

    [Test]
    public void Run_SameIdInTwoFolders_SecondIsReportedNotLost()
    {
        using var temp = new TempFolder();
        var first = temp.Write("x/story.txt", "One outlet's story.");
        var second = temp.Write("y/story.txt", "Another outlet's story.");
        var result = CliHarness.Run("analyze", temp.File("x"), temp.File("y"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"newsevents: {second}: duplicate article id 'story' (first read from {first}); skipped" }));
        });
    }

    [Test]
    public void Run_Globs_MatchWithinFolderAndAcrossFolders()
    {
        using var temp = new TempFolder();
        temp.Write("g/top.txt", "Top story.");
        temp.Write("g/top.html", "<p>Top story.</p>");
        temp.Write("g/sub/deep.txt", "Deep story.");
        temp.Write("g/sub/deeper/deepest.txt", "Deepest story.");
        var shallow = CliHarness.Run("analyze", temp.File("g") + "/*.txt", "--verbose");
        var deep = CliHarness.Run("analyze", temp.File("g") + "/**/*.txt", "--verbose");
        var oneLevel = CliHarness.Run("analyze", temp.File("g") + "/*/d??p.txt", "--verbose");
        var none = CliHarness.Run("analyze", temp.File("g") + "/*.pdf");

        Assert.Multiple(() =>
        {
            Assert.That(shallow.ArticlesRead, Is.EqualTo(new[] { "top" }));
            Assert.That(deep.ArticlesRead, Is.EqualTo(new[] { "deep", "deepest", "top" }));
            Assert.That(oneLevel.ArticlesRead, Is.EqualTo(new[] { "deep" }));
            Assert.That(none.ExitCode, Is.EqualTo(1));
            Assert.That(none.ErrorLines[0], Is.EqualTo($"newsevents: {temp.File("g")}/*.pdf: no files match"));
        });
    }

    [Test]
    public void Run_DoubleDashEndsOptions()
    {
        using var temp = new TempFolder();
        var odd = temp.Write("-odd.txt", "An article whose name starts with a dash.");
        var result = CliHarness.Run("analyze", "--verbose", "--", odd);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "-odd" }));
        });
    }

    private static string JsonLine(string id, string text, string? published, string? source = null) =>
        new JObject
        {
            ["id"] = id,
            ["text"] = text,
            ["published"] = published,
            ["source"] = source,
            ["unknown"] = new JArray(1, 2),
        }.ToString(Newtonsoft.Json.Formatting.None);
}
