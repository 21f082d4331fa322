using System;
using System.Globalization;

namespace NewsEvents.Orleans.Grains;

/// <summary>
/// The shard an analysis goes to: the reconciliation blocking key of its story (frame or event type, first participant or else place,
/// month), so that articles the reconciler would compare meet in one grain. Any key gives the same merged report.
/// </summary>
internal static class StoryKey
{
    // Articles without any event only add singletons; spreading them keeps any one shard small.
    private const int LooseBuckets = 16;

    public static string Of(ArticleAnalysis analysis, int split)
    {
        var key = BlockingKey(analysis);
        return split > 1 ? key + "#" + (StableHash(analysis.Article.Id) % (uint)split).ToString(CultureInfo.InvariantCulture) : key;
    }

    public static string ShardId(string corpus, string storyKey) => corpus + "/" + storyKey;

    internal static string BlockingKey(ArticleAnalysis analysis)
    {
        Event? main = null;
        foreach (var e in analysis.Events)
        {
            if (e.IsStory)
            {
                main = e;
                break;
            }

            main ??= e;
        }

        if (main is null)
        {
            return "loose/" + (StableHash(analysis.Article.Id) % LooseBuckets).ToString(CultureInfo.InvariantCulture);
        }

        var kind = main.Frame ?? main.Type.ToString();
        var root = main.Participants.IsDefaultOrEmpty ? main.Place ?? "-" : main.Participants[0].ActorId;
        var date = main.Time?.Start ?? analysis.Article.ReferenceDate.Date;
        var month = date is { } d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "undated";
        return kind + "/" + root + "/" + month;
    }

    // FNV-1a over UTF-16 code units: stable across processes, unlike string.GetHashCode.
    internal static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
