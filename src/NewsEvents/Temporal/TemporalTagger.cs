using System;
using System.Collections.Immutable;
using FluentValidation;
using NewsEvents.Internal;
using NewsEvents.Temporal;
using NodaTime;

namespace NewsEvents;

/// <summary>Finds temporal expressions in text and normalizes them against a reference date.</summary>
/// <remarks>Immutable and thread-safe: one instance may be shared by many threads. Parsing is culture-invariant.</remarks>
public sealed class TemporalTagger
{
    private static readonly TemporalTaggerOptionsValidator Validator = new();

    /// <summary>Creates a tagger.</summary>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> break a rule of <see cref="TemporalTaggerOptionsValidator"/>.</exception>
    public TemporalTagger(TemporalTaggerOptions? options = null)
    {
        Options = options ?? TemporalTaggerOptions.Default;
        ModelGuard.EnsureValid(Options, Validator);
    }

    /// <summary>Gets the options.</summary>
    public TemporalTaggerOptions Options { get; }

    /// <summary>Finds and normalizes the temporal expressions of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The date relative expressions resolve against, or <see langword="null"/> when unknown.</param>
    /// <returns>The mentions, in text order and not overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="TemporalTaggerOptions.MaxInputLength"/>.</exception>
    public ImmutableArray<TemporalMention> Tag(string text, LocalDate? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxInputLength)
        {
            throw new ArgumentException(
                $"text length was {text.Length}; must be at most MaxInputLength ({Options.MaxInputLength})", nameof(text));
        }

        return new TemporalScanner(text, reference, Options, TemporalLexicon.Default).Run();
    }
}

/// <summary>How numeric dates such as 7/3 are read.</summary>
public enum DateOrder
{
    /// <summary>Day first (23/7) unless the numbers force otherwise.</summary>
    DayFirst,

    /// <summary>Month first (7/23) unless the numbers force otherwise.</summary>
    MonthFirst,
}

/// <summary>Options of the <see cref="TemporalTagger"/>.</summary>
/// <remarks>
/// Immutable; equal by value.
/// <para>Year and direction policy. A date written without its year ("July 24", "in December", "on 23/7") or a bare
/// weekday ("on Wednesday") is resolved to the occurrence nearest to the reference date in one direction: the past
/// (the most recent occurrence on or before the reference; the reference day itself counts) or the future (the next one
/// on or after it); a day and month without year gets <see cref="InferenceGraceDays"/> of slack either way. The direction comes from the nearest tense cue in the same sentence, searched up to 24 tokens or
/// 160 characters either side: past cues are "said", "was", "were", "had", "ago", "last", irregular past forms and
/// words ending in "-ed" (not after "be"/"is"/"are"); future cues are "will", "next", "upcoming", "expected", "plans",
/// "scheduled", "due", "coming", "soon". The nearest cue wins, the left one on a tie; with no cue, a day and month take
/// whichever of the two occurrences lies nearer to the reference ("the record date is Nov. 10" a week before it), and
/// anything else follows <see cref="PreferPast"/>. A past tense does not reach further back than news leaves a year out: a
/// month ten or more months before the reference month, or a day and month more than 280 days before the reference whose
/// coming occurrence is near, takes the coming occurrence ("gave no reason for the Jan. 14 deadline" written on Jan. 5);
/// with <see cref="InferenceGraceDays"/> 0 the tense alone decides a day and month. Explicit modifiers override the tense: "last Saturday" is strictly before the
/// reference, "next Monday" strictly after it, "this Friday" in the reference's ISO week (Monday to Sunday),
/// "last December" the most recent December before the reference month.</para>
/// <para>Numeric dates d/m: the article's own unambiguous numeric dates decide the order when both numbers are at most 12
/// (a text that writes 23/7 is day-first, one that writes 7/23 month-first); when it has none, or both kinds,
/// <see cref="DateOrder"/> decides
/// (and the mention's DayMonthOrderInferred is then true, unless both numbers are equal); when one number exceeds 12 the
/// order is forced. Two-digit years 00-49 are 2000-2049 and 50-99 are 1950-1999; impossible dates (31/2, 99/99/9999,
/// five-digit years) yield no mention.
/// A bare d/m needs a cue in front ("on", "since", "from", "until", "by", "before", "after", "between", a weekday or
/// "(") so fractions and scores ("3/4 of", "won 2/1") are not dates. A bare four-digit year needs a preposition
/// ("in 2024", "since 2024", "of 2024") or an early/mid/late part: "IDEF 2025" is not a date.</para>
/// <para>Parts and seasons. "early/mid/late" split a month into days 1-10, 11-20 and 21-end and a year into January-April,
/// May-August and September-December; "the start/beginning of" is the early part and "the end of" the late part of a month
/// ("at the end of July") or of a calendar unit ("by the end of the month", "the start of next year"); a written year keeps
/// the whole year ("since the start of 2024"). Seasons are Northern-hemisphere meteorological seasons with Month
/// granularity: spring March-May, summer June-August, autumn/fall September-November, winter December-February
/// (winter 2024 starts in December 2024). "last summer" is the latest one ended before the reference, "next winter" the
/// first one starting after it, "this winter" the one of the reference's year (or the current one in January-February).</para>
/// <para>When the reference date is unknown (or within ten years of the ends of the ISO calendar), expressions
/// that need it are still returned, with no start and end.</para>
/// </remarks>
public sealed record TemporalTaggerOptions
{
    /// <summary>The default largest input, in characters (256 Mi); the scan is linear, so this only stops absurd inputs.</summary>
    public const int DefaultMaxInputLength = 256 * 1024 * 1024;

    /// <summary>Gets the default options: day-first numeric dates, ambiguous expressions resolved to the past.</summary>
    public static TemporalTaggerOptions Default { get; } = new();

    /// <summary>Gets how ambiguous numeric dates are read.</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.DayFirst;

    /// <summary>Gets a value indicating whether an expression with no tense cue ("on Wednesday") resolves to the past.</summary>
    public bool PreferPast { get; init; } = true;

    /// <summary>Gets the largest text, in characters, that <see cref="TemporalTagger.Tag"/> accepts.</summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>Gets how many days past the reference a day and month without year may fall and still count as "on or before" it
    /// (and, for the future direction, how many days before it); 0 to 180.</summary>
    /// <remarks>Datelines often lag the events they report: with the default of 7, "said ... on July 24" with reference
    /// 2025-07-23 is 2025-07-24, not 2024-07-24. Weekdays and months without a day use no grace.</remarks>
    public int InferenceGraceDays { get; init; } = 7;
}

/// <summary>Validates <see cref="TemporalTaggerOptions"/> instances.</summary>
internal sealed class TemporalTaggerOptionsValidator : AbstractValidator<TemporalTaggerOptions>
{
    /// <summary>Creates the validator.</summary>
    public TemporalTaggerOptionsValidator()
    {
        RuleFor(x => x.DateOrder).IsInEnum();
        RuleFor(x => x.MaxInputLength).GreaterThan(0);
        RuleFor(x => x.InferenceGraceDays).InclusiveBetween(0, 180);
    }
}
