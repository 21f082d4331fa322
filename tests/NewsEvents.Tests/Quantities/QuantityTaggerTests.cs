using System.Text;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Quantities;

[TestFixture]
public sealed class QuantityTaggerTests
{
    private static readonly QuantityTagger Tagger = QuantityTagger.Default;

    private static IEnumerable<TestCaseData> SingleCases => QuantityTaggerCases.Single();

    private static IEnumerable<TestCaseData> NoneCases => QuantityTaggerCases.None();

    private static IEnumerable<TestCaseData> MultipleCases => QuantityTaggerCases.Multiple();

    private static IEnumerable<TestCaseData> SeedCases()
    {
        yield return new TestCaseData("000_3a03000dc137063e", new[]
        {
            Q("over 1,100 people", 1101m, null, true, "people"),
            Q("hundreds of airstrikes", 200m, null, true, "airstrikes"),
            Q("30 days", 30m, 30m, false, "days"),
        }).SetArgDisplayNames("000");
        yield return new TestCaseData("001_1aa643a952d2a023", Array.Empty<QuantityMention>()).SetArgDisplayNames("001");
        yield return new TestCaseData("002_bf985b269310d3b1", new[]
        {
            Q("113 new martyrs", 113m, 113m, false, "martyrs"),
            Q("534 wounded civilians", 534m, 534m, false, "civilians"),
            Q("24 hours", 24m, 24m, false, "hours"),
            Q("three crew members", 3m, 3m, false, "members"),
            Q("nearly 80 students", null, 80m, true, "students"),
        }).SetArgDisplayNames("002");
        yield return new TestCaseData("003_3119cb0e92ed0cd5", new[]
        {
            Q("several teams", 3m, null, true, "teams"),
        }).SetArgDisplayNames("003");
        yield return new TestCaseData("004_6f0372442f866925", new[]
        {
            Q("two former adversaries", 2m, 2m, false, "adversaries"),
            Q("one Turkish adviser", 1m, 1m, false, "adviser"),
        }).SetArgDisplayNames("004");
    }

    [TestCaseSource(nameof(SingleCases))]
    public void Tag_NewsSentence_FindsTheQuantity(string sentence, string text, decimal? min, decimal? max, bool approximate, string? unit)
    {
        var mentions = Tagger.Tag(sentence);

        Assert.That(mentions.Select(m => m.Text), Is.EqualTo(new[] { text }), "mentions of: " + sentence);
        var mention = mentions[0];
        Assert.Multiple(() =>
        {
            Assert.That(mention.Offset, Is.EqualTo(sentence.IndexOf(text, StringComparison.Ordinal)), "offset");
            Assert.That(mention.Min, Is.EqualTo(min), "min");
            Assert.That(mention.Max, Is.EqualTo(max), "max");
            Assert.That(mention.Approximate, Is.EqualTo(approximate), "approximate");
            Assert.That(mention.Unit, Is.EqualTo(unit), "unit");
        });
    }

    [TestCaseSource(nameof(NoneCases))]
    public void Tag_DateTimeOrIdentifier_FindsNothing(string sentence)
    {
        Assert.That(Tagger.Tag(sentence).Select(m => m.Text), Is.Empty, sentence);
    }

    [TestCaseSource(nameof(SeedCases))]
    public void Tag_Seed_FindsExactlyTheExpectedQuantities(string id, QuantityMention[] expected)
    {
        var text = Seeds.Text(id);

        var mentions = Tagger.Tag(text);

        Assert.That(
            mentions.Select(m => (m.Text, m.Min, m.Max, m.Approximate, m.Unit)),
            Is.EqualTo(expected.Select(m => (m.Text, m.Min, m.Max, m.Approximate, m.Unit))));
        Assert.That(mentions.Select(m => text.Substring(m.Offset, m.Length)), Is.EqualTo(expected.Select(m => m.Text)));
    }

