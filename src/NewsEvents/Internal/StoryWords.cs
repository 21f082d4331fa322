using System;
using System.Collections.Frozen;
using System.Linq;
using NewsEvents.Claims;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Internal;

/// <summary>
/// What the story linker knows about words, from the default frames lexicon: the words that say nothing about which story
/// an article tells (<c>storyStopWords</c>: function words, reporting boilerplate, weekday names), and the frames' trigger
/// words, which say what kind of story it is ("quake", "killed", "jury") but not which one. Read once; immutable.
/// </summary>
internal static class StoryWords
{
    private static readonly Lazy<(FrozenSet<string> Stop, FrameLexicon Frames)> Data = new(() =>
    {
        var document = JObject.Parse(EmbeddedData.Read("lexicon.frames.json"));
        var stop = (document["storyStopWords"] as JArray ?? []).Select(t => (string?)t).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        return (stop, new FrameLexicon(document));
    });

    /// <summary>Gets the stop words, lower case.</summary>
    public static FrozenSet<string> StopWords => Data.Value.Stop;

    /// <summary>Gets the default frames, whose trigger table tells the kind-of-story words.</summary>
    public static FrameLexicon Frames => Data.Value.Frames;
}
