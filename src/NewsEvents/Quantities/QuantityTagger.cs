using System;
using System.Collections.Immutable;
using NewsEvents.Quantities;

namespace NewsEvents;

/// <summary>Finds numbers and amounts in text, in digits or words, with modifiers and the counted thing.</summary>
/// <remarks>
/// <para>Immutable and thread-safe: one instance may be shared by many threads. Parsing is culture-invariant:
/// "1,100" is always one thousand one hundred and "1.5" one and a half, whatever the current culture.</para>
/// <para>Conventions (bounds are inclusive; <see cref="QuantityMention.Approximate"/> is true unless the text states
/// an exact number or an explicit range such as "between 10 and 20" or "from 10 to 20"; "two or three" is a range [2, 3]
/// but approximate, "10 or so" is 10, approximate; after a change verb "to" joins two values, not a range: "rose from 10 to 25"
/// gives 10 and 25):</para>
/// <list type="bullet">
/// <item><description>"over", "more than", "upwards of": an exclusive lower bound; for counts Min = value + 1 ("over 1,100" → [1101, -]),
/// for measures (percent, money, km) and non-integers Min = value.</description></item>
/// <item><description>"at least", "no fewer than": Min = value. "up to", "as many as", "at most": Max = value.</description></item>
/// <item><description>"less than", "fewer than", "under": an exclusive upper bound; for counts Max = value − 1, for measures Max = value.</description></item>
/// <item><description>"nearly", "almost", "just under", "close to": Max = value and no lower bound, because reporters round
/// ("nearly 80" does not contradict a report of 80).</description></item>
/// <item><description>"about", "around", "some", "roughly", "an estimated", "... or so": Min = Max = value, approximate.</description></item>
/// <item><description>Vague plurals mean at least two of the unit, with no upper bound: "dozens" [24, -], "scores" [40, -],
/// "hundreds" [200, -], "thousands" [2000, -], "tens of thousands" [20000, -], "hundreds of thousands" [200000, -].</description></item>
/// <item><description>"a dozen" 12, "half a dozen" 6, "a couple" 2, "a few" and "a handful" [2, 5], "several" [3, -],
/// "a few hundred" [200, 500], "several thousand" [3000, -]; all approximate.</description></item>
/// <item><description>The unit is the counted head noun as written, lower-cased ("people", "airstrikes", "days", "members" in
/// "three crew members"); a status word stands in when no noun follows ("five dead"); "%" and "per cent" give "percent";
/// "$", "€", "£" give "dollars", "euros", "pounds".</description></item>
/// <item><description>"one" counts only with a counted noun, through adjectives ("one Turkish adviser", "one child" → 1);
/// "one of the", "no one", "one another", "one day", "one-man", "one-sided" are not quantities.</description></item>
/// <item><description>Hyphenated compounds: "three-day" counts days; "5,000-strong force" counts the noun after "-strong"
/// (unit "force"); ages ("18-year-old student") and the make-up of one thing ("a 10-member delegation") are not quantities.</description></item>
/// <item><description>A bare number a few words after a toll in the same clause takes the toll's unit: "the death toll rose to 45"
/// → 45 "deaths", "the casualty toll" → "casualties". Status words give the unit of casualty counts: "left 3 dead and 10 injured"
/// → "dead", "injured"; a verb in between does not ("534 were wounded" has no unit).</description></item>
/// <item><description>Not quantities: years ("in 2024", "IDEF 2025"), days of dates ("July 13", "from July 13 to 21",
/// "10 March", "23/7"), clock times ("10:30", "10 pm"), ordinals ("1st"), identifiers ("T4", "F-16", "COVID-19",
/// "Resolution 2254"), phone numbers and ISO dates, a lone "one" with no counted noun, and fractions ("a third of").</description></item>
/// </list>
/// </remarks>
public sealed class QuantityTagger
{
    private readonly QuantityLexicon _lexicon;

    /// <summary>Creates a tagger with the embedded lexicon.</summary>
    public QuantityTagger()
    {
        _lexicon = QuantityLexicon.Default;
    }

    /// <summary>Gets a shared default instance.</summary>
    public static QuantityTagger Default { get; } = new();

    /// <summary>Finds the quantities of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The mentions, in text order, never overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<QuantityMention> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? ImmutableArray<QuantityMention>.Empty : new QuantityScanner(text, _lexicon).Scan();
    }
}
