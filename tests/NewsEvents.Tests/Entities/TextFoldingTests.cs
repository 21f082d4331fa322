using NewsEvents.Entities;

namespace NewsEvents.Tests.Entities;

public class TextFoldingTests
{
    [TestCase("Türkiye", "turkiye")]
    [TestCase("İstanbul", "istanbul")]
    [TestCase("Yıldız", "yildiz")]
    [TestCase("Aktürk", "akturk")]
    [TestCase("Dar'a", "dara")]
    [TestCase("Ma’rib", "marib")]
    [TestCase("Øresund", "oresund")]
    [TestCase("Straße", "strasse")]
    [TestCase("ŞAM", "sam")]
    [TestCase("Erdoğan", "erdogan")]
    public void FoldWord_Variants_FoldToAscii(string word, string expected) => Assert.That(TextFolding.FoldWord(word), Is.EqualTo(expected));

    [TestCase("Ahmed", "Ahmad")]
    [TestCase("Mohammed", "Muhammad")]
    [TestCase("Mohammed", "Mohamed")]
    [TestCase("Usama", "Osama")]
    [TestCase("Qaddafi", "Kaddafi")]
    [TestCase("Khalid", "Kalid")]
    public void Skeleton_TransliterationVariants_AreEqual(string a, string b) =>
        Assert.That(TextFolding.Skeleton(TextFolding.FoldWord(a)), Is.EqualTo(TextFolding.Skeleton(TextFolding.FoldWord(b))));

    [TestCase("Ahmed", "Hamid")]
    [TestCase("Syria", "Serbia")]
    public void Skeleton_DifferentNames_Differ(string a, string b) =>
        Assert.That(TextFolding.Skeleton(TextFolding.FoldWord(a)), Is.Not.EqualTo(TextFolding.Skeleton(TextFolding.FoldWord(b))));

    [TestCase("suwayda", "suweyda", 1)]
    [TestCase("sweida", "sweyda", 1)]
    [TestCase("kharkiv", "kharkov", 1)]
    [TestCase("abcd", "abdc", 1)]
    [TestCase("damascus", "ankara", 3)]
    public void EditDistance_Pairs_AreBounded(string a, string b, int expected) => Assert.That(TextFolding.EditDistance(a, b, 2), Is.EqualTo(Math.Min(expected, 3)));

    [Test]
    public void Tokenize_Possessive_IsFlaggedAndExcluded()
    {
        const string text = "Syria’s and Damascus' and Turkey's";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.That(tokens.Where(t => t.Possessive).Select(t => text[t.Start..t.End]), Is.EqualTo(new[] { "Syria", "Damascus", "Turkey" }));
    }

    [Test]
    public void FoldWord_IntoBuffer_AgreesWithFoldingByNormalizing()
    {
        // A word longer than MaxTabledWordLength is folded by normalizing: the table must give the same result.
        Span<char> buffer = stackalloc char[3 * TextFolding.MaxFoldedLength];
        var differing = new List<string>();
        for (var c = '\0'; c <= '\u036F'; c++)
        {
            var word = new string(c, TextFolding.MaxTabledWordLength + 1);
            var length = TextFolding.FoldWord(['x', c, 'y'], buffer);
            var expected = "x" + TextFolding.FoldWord(word)[..(TextFolding.FoldWord(word).Length / word.Length)] + "y";
            if (length < 0 || new string(buffer[..length]) != expected)
            {
                differing.Add($"U+{(int)c:X4}");
            }
        }

        Assert.That(differing, Is.Empty);
    }

    [TestCase("Ma’rib", "marib")]
    [TestCase("Straße", "strasse")]
    [TestCase("ŞAM", "sam")]
    public void FoldWord_IntoBuffer_FoldsTabledWords(string word, string expected)
    {
        Span<char> buffer = stackalloc char[word.Length * TextFolding.MaxFoldedLength];
        var length = TextFolding.FoldWord(word, buffer);
        Assert.That(new string(buffer[..length]), Is.EqualTo(expected));
    }

    [Test]
    public void FoldWord_IntoBuffer_BeyondTheTable_ReturnsMinusOne()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.That(TextFolding.FoldWord("Ἀθῆναι", buffer), Is.EqualTo(-1));
    }

    [Test]
    public void EditDistance_RandomWords_AgreesWithFullTable([Values(1, 2, 3)] int limit)
    {
        const int seed = 20260512;
        var random = new Random(seed);
        for (var n = 0; n < 2000; n++)
        {
            var a = RandomWord(random, random.Next(0, n < 1900 ? 12 : 200));
            var b = RandomWord(random, a.Length + random.Next(-2, 3));
            // The oracle is the CLI's unbounded optimal string alignment distance. Above the limit only "too far" counts: the
            // result is then some value above the limit.
            var expected = Math.Min(NewsEvents.Cli.Commands.CliSyntax.Distance(a, b), limit + 1);
            Assert.That(Math.Min(TextFolding.EditDistance(a, b, limit), limit + 1), Is.EqualTo(expected), $"seed {seed}, case {n}: {a} / {b}");
        }
    }

    private static string RandomWord(Random random, int length) =>
        new([.. Enumerable.Range(0, Math.Max(0, length)).Select(_ => (char)('a' + random.Next(4)))]);

    [Test]
    public void Slug_PersonName_IsDeterministicAscii() => Assert.That(TextFolding.Slug("Zeki Aktürk"), Is.EqualTo("zeki-akturk"));
}
