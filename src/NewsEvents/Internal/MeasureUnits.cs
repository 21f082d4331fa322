namespace NewsEvents.Internal;

/// <summary>
/// The measure units of the default frames lexicon (<c>measureUnits</c>): unit phrase → dimension and factor to the
/// dimension's base unit, so reconciliation compares "150 metres" with "500 feet" (read once, with the other default
/// frames data, by <see cref="StoryWords"/>).
/// </summary>
internal static class MeasureUnits
{
    /// <summary>Converts a figure to its dimension's base unit (m, kg, %, s), or returns it unchanged when its unit is unknown.</summary>
    public static QuantityValue ToBase(QuantityValue value)
    {
        if (Of(value.Unit) is not { } u || u.Factor == 1m)
        {
            return value;
        }

        return new QuantityValue(value.Text, value.Min * u.Factor, value.Max * u.Factor, value.Approximate, BaseUnit(u.Dimension));
    }

    /// <summary>Tells whether a figure is written in its dimension's base unit ("600m", "85 kg"), not merely unitless.</summary>
    public static bool IsInBaseUnit(QuantityValue value) => Of(value.Unit) is { Factor: 1m };

    /// <summary>The dimension and factor of a unit phrase ("feet" → distance, 0.3048), or null when it is no measure unit.</summary>
    public static (string Dimension, decimal Factor)? Of(string? unit) =>
        unit is not null && StoryWords.Units.TryGetValue(unit.Trim().ToLowerInvariant(), out var u) ? u : null;

    private static string BaseUnit(string dimension) => dimension switch
    {
        "distance" or "yards" => "m",
        "weight" => "kg",
        "duration" => "s",
        "share" => "percent",
        _ => dimension,
    };
}
