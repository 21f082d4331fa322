using System.Text;
using NewsEvents.Text;

namespace NewsEvents.Tests.Text;

[TestFixture]
public sealed class HtmlNestingLimiterTests
{
    private static string Repeat(string part, int count) => new StringBuilder().Insert(0, part, count).ToString();

    /// <summary>Pages within the limit of 3: html, expected output, why.</summary>
    private static IEnumerable<TestCaseData> Unchanged()
    {
        yield return new TestCaseData("<div><div><div>Flood warning</div></div></div>").SetArgDisplayNames("exactly the limit");
        yield return new TestCaseData(Repeat("<p>Rain fell.", 10)).SetArgDisplayNames("unclosed paragraphs close each other");
        yield return new TestCaseData(Repeat("<p><b>Rain</p>", 10)).SetArgDisplayNames("a paragraph closes the bold left open in it");
        yield return new TestCaseData(Repeat("<p><i>Rain<div>fell</div>", 10)).SetArgDisplayNames("a block closes the paragraph before it");
        yield return new TestCaseData("<ul>" + Repeat("<li>item", 10) + "</ul>").SetArgDisplayNames("list items");
        yield return new TestCaseData("<div><script>" + Repeat("<div>", 10) + "</script></div>").SetArgDisplayNames("tags inside a script");
        yield return new TestCaseData("<div><!--" + Repeat("<div>", 10) + "--></div>").SetArgDisplayNames("tags inside a comment");
        yield return new TestCaseData("<div title=\"<div><div><div><div>\">Dam</div>").SetArgDisplayNames("tags inside an attribute");
        yield return new TestCaseData("<div><svg>" + Repeat("<path d=\"M0 0\"/>", 10) + "</svg></div>").SetArgDisplayNames("self-closed SVG elements");
        yield return new TestCaseData("<div>" + Repeat("<br><img src=x>", 10) + "</div>").SetArgDisplayNames("void elements");
        yield return new TestCaseData("3 < 4 and 5 > 2 </p></br>").SetArgDisplayNames("angle brackets, end tags of uncounted elements");
    }

    [TestCaseSource(nameof(Unchanged))]
    public void Limit_WithinTheLimit_ReturnsTheSameString(string html)
    {
        Assert.That(HtmlNestingLimiter.Limit(html, maxDepth: 3), Is.SameAs(html));
    }

    /// <summary>Pages beyond the limit of 2: html, expected output.</summary>
    private static IEnumerable<TestCaseData> Flattened()
    {
        yield return new TestCaseData("<div><div><div><div>Dam</div></div></div></div>", "<div><div>Dam</div></div>")
            .SetArgDisplayNames("balanced");
        yield return new TestCaseData("<div>a<DIV class=\"x\">b<div>c<div>d", "<div>a<DIV class=\"x\">bcd")
            .SetArgDisplayNames("unclosed, mixed case");
        yield return new TestCaseData("<b><i><u>loud</u></i></b> after", "<b><i>loud</i></b> after")
            .SetArgDisplayNames("formatting elements");
        yield return new TestCaseData("<div><div><div><p>one<p>two</div></div></div>", "<div><div><p>one<p>two</div></div>")
            .SetArgDisplayNames("paragraphs are kept");
        yield return new TestCaseData("<font>a</b><font>b</b><font>c</b>", "<font>a<font>bc")
            .SetArgDisplayNames("stray end tags close nothing and are dropped");
        yield return new TestCaseData("<b><div>x</b><b><div>y</b>", "<b><div>xy")
            .SetArgDisplayNames("an inline end tag does not close a block");
        yield return new TestCaseData("<b><p>x</p><b><p>y</p><b><p>z</p>", "<b><p>x</p><b><p>y</p><p>z</p>")
            .SetArgDisplayNames("bolds around paragraphs nest");
        yield return new TestCaseData("3 < 4 and " + Repeat("</div>", 10) + " 5 > 2", "3 < 4 and  5 > 2")
            .SetArgDisplayNames("stray end tags and angle brackets");
        yield return new TestCaseData("<div><span><div>x</div></span></div><div><div><div>y", "<div><span>x</span></div><div><div>y")
            .SetArgDisplayNames("an end tag closes what opened inside it");
    }

    [TestCaseSource(nameof(Flattened))]
    public void Limit_BeyondTheLimit_DropsTheDeeperTagsAndKeepsTheText(string html, string expected)
    {
        Assert.That(HtmlNestingLimiter.Limit(html, maxDepth: 2), Is.EqualTo(expected));
    }
}
