using System;
using System.Globalization;
using NodaTime;

namespace NewsEvents.Reconciliation;

/// <summary>The outcome of comparing two claim values semantically.</summary>
/// <param name="Compatible">Whether both values can be true at once.</param>
/// <param name="Kind">The kind of disagreement when not compatible.</param>
/// <param name="Severity">How serious the disagreement is.</param>
/// <param name="OneDayApart">Whether two time intervals miss each other by exactly one day (a possible anchoring artefact).</param>
internal readonly record struct Comparison(bool Compatible, ConflictKind Kind, ConflictSeverity Severity, bool OneDayApart)
{
    public static Comparison Agree => new(true, ConflictKind.Temporal, ConflictSeverity.Soft, false);
}

/// <summary>
/// Semantic comparison of claim values: intervals with granularity, quantity ranges with tolerance,
/// places by containment, actors by affiliation, terms by polarity. Never string equality.
/// </summary>
/// <remarks>
/// Approximate quantities ("about 500", "over 1,100") are widened by <see cref="ApproximateTolerance"/> (±10%) on each bound,
/// so "about 500" and 530 agree while "over 1,100" and "about 500" do not.
/// </remarks>
internal sealed class ValueComparer
{
    /// <summary>Relative tolerance applied to the bounds of approximate quantities.</summary>
    public const decimal ApproximateTolerance = 0.10m;

    private readonly EntityDirectory _entities;

    public ValueComparer(EntityDirectory entities)
    {
        _entities = entities;
    }

    public Comparison Compare(ClaimValue a, ClaimValue b) => (a, b) switch
    {
        (TemporalValue x, TemporalValue y) => CompareTime(x, y),
        (QuantityValue x, QuantityValue y) => Overlaps(x, y) ? Comparison.Agree : new(false, ConflictKind.Numeric, ConflictSeverity.Hard, false),
        (PlaceValue x, PlaceValue y) => _entities.PlacesRelated(x.PlaceId, y.PlaceId)
            ? Comparison.Agree
            : new(false, ConflictKind.Place, ConflictSeverity.Hard, false),

        // Different actors in one role may all be true (joint actions), so an actor disagreement is soft.
        (ActorValue x, ActorValue y) => _entities.ActorsRelated(x.ActorId, y.ActorId)
            ? Comparison.Agree
            : new(false, ConflictKind.Actor, ConflictSeverity.Soft, false),
        (TimeOfDayValue x, TimeOfDayValue y) => CompareTimeOfDay(x, y),
        (TermsValue x, TermsValue y) => x.Polarity == y.Polarity ? Comparison.Agree : new(false, ConflictKind.Terms, ConflictSeverity.Hard, false),

        // Free text and mixed kinds cannot be compared semantically: they never make a conflict.
        _ => Comparison.Agree,
    };

