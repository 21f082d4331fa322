using FsCheck;
using FsCheck.Fluent;

namespace NewsEvents.Tests.Text;

/// <summary>The reader never throws and keeps every offset exact on hostile input.</summary>
public class ArticleReaderRobustnessTests
{
    private const string Replay = "(20251121,7)";

    private static readonly char[] Alphabet =
    [
        'a', 'b', 'e', 'T', 'Z', 'Ä', 'ş', ' ', ' ', ' ', '\n', '\n', '\r', '\t', '.', '.', '!', '?', ',', ':', '"', '“', '”', '‘', '’', '(', ')', '[', ']',
        '|', '!', '-', '—', '©', '0', '7', '\0', '\u0001', '\u007f', '\u200b', '\u200e', '\u202e', '\u2066', '\ufeff', '\u00a0', '\u2028', '\ud83d', '\ude00',
    ];

    private static readonly string[] Words =
    [
        "Dr.", "U.S.", "a.m.", "No.", "1.5", "(AA)", "(ILKHA)", "ANKARA", "WASHINGTON —", " date 2025-07-23", "Photo:", "![]() |", "LEGAL WARNING",
        "All rights reserved", "Read also:", "according to Reuters", "as quoted by the state-run Anadolu Agency (AA).", "By Jane Doe", "(According to AFP, AP)",
        "Looking ahead", "The minister said.", "“Quote,” he said.", "\n\n", "\n",
    ];

    private static Arbitrary<string> NewsLikeText()
    {
        var chars = Gen.Elements(Alphabet).ArrayOf().Select(a => new string(a));
        var pieces = Gen.OneOf(Gen.Elements(Words), chars).ListOf().Select(l => string.Concat(l));
        return Gen.OneOf(chars, pieces).ToArbitrary();
    }

    [FsCheck.NUnit.Property(Replay = Replay, MaxTest = 500)]
    public Property Read_ArbitraryText_NeverThrowsAndEveryPartEqualsTheTextAtItsOffset()
    {
        TestContext.Out.WriteLine($"FsCheck replay seed {Replay}");
        return Prop.ForAll(NewsLikeText(), text =>
        {
            var article = ArticleReader.Read(text, new ArticleMetadata("fuzz"));
            return article.Text == text &&
                article.Sentences.All(s => s.Offset >= 0 && s.End <= text.Length && text.AsSpan(s.Offset, s.Length).SequenceEqual(s.Text) && !string.IsNullOrWhiteSpace(s.Text)) &&
                article.Boilerplate.All(b => b.Offset >= 0 && b.Offset + b.Length <= text.Length && text.AsSpan(b.Offset, b.Length).SequenceEqual(b.Text)) &&
                article.Paragraphs.All(p => p.Offset >= 0 && p.End <= text.Length) &&
                !article.Sentences.Any(s => article.Boilerplate.Any(b => b.Offset < s.End && s.Offset < b.Offset + b.Length));
        });
    }

    [FsCheck.NUnit.Property(Replay = Replay, MaxTest = 200)]
    public Property ReadHtml_ArbitraryMarkup_NeverThrows()
    {
        TestContext.Out.WriteLine($"FsCheck replay seed {Replay}");
        return Prop.ForAll(NewsLikeText(), text =>
        {
            var html = "<html><body><p>" + text.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p><script>x</script></body></html>";
            var article = ArticleReader.ReadHtml(html, new ArticleMetadata("fuzz"));
            return !article.Text.Contains("<p>", StringComparison.Ordinal);
        });
    }

    [Test]
    public void Read_ControlAndInvisibleCharacters_KeepsOffsetsIntact()
    {
        var text = "\u200bTalks\0 resumed in Geneva.\u202e The\u200e envoy left.\u0001\n\ufeffA second\u2066 paragraph ends here.";
        var article = ArticleReader.Read(text, new ArticleMetadata("controls"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Sentences.Select(s => s.Text), Is.EqualTo(new[] { "Talks\0 resumed in Geneva.", "The\u200e envoy left.", "A second\u2066 paragraph ends here." }));
            Assert.That(article.Sentences.All(s => text.Substring(s.Offset, s.Length) == s.Text), Is.True);
        });
    }

    [Test]
    public void Read_OneMegabyteLineWithoutPunctuation_ReturnsBoundedPseudoSentences()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum ", 90_000));
        var article = ArticleReader.Read(text, new ArticleMetadata("long"));
        Assert.Multiple(() =>
        {
            Assert.That(text, Has.Length.GreaterThan(1_000_000));
            Assert.That(article.Sentences.Max(s => s.Length), Is.LessThanOrEqualTo(2000));
            Assert.That(article.Sentences.Sum(s => s.Length), Is.GreaterThan(text.Length - article.Sentences.Length - 1));
        });
    }

    [Test]
    public void Read_LargeArticle_ReadsEveryParagraph()
    {
        const int Paragraphs = 40_000;
        var paragraph = "Officials in the capital said on Monday that talks with the U.S. delegation would resume. Dr. Lee agreed.\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, Paragraphs));
        var article = ArticleReader.Read(text, new ArticleMetadata("large"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs, Has.Length.EqualTo(Paragraphs));
            Assert.That(article.Sentences, Has.Length.EqualTo(2 * Paragraphs));
        });
    }

    [Test]
    public void Read_EmptyAndBlankText_ReturnsEmptyArticle()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ArticleReader.Read(string.Empty, new ArticleMetadata("empty")).Sentences, Is.Empty);
            Assert.That(ArticleReader.Read(" \n\u00a0\n\t", new ArticleMetadata("blank")).Sentences, Is.Empty);
        });
    }

    [Test]
    public void Read_NullArguments_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ArticleReader.Read(null!, new ArticleMetadata("x")), Throws.ArgumentNullException);
            Assert.That(() => ArticleReader.Read("text", null!), Throws.ArgumentNullException);
            Assert.That(() => ArticleReader.ReadHtml(null!, new ArticleMetadata("x")), Throws.ArgumentNullException);
        });
    }
}
