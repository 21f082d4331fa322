using System;
using NodaTime;

namespace NewsEvents.Temporal;

/// <summary>Calendar arithmetic of the temporal tagger, guarded so it never overflows the ISO calendar.</summary>
internal static class DateMath
{
    /// <summary>How far (in years) inference may search back or forward for a valid day, e.g. for 29 February.</summary>
    public const int InferenceSearchYears = 8;

    // Keep clear of LocalDate.MinIsoValue/MaxIsoValue (-9998, 9999) so that no arithmetic can overflow.
    private const int SafeMinYear = -9990;
    private const int SafeMaxYear = 9990;

    /// <summary>Whether a reference date leaves room to move a number of years either way.</summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="years">The largest shift, in years.</param>
    /// <returns>Whether every shift of at most that many years stays inside the ISO calendar.</returns>
    public static bool CanShift(LocalDate reference, long years) =>
        years >= 0 && years < 20_000 && reference.Year - years - 1 >= SafeMinYear && reference.Year + years + 1 <= SafeMaxYear;

    /// <summary>Makes a date when the year, month and day are valid.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date exists.</returns>
    public static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year < SafeMinYear || year > 9999 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Gets the last day of a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <returns>The last day.</returns>
    public static LocalDate EndOfMonth(int year, int month) => new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    /// <summary>Gets the Monday of the ISO week of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The Monday on or before the date.</returns>
    public static LocalDate WeekStart(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    /// <summary>Infers the year of a day and month without year.</summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="past">True for the most recent such day on or before the reference, false for the next on or after.</param>
    /// <param name="year">The year.</param>
    /// <returns>Whether a year was found.</returns>
    public static bool TryInferYear(LocalDate reference, int month, int day, bool past, out int year)
    {
        year = 0;
        if (!CanShift(reference, InferenceSearchYears))
        {
            return false;
        }

        for (var i = 0; i <= InferenceSearchYears; i++)
        {
            var candidate = past ? reference.Year - i : reference.Year + i;
            if (TryDate(candidate, month, day, out var date) && (past ? date <= reference : date >= reference))
            {
                year = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Infers the year of a month without year.</summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="month">The month.</param>
    /// <param name="direction">-2 strictly before the reference month, -1 on or before, 0 the reference year, 1 on or after, 2 strictly after.</param>
    /// <returns>The year.</returns>
    public static int InferMonthYear(LocalDate reference, int month, int direction) => direction switch
    {
        -2 => month < reference.Month ? reference.Year : reference.Year - 1,
        -1 => month <= reference.Month ? reference.Year : reference.Year - 1,
        1 => month >= reference.Month ? reference.Year : reference.Year + 1,
        2 => month > reference.Month ? reference.Year : reference.Year + 1,
        _ => reference.Year,
    };

    /// <summary>Tells whether a day and month in one candidate year lies strictly nearer to the reference than in another.</summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="candidate">The year that may be nearer.</param>
    /// <param name="current">The year chosen so far.</param>
    /// <returns>True when the candidate year's date is strictly nearer.</returns>
    public static bool IsNearer(LocalDate reference, int month, int day, int candidate, int current)
    {
        if (!TryDate(candidate, month, day, out var a) || !TryDate(current, month, day, out var b))
        {
            return false;
        }

        return Math.Abs(Period.DaysBetween(reference, a)) < Math.Abs(Period.DaysBetween(reference, b));
    }

    /// <summary>Counts the days between the reference and a day and month in a year, either way.</summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The number of days, or <see cref="int.MaxValue"/> when the date does not exist.</returns>
    public static int DaysFrom(LocalDate reference, int year, int month, int day) =>
        TryDate(year, month, day, out var date) ? Math.Abs(Period.DaysBetween(reference, date)) : int.MaxValue;

    /// <summary>Makes the period for a count of units.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="count">The count (at most a million).</param>
    /// <returns>The period.</returns>
    public static Period ToPeriod(TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Minute => Period.FromMinutes(count),
        TimeUnit.Hour => Period.FromHours(count),
        TimeUnit.Day => Period.FromDays(count),
        TimeUnit.Week => Period.FromWeeks(count),
        TimeUnit.Fortnight => Period.FromWeeks(2 * count),
        TimeUnit.Month => Period.FromMonths(count),
        TimeUnit.Year => Period.FromYears(count),
        TimeUnit.Decade => Period.FromYears(10 * count),
        _ => Period.FromYears(100 * count),
    };

    /// <summary>Gets the granularity that matches a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The granularity.</returns>
    public static TemporalGranularity ToGranularity(TimeUnit unit) => unit switch
    {
        TimeUnit.Week or TimeUnit.Fortnight => TemporalGranularity.Week,
        TimeUnit.Month => TemporalGranularity.Month,
        TimeUnit.Year => TemporalGranularity.Year,
        TimeUnit.Decade or TimeUnit.Century => TemporalGranularity.Decade,
        _ => TemporalGranularity.Day,
    };

    /// <summary>Gets an upper bound, in years, of a count of units.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="count">The count.</param>
    /// <returns>The bound.</returns>
    public static long YearsBound(TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Minute => (count / 525_600L) + 1,
        TimeUnit.Hour => (count / 8_760L) + 1,
        TimeUnit.Day => (count / 365L) + 1,
        TimeUnit.Week => (count / 52L) + 1,
        TimeUnit.Fortnight => (count / 26L) + 1,
        TimeUnit.Month => (count / 12L) + 1,
        TimeUnit.Year => count + 1L,
        TimeUnit.Decade => (10L * count) + 1,
        _ => (100L * count) + 1,
    };

    /// <summary>Moves a date back or forward by a count of units; hours and minutes round up to whole days.</summary>
    /// <param name="date">The date (checked with <see cref="CanShift"/> by the caller).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="count">The count, negative to move back.</param>
    /// <returns>The moved date.</returns>
    public static LocalDate Shift(LocalDate date, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Minute => date.PlusDays(Math.Sign(count) * (int)((Math.Abs((long)count) + 1439) / 1440)),
        TimeUnit.Hour => date.PlusDays(Math.Sign(count) * (int)((Math.Abs((long)count) + 23) / 24)),
        TimeUnit.Day => date.PlusDays(count),
        TimeUnit.Week => date.PlusWeeks(count),
        TimeUnit.Fortnight => date.PlusWeeks(2 * count),
        TimeUnit.Month => date.PlusMonths(count),
        TimeUnit.Year => date.PlusYears(count),
        TimeUnit.Decade => date.PlusYears(10 * count),
        _ => date.PlusYears(100 * count),
    };

    /// <summary>Narrows an interval to its early, mid or late part.</summary>
    /// <param name="start">First day of the whole unit.</param>
    /// <param name="granularity">Month, year or decade.</param>
    /// <param name="part">The part.</param>
    /// <param name="from">First day of the part.</param>
    /// <param name="to">Last day of the part.</param>
    /// <param name="partGranularity">Granularity of the part.</param>
    /// <returns>Whether the granularity can be divided.</returns>
    public static bool TryPart(LocalDate start, TemporalGranularity granularity, DatePart part, out LocalDate from, out LocalDate to, out TemporalGranularity partGranularity)
    {
        var index = (int)part - 1;
        switch (granularity)
        {
            case TemporalGranularity.Month:
                // early = days 1-10, mid = 11-20, late = 21-end.
                from = new LocalDate(start.Year, start.Month, 1 + (10 * index));
                to = part == DatePart.Late ? EndOfMonth(start.Year, start.Month) : from.PlusDays(9);
                partGranularity = TemporalGranularity.Day;
                return true;
            case TemporalGranularity.Year:
                // early = January-April, mid = May-August, late = September-December.
                from = new LocalDate(start.Year, 1 + (4 * index), 1);
                to = EndOfMonth(start.Year, 4 + (4 * index));
                partGranularity = TemporalGranularity.Month;
                return true;
            case TemporalGranularity.Decade:
                // early = years 0-3, mid = 4-6, late = 7-9.
                var first = part switch { DatePart.Early => 0, DatePart.Mid => 4, _ => 7 };
                var last = part switch { DatePart.Early => 3, DatePart.Mid => 6, _ => 9 };
                from = new LocalDate(start.Year + first, 1, 1);
                to = new LocalDate(start.Year + last, 12, 31);
                partGranularity = TemporalGranularity.Year;
                return true;
            default:
                from = to = start;
                partGranularity = granularity;
                return false;
        }
    }

    /// <summary>Gets Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    /// <param name="year">The year.</param>
    /// <returns>Easter Sunday.</returns>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
