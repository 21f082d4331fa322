using FsCheck;
using FsCheck.Fluent;

namespace NewsEvents.Tests.Quantities;

/// <summary>Random text that is dense in numbers, number words, modifiers and punctuation.</summary>
public sealed record NewsText(string Value)
{
    public override string ToString() => Value;
}

public static class NewsTextArbitrary
{
    private static readonly string[] Fragments =
    [
        "over", "more", "than", "nearly", "about", "some", "at", "least", "up", "to", "between", "and", "or", "a", "an",
        "dozen", "dozens", "hundreds", "of", "thousands", "tens", "several", "few", "handful", "half", "million", "bn",
        "one", "two", "thirty", "-", "five", "hundred", "thousand", "people", "dead", "wounded", "days", "July", "March",
        "1,100", "1", "13", "21", "2024", "10:30", "23/7", "F-16", "T4", "COVID-19", "1st", "%", "per", "cent", "$", "£5m",
        "2.5", "1.2.3", "+90", "0", "007", "9999999999999999999", ",", ".", " ", "  ", "\n", "–", "‑", "é", "ß", "İ", "\u00A0",
        "\t", "(", ")", "\"", "'", "or so", "as many as", "fewer than", "per cent", "in excess of",
        "quarter", "quarters", "third", "thirds", "three-quarters", "and a half", "of a", "EUR", "MEUR", "US$", "Rs", "¥", "₹", "USD",
        "minus", "but", "at most", "\u2009", "\u202F", "500", "250", "-3.2%", "-", "−", "the",
    ];

    public static Arbitrary<NewsText> NewsText() =>
        Gen.ListOf(Gen.Elements(Fragments))
            .Select(parts => new NewsText(string.Join(string.Empty, parts.Select((p, i) => i % 3 == 2 ? p : p + " "))))
            .ToArbitrary();
}

// FsCheck supplies the arguments of [Property] methods, which the NUnit analyzer cannot see.
#pragma warning disable NUnit1027
[TestFixture]
public sealed class QuantityTaggerPropertyTests
{
    // Seeds are fixed so a failure replays; FsCheck prints the seed and the shrunk input on failure.
    [FsCheck.NUnit.Property(Replay = "(20250723,1)", MaxTest = 1000, Arbitrary = [typeof(NewsTextArbitrary)])]
    public void Tag_NewsLikeText_MentionsAreValidOrderedAndDeterministic(NewsText input)
    {
        AssertWellFormed(input.Value);
    }

    [FsCheck.NUnit.Property(Replay = "(4242,17)", MaxTest = 300)]
    public void Tag_ArbitraryString_MentionsAreValidOrderedAndDeterministic(NonNull<string> input)
    {
        AssertWellFormed(input.Get);
    }

    private static void AssertWellFormed(string text)
    {
        var mentions = QuantityTagger.Default.Tag(text);
        var again = QuantityTagger.Default.Tag(text);

        Assert.That(again, Is.EqualTo(mentions), "deterministic");
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            Assert.That(m.Offset, Is.GreaterThanOrEqualTo(previousEnd), "ordered and non-overlapping: " + m);
            Assert.That(m.Offset + m.Length, Is.LessThanOrEqualTo(text.Length), "inside the text: " + m);
            Assert.That(text.Substring(m.Offset, m.Length), Is.EqualTo(m.Text), "text is the substring: " + m);
            Assert.That(m.Min is null || m.Max is null || m.Min <= m.Max, Is.True, "a range runs upwards: " + m);
            previousEnd = m.Offset + m.Length;
        }
    }
}
#pragma warning restore NUnit1027
