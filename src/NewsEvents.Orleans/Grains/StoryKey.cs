using System;
using System.Globalization;

namespace NewsEvents.Orleans.Grains;

/// <summary>
/// The shard an analysis goes to: the reconciliation blocking key of its story (frame or event type, first participant of the story or else of
/// the article's other events or else place, month), so that articles the reconciler would compare meet in one grain. Any key gives the same merged report.
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
        var root = FirstParticipant(main) ?? FirstParticipantOfAny(analysis) ?? main.Place ?? "-";
        var date = main.Time?.Start ?? analysis.Article.ReferenceDate.Date;
        var month = date is { } d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "undated";
        return kind + "/" + root + "/" + month;
    }

    private static string? FirstParticipant(Event e) => e.Participants.IsDefaultOrEmpty ? null : e.Participants[0].ActorId;

    // A story event often names no participants (stories link by their words); the article's trigger events do.
    private static string? FirstParticipantOfAny(ArticleAnalysis analysis)
    {
        foreach (var e in analysis.Events)
        {
            if (FirstParticipant(e) is { } actor)
            {
                return actor;
            }
        }

        return null;
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
