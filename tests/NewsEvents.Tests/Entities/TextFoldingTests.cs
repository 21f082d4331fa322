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
    public void Slug_PersonName_IsDeterministicAscii() => Assert.That(TextFolding.Slug("Zeki Aktürk"), Is.EqualTo("zeki-akturk"));
}
