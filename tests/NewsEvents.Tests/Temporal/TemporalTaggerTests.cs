using System.Globalization;
using System.Text;
using NewsEvents.Tests.Support;
using NodaTime.Text;

namespace NewsEvents.Tests.Temporal;

public sealed class TemporalTaggerTests
{
    private static readonly LocalDate Reference = new(2025, 7, 23);

    private static readonly TemporalTagger Tagger = new();

    private static IEnumerable<TestCaseData> Cases() =>
        TemporalCases.All.Select((c, i) => new TestCaseData(c).SetName($"Tag_{c.Style}{i:000}_{Describe(c)}"));

    private static string Describe(TemporalCase c)
    {
        var builder = new StringBuilder(c.Text.Length);
        foreach (var ch in c.Text)
        {
            builder.Append(char.IsLetterOrDigit(ch) ? ch : '_');
        }

        return builder + "_Is" + c.Kind + (c.Start is null ? "Unresolved" : "_" + c.Start.Replace("-", string.Empty, StringComparison.Ordinal));
    }

    // Sentences in which nothing is temporal: fractions, scores, percentages, times, grouped numbers, names, ages, rates, impossible dates.
    private static readonly string[] NonTemporal =
    [
        "About 3/4 of the people polled agreed.",
        "The team won 2/1 on aggregate.",
        "Turnout was 50% in the capital.",
        "The clashes left over 1,100 people dead.",
        "Turkey had been preparing to take over the T4 airbase in Palmyra.",
        "They met on the sidelines of the IDEF 2025 defense fair in Istanbul.",
        "The channel offers 24/7 coverage.",
        "The court heard the appeal on 31/2.",
        "The document was dated on 99/99/9999.",
        "The file was stamped on 12/12/99999.",
        "The vote was held on February 30.",
        "The treaty was signed on 29 February 2023.",
        "Theresa May said she would resign.",
        "May I ask a question?",
        "Protesters march through the city.",
        "The Daily Mail reported the story.",
        "USA Today said the figures were wrong.",
        "A 10-year-old boy was injured.",
        "He is 35 years old.",
        "Patients take the pill twice a day.",
        "Workers earn $5 a week.",
        "Install version 1.2.3 of the software.",
        "About 2024 people signed the petition.",
        "Section 12/3 of the code applies.",
        "The COVID19 wave receded.",
        "Jan said the plan was fine.",
        "The score was 3-1 at half time.",
        "Inflation reached 3.5 percent.",
        "Room 1205 was searched.",
        "The drone hit at 2,025 metres.",
        "The minister spoke to May about the plan.",
        "A speech by May was well received.",
        "One day, the war will end.",
        "Officials handed the letter to March organisers.",
        "Protests grew after the fall of Damascus.",
        "The Arab Spring changed the region.",
        "The Sun reported the story.",
        "Prices fall in value when supply grows.",
        "He sat. Then he left.",
        "The score was 3 1/2 points behind.",
        "Leaders met at the annual summit.",
        "The bank posted quarterly earnings.",
    ];

    private static IEnumerable<TestCaseData> NonTemporalCases() =>
        NonTemporal.Select((s, i) => new TestCaseData(s).SetName($"Tag_NonTemporal{i:00}_ReturnsNoMention"));

