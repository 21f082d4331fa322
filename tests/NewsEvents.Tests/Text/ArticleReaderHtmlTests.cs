using System.IO;

namespace NewsEvents.Tests.Text;

/// <summary>Reading HTML pages: readable text, title, publication date, and page chrome left out.</summary>
public class ArticleReaderHtmlTests
{
    private static string Page(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Text", name));

    [Test]
    public void ReadHtml_PageWithNavFooterAndScript_KeepsOnlyTheStory()
    {
        var article = ArticleReader.ReadHtml(Page("page-with-chrome.html"), new ArticleMetadata("page"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Sentences.Select(s => s.Text), Is.EqualTo(new[]
            {
                "Flooding in the river delta displaced thousands of farmers on Sunday, provincial officials said.",
                "The provincial flood agency said water levels would keep rising until Wednesday, according to Reuters.",
                "Farmers in the delta said the flooding had destroyed most of the rice harvest.",
            }));
            foreach (var chrome in new[] { "Home", "Tracking", "Injected", "All rights reserved", "Markets slide", "font-family", "Villagers wade" })
            {
                Assert.That(article.Text, Does.Not.Contain(chrome));
            }

            Assert.That(article.Title, Is.EqualTo("Floods sweep the delta"));
            Assert.That(article.Published, Is.EqualTo(new LocalDate(2025, 7, 23)));
            Assert.That(article.ReferenceDate.Basis, Is.EqualTo(ReferenceDateBasis.Metadata));
            Assert.That(article.Dateline, Is.EqualTo("DHAKA"));
            Assert.That(article.Credits, Is.EqualTo(new[] { "AFP" }));
            Assert.That(article.Relays, Is.EqualTo(new[] { "Reuters" }));
            Assert.That(article.Boilerplate.Select(b => b.Kind), Is.EquivalentTo(new[] { BoilerplateKind.Byline, BoilerplateKind.Dateline, BoilerplateKind.SectionLabel }));
        });
    }

    [Test]
    public void ReadHtml_Paragraphs_AreSeparatedByNewlines()
    {
        var article = ArticleReader.ReadHtml("<html><body><p>First  paragraph\n is here.</p><p>Second one.</p></body></html>", new ArticleMetadata("p"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Is.EqualTo("First paragraph is here.\nSecond one."));
            Assert.That(article.Paragraphs, Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void ReadHtml_NoOgTitle_TakesTitleFromH1ThenTitleElement()
    {
        var withH1 = ArticleReader.ReadHtml("<html><head><title>Site | Story</title></head><body><h1>Port reopens</h1><p>Ships queued on Monday.</p></body></html>", new ArticleMetadata("h1"));
        var titleOnly = ArticleReader.ReadHtml("<html><head><title>Port reopens</title></head><body><p>Ships queued on Monday.</p></body></html>", new ArticleMetadata("t"));
        Assert.Multiple(() =>
        {
            Assert.That(withH1.Title, Is.EqualTo("Port reopens"));
            Assert.That(withH1.Text, Is.EqualTo("Ships queued on Monday."));
            Assert.That(titleOnly.Title, Is.EqualTo("Port reopens"));
        });
    }

    [Test]
    public void ReadHtml_TimeElement_GivesPublicationDateWhenMetadataHasNone()
    {
        const string Html = "<article><time datetime=\"2024-12-08\">8 December</time><p>Rebels entered the capital.</p></article>";
        var fromPage = ArticleReader.ReadHtml(Html, new ArticleMetadata("time"));
        var fromMetadata = ArticleReader.ReadHtml(Html, new ArticleMetadata("time", published: new LocalDate(2024, 12, 9)));
        Assert.Multiple(() =>
        {
            Assert.That(fromPage.Published, Is.EqualTo(new LocalDate(2024, 12, 8)));
            Assert.That(fromMetadata.Published, Is.EqualTo(new LocalDate(2024, 12, 9)));
            Assert.That(fromMetadata.ReferenceDate.Basis, Is.EqualTo(ReferenceDateBasis.Metadata));
        });
    }

    [Test]
    public void ReadHtml_MetadataTitle_WinsOverPageTitle()
    {
        var article = ArticleReader.ReadHtml("<html><head><meta property=\"og:title\" content=\"Page title\"></head><body><p>Talks resumed.</p></body></html>", new ArticleMetadata("m", title: "Caller title"));
        Assert.That(article.Title, Is.EqualTo("Caller title"));
    }

    [Test]
    public void ReadHtml_MalformedMarkup_StillReadsText()
    {
        var article = ArticleReader.ReadHtml("<p>Unclosed paragraph about the vote.<p>Another <b>bold claim</i> here.<div>Trailing div text.", new ArticleMetadata("bad"));
        Assert.That(article.Sentences.Select(s => s.Text), Is.EqualTo(new[] { "Unclosed paragraph about the vote.", "Another bold claim here.", "Trailing div text." }));
    }

    [Test]
    public void ReadHtml_InvalidPublishedTime_IsIgnored()
    {
        var article = ArticleReader.ReadHtml("<html><head><meta property=\"article:published_time\" content=\"yesterday at noon\"></head><body><p>Talks resumed.</p></body></html>", new ArticleMetadata("d"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Published, Is.Null);
            Assert.That(article.ReferenceDate, Is.EqualTo(ReferenceDate.Unknown));
        });
    }

    [Test]
    public void ReadHtml_DeeplyNestedMarkup_DoesNotOverflowTheStack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 1_000)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", 1_000));
        var article = ArticleReader.ReadHtml(html, new ArticleMetadata("deep"));
        Assert.That(article.Sentences.Select(s => s.Text), Is.EqualTo(new[] { "Deep text." }));
    }
}
