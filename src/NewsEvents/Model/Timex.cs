using System;

namespace NewsEvents;

/// <summary>The TimeML type of a temporal expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or unit, or a generic reference: "Thursday", "the third quarter", "now".</summary>
    Date,

    /// <summary>A time of day, or a part of a day: "10 p.m. Wednesday", "Thursday evening".</summary>
    Time,

    /// <summary>A length of time: "three years", "weeks".</summary>
    Duration,

    /// <summary>A recurrence: "daily", "every Thursday".</summary>
    Set,
}

/// <summary>The TimeML (TIMEX3) type and value of a temporal expression: <c>DATE 2013-Q3</c>, <c>DURATION P3D</c>, <c>DATE PRESENT_REF</c>.</summary>
/// <remarks>Immutable; equal by value. Values are ISO-8601-based TimeML strings, culture-invariant.</remarks>
public readonly record struct Timex
{
    /// <summary>The value of a generic reference to the present ("now", "currently").</summary>
    public const string PresentReference = "PRESENT_REF";

    /// <summary>The value of a generic reference to the past ("recently", "in the past").</summary>
    public const string PastReference = "PAST_REF";

    /// <summary>The value of a generic reference to the future ("in the future", "soon").</summary>
    public const string FutureReference = "FUTURE_REF";

    /// <summary>Creates a TIMEX3 type and value.</summary>
    /// <param name="type">The TimeML type.</param>
    /// <param name="value">The TimeML value (<c>2013-06-14</c>, <c>P3D</c>, <c>PRESENT_REF</c>), or <see langword="null"/> when it needs an unknown reference date.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is undefined, or <paramref name="value"/> is empty or contains white space.</exception>
    public Timex(TimexType type, string? value)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentException($"type was {(int)type}; must be a defined TimexType", nameof(type));
        }

        if (value is not null && (value.Length == 0 || value.AsSpan().IndexOfAny(" \t\r\n") >= 0))
        {
            throw new ArgumentException($"value was '{value}'; must be null or a non-empty TimeML value without white space", nameof(value));
        }

        Type = type;
        Value = value;
    }

    /// <summary>Gets the TimeML type.</summary>
    public TimexType Type { get; }

    /// <summary>Gets the TimeML value, or <see langword="null"/> when it could not be resolved.</summary>
    public string? Value { get; }

    /// <summary>Gets the type as TimeML writes it: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</summary>
    public string TypeName => Type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };

    /// <inheritdoc/>
    public override string ToString() => Value is null ? TypeName : TypeName + " " + Value;
}