    [TestCaseSource(nameof(Cases))]
    public void Tag_NewsSentence_ReturnsExpectedMention(TemporalCase c)
    {
        var tagger = new TemporalTagger(new TemporalTaggerOptions { DateOrder = c.Order, PreferPast = c.PreferPast });
        LocalDate? reference = c.Reference == "none" ? null : LocalDatePattern.Iso.Parse(c.Reference).Value;

        var mentions = tagger.Tag(c.Sentence, reference);

        var matching = mentions.Where(m => m.Text == c.Text).ToList();
        Assert.That(matching, Has.Count.EqualTo(1), () => $"mentions found: {string.Join(" | ", mentions)}");
        var mention = matching[0];
        Assert.Multiple(() =>
        {
            Assert.That(mention.Kind, Is.EqualTo(c.Kind), "kind");
            Assert.That(Format(mention.Start), Is.EqualTo(c.Start), "start");
            Assert.That(Format(mention.End), Is.EqualTo(c.End), "end");
            Assert.That(mention.Granularity, Is.EqualTo(c.Granularity), "granularity");
            Assert.That(mention.Duration?.ToString(), Is.EqualTo(c.Period), "duration");
            Assert.That(mention.YearInferred, Is.EqualTo(c.Flags.Contains('Y', StringComparison.Ordinal)), "year inferred");
            Assert.That(mention.WeekdayAnchored, Is.EqualTo(c.Flags.Contains('W', StringComparison.Ordinal)), "weekday anchored");
            Assert.That(mention.DayMonthOrderInferred, Is.EqualTo(c.Flags.Contains('O', StringComparison.Ordinal)), "day-month order inferred");
            Assert.That(mention.Approximate, Is.EqualTo(c.Flags.Contains('A', StringComparison.Ordinal)), "approximate");
            Assert.That(c.Sentence.Substring(mention.Offset, mention.Length), Is.EqualTo(mention.Text), "offset");
        });
    }

    [TestCaseSource(nameof(NonTemporalCases))]
    public void Tag_NonTemporalSentence_ReturnsNoMention(string sentence)
    {
        var mentions = Tagger.Tag(sentence, Reference);

        Assert.That(mentions, Is.Empty, () => string.Join(" | ", mentions));
    }

    [Test]
    public void Tag_CaseTable_HasAtLeast200Cases()
    {
        Assert.That(TemporalCases.All, Has.Length.GreaterThanOrEqualTo(200));
    }

    [Test]
    public void Tag_NullText_ThrowsArgumentNullException()
    {
        Assert.That(() => Tagger.Tag(null!, Reference), Throws.ArgumentNullException);
    }

    [Test]
    public void Tag_TextLongerThanMaxInputLength_ThrowsNamingLengthAndLimit()
    {
        var tagger = new TemporalTagger(new TemporalTaggerOptions { MaxInputLength = 10 });

        var e = Assert.Throws<ArgumentException>(() => tagger.Tag("on Wednesday, 23/7", Reference));

        Assert.That(e!.Message, Does.Contain("18").And.Contain("MaxInputLength").And.Contain("10"));
    }

    [Test]
    public void Construction_InvalidOptions_ThrowsWithAllFailures()
    {
        var options = new TemporalTaggerOptions { MaxInputLength = 0, InferenceGraceDays = 400, DateOrder = (DateOrder)7 };

        var e = Assert.Throws<ArgumentException>(() => _ = new TemporalTagger(options));

        Assert.That(e!.Message, Does.Contain("MaxInputLength").And.Contain("InferenceGraceDays").And.Contain("DateOrder"));
    }

    [Test]
    public void Validator_DefaultOptions_IsValid()
    {
        Assert.That(new TemporalTaggerOptionsValidator().Validate(TemporalTaggerOptions.Default).IsValid, Is.True);
    }

