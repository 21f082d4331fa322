// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027

using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace NewsEvents.Tests.Temporal;

/// <summary>A generated text: news-like fragments glued with random characters, or arbitrary UTF-16.</summary>
public sealed record NewsText(string Value)
{
    public override string ToString() => "\"" + Value.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}

/// <summary>A generated reference date, including none and the ends of the ISO calendar.</summary>
public sealed record ReferenceChoice(LocalDate? Value)
{
    public override string ToString() => Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}

/// <summary>FsCheck generators of the temporal property tests.</summary>
public static class TemporalArbitraries
{
    private static readonly string[] Fragments =
    [
        "on", "in", "last", "next", "this", "past", "the", "from", "to", "between", "and", "since", "for", "over", "within", "more", "than",
        "about", "ago", "early", "mid", "late", "earlier", "later", "every", "each", "other", "a", "two", "twenty", "few", "said", "will",
        "was", "reached", "is", "be", "expected", "July", "Dec.", "Sept", "May", "March", "december", "Wednesday", "Saturday", "night",
        "morning", "yesterday", "today", "tomorrow", "Tonight", "day", "days", "week", "weeks", "fortnight", "month", "months", "year",
        "years", "decade", "decades", "century", "hours", "minutes", "weekly", "daily", "annual", "Daily", "recent", "coming", "old",
        "1", "3", "12", "13", "21", "23", "24", "29", "30", "31", "99", "2024", "2025", "1990", "9999", "99999", "0", "00", "1,100",
        "23/7", "7/23", "31/2", "3/4", "29/2", "2025-07-23", "2025-07-23T10:00Z", "23.07.2025", "1990s", "'s", "st", "th", "of",
        "10:30", "50%", "T4", "2019-2021", "13-21", "13–21", "999999999999", "4294967296",
        "now", "currently", "recently", "future", "time", "soon", "quarter", "third", "fourth", "third-quarter", "year-ago", "year-earlier",
        "period", "latest", "fiscal", "that", "his", "p.m.", "a.m.", "noon", "evening", "at", "by", "until", "payable", "set", "right",
    ];

    private static readonly char[] Glue = [' ', ' ', ' ', ',', '.', '-', '–', '/', '\n', '(', ')', '\'', '\u00a0', ':', '%'];

    private static readonly char[] Alphabet =
        "aeiosTJDMWdy0123456789/-–—,.:;%'’ \t\n\r\u00a0İıß\u0000\ud83d\ude00\ud800".ToCharArray();

    public static Arbitrary<NewsText> NewsText()
    {
        var piece = Gen.Elements(Fragments).SelectMany(f => Gen.Elements(Glue), (f, g) => f + g);
        var news = Gen.ListOf(piece).Select(parts => string.Concat(parts));
        var symbols = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars));
        var unicode = Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(chars => new string(chars));
        return Gen.Frequency((6, news), (3, symbols), (1, unicode)).Select(s => new NewsText(s)).ToArbitrary();
    }

    public static Arbitrary<ReferenceChoice> ReferenceChoice()
    {
        var near = Gen.Choose(-4000, 4000).Select(d => (LocalDate?)new LocalDate(2025, 7, 23).PlusDays(d));
        var any = Gen.Choose(-9998, 9999).SelectMany(y => Gen.Choose(1, 365), (y, d) => (LocalDate?)new LocalDate(y, 1, 1).PlusDays(d - 1 > 364 ? 364 : d - 1));
        var edges = Gen.Elements<LocalDate?>(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, LocalDate.MinIsoValue.PlusDays(3), LocalDate.MaxIsoValue.PlusDays(-3), null);
        return Gen.Frequency((4, near), (3, any), (3, edges)).Select(d => new ReferenceChoice(d)).ToArbitrary();
    }
}

/// <summary>Properties that hold for any text and reference date. Seeded with Replay; FsCheck prints the seed and the input on failure.</summary>
public sealed class TemporalTaggerPropertyTests
{
    private static readonly TemporalTagger DayFirst = new();
    private static readonly TemporalTagger MonthFirstFuture = new(new TemporalTaggerOptions { DateOrder = DateOrder.MonthFirst, PreferPast = false });

