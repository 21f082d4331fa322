using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NewsEvents.Claims;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Internal;

/// <summary>
/// What reconciliation knows from the default frames lexicon (<c>lexicon.frames.json</c>), read and parsed once:
/// the words that say nothing about which story an article tells (<c>storyStopWords</c>: function words, reporting
/// boilerplate, weekday names), the frames' trigger words, which say what kind of story it is ("quake", "killed", "jury")
/// but not which one, and the measure units with their dimension and factor to the dimension's base unit. Immutable.
/// </summary>
internal static class StoryWords
{
    private static readonly Lazy<(FrozenSet<string> Stop, FrameLexicon Frames, FrozenDictionary<string, (string, decimal)> Units)> Data = new(() =>
    {
        var document = JObject.Parse(EmbeddedData.Read("lexicon.frames.json"));
        var stop = (document["storyStopWords"] as JArray ?? []).Select(t => (string?)t).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        var units = ImmutableDictionary.CreateBuilder<string, (string, decimal)>(StringComparer.Ordinal);
        if (document["measureUnits"] is JObject map)
        {
            foreach (var p in map.Properties())
            {
                if (p.Value is JArray { Count: 2 } pair && (string?)pair[0] is { } dimension)
                {
                    units[p.Name.ToLower(CultureInfo.InvariantCulture)] = (dimension, (decimal)pair[1]);
                }
            }
        }

        return (stop, new FrameLexicon(document), units.ToImmutable().ToFrozenDictionary(StringComparer.Ordinal));
    });

    /// <summary>Gets the stop words, lower case.</summary>
    public static FrozenSet<string> StopWords => Data.Value.Stop;

    /// <summary>Gets the default frames, whose trigger table tells the kind-of-story words.</summary>
    public static FrameLexicon Frames => Data.Value.Frames;

    /// <summary>Gets the measure units: lower-case unit phrase → dimension and factor to the dimension's base unit.</summary>
    public static FrozenDictionary<string, (string Dimension, decimal Factor)> Units => Data.Value.Units;
}