    [TestCaseSource(nameof(MultipleCases))]
    public void Tag_SentenceWithSeveralQuantities_FindsEach(string sentence, QuantityMention[] expected)
    {
        var mentions = Tagger.Tag(sentence);

        Assert.That(mentions.Select(m => m.Text), Is.EqualTo(expected.Select(m => m.Text)), "mentions of: " + sentence);
        Assert.Multiple(() =>
        {
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.That(mentions[k].Offset, Is.EqualTo(expected[k].Offset), "offset " + k);
                Assert.That(mentions[k].Min, Is.EqualTo(expected[k].Min), "min " + k);
                Assert.That(mentions[k].Max, Is.EqualTo(expected[k].Max), "max " + k);
                Assert.That(mentions[k].Approximate, Is.EqualTo(expected[k].Approximate), "approximate " + k);
                Assert.That(mentions[k].Unit, Is.EqualTo(expected[k].Unit), "unit " + k);
            }
        });
    }

    [Test]
    public void Tag_SeveralQuantities_ReturnsThemInTextOrder()
    {
        const string Text = "Over 1,100 people died and 534 were wounded; thousands fled within 30 days.";

        var mentions = Tagger.Tag(Text);

        Assert.That(mentions.Select(m => m.Text), Is.EqualTo(new[] { "Over 1,100 people", "534", "thousands", "30 days" }));
    }

    [Test]
    public void Tag_Null_Throws()
    {
        Assert.That(() => Tagger.Tag(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Tag_Empty_ReturnsEmpty()
    {
        Assert.That(Tagger.Tag(string.Empty), Is.Empty);
    }

    [Test]
    [SetCulture("tr-TR")]
    public void Tag_TurkishCulture_ParsesInvariantly()
    {
        AssertCultureIndependent();
    }

    [Test]
    [SetCulture("de-DE")]
    public void Tag_GermanCulture_ParsesInvariantly()
    {
        AssertCultureIndependent();
    }

    [Test]
    public void Tag_TenThousandDigits_SkipsWithoutThrowing()
    {
        var text = "There were " + new string('9', 10_000) + " people and 5 dogs.";

        var mentions = Tagger.Tag(text);

        Assert.That(mentions.Select(m => m.Text), Is.EqualTo(new[] { "5 dogs" }));
    }

    [Test]
    public void Tag_HundredThousandCommas_ReturnsWithoutThrowing()
    {
        var text = "1" + string.Concat(Enumerable.Repeat(",000", 100_000)) + " people, " + new string(',', 100_000) + " 7 days";

        var mentions = Tagger.Tag(text);

        Assert.That(mentions.Select(m => m.Text), Is.EqualTo(new[] { "7 days" }));
    }

    [Test]
    public void Tag_OneMegabyteWithoutSpaces_ReturnsWithoutThrowing()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append("a1-2/3:4.5,6over");
        }

        Assert.That(() => Tagger.Tag(builder.ToString()), Throws.Nothing);
    }

    [Test]
    public void Tag_HugeScaledWords_DoesNotOverflow()
    {
        var text = string.Concat(Enumerable.Repeat("999,999,999,999,999 trillion trillion ", 1000)) + "ninety-nine trillion billion million thousand hundred people";

        Assert.That(() => Tagger.Tag(text), Throws.Nothing);
    }

    private static void AssertCultureIndependent()
    {
        var mentions = Tagger.Tag("Over 1,100 people died and 1.5 million fled; 2,5 is not a number here.");

        Assert.Multiple(() =>
        {
            Assert.That(mentions[0].Min, Is.EqualTo(1101m));
            Assert.That(mentions[1].Text, Is.EqualTo("1.5 million"));
            Assert.That(mentions[1].Min, Is.EqualTo(1_500_000m));
            Assert.That(mentions[1].Max, Is.EqualTo(1_500_000m));
        });
    }

    private static QuantityMention Q(string text, decimal? min, decimal? max, bool approximate, string? unit) =>
        new(text, 0, min, max, approximate, unit);
}
