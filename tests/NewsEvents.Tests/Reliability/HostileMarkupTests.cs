using NewsEvents.Text;

namespace NewsEvents.Tests.Reliability;

/// <summary>
/// Hostile and broken HTML through the reader: every page is read (nothing throws, nothing hangs), the story text comes
/// out, and the work and memory stay linear in the size of the page.
/// </summary>
public sealed class HostileMarkupTests
{
    // Bytes allocated per character of HTML, over the whole read: AngleSharp builds a DOM of several hundred bytes per node,
    // so 1,000,000 sibling elements of 14 characters need about 50 bytes per character, and "<p><b>x</p>" repeated (each
    // paragraph reopens the bold: three nodes for 11 characters) about 220. Work that grows with the depth on every tag
    // (100,000 "<font>x</b>" at depth 512) allocated about 10,000.
    private const int MaxAllocatedPerCharacter = 400;

    private static IEnumerable<HostileMarkup.Page> Cases() => HostileMarkup.All();

    [TestCaseSource(nameof(Cases))]
    public void ReadHtml_HostileMarkup_ReadsTheStoryTextInBoundedMemory(HostileMarkup.Page page)
    {
        var html = page.Build();
        var (article, allocated) = HangGuard.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var read = ArticleReader.ReadHtml(html, new ArticleMetadata("hostile"));
            return (read, GC.GetAllocatedBytesForCurrentThread() - before);
        }, $"ArticleReader.ReadHtml on {page.Name}", TimeSpan.FromSeconds(60));

        TestContext.Out.WriteLine($"{page.Name}: {html.Length} characters, {allocated} bytes allocated ({allocated / html.Length} per character)");
        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Does.Contain(HostileMarkup.Story));
            Assert.That(article.Text, Does.Not.Contain("lollol"), "entities declared in a doctype are never expanded");
            Assert.That(article.Text, Has.Length.LessThanOrEqualTo(html.Length));
            Assert.That(allocated, Is.LessThanOrEqualTo((long)MaxAllocatedPerCharacter * html.Length));
            HostileTextTests.AssertSentencesInside(article);
        });
    }
}
