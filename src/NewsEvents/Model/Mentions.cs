using System;
using NodaTime;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>What a temporal expression denotes.</summary>
public enum TemporalMentionKind
{
    /// <summary>A point or calendar unit: "on 23/7", "in December", "last week".</summary>
    Date,

    /// <summary>An explicit span: "from July 13 to 21".</summary>
    Range,

    /// <summary>A length of time: "within 30 days", "for over a decade".</summary>
    Duration,

    /// <summary>A recurrence: "weekly press briefing".</summary>
    Set,
}

/// <summary>A temporal expression found in text, normalized against a reference date.</summary>
/// <remarks>Immutable; equal by value. Offsets refer to the text that was tagged.</remarks>
public sealed record TemporalMention
{
    /// <summary>The invariants of a temporal mention, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<TemporalMention> Rules = ModelRuleTable<TemporalMention>.Empty
        .Defined(nameof(Kind), static x => x.Kind)
        .Defined(nameof(Granularity), static x => x.Granularity)
        .Text(nameof(Text), static x => x.Text)
        .NotNegative(nameof(Offset), static x => x.Offset)
        .Must(nameof(End), static x => x.End, static (x, end) => (x.Start is null) == (end is null), "must be set exactly when Start is set")
        .Must(nameof(End), static x => x.End, static (x, end) => x.Start is null || end is null || end >= x.Start, "must not be before Start")
        .CheckedOnInit(nameof(Offset));

    /// <summary>Creates a mention and checks its invariants.</summary>
    /// <param name="kind">Date, range, duration or set.</param>
    /// <param name="text">The expression exactly as in the text.</param>
    /// <param name="offset">Offset of the first character.</param>
    /// <param name="start">First day denoted (inclusive), when the expression denotes days.</param>
    /// <param name="end">Last day denoted (inclusive), when the expression denotes days.</param>
    /// <param name="granularity">Precision of the expression.</param>
    /// <param name="duration">Length of a duration, or period of a set, if any.</param>
    /// <param name="approximate">Whether a modifier makes it approximate or bounded ("over a decade", "about two weeks").</param>
    /// <param name="yearInferred">Whether the year was not written and was inferred.</param>
    /// <param name="weekdayAnchored">Whether the day was resolved from a weekday name.</param>
    /// <param name="dayMonthOrderInferred">Whether day-month order was decided by policy.</param>
    /// <param name="timex">The TimeML type and value; <see langword="null"/> derives them from the kind, days, granularity and duration.</param>
    /// <param name="preposition">The preposition that governs the expression and is not part of it ("on" in "on Thursday"), if any.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public TemporalMention(TemporalMentionKind kind, string text, int offset, LocalDate? start, LocalDate? end,
        TemporalGranularity granularity, Period? duration = null, bool approximate = false,
        bool yearInferred = false, bool weekdayAnchored = false, bool dayMonthOrderInferred = false,
        Timex? timex = null, string? preposition = null)
    {
        Kind = kind;
        Text = text;
        Offset = offset;
        Start = start;
        End = end;
        Granularity = granularity;
        Duration = duration;
        Approximate = approximate;
        YearInferred = yearInferred;
        WeekdayAnchored = weekdayAnchored;
        DayMonthOrderInferred = dayMonthOrderInferred;
        Preposition = string.IsNullOrWhiteSpace(preposition) ? null : preposition;
        Rules.Check(this);

        Timex = timex ?? TimexValues.Derive(kind, start, end, granularity, duration);
    }

    /// <summary>Gets the kind of expression.</summary>
    public TemporalMentionKind Kind { get; }

    /// <summary>Gets the expression text, as TimeML delimits it: without the preposition that governs it.</summary>
    public string Text { get; }

    /// <summary>Gets the offset of the first character.</summary>
    public int Offset
    {
        get => _offset;
        init => _offset = Preconditions.CheckNotNegative(value, "TemporalMention.Offset");
    }

    private readonly int _offset;

    /// <summary>Gets the number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the TimeML (TIMEX3) type and value.</summary>
    public Timex Timex { get; }

    /// <summary>Gets the preposition in front of the expression that governs it ("on", "in", "since"), or <see langword="null"/>.</summary>
    public string? Preposition { get; }

    /// <summary>Gets the first day denoted, or <see langword="null"/>.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the last day denoted, or <see langword="null"/>.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the granularity.</summary>
    public TemporalGranularity Granularity { get; }

    /// <summary>Gets the length of a duration or period of a set, or <see langword="null"/>.</summary>
    public Period? Duration { get; }

    /// <summary>Gets a value indicating whether a modifier makes the expression approximate.</summary>
    public bool Approximate { get; }

    /// <summary>Gets a value indicating whether the year was inferred.</summary>
    public bool YearInferred { get; }

    /// <summary>Gets a value indicating whether the day was resolved from a weekday name.</summary>
    public bool WeekdayAnchored { get; }

    /// <summary>Gets a value indicating whether day-month order was decided by policy.</summary>
    public bool DayMonthOrderInferred { get; }

    /// <summary>Converts the mention to a claim value when it denotes days.</summary>
    /// <returns>The interval, with the governing preposition in its text ("on 23/7"), or <see langword="null"/> for
    /// durations, sets and generic references without days.</returns>
    internal TemporalValue? ToValue() => Start is { } s && End is { } e
        ? new TemporalValue(Preposition is null ? Text : Preposition + " " + Text, s, e, Granularity, YearInferred, WeekdayAnchored, DayMonthOrderInferred)
        {
            Timex = Timex,
        }
        : null;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} \"{Text}\"@{Offset} = {Start}..{End} {Granularity}{(Duration is null ? "" : " " + Duration)} {Timex}";
}