    // The article's unambiguous numeric dates set the order of its ambiguous ones; both kinds, or none, keep the option.
    [TestCase("Talks began on 23/7 and resumed on 4/7, officials said.", DateOrder.MonthFirst, "2025-07-04")]
    [TestCase("Talks began on 7/23 and resumed on 4/7, officials said.", DateOrder.DayFirst, "2025-04-07")]
    [TestCase("Talks resumed on 4/7, officials said.", DateOrder.DayFirst, "2025-07-04")]
    [TestCase("Talks resumed on 4/7, officials said.", DateOrder.MonthFirst, "2025-04-07")]
    [TestCase("Talks began on 23/7, paused on 7/13 and resumed on 4/7.", DateOrder.MonthFirst, "2025-04-07")]
    public void Tag_AmbiguousNumericDate_FollowsTheArticlesUnambiguousOnes(string text, DateOrder configured, string expected)
    {
        var tagger = new TemporalTagger(new TemporalTaggerOptions { DateOrder = configured });
        var mention = tagger.Tag(text, Reference).Single(m => m.Text == "4/7");
        Assert.That(mention.Start?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [Test]
    public void Tag_GraceZero_PutsTomorrowsDayInPastYear()
    {
        var tagger = new TemporalTagger(new TemporalTaggerOptions { InferenceGraceDays = 0 });

        var mention = tagger.Tag("the sources said at a weekly briefing on July 24.", Reference).Single(m => m.Kind == TemporalMentionKind.Date);

        Assert.That(mention.Start, Is.EqualTo(new LocalDate(2024, 7, 24)));
    }

    [Test]
    public void Tag_SameTextTwice_ReturnsEqualMentions()
    {
        var text = Seeds.Text("002_bf985b269310d3b1");

        var first = Tagger.Tag(text, Reference);
        var second = new TemporalTagger().Tag(text, Reference);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    [SetCulture("tr-TR")]
    public void Tag_TurkishCulture_MatchesInvariantResults()
    {
        const string text = "LAST WEEK the ministry said IN DECEMBER and on Friday, İstanbul, 10 İLK; it will act WITHIN 30 DAYS, daily.";
        var expected = new[]
        {
            "Date \"LAST WEEK\"@0 = 2025-07-14..2025-07-20 Week DATE 2025-W29",
            "Date \"DECEMBER\"@31 = 2024-12-01..2024-12-31 Month DATE 2024-12",
            "Date \"Friday\"@47 = 2025-07-18..2025-07-18 Day DATE 2025-07-18",
            "Duration \"30 DAYS\"@92 = .. Day P30D DURATION P30D",
            "Set \"daily\"@101 = .. Day P1D SET P1D",
        };

        var actual = Tagger.Tag(text, Reference).Select(Render).ToArray();

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Tag_HostileInputs_ReturnWithoutMentionsOrExceptions()
    {
        var inputs = new[]
        {
            new string(',', 100_000),
            new string('a', 1_000_000),
            new string('7', 10_000),
            "on " + new string('1', 10_000) + "/7",
            string.Concat(Enumerable.Repeat("1,", 50_000)),
            string.Concat(Enumerable.Repeat("1-", 50_000)) + " July",
            string.Concat(Enumerable.Repeat("1/", 50_000)),
            "for " + new string('9', 5000) + " years ago",
        };

        foreach (var input in inputs)
        {
            Assert.That(Tagger.Tag(input, Reference), Is.Empty, () => input[..Math.Min(40, input.Length)]);
        }
    }

    [Test]
    public void Tag_HugeCountsAndExtremeReferences_DoNotOverflow()
    {
        const string text = "It lasted 999999 centuries, over the past 999999 years, 999999 decades ago, next week, in December, on 23/7, the 9990s.";

        foreach (var reference in new LocalDate?[] { LocalDate.MinIsoValue, LocalDate.MaxIsoValue, null, Reference })
        {
            var mentions = Tagger.Tag(text, reference);
            Assert.That(mentions.Select(m => m.Text), Is.EqualTo(new[]
            {
                "999999 centuries", "the past 999999 years", "999999 decades ago", "next week", "December", "23/7", "the 9990s",
            }), () => $"reference {reference}");
        }
    }

    private static readonly string[][] SeedExpectations =
    [
        [
            "Set \"weekly\"@205 = .. Week P1W SET P1W",
            "Date \"currently\"@634 = .. Day DATE PRESENT_REF",
            "Range \"July 13 to 21\"@889 = 2025-07-13..2025-07-21 Day DATE 2025-07-13",
            "Date \"December\"@1385 = 2024-12-01..2024-12-31 Month DATE 2024-12",
            "Date \"currently\"@1431 = .. Day DATE PRESENT_REF",
            "Date \"April\"@1883 = 2025-04-01..2025-04-30 Month DATE 2025-04",
            "Date \"March\"@2209 = 2025-03-01..2025-03-31 Month DATE 2025-03",
            "Date \"March 10\"@2538 = 2025-03-10..2025-03-10 Day DATE 2025-03-10",
            "Duration \"over a decade\"@3120 = .. Decade P10Y DURATION P10Y",
            "Date \"Recently\"@3135 = .. Day DATE PAST_REF",
            "Date \"currently\"@3163 = .. Day DATE PRESENT_REF",
            "Duration \"30 days\"@3375 = .. Day P30D DURATION P30D",
        ],
        [
            "Date \"23/7\"@55 = 2025-07-23..2025-07-23 Day DATE 2025-07-23",
            "Date \"30/4\"@564 = 2025-04-30..2025-04-30 Day DATE 2025-04-30",
            "Date \"30/4\"@624 = 2025-04-30..2025-04-30 Day DATE 2025-04-30",
            "Date \"last week\"@677 = 2025-07-14..2025-07-20 Week DATE 2025-W29",
            "Date \"19/7\"@1064 = 2025-07-19..2025-07-19 Day DATE 2025-07-19",
            "Date \"22/7\"@1829 = 2025-07-22..2025-07-22 Day DATE 2025-07-22",
        ],
        [
            "Date \"Wednesday\"@294 = 2025-07-23..2025-07-23 Day DATE 2025-07-23",
            "Date \"July 13\"@1049 = 2025-07-13..2025-07-13 Day DATE 2025-07-13",
            "Date \"last Saturday\"@1483 = 2025-07-19..2025-07-19 Day DATE 2025-07-19",
            "Date \"December 8, 2024\"@2079 = 2024-12-08..2024-12-08 Day DATE 2024-12-08",
            "Duration \"the coming months\"@2475 = .. Month DURATION PXM",
            "Duration \"the past 24 hours\"@3289 = 2025-07-22..2025-07-23 Day PT24H DURATION PT24H",
            "Date \"Tuesday\"@3364 = 2025-07-22..2025-07-22 Day DATE 2025-07-22",
        ],
        [
            "Date \"2025-07-23\"@6 = 2025-07-23..2025-07-23 Day DATE 2025-07-23",
            "Set \"weekly\"@459 = .. Week P1W SET P1W",
            "Date \"July 24\"@478 = 2025-07-24..2025-07-24 Day DATE 2025-07-24",
        ],
        [
            "Date \"Wednesday\"@45 = 2025-07-23..2025-07-23 Day DATE 2025-07-23",
            "Date \"July 23\"@542 = 2025-07-23..2025-07-23 Day DATE 2025-07-23",
            "Date \"10 March\"@1405 = 2025-03-10..2025-03-10 Day DATE 2025-03-10",
            "Date \"Wednesday\"@1860 = 2025-07-23..2025-07-23 Day DATE 2025-07-23",
            "Date \"Last month\"@2033 = 2025-06-01..2025-06-30 Month DATE 2025-06",
            "Date \"now\"@3216 = .. Day DATE PRESENT_REF",
            "Duration \"more than a decade\"@3278 = .. Decade P10Y DURATION P10Y",
        ],
    ];

    private static IEnumerable<TestCaseData> SeedCases() =>
        Enumerable.Range(0, SeedExpectations.Length).Select(i => new TestCaseData(i).SetName($"Tag_Seed{i}_ReturnsExactMentionList"));

    [TestCaseSource(nameof(SeedCases))]
    public void Tag_SeedArticle_ReturnsExactMentionList(int index)
    {
        var (_, text) = Seeds.All()[index];

        var actual = Tagger.Tag(text, Reference).Select(Render).ToArray();

        Assert.That(actual, Is.EqualTo(SeedExpectations[index]));
    }

    private static string Render(TemporalMention m) =>
        $"{m.Kind} \"{m.Text}\"@{m.Offset} = {Format(m.Start)}..{Format(m.End)} {m.Granularity}{(m.Duration is null ? "" : " " + m.Duration)} {m.Timex}";

    private static string? Format(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
