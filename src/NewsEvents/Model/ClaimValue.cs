using System;
using System.Globalization;
using NodaTime;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>The typed value a claim asserts. A closed hierarchy: temporal, quantity, actor, place, terms or text.</summary>
/// <remarks>Immutable; equal by value. <see cref="Text"/> is the surface text the value was read from.</remarks>
public abstract record ClaimValue
{
    private protected ClaimValue(string text)
    {
        Text = text;
    }

    /// <summary>Gets the surface text the value was read from.</summary>
    public string Text { get; }

    /// <summary>Gets the discriminator used in JSON: temporal, quantity, actor, place, terms or text.</summary>
    public abstract string Kind { get; }
}

/// <summary>A time interval [<see cref="Start"/>, <see cref="End"/>] (inclusive days) with its granularity.</summary>
public sealed record TemporalValue : ClaimValue
{
    /// <summary>The invariants of a temporal value, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<TemporalValue> Rules = ModelRuleTable<TemporalValue>.Empty
        .Required(nameof(Text), static x => x.Text)
        .Defined(nameof(Granularity), static x => x.Granularity)
        .Must(nameof(End), static x => x.End, static (x, end) => end >= x.Start, static x => "must not be before Start (" + Format(x.Start) + ")");

    /// <summary>Creates a temporal value and checks its invariants.</summary>
    /// <param name="text">Surface text ("last Saturday").</param>
    /// <param name="start">First day of the interval.</param>
    /// <param name="end">Last day of the interval (inclusive).</param>
    /// <param name="granularity">How precise the expression was.</param>
    /// <param name="yearInferred">Whether the year was not written and was inferred.</param>
    /// <param name="weekdayAnchored">Whether the day was resolved from a weekday name against the reference date.</param>
    /// <param name="dayMonthOrderInferred">Whether day-month order of a numeric date was decided by policy, not by the text.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public TemporalValue(string text, LocalDate start, LocalDate end, TemporalGranularity granularity,
        bool yearInferred = false, bool weekdayAnchored = false, bool dayMonthOrderInferred = false)
        : base(text)
    {
        Start = start;
        End = end;
        Granularity = granularity;
        YearInferred = yearInferred;
        WeekdayAnchored = weekdayAnchored;
        DayMonthOrderInferred = dayMonthOrderInferred;
        Rules.Check(this);
    }

    /// <inheritdoc/>
    public override string Kind => "temporal";

    /// <summary>Gets the first day of the interval.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the interval (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the granularity.</summary>
    public TemporalGranularity Granularity { get; }

    /// <summary>Gets the TimeML (TIMEX3) type and value of the expression, or <see langword="null"/> when not known.</summary>
    public Timex? Timex { get; init; }

    /// <summary>Gets a value indicating whether the year was inferred.</summary>
    public bool YearInferred { get; }

    /// <summary>Gets a value indicating whether the day was resolved from a weekday name.</summary>
    public bool WeekdayAnchored { get; }

    /// <summary>Gets a value indicating whether day-month order was decided by policy.</summary>
    public bool DayMonthOrderInferred { get; }

    /// <summary>Tells whether this interval and another share at least one day.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    internal bool Overlaps(TemporalValue other) => Start <= other.End && other.Start <= End;

    /// <summary>Tells whether this interval contains another entirely.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies inside this one.</returns>
    internal bool Contains(TemporalValue other) => Start <= other.Start && other.End <= End;

    /// <inheritdoc/>
    public override string ToString() => Start == End
        ? $"{Format(Start)} ({Granularity}, \"{Text}\")"
        : $"{Format(Start)}..{Format(End)} ({Granularity}, \"{Text}\")";

    private static string Format(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A count or amount as an interval [<see cref="Min"/>, <see cref="Max"/>]; either bound may be open.</summary>
public sealed record QuantityValue : ClaimValue
{
    /// <summary>The invariants of a quantity value, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<QuantityValue> Rules = ModelRuleTable<QuantityValue>.Empty
        .Required(nameof(Text), static x => x.Text)
        .Must(nameof(Min), static x => x.Min, static (x, min) => min is not null || x.Max is not null, "must be set when Max is not")
        .Must(nameof(Max), static x => x.Max, static (x, max) => max is null || x.Min is null || max >= x.Min,
            static x => "must not be less than Min (" + x.Min?.ToString(CultureInfo.InvariantCulture) + ")");

    /// <summary>Creates a quantity value and checks its invariants.</summary>
    /// <param name="text">Surface text ("over 1,100").</param>
    /// <param name="min">Smallest value the text allows, or <see langword="null"/> when unbounded.</param>
    /// <param name="max">Largest value the text allows, or <see langword="null"/> when unbounded.</param>
    /// <param name="approximate">Whether the text hedges the number ("about", "over", "hundreds").</param>
    /// <param name="unit">What is counted ("people", "airstrikes"), if known.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public QuantityValue(string text, decimal? min, decimal? max, bool approximate = false, string? unit = null)
        : base(text)
    {
        Min = min;
        Max = max;
        Approximate = approximate;
        Unit = unit;
        Rules.Check(this);
    }

    /// <inheritdoc/>
    public override string Kind => "quantity";

    /// <summary>Gets the lower bound (inclusive), or <see langword="null"/>.</summary>
    public decimal? Min { get; }

    /// <summary>Gets the upper bound (inclusive), or <see langword="null"/>.</summary>
    public decimal? Max { get; }

    /// <summary>Gets a value indicating whether the number is hedged.</summary>
    public bool Approximate { get; }

    /// <summary>Gets what is counted, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"[{Min?.ToString(CultureInfo.InvariantCulture) ?? "…"}, {Max?.ToString(CultureInfo.InvariantCulture) ?? "…"}]{(Unit is null ? "" : " " + Unit)} (\"{Text}\")";
}

/// <summary>
/// A time of day as a claim value ("at 3:10 p.m.", "about midnight", "07:37 local", "12:00 GMT"): the earliest and latest
/// minute it allows (equal unless the text approximates) and the time zone the text names, if any.
/// </summary>
/// <remarks>Immutable; equal by value. Two times compare only when they name the same zone or neither names one.</remarks>
public sealed record TimeOfDayValue : ClaimValue
{
    /// <summary>Creates a time-of-day value.</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="earliest">The earliest time the text allows.</param>
    /// <param name="latest">The latest time the text allows (not before <paramref name="earliest"/>).</param>
    /// <param name="zone">The zone the text names ("GMT", "local", "PST"), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The window is reversed or the zone is blank.</exception>
    public TimeOfDayValue(string text, LocalTime earliest, LocalTime latest, string? zone = null)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (latest < earliest)
        {
            throw new ArgumentException("TimeOfDayValue.Latest was " + latest.ToString("HH:mm", null) + ": must not be before Earliest (" +
                                        earliest.ToString("HH:mm", null) + ")", nameof(latest));
        }

        if (zone is not null && string.IsNullOrWhiteSpace(zone))
        {
            throw new ArgumentException("TimeOfDayValue.Zone was blank: must be null or name a zone", nameof(zone));
        }

        Earliest = earliest;
        Latest = latest;
        Zone = zone;
    }

    /// <inheritdoc/>
    public override string Kind => "time-of-day";

    /// <summary>Gets the earliest time the text allows.</summary>
    public LocalTime Earliest { get; }

    /// <summary>Gets the latest time the text allows.</summary>
    public LocalTime Latest { get; }

    /// <summary>Gets the zone the text names, or <see langword="null"/>.</summary>
    public string? Zone { get; }

    /// <summary>Tells whether two windows share a minute (zones are not converted).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    internal bool Overlaps(TimeOfDayValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Earliest <= other.Latest && other.Earliest <= Latest;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        (Earliest == Latest ? Earliest.ToString("HH:mm", null) : Earliest.ToString("HH:mm", null) + "–" + Latest.ToString("HH:mm", null)) +
        (Zone is null ? "" : " " + Zone) + " (\"" + Text + "\")";
}

