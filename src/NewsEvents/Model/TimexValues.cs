using System;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Calendars;

namespace NewsEvents;

/// <summary>Derives TimeML values from a mention's days, granularity and period.</summary>
internal static class TimexValues
{
    /// <summary>Derives the TIMEX3 of a mention that carries none of its own.</summary>
    /// <param name="kind">The mention kind.</param>
    /// <param name="start">First day, if known.</param>
    /// <param name="end">Last day, if known.</param>
    /// <param name="granularity">The granularity.</param>
    /// <param name="duration">Length of a duration or period of a set.</param>
    /// <returns>The TIMEX3.</returns>
    public static Timex Derive(TemporalMentionKind kind, LocalDate? start, LocalDate? end, TemporalGranularity granularity, Period? duration) =>
        kind switch
        {
            TemporalMentionKind.Duration => new Timex(TimexType.Duration, duration is { } p ? FormatPeriod(p) : "PX" + UnitLetter(granularity)),
            TemporalMentionKind.Set => new Timex(TimexType.Set, duration is { } p ? FormatPeriod(p) : "PX" + UnitLetter(granularity)),
            TemporalMentionKind.Range => new Timex(TimexType.Date, start is { } s ? Point(s, granularity) : null),
            _ => new Timex(TimexType.Date, start is { } s && end is { } e ? Interval(s, e, granularity) : null),
        };

    /// <summary>The value of a day, or of the calendar unit of a granularity that contains it.</summary>
    public static string Point(LocalDate day, TemporalGranularity granularity) => granularity switch
    {
        TemporalGranularity.Week => Week(day),
        TemporalGranularity.Month => Month(day),
        TemporalGranularity.Year => Year(day.Year),
        TemporalGranularity.Decade => Decade(day.Year),
        _ => Day(day),
    };

    /// <summary>The value of an interval: a day, a calendar unit it fills exactly, or the smallest unit that contains it.</summary>
    public static string Interval(LocalDate start, LocalDate end, TemporalGranularity granularity)
    {
        if (start == end)
        {
            return Day(start);
        }

        var days = Period.Between(start, end, PeriodUnits.Days).Days + 1;
        if (days == 7 && start.DayOfWeek == IsoDayOfWeek.Monday)
        {
            return Week(start);
        }

        if (days == 2 && start.DayOfWeek == IsoDayOfWeek.Saturday)
        {
            return Week(start) + "-WE";
        }

        if (start.Day == 1 && end.Day == CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month))
        {
            var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
            if (months == 1)
            {
                return Month(start);
            }

            if (months == 3 && start.Month % 3 == 1)
            {
                return Year(start.Year) + "-Q" + ((start.Month + 2) / 3).ToString(CultureInfo.InvariantCulture);
            }

            if (months == 3 && start.Month is 3 or 6 or 9 or 12)
            {
                var season = start.Month switch { 3 => "SP", 6 => "SU", 9 => "FA", _ => "WI" };
                return Year(start.Year) + "-" + season;
            }

            if (months == 6 && start.Month is 1 or 7)
            {
                return Year(start.Year) + (start.Month == 1 ? "-H1" : "-H2");
            }

            if (months == 12 && start.Month == 1)
            {
                return Year(start.Year);
            }

            if (months == 120 && start.Year % 10 == 0)
            {
                return Decade(start.Year);
            }

            if (months == 1200 && start.Year % 100 == 0)
            {
                return Century(start.Year);
            }
        }

        // Any other span ("early next year", "mid-November"): the smallest calendar unit that holds it, as TimeML writes
        // such spans (the part goes to a mod attribute).
        if (granularity == TemporalGranularity.Day && start.Year == end.Year && start.Month == end.Month)
        {
            return Month(start);
        }

        if (start.Year == end.Year && start.Month == end.Month && granularity != TemporalGranularity.Year && granularity != TemporalGranularity.Decade)
        {
            return Month(start);
        }

        if (start.Year == end.Year)
        {
            return Year(start.Year);
        }

        if (FloorDiv(start.Year, 10) == FloorDiv(end.Year, 10))
        {
            return Decade(start.Year);
        }

        return FloorDiv(start.Year, 100) == FloorDiv(end.Year, 100) ? Century(start.Year) : Year(start.Year);
    }

    /// <summary>Formats a period as a TimeML duration: P3D, P2Y6M, PT24H, P1W.</summary>
    public static string FormatPeriod(Period period)
    {
        var builder = new StringBuilder("P");
        if (period.Years != 0)
        {
            builder.Append(period.Years.ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (period.Months != 0)
        {
            builder.Append(period.Months.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (period.Weeks != 0)
        {
            builder.Append(period.Weeks.ToString(CultureInfo.InvariantCulture)).Append('W');
        }

        if (period.Days != 0)
        {
            builder.Append(period.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (period.Hours != 0 || period.Minutes != 0 || period.Seconds != 0)
        {
            builder.Append('T');
            if (period.Hours != 0)
            {
                builder.Append(period.Hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (period.Minutes != 0)
            {
                builder.Append(period.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (period.Seconds != 0)
            {
                builder.Append(period.Seconds.ToString(CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return builder.Length == 1 ? "PT0S" : builder.ToString();
    }

    /// <summary>The TimeML letter of a granularity's unit (D, W, M, Y, DE).</summary>
    public static string UnitLetter(TemporalGranularity granularity) => granularity switch
    {
        TemporalGranularity.Week => "W",
        TemporalGranularity.Month => "M",
        TemporalGranularity.Year => "Y",
        TemporalGranularity.Decade => "DE",
        _ => "D",
    };

    public static string Day(LocalDate day) => Year(day.Year) + "-" + Two(day.Month) + "-" + Two(day.Day);

    public static string Month(LocalDate day) => Year(day.Year) + "-" + Two(day.Month);

    public static string Week(LocalDate day)
    {
        var rule = WeekYearRules.Iso;
        return Year(rule.GetWeekYear(day)) + "-W" + Two(rule.GetWeekOfWeekYear(day));
    }

    public static string Year(int year) => year is >= 0 and <= 9999
        ? year.ToString("0000", CultureInfo.InvariantCulture)
        : year.ToString(CultureInfo.InvariantCulture);

    public static string Decade(int year) => FloorDiv(year, 10) is var d and >= 0 and <= 999
        ? d.ToString("000", CultureInfo.InvariantCulture)
        : Year(year);

    public static string Century(int year) => FloorDiv(year, 100) is var c and >= 0 and <= 99
        ? c.ToString("00", CultureInfo.InvariantCulture)
        : Year(year);

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static int FloorDiv(int value, int by) => (int)Math.Floor(value / (double)by);
}
