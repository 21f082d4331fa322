using System.Diagnostics;
using System.IO;
using AngleSharp.Html.Parser;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Browser;

/// <summary>
/// The HTML report of the seeds in a real browser: headless Chromium (the Debian package <c>chromium</c>, which .ci/run
/// installs when it is missing) loads the page; the rendered DOM must have the conflicts, the links and the SVG timeline,
/// the page must log nothing to the console, and a screenshot is kept as a test attachment. Without Chromium the tests are
/// ignored with that reason, never passed silently.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private string _chromium = null!;
    private string _folder = null!;
    private string _page = null!;
    private ReconciliationReport _report = null!;

    [OneTimeSetUp]
    public void StartUp()
    {
        _chromium = FindChromium() ?? string.Empty;
        if (_chromium.Length == 0)
        {
            Assert.Ignore("Chromium is not installed (Debian package 'chromium'; .ci/run installs it with apt-get when missing)");
        }

        var pipeline = NewsPipeline.CreateDefault();
        _report = pipeline.Reconcile(Seeds.All().Select(s =>
            pipeline.Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id, url: "https://example.org/seeds/" + s.Id)))));
        _folder = Path.Combine(Path.GetTempPath(), "newsevents-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _page = Path.Combine(_folder, "report.html");
        File.WriteAllText(_page, ReportRenderer.ToHtml(_report));
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void RenderedDom_HasConflictsLinksAndTheSvgTimeline()
    {
        var (dom, _) = RunChromium("--dump-dom", new Uri(_page).AbsoluteUri);
        var document = new HtmlParser().ParseDocument(dom);

        Assert.Multiple(() =>
        {
            Assert.That(document.QuerySelectorAll("section#conflicts article.conflict"), Has.Length.EqualTo(_report.Conflicts.Length));
            Assert.That(_report.Conflicts, Is.Not.Empty);
            Assert.That(document.QuerySelectorAll("a[href^='https://example.org/seeds/']"), Is.Not.Empty);
            Assert.That(document.QuerySelectorAll("a[href*='#:~:text=']"), Is.Not.Empty);
            Assert.That(document.QuerySelectorAll("section#timeline svg.timeline circle.mark"), Is.Not.Empty);
            Assert.That(document.QuerySelectorAll("section#grid table.grid td.conflict"), Is.Not.Empty);
            Assert.That(document.QuerySelectorAll("mark"), Is.Not.Empty);
        });
    }

    [Test]
    public void Page_LogsNothingToTheConsole_WhileAPageThatDoesIsCaught()
    {
        // The check must be able to fail: a page that logs an error is seen by the same reading of Chromium's log.
        var canary = Path.Combine(_folder, "canary.html");
        File.WriteAllText(canary, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>c</title></head><body><script>console.error('canary-7f3');</script></body></html>");
        var (_, canaryLog) = RunChromium("--dump-dom", new Uri(canary).AbsoluteUri);
        var (_, log) = RunChromium("--dump-dom", new Uri(_page).AbsoluteUri);

        Assert.Multiple(() =>
        {
            Assert.That(ConsoleLines(canaryLog), Has.Some.Contains("canary-7f3"));
            Assert.That(ConsoleLines(log), Is.Empty);
        });
    }

    [Test]
    public void Screenshot_IsAPngKeptAsAnAttachment()
    {
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-screenshot.png");
        File.Delete(screenshot);
        RunChromium("--hide-scrollbars", "--window-size=1280,1800", "--screenshot=" + screenshot, new Uri(_page).AbsoluteUri);
        TestContext.AddTestAttachment(screenshot, "The HTML report of the seeds in headless Chromium");

        // NEWSEVENTS_UPDATE_SCREENSHOT=1 refreshes the picture the README shows.
        if (Environment.GetEnvironmentVariable("NEWSEVENTS_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(screenshot, Path.Combine(ProcessRunner.RepositoryRoot(), "docs", "images", "report.png"), overwrite: true);
        }

        var bytes = File.ReadAllBytes(screenshot);
        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
            Assert.That(bytes, Has.Length.GreaterThan(20_000), "a blank page compresses to a few kilobytes");
        });
    }

    private static IEnumerable<string> ConsoleLines(string log) =>
        log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal));

    private (string Stdout, string Stderr) RunChromium(params string[] arguments)
    {
        var info = new ProcessStartInfo(_chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[]
                 {
                     "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                     "--user-data-dir=" + Path.Combine(_folder, "profile"), "--enable-logging=stderr", "--v=0", "--log-level=0",
                 }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within {Timeout}.");
        }

        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), stderr.Result);
        return (stdout.Result, stderr.Result);
    }

    private static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("NEWSEVENTS_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