/// <summary>An actor as a claim value (who acted, who was targeted).</summary>
public sealed record ActorValue : ClaimValue
{
    /// <summary>Creates an actor value.</summary>
    /// <param name="text">Surface text ("Ankara").</param>
    /// <param name="actorId">Canonical actor identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty.</exception>
    public ActorValue(string text, string actorId)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ActorId = actorId;
    }

    /// <inheritdoc/>
    public override string Kind => "actor";

    /// <summary>Gets the canonical actor identifier.</summary>
    public string ActorId { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ActorId} (\"{Text}\")";
}

/// <summary>A place as a claim value.</summary>
public sealed record PlaceValue : ClaimValue
{
    /// <summary>Creates a place value.</summary>
    /// <param name="text">Surface text ("Sweida").</param>
    /// <param name="placeId">Canonical place identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="placeId"/> is empty.</exception>
    public PlaceValue(string text, string placeId)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(placeId);
        PlaceId = placeId;
    }

    /// <inheritdoc/>
    public override string Kind => "place";

    /// <summary>Gets the canonical place identifier.</summary>
    public string PlaceId { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{PlaceId} (\"{Text}\")";
}

/// <summary>A term of an agreement as a normalized proposition with polarity ("government-forces enter suwayda": negative).</summary>
public sealed record TermsValue : ClaimValue
{
    /// <summary>Creates a terms value.</summary>
    /// <param name="text">Surface text.</param>
    /// <param name="proposition">Normalized proposition, comparable across articles.</param>
    /// <param name="polarity">Whether the terms allow (positive) or rule out (negative) the proposition.</param>
    /// <exception cref="ArgumentException"><paramref name="proposition"/> is empty or <paramref name="polarity"/> undefined.</exception>
    public TermsValue(string text, string proposition, Polarity polarity)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(proposition);
        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentException($"TermsValue.Polarity was {(int)polarity}: must be a defined value", nameof(polarity));
        }

        Proposition = proposition;
        Polarity = polarity;
    }

    /// <inheritdoc/>
    public override string Kind => "terms";

    /// <summary>Gets the normalized proposition.</summary>
    public string Proposition { get; }

    /// <summary>Gets the polarity.</summary>
    public Polarity Polarity { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{(Polarity == Polarity.Negative ? "NOT " : "")}{Proposition} (\"{Text}\")";
}

/// <summary>Free text as a claim value, for what has no better type (the trigger of an "occurred" claim).</summary>
public sealed record TextValue : ClaimValue
{
    /// <summary>Creates a text value.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TextValue(string text)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(text);
    }

    /// <inheritdoc/>
    public override string Kind => "text";

    /// <inheritdoc/>
    public override string ToString() => $"\"{Text}\"";
}