    /// <summary>Tells whether a day was resolved against a reference date rather than written out (weekday, "yesterday").</summary>
    public static bool IsAnchored(TemporalValue value)
    {
        if (value.WeekdayAnchored)
        {
            return true;
        }

        if (value.Granularity != TemporalGranularity.Day || value.Text.Length == 0)
        {
            return false;
        }

        // A day named without any numeral ("last Saturday", "yesterday") can only come from the reference date.
        foreach (var c in value.Text)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets a precision rank: smaller is more precise.</summary>
    public decimal Imprecision(ClaimValue value) => value switch
    {
        TemporalValue t => Period.DaysBetween(t.Start, t.End),
        QuantityValue q => (q.Min is { } min && q.Max is { } max ? max - min : 1_000_000_000_000m) * (q.Approximate ? 2 : 1) + (q.Approximate ? 1 : 0),
        PlaceValue p => -_entities.PlaceDepth(p.PlaceId),
        ActorValue a => -_entities.ActorDepth(a.ActorId),
        TextValue => 1_000_000_000_000_000m,
        TimeOfDayValue t => Period.Between(t.Earliest, t.Latest, PeriodUnits.Minutes).Minutes,
        _ => 0,
    };

    public static bool Overlaps(QuantityValue a, QuantityValue b)
    {
        var (aMin, aMax) = Widen(a);
        var (bMin, bMax) = Widen(b);
        return (aMin is null || bMax is null || aMin <= bMax) && (bMin is null || aMax is null || bMin <= aMax);
    }

    /// <summary>Gets an actor's canonical name.</summary>
    public string ActorName(string actorId) => _entities.ActorName(actorId);

    /// <summary>Formats a value for an explanation sentence: "23 July 2025", "over 1,100", "Suwayda".</summary>
    public string Describe(ClaimValue value) => value switch
    {
        TemporalValue t => DescribeTime(t),
        QuantityValue q => q.Text.Length > 0 ? q.Text : DescribeQuantity(q),
        PlaceValue p => _entities.PlaceName(p.PlaceId),
        ActorValue a => _entities.ActorName(a.ActorId),
        TermsValue t => (t.Polarity == Polarity.Positive ? "" : "not ") + t.Proposition,
        _ => "\"" + value.Text + "\"",
    };

    public static string DescribeTime(TemporalValue t)
    {
        var culture = CultureInfo.InvariantCulture;
        return t.Granularity switch
        {
            TemporalGranularity.Day when t.Start == t.End => t.Start.ToString("d MMMM yyyy", culture),
            TemporalGranularity.Month when t.Start.Month == t.End.Month && t.Start.Year == t.End.Year => t.Start.ToString("MMMM yyyy", culture),
            TemporalGranularity.Year when t.Start.Year == t.End.Year => t.Start.Year.ToString(culture),
            TemporalGranularity.Week => "the week of " + t.Start.ToString("d MMMM yyyy", culture),
            TemporalGranularity.Decade => "the " + (t.Start.Year / 10 * 10).ToString(culture) + "s",
            _ when t.Start.Year == t.End.Year && t.Start.Month == t.End.Month =>
                t.Start.Day.ToString(culture) + "–" + t.End.ToString("d MMMM yyyy", culture),
            _ when t.Start.Year == t.End.Year => t.Start.ToString("d MMMM", culture) + " – " + t.End.ToString("d MMMM yyyy", culture),
            _ => t.Start.ToString("d MMMM yyyy", culture) + " – " + t.End.ToString("d MMMM yyyy", culture),
        };
    }

    private static string DescribeQuantity(QuantityValue q)
    {
        var culture = CultureInfo.InvariantCulture;
        return (q.Min, q.Max) switch
        {
            ({ } min, { } max) when min == max => min.ToString("#,0.##", culture),
            ({ } min, { } max) => min.ToString("#,0.##", culture) + "–" + max.ToString("#,0.##", culture),
            ({ } min, null) => "at least " + min.ToString("#,0.##", culture),
            (null, { } max) => "at most " + max.ToString("#,0.##", culture),
            _ => "an unknown number",
        };
    }

    /// <summary>Gets a quantity's interval, widened by the tolerance when it is approximate.</summary>
    public static (decimal? Min, decimal? Max) Widen(QuantityValue q) => q.Approximate
        ? (q.Min * (1 - ApproximateTolerance), q.Max * (1 + ApproximateTolerance))
        : (q.Min, q.Max);

    /// <summary>
    /// The days an interval may mean. A week is read as Monday to Sunday by the tagger; the window also starts on the
    /// Sunday before, so that "last week" agrees with a day of the previous Sunday-to-Saturday week as many outlets count it.
    /// </summary>
    public static (LocalDate Start, LocalDate End) Window(TemporalValue t) =>
        t.Granularity == TemporalGranularity.Week ? (t.Start.PlusDays(-1), t.End) : (t.Start, t.End);

    // Times in different named zones are not converted (a wire's "GMT" and a local paper's "local time" may be one
    // instant), so they do not conflict. Within half an hour the difference is soft: clocks and wording are rough.
    private static Comparison CompareTimeOfDay(TimeOfDayValue x, TimeOfDayValue y)
    {
        if (x.Overlaps(y) || (x.Zone is not null && y.Zone is not null && !string.Equals(x.Zone, y.Zone, StringComparison.Ordinal)))
        {
            return Comparison.Agree;
        }

        var gap = Math.Min(Math.Abs(Period.Between(x.Latest, y.Earliest, PeriodUnits.Minutes).Minutes),
            Math.Abs(Period.Between(y.Latest, x.Earliest, PeriodUnits.Minutes).Minutes));
        return new(false, ConflictKind.Temporal, gap <= 30 ? ConflictSeverity.Soft : ConflictSeverity.Hard, false);
    }

    private static Comparison CompareTime(TemporalValue x, TemporalValue y)
    {
        var (xs, xe) = Window(x);
        var (ys, ye) = Window(y);
        if (xs <= ye && ys <= xe)
        {
            return Comparison.Agree;
        }

        var gap = xe < ys
            ? Period.Between(xe, ys, PeriodUnits.Days).Days
            : Period.Between(ye, xs, PeriodUnits.Days).Days;
        return new(false, ConflictKind.Temporal, ConflictSeverity.Hard, gap == 1);
    }
}
