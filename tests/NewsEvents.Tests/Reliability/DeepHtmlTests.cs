using System.IO;
using System.Text;
using NewsEvents.Tests.Cli;
using NewsEvents.Text;

namespace NewsEvents.Tests.Reliability;

/// <summary>
/// HTML nested far deeper than any real page: the parser's work grows with the square of the depth, so the reader caps
/// the depth (<see cref="HtmlNestingLimiter"/>) and still returns the text.
/// </summary>
public sealed class DeepHtmlTests
{
    private const int Depth = 200_000;
    private const string Story = "Rescue teams reached the flooded village of Tarnow on Monday.";

    private static string NestedDivs(int depth, string text)
    {
        var builder = new StringBuilder((depth * 11) + text.Length + 64);
        builder.Append("<!DOCTYPE html><html><body>");
        builder.Insert(builder.Length, "<div>", depth);
        builder.Append("<p>").Append(text).Append("</p>");
        builder.Insert(builder.Length, "</div>", depth);
        return builder.Append("</body></html>").ToString();
    }

    [Test]
    public void ReadHtml_200000NestedDivs_ReadsTheStoryText()
    {
        var html = NestedDivs(Depth, Story);

        var article = HangGuard.Run(() => ArticleReader.ReadHtml(html, new ArticleMetadata("deep")), "ArticleReader.ReadHtml",
            TimeSpan.FromSeconds(120));

        Assert.That(article.Text, Is.EqualTo(Story));
    }

    [Test]
    public void ReadHtml_200000UnclosedDivsWithTextAtEveryLevel_KeepsAllTheText()
    {
        var html = new StringBuilder().Insert(0, "<div>a ", Depth).ToString();

        var article = HangGuard.Run(() => ArticleReader.ReadHtml(html, new ArticleMetadata("deep")), "ArticleReader.ReadHtml",
            TimeSpan.FromSeconds(120));

        Assert.That(article.Text.Count(c => c == 'a'), Is.EqualTo(Depth));
    }

    [Test]
    [NonParallelizable]
    public void Analyze_HtmlFileWith200000NestedDivs_ReadsTheArticleExitZero()
    {
        using var folder = new TempFolder();
        var path = folder.Write("deep.html", NestedDivs(Depth, Story));

        var result = HangGuard.Run(() => CliHarness.Run("analyze", path, "--verbose"), "newsevents analyze",
            TimeSpan.FromSeconds(120));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "deep" }));
            Assert.That(result.ErrorLines.Where(l => l.Contains("warning", StringComparison.Ordinal)),
                Is.EqualTo(new[] { $"newsevents: warning: {path}: {ReaderMessages.NestingTooDeep(Depth - HtmlNestingLimiter.MaxDepth)}" }));
        });
    }

    [Test]
    public void ReadHtml_200000NestedDivs_WarnsOnceAndKeepsTheText()
    {
        var warnings = new List<string>();

        var article = HangGuard.Run(() => ArticleReader.ReadHtml(NestedDivs(Depth, Story), new ArticleMetadata("deep"), warnings.Add),
            "ArticleReader.ReadHtml", TimeSpan.FromSeconds(120));

        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Is.EqualTo(Story));
            Assert.That(warnings, Is.EqualTo(new[] { ReaderMessages.NestingTooDeep(Depth - HtmlNestingLimiter.MaxDepth) }));
            Assert.That(warnings[0], Does.StartWith(ReaderMessages.NestingTooDeepPrefix));
        });
    }

    [Test]
    public void ReadHtml_NestedWithinTheLimit_DoesNotWarn()
    {
        var warnings = new List<string>();

        var article = ArticleReader.ReadHtml(NestedDivs(HtmlNestingLimiter.MaxDepth - 1, Story), new ArticleMetadata("deep"), warnings.Add);

        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Is.EqualTo(Story));
            Assert.That(warnings, Is.Empty);
        });
    }
}