/// <summary>A number or amount found in text, as an interval with what it counts.</summary>
/// <remarks>Immutable; equal by value. Offsets refer to the text that was tagged.</remarks>
public sealed record QuantityMention
{
    /// <summary>The invariants of a quantity mention, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<QuantityMention> Rules = ModelRuleTable<QuantityMention>.Empty
        .Text(nameof(Text), static x => x.Text)
        .NotNegative(nameof(Offset), static x => x.Offset)
        .Must(nameof(Min), static x => x.Min, static (x, min) => min is not null || x.Max is not null, "must be set when Max is not")
        .Must(nameof(Max), static x => x.Max, static (x, max) => max is null || x.Min is null || max >= x.Min, "must not be less than Min")
        .CheckedOnInit(nameof(Offset));

    /// <summary>Creates a mention and checks its invariants.</summary>
    /// <param name="text">The expression exactly as in the text ("over 1,100 people").</param>
    /// <param name="offset">Offset of the first character.</param>
    /// <param name="min">Lower bound (inclusive), or <see langword="null"/>.</param>
    /// <param name="max">Upper bound (inclusive), or <see langword="null"/>.</param>
    /// <param name="approximate">Whether the number is hedged or vague.</param>
    /// <param name="unit">What is counted ("people", "days"), if known.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public QuantityMention(string text, int offset, decimal? min, decimal? max, bool approximate = false, string? unit = null)
    {
        Text = text;
        Offset = offset;
        Min = min;
        Max = max;
        Approximate = approximate;
        Unit = unit;
        Rules.Check(this);
    }

    /// <summary>Gets the expression text.</summary>
    public string Text { get; }

    /// <summary>Gets the offset of the first character.</summary>
    public int Offset
    {
        get => _offset;
        init => _offset = Preconditions.CheckNotNegative(value, "QuantityMention.Offset");
    }

    private readonly int _offset;

    /// <summary>Gets the number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the lower bound, or <see langword="null"/>.</summary>
    public decimal? Min { get; }

    /// <summary>Gets the upper bound, or <see langword="null"/>.</summary>
    public decimal? Max { get; }

    /// <summary>Gets a value indicating whether the number is hedged or vague.</summary>
    public bool Approximate { get; }

    /// <summary>Gets what is counted, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>Converts the mention to a claim value.</summary>
    /// <returns>The quantity value.</returns>
    internal QuantityValue ToValue() => new(Text, Min, Max, Approximate, Unit);

    /// <inheritdoc/>
    public override string ToString() => $"\"{Text}\"@{Offset} = [{Min}, {Max}]{(Unit is null ? "" : " " + Unit)}";
}
