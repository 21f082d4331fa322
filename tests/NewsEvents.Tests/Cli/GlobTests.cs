using NewsEvents.Cli.Input;

namespace NewsEvents.Tests.Cli;

[TestFixture]
public sealed class GlobTests
{
    private static IEnumerable<TestCaseData> SegmentCases()
    {
        yield return new TestCaseData("*.txt", "a.txt", true);
        yield return new TestCaseData("*.txt", ".txt", true);
        yield return new TestCaseData("*.txt", "a.txt.bak", false);
        yield return new TestCaseData("a?c", "abc", true);
        yield return new TestCaseData("a?c", "ac", false);
        yield return new TestCaseData("*a*b*", "xxaxxbxx", true);
        yield return new TestCaseData("*a*b*", "xxbxxaxx", false);
        yield return new TestCaseData("abc", "abc", true);
        yield return new TestCaseData("abc", "abd", false);
        yield return new TestCaseData("*", "", true);
        yield return new TestCaseData("?", "", false);
        yield return new TestCaseData(new string('*', 30) + "b", new string('a', 200), false);
    }

    [TestCaseSource(nameof(SegmentCases))]
    public void MatchSegment_Case_ReturnsExpected(string pattern, string text, bool expected)
    {
        Assert.That(Glob.MatchSegment(pattern, text), Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> PathCases()
    {
        yield return new TestCaseData("**/*.txt", "a.txt", true);
        yield return new TestCaseData("**/*.txt", "x/y/a.txt", true);
        yield return new TestCaseData("*/*.txt", "a.txt", false);
        yield return new TestCaseData("*/*.txt", "x/a.txt", true);
        yield return new TestCaseData("x/**/y/*.txt", "x/y/a.txt", true);
        yield return new TestCaseData("x/**/y/*.txt", "x/p/q/y/a.txt", true);
        yield return new TestCaseData("x/**/y/*.txt", "x/p/q/z/a.txt", false);
        yield return new TestCaseData("**", "any/thing", true);
    }

    [TestCaseSource(nameof(PathCases))]
    public void MatchSegments_Case_ReturnsExpected(string pattern, string path, bool expected)
    {
        Assert.That(Glob.MatchSegments(pattern.Split('/'), path.Split('/')), Is.EqualTo(expected));
    }

    [TestCase("seeds/*.txt", true)]
    [TestCase("a?", true)]
    [TestCase("seeds", false)]
    public void IsPattern_Case_ReturnsExpected(string text, bool expected)
    {
        Assert.That(Glob.IsPattern(text), Is.EqualTo(expected));
    }
}
