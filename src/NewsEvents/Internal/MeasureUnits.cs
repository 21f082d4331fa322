using System;
using System.Collections.Immutable;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Internal;

/// <summary>
/// The measure units of the default frames lexicon (<c>measureUnits</c>): unit phrase → dimension and factor to the
/// dimension's base unit, so reconciliation compares "150 metres" with "500 feet". Read once; immutable.
/// </summary>
internal static class MeasureUnits
{
    private static readonly Lazy<ImmutableDictionary<string, (string Dimension, decimal Factor)>> Table = new(Load);

    /// <summary>Converts a figure to its dimension's base unit (m, kg, %, s), or returns it unchanged when its unit is unknown.</summary>
    public static QuantityValue ToBase(QuantityValue value)
    {
        if (value.Unit is not { } unit || !Table.Value.TryGetValue(unit.Trim().ToLowerInvariant(), out var u) || u.Factor == 1m)
        {
            return value;
        }

        return new QuantityValue(value.Text, value.Min * u.Factor, value.Max * u.Factor, value.Approximate, BaseUnit(u.Dimension));
    }

    private static string BaseUnit(string dimension) => dimension switch
    {
        "distance" or "yards" => "m",
        "weight" => "kg",
        "duration" => "s",
        "share" => "percent",
        _ => dimension,
    };

    private static ImmutableDictionary<string, (string, decimal)> Load()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, (string, decimal)>(StringComparer.Ordinal);
        if (JObject.Parse(EmbeddedData.Read("lexicon.frames.json"))["measureUnits"] is JObject units)
        {
            foreach (var p in units.Properties())
            {
                if (p.Value is JArray { Count: 2 } pair && (string?)pair[0] is { } dimension)
                {
                    builder[p.Name.ToLower(CultureInfo.InvariantCulture)] = (dimension, (decimal)pair[1]);
                }
            }
        }

        return builder.ToImmutable();
    }
}
