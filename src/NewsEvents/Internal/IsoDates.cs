using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Internal;

/// <summary>Reads a reference or publication date written as an ISO date or an ISO date-time (with or without an offset).</summary>
/// <remarks>Compiled into the library and the CLI from this one file. A date-time gives its own calendar date, as written
/// at its offset: "2025-07-23T23:30:00-05:00" is 2025-07-23, the publisher's day.</remarks>
internal static class IsoDates
{
    /// <summary>What the parser accepts, for error messages.</summary>
    public const string Expected = "a date yyyy-MM-dd or an ISO date-time such as 2025-07-23T14:05:00Z";

    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private static readonly OffsetDateTimePattern[] WithOffset =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] Local =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    /// <summary>Reads a date (yyyy-MM-dd) or a date-time (yyyy-MM-ddTHH:mm[:ss[.fff]][Z|±hh:mm]) with a year from 1000 to 9999.</summary>
    /// <param name="text">The text, without surrounding white space.</param>
    /// <param name="date">The calendar date.</param>
    /// <returns>Whether the text is such a date or date-time.</returns>
    public static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length < 10 || text.Length > 40 || text[4] != '-')
        {
            return false;
        }

        if (text.Length == 10)
        {
            var day = Date.Parse(text);
            return day.Success && Accept(day.Value, out date);
        }

        foreach (var pattern in WithOffset)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return Accept(parsed.Value.Date, out date);
            }
        }

        foreach (var pattern in Local)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return Accept(parsed.Value.Date, out date);
            }
        }

        return false;
    }

    private static bool Accept(LocalDate value, out LocalDate date)
    {
        date = value;
        return value.Year is >= 1000 and <= 9999;
    }
}
