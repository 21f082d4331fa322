using System.Collections.Immutable;

namespace NewsEvents.Internal;

/// <summary>English month and weekday names, shared by the story phase and reference-date inference.</summary>
internal static class CalendarWords
{
    /// <summary>The months, January first.</summary>
    public static readonly ImmutableArray<string> Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The weekdays in ISO order, Monday first.</summary>
    public static readonly ImmutableArray<string> Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
