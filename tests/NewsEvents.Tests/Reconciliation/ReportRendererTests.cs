using System.Text.RegularExpressions;
using NewsEvents.Reconciliation;
using static NewsEvents.Tests.Reconciliation.AnalysisBuilder;

namespace NewsEvents.Tests.Reconciliation;

public sealed class ReportRendererTests
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "link", "input", "wbr" };

    private static ReconciliationReport Report()
    {
        AnalysisBuilder Article(string id, string source) =>
            new AnalysisBuilder(id, source, new LocalDate(2025, 7, 25))
                .Actor("israel", "Israel")
                .Actor("gaza", "Gaza <Strip> & \"co\"")
                .Event("e1", EventType.Attack, null, null, null, ("israel", ParticipantRole.Agent), ("gaza", ParticipantRole.Target));
        return Reconciler.Reconcile(
        [
            Article("r1", "Outlet <One>").Claim("e1", ClaimProperty.Deaths, Number("over 1,100", 1101, null, true), "killed \"over 1,100\" people & more")
                .Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel struck Gaza").Build(),
            Article("r2", "Outlet Two").Claim("e1", ClaimProperty.Deaths, Number("about 500", 500, 500, true), "about 500 <b>dead</b>")
                .Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel hit Gaza").Build(),
        ], null);
    }

    [Test]
    public void ToText_ReportWithConflict_ListsConflictsBeforeCorroborations()
    {
        var text = ReportRenderer.ToText(Report());
        var conflicts = text.IndexOf("CONFLICTS (1)", StringComparison.Ordinal);
        var explanation = text.IndexOf("puts the death toll", StringComparison.Ordinal);
        var corroborations = text.IndexOf("CORROBORATIONS (1)", StringComparison.Ordinal);
        var timeline = text.IndexOf("EVENT TIMELINE", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("NEWS RECONCILIATION REPORT").And.Contain("2 articles from 2 sources"));
            Assert.That(conflicts, Is.GreaterThan(0));
            Assert.That(explanation, Is.GreaterThan(conflicts));
            Assert.That(corroborations, Is.GreaterThan(explanation));
            Assert.That(timeline, Is.GreaterThan(corroborations));
            Assert.That(text, Does.Contain("\"killed \"over 1,100\" people & more\"").And.Contain("about 500 <b>dead</b>"));
        });
    }

    [Test]
    public void ToHtml_ReportWithConflict_IsBalancedSelfContainedAndEncoded()
    {
        var html = ReportRenderer.ToHtml(Report());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(UnbalancedTag(html), Is.Null);
            // The value's words are marked inside the quote; the quote around them stays encoded.
            Assert.That(html, Does.Contain("killed &quot;<mark>over 1,100</mark>&quot; people &amp; more"));
            Assert.That(html, Does.Contain("<mark>about 500</mark> &lt;b&gt;dead&lt;/b&gt;"));
            Assert.That(html, Does.Contain("Outlet &lt;One&gt;"));
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("src="));
            Assert.That(Regex.Matches(html, "href=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value),
                Is.Not.Empty.And.All.StartsWith("#"), "no article has a URL, so the only links are to the page's own sections");
            Assert.That(html, Does.Contain("class=\"sides\"").And.Contain("id=\"timeline\"").And.Contain("id=\"sources\""));
        });
    }

    [Test]
    public void ToHtml_EmptyReport_IsBalanced()
    {
        var html = ReportRenderer.ToHtml(new ReconciliationReport());
        Assert.Multiple(() =>
        {
            Assert.That(UnbalancedTag(html), Is.Null);
            Assert.That(html, Does.Contain("No conflicts."));
        });
    }

    [Test]
    public void UnbalancedTag_MissingClose_Reported()
    {
        Assert.That(UnbalancedTag("<html><body><p>x</body></html>"), Is.EqualTo("body"), "the close tag that does not match the open p");
    }

    /// <summary>Returns the first tag that is not properly closed, or null when every element is balanced.</summary>
    private static string? UnbalancedTag(string html)
    {
        var body = Regex.Replace(html, "<style>.*?</style>", "", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var stack = new Stack<string>();
        foreach (Match m in Regex.Matches(body, @"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            var name = m.Groups[2].Value.ToLowerInvariant();
            if (VoidElements.Contains(name))
            {
                continue;
            }

            if (m.Groups[1].Value.Length == 0)
            {
                stack.Push(name);
            }
            else if (stack.Count == 0 || stack.Pop() != name)
            {
                return name;
            }
        }

        return stack.Count == 0 ? null : stack.Peek();
    }
}
