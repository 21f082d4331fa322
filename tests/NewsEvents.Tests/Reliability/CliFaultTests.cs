using System.Threading;
using System.Diagnostics;
using System.IO;
using System.Text;
using NewsEvents.Cli;
using NewsEvents.Tests.Cli;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Reliability;

/// <summary>
/// The command line under faults: broken, unreadable and vanishing inputs, unwritable and full outputs, cancellation.
/// Tests run as root, where <c>chmod 000</c> does not deny reading, so unreadable inputs are made with dangling and looping
/// symbolic links and a FIFO nobody writes to.
/// </summary>
[NonParallelizable]
public sealed class CliFaultTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>The broken files of the mixed folder: name → a fragment its error line must hold.</summary>
    private static readonly (string Name, string Reason)[] Broken =
    [
        ("b01-empty.txt", "empty file"),
        ("b02-white-space.txt", "empty file"),
        ("b03-nul.txt", "binary file"),
        ("b04-invalid-utf8.txt", "not UTF-8"),
        ("b05-windows-1252.txt", "not UTF-8"),
        ("b06-utf16-odd-length.txt", "UTF-16"),
        ("b07-utf16be-lone-surrogate.txt", "UTF-16"),
        ("b08-utf8-bom-then-invalid.txt", "not UTF-8"),
        ("b09-bom-only.txt", "empty file"),
        ("b10-utf16-with-nul.txt", "NUL"),
        ("b11-too-large.txt", "too large"),
        ("b12-dangling-link.txt", "no such file"),
        ("b13-link-loop.txt", "cannot be read"),
        (" b14-leading-space.txt", "white space"),
        ("b15-bad.jsonl", "b15-bad.jsonl:1"),
        ("b16-no-text.jsonl", "b16-no-text.jsonl:1"),
        ("b17-wrong-type.jsonl", "b17-wrong-type.jsonl:1"),
        ("b18-deep.jsonl", "b18-deep.jsonl:1"),
        ("zz-duplicate-id.jsonl", "duplicate article id"),
        ("zz-deleted.txt", "no such file"),
    ];

    [Test]
    public void Analyze_SeedsMixedWithTwentyBrokenFiles_OneErrorPerBrokenFileReportOnSeedsExitOne()
    {
        using var folder = new TempFolder();
        var inputs = folder.CopySeeds("in");
        WriteBrokenFiles(folder, inputs);
        Assert.That(Directory.EnumerateFileSystemEntries(inputs).Count(), Is.EqualTo(Seeds.All().Count + Broken.Length + 1),
            "the fixture must hold the seeds, the twenty broken files and the link-loop partner");

        // The file read last is deleted once the first error is reported, i.e. after the inputs were listed and before it is read.
        var deleted = Path.Combine(inputs, "zz-deleted.txt");
        using var stderr = new HookedWriter(line =>
        {
            if (line.Contains("b01-empty.txt", StringComparison.Ordinal))
            {
                File.Delete(deleted);
            }
        });
        using var stdout = new StringWriter();
        var code = HangGuard.Run(() => Program.Run(["analyze", inputs, "--format", "json"], new StringReader(""), stdout, stderr), "newsevents analyze", Limit);

        var errors = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var report = NewsEventsJson.Deserialize<ReconciliationReport>(stdout.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(errors, Has.Length.EqualTo(Broken.Length), string.Join("\n", errors));
            foreach (var (name, reason) in Broken)
            {
                Assert.That(errors.Count(e => e.Contains(name.Trim(), StringComparison.Ordinal)), Is.EqualTo(1), $"errors naming {name}");
                Assert.That(errors.Where(e => e.Contains(name.Trim(), StringComparison.Ordinal)), Has.Some.Contain(reason), name);
            }

            Assert.That(errors, Has.All.StartWith("newsevents: "));
            Assert.That(stderr.ToString(), Does.Not.Contain("   at "), "a stack trace was printed");
            Assert.That(report.Articles.Select(a => a.Id), Is.SupersetOf(Seeds.All().Select(s => s.Id)));
        });
    }

    // Two folders linked to each other, a link to the top folder and one to itself: before, links were walked about 40
    // levels deep, reading every file again (dozens of "duplicate article id" errors, exit 1).
    [Test]
    public void Analyze_FoldersLinkedInCycles_ReadsEachFileOnceWarnsOncePerLink()
    {
        using var folder = new TempFolder();
        var inputs = folder.CopySeeds("in/a");
        Directory.CreateDirectory(folder.File("in/b"));
        File.Move(Directory.GetFiles(inputs).Order(StringComparer.Ordinal).Last(), folder.File("in/b/moved.txt"));
        string[] links = ["in/a/to-b", "in/b/to-a", "in/a/up", "in/b/self"];
        Directory.CreateSymbolicLink(folder.File(links[0]), "../b");
        Directory.CreateSymbolicLink(folder.File(links[1]), "../a");
        Directory.CreateSymbolicLink(folder.File(links[2]), "..");
        Directory.CreateSymbolicLink(folder.File(links[3]), ".");

        var result = HangGuard.Run(() => CliHarness.Run("analyze", folder.File("in"), "--verbose"), "newsevents analyze", Limit);

        var warnings = result.ErrorLines.Where(l => l.Contains("warning", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.ArticlesRead, Has.Length.EqualTo(Seeds.All().Count).And.Unique);
            Assert.That(result.Stderr, Does.Not.Contain("duplicate article id"));
            Assert.That(warnings, Has.Count.EqualTo(links.Length));
            foreach (var link in links)
            {
                Assert.That(warnings.Count(w => w.Contains(folder.File(link) + ": symbolic link to a folder already read", StringComparison.Ordinal)),
                    Is.EqualTo(1), link);
            }
        });
    }

    [Test]
    public void Analyze_FifoInFolder_ReportedNotWaitedOn()
    {
        using var folder = new TempFolder();
        var inputs = folder.CopySeeds("in");
        var fifo = Path.Combine(inputs, "pipe.txt");
        MakeFifo(fifo);
        try
        {
            var result = HangGuard.Run(() => CliHarness.Run("analyze", inputs, "--format", "json"), "newsevents analyze with a FIFO", Limit);
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.EqualTo(1));
                Assert.That(result.ErrorLines, Has.Length.EqualTo(1).And.Some.Contain("pipe.txt"));
                Assert.That(result.Stdout, Does.Contain(Seeds.All()[0].Id));
            });
        }
        finally
        {
            // Should the CLI be blocked opening the FIFO, a writer releases it so the test host is not left with a stuck thread.
            ReleaseFifo(fifo);
        }
    }

    [Test]
    public void Analyze_OutputUnderARegularFile_ClearErrorNoFile()
    {
        using var folder = new TempFolder();
        var seeds = folder.CopySeeds("in");
        var file = folder.Write("somefile.txt", "not a folder");
        var result = CliHarness.Run("analyze", seeds, "-o", Path.Combine(file, "out.json"));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.ErrorLines, Has.Length.EqualTo(1).And.Some.Contain("out.json"));
            Assert.That(File.ReadAllText(file), Is.EqualTo("not a folder"));
            Assert.That(folder.Entries().Where(e => !e.StartsWith("in", StringComparison.Ordinal)), Is.EqualTo(new[] { "somefile.txt" }));
        });
    }

    [Test]
    public void Analyze_OutputToAFullDevice_ClearErrorExitOneNothingLeftBehind()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full"))
        {
            Assert.Ignore("needs Linux /dev/full");
        }

        using var folder = new TempFolder();
        var seeds = folder.CopySeeds("in");

        // Through a link, so that a CLI that replaced the target instead of writing to it would replace only the link.
        var link = folder.File("report.json");
        File.CreateSymbolicLink(link, "/dev/full");
        var result = CliHarness.Run("analyze", seeds, "--format", "json", "-o", link);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain("report.json").And.Contain("cannot write the report"));
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("/dev/full"), "the link was replaced");
            Assert.That(folder.Entries().Where(e => !e.StartsWith("in", StringComparison.Ordinal)), Is.EqualTo(new[] { "report.json" }));
            Assert.That(Directory.EnumerateFiles("/dev", ".full.*"), Is.Empty, "a temporary file was left in /dev");
        });
    }

    [Test]
    public void Analyze_OutputThroughALinkToAFile_WritesTheFileKeepsTheLink()
    {
        using var folder = new TempFolder();
        var seeds = folder.CopySeeds("in");
        var target = folder.Write("reports/latest.json", "old");
        var link = folder.File("report.json");
        File.CreateSymbolicLink(link, target);
        var result = CliHarness.Run("analyze", seeds, "--format", "json", "-o", link);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target), "the link was replaced by a file");
            Assert.That(File.ReadAllText(target), Does.StartWith("{"));
            Assert.That(folder.Entries().Where(e => !e.StartsWith("in", StringComparison.Ordinal)),
                Is.EqualTo(new[] { "report.json", "reports", "reports/latest.json" }));
        });
    }

    [Test]
    public void Analyze_CancelledWhileReading_Exit130NoOutputFile()
    {
        using var folder = new TempFolder();
        var seeds = folder.CopySeeds("in");
        var output = folder.File("out/report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using var cancellation = new CancellationTokenSource();

        // Ctrl-C arrives while the inputs are being read: the hook fires on the first verbose note about an article.
        using var stderr = new HookedWriter(line =>
        {
            if (line.Contains("read as article", StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        });
        var code = HangGuard.Run(() => Program.Run(["analyze", seeds, "-o", output, "--verbose"], new StringReader(""), new StringWriter(), stderr,
            stderrIsTerminal: false, cancellation.Token), "cancelled analyze", Limit);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(130));
            Assert.That(stderr.ToString(), Does.Contain("cancelled"));
            Assert.That(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!), Is.Empty, "a partial or temporary file was left");
        });
    }

    [Test]
    public void Analyze_CancelledBeforeStart_Exit130ExistingOutputUntouched()
    {
        using var folder = new TempFolder();
        var seeds = folder.CopySeeds("in");
        var output = folder.Write("out/report.json", "previous report");
        var code = Program.Run(["analyze", seeds, "-o", output], new StringReader(""), new StringWriter(), new StringWriter(), false,
            new CancellationToken(canceled: true));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(130));
            Assert.That(File.ReadAllText(output), Is.EqualTo("previous report"));
            Assert.That(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Count(), Is.EqualTo(1));
        });
    }

    [TestCase("--metadata")]
    [TestCase("--gazetteer")]
    public void Analyze_ConfigurationFileIsAFolderOrDanglingLink_ClearErrorExitTwo(string option)
    {
        using var folder = new TempFolder();
        var seeds = folder.CopySeeds("in");
        var dangling = folder.File("dangling.json");
        File.CreateSymbolicLink(dangling, folder.File("nowhere.json"));
        Directory.CreateDirectory(folder.File("folder.json"));
        foreach (var path in new[] { folder.File("folder.json"), dangling })
        {
            var result = HangGuard.Run(() => CliHarness.Run("analyze", seeds, option, path), "analyze with a bad " + option, Limit);
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
                Assert.That(result.ErrorLines, Has.Length.EqualTo(1).And.All.Contain(Path.GetFileName(path)));
                Assert.That(result.Stderr, Does.Not.Contain("   at "));
            });
        }
    }

    private static void WriteBrokenFiles(TempFolder folder, string inputs)
    {
        string In(string name) => Path.Combine("in", name);
        var sentence = "Officials said on 23/7 that over 1,100 people fled.";
        folder.WriteBytes(In("b01-empty.txt"), []);
        folder.Write(In("b02-white-space.txt"), " \n\t\r\n  ");
        folder.WriteBytes(In("b03-nul.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        folder.WriteBytes(In("b04-invalid-utf8.txt"), [0x4F, 0x6E, 0x20, 0xFF, 0xC3, 0x28]);
        folder.WriteBytes(In("b05-windows-1252.txt"), Encoding.Latin1.GetBytes("\u00e9t\u00e9 ") .Concat(new byte[] { 0x93, 0x41, 0x94 }).ToArray());
        folder.WriteBytes(In("b06-utf16-odd-length.txt"), [0xFF, 0xFE, 0x41, 0x00, 0x42]);
        folder.WriteBytes(In("b07-utf16be-lone-surrogate.txt"), [0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00, 0x00, 0x42]);
        folder.WriteBytes(In("b08-utf8-bom-then-invalid.txt"), [0xEF, 0xBB, 0xBF, 0x41, 0xC0, 0xAF]);
        folder.WriteBytes(In("b09-bom-only.txt"), [0xEF, 0xBB, 0xBF]);
        folder.WriteBytes(In("b10-utf16-with-nul.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(sentence + "\0")]);
        using (var large = new FileStream(folder.File(In("b11-too-large.txt")), FileMode.CreateNew))
        {
            large.SetLength(51L * 1024 * 1024); // sparse: costs no disk and no time
        }

        File.CreateSymbolicLink(Path.Combine(inputs, "b12-dangling-link.txt"), Path.Combine(inputs, "nowhere", "missing.txt"));
        File.CreateSymbolicLink(Path.Combine(inputs, "b13-link-loop.txt"), Path.Combine(inputs, "b13-link-loop.tmp"));
        File.CreateSymbolicLink(Path.Combine(inputs, "b13-link-loop.tmp"), Path.Combine(inputs, "b13-link-loop.txt"));
        folder.Write(In(" b14-leading-space.txt"), sentence);
        folder.Write(In("b15-bad.jsonl"), "{\"id\": \"j1\", \"text\": \"unterminated\n");
        folder.Write(In("b16-no-text.jsonl"), "{\"id\": \"j2\"}\n");
        folder.Write(In("b17-wrong-type.jsonl"), "{\"id\": \"j3\", \"text\": 17}\n");
        folder.Write(In("b18-deep.jsonl"), "{\"id\": \"j4\", \"text\": \"x\", \"source\": " + new string('[', 100) + new string(']', 100) + "}\n");
        folder.Write(In("zz-duplicate-id.jsonl"), "{\"id\": \"" + Seeds.All()[0].Id + "\", \"text\": \"" + sentence + "\"}\n");
        folder.Write(In("zz-deleted.txt"), sentence);
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "mkfifo failed");
    }

    private static void ReleaseFifo(string path)
    {
        // Opening for writing would block when no reader is waiting, so it is done on a thread that is given up after a while.
        var writer = new Thread(() =>
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            }
            catch (IOException e)
            {
                TestContext.Progress.WriteLine("releasing the FIFO: " + e.Message);
            }
        }) { IsBackground = true };
        writer.Start();
        writer.Join(TimeSpan.FromSeconds(2));
    }

    /// <summary>A string writer that calls a hook with each line, to act at a known point of a run.</summary>
    private sealed class HookedWriter(Action<string> hook) : StringWriter
    {
        private readonly StringBuilder _line = new();

        public override void Write(char value)
        {
            base.Write(value);
            if (value == '\n')
            {
                hook(_line.ToString());
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }

        public override void WriteLine(string? value)
        {
            Write(value);
            foreach (var c in NewLine)
            {
                Write(c);
            }
        }
    }
}
