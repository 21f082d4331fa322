using NewsEvents.Entities;

namespace NewsEvents.Tests.Entities;

public class PhraseSetTests
{
    private static readonly PhraseSet Titles = EntityCues.Default.Titles;

    private static readonly PhraseSet Bodies = new(["armed forces", "army", "security forces", "prime minister office"], new Dictionary<string, string>
    {
        ["armed forces"] = "military",
        ["army"] = "military",
    });

    [TestCase("Rear Adm. Zeki Aktürk said", 0, 2, "rear adm")]
    [TestCase("the armed forces said", 1, 0, "")]
    [TestCase("Brig. Gen. Rami Aziz", 0, 2, "brig gen")]
    [TestCase("Spokesman Rami Aziz", 0, 1, "spokesman")]
    [TestCase("rear, admiral", 0, 0, "")]
    public void Match_Titles_FindsTheLongestPhrase(string text, int start, int expectedLength, string expectedValue)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var length = Titles.Match(tokens, start, out var value);
        Assert.Multiple(() =>
        {
            Assert.That(length, Is.EqualTo(expectedLength));
            Assert.That(value, Is.EqualTo(expectedValue));
        });
    }

    [TestCase("the armed forces said", 1, 2, "military")]
    [TestCase("army troops", 0, 1, "military")]
    [TestCase("security forces", 0, 2, "security forces")]
    [TestCase("prime minister office", 0, 3, "prime minister office")]
    [TestCase("prime minister", 0, 0, "")]
    [TestCase("armed, forces", 0, 0, "")]
    public void Match_PhrasesWithValues_GivesTheValue(string text, int start, int expectedLength, string expectedValue)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var length = Bodies.Match(tokens, start, out var value);
        Assert.Multiple(() =>
        {
            Assert.That(length, Is.EqualTo(expectedLength));
            Assert.That(value, Is.EqualTo(expectedValue));
        });
    }

    [Test]
    public void Match_WordLongerThanEveryPhrase_FindsNothing()
    {
        var text = "army" + new string('x', 300) + " forces";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.That(Bodies.Match(tokens, 0, out _), Is.Zero);
    }

    [Test]
    public void FirstWords_ArePhraseStarts() =>
        Assert.That(Bodies.FirstWords.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "armed", "army", "prime", "security" }));
}