    [Property(MaxTest = 600, Replay = "(20250723,7919)", Arbitrary = new[] { typeof(TemporalArbitraries) })]
    public void Tag_AnyText_MentionsLieInsideTextInOrderWithoutOverlap(NewsText text, ReferenceChoice reference)
    {
        foreach (var tagger in new[] { DayFirst, MonthFirstFuture })
        {
            var mentions = tagger.Tag(text.Value, reference.Value);
            var previousEnd = 0;
            foreach (var m in mentions)
            {
                Assert.That(m.Offset, Is.GreaterThanOrEqualTo(previousEnd), () => $"overlap or disorder at {m}");
                Assert.That(m.Offset + m.Length, Is.LessThanOrEqualTo(text.Value.Length), () => $"outside text: {m}");
                Assert.That(text.Value.Substring(m.Offset, m.Length), Is.EqualTo(m.Text));
                previousEnd = m.Offset + m.Length;
            }
        }
    }

    [Property(MaxTest = 300, Replay = "(1234567,89101)", Arbitrary = new[] { typeof(TemporalArbitraries) })]
    public void Tag_AnyText_IsDeterministic(NewsText text, ReferenceChoice reference)
    {
        var first = DayFirst.Tag(text.Value, reference.Value);
        var second = new TemporalTagger().Tag(text.Value, reference.Value);

        Assert.That(second, Is.EqualTo(first));
    }

    [Property(MaxTest = 300, Replay = "(424242,31337)", Arbitrary = new[] { typeof(TemporalArbitraries) })]
    public void Tag_AnyText_ResolvedMentionsHaveOrderedDaysAndNoDaysWithoutReference(NewsText text, ReferenceChoice reference)
    {
        foreach (var m in DayFirst.Tag(text.Value, reference.Value))
        {
            Assert.That((m.Start is null) == (m.End is null), Is.True, () => m.ToString());
            if (m.Start is { } start && m.End is { } end)
            {
                Assert.That(end, Is.GreaterThanOrEqualTo(start), () => m.ToString());
            }

            if (reference.Value is null)
            {
                Assert.That(m.YearInferred, Is.False, () => m.ToString());
            }
        }
    }

    private static readonly string[] GoverningPrepositions = ["on ", "in ", "for ", "within ", "during ", "since ", "until ", "from ", "between "];

    [Property(MaxTest = 400, Replay = "(140614,2013)", Arbitrary = new[] { typeof(TemporalArbitraries) })]
    public void Tag_AnyText_EveryMentionHasATimexOfItsKindAndATimeMlSpan(NewsText text, ReferenceChoice reference)
    {
        foreach (var tagger in new[] { DayFirst, MonthFirstFuture })
        {
            foreach (var m in tagger.Tag(text.Value, reference.Value))
            {
                var expected = m.Kind switch
                {
                    TemporalMentionKind.Duration => new[] { TimexType.Duration },
                    TemporalMentionKind.Set => new[] { TimexType.Set },
                    _ => new[] { TimexType.Date, TimexType.Time },
                };
                Assert.That(expected, Does.Contain(m.Timex.Type), () => m.ToString());
                Assert.That(m.Timex.Value is null || (m.Timex.Value.Length > 0 && !m.Timex.Value.Any(char.IsWhiteSpace)), Is.True, () => m.ToString());
                Assert.That(GoverningPrepositions.Any(p => m.Text.StartsWith(p, StringComparison.OrdinalIgnoreCase)), Is.False, () => m.ToString());
                if (m.Kind is TemporalMentionKind.Date or TemporalMentionKind.Range && m.Start is not null)
                {
                    Assert.That(m.Timex.Value, Is.Not.Null, () => m.ToString());
                }
            }
        }
    }

    [Property(MaxTest = 300, Replay = "(777,889)", Arbitrary = new[] { typeof(TemporalArbitraries) })]
    [SetCulture("tr-TR")]
    public void Tag_AnyTextUnderTurkishCulture_MatchesInvariantCulture(NewsText text, ReferenceChoice reference)
    {
        var turkish = DayFirst.Tag(text.Value, reference.Value);
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        ImmutableArray<TemporalMention> invariant;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            invariant = DayFirst.Tag(text.Value, reference.Value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }

        Assert.That(turkish, Is.EqualTo(invariant));
    }
}
