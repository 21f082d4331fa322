using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Claims;
using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Links the untyped events of many articles (<see cref="EventType.Other"/>, found by their mentions alone): two link when
/// their articles tell one story (their story events were linked) and a mention of each shares a dictionary form or a WordNet
/// synset ("quake" and "earthquake", "killed" and "killing"). Never across stories, so a day of mixed news keeps its two
/// earthquakes apart; speech reports ("said") never link.
/// </summary>
/// <remarks>Stateless; the result depends only on the set of events (processing order is canonical).</remarks>
internal static class MentionLinker
{
    /// <summary>
    /// Tells whether an event is an untyped mention event (found by its mentions alone: type <see cref="EventType.Other"/>,
    /// no participants, not a story), which this linker, not the slot-based one, links.
    /// </summary>
    public static bool IsUntyped(Event e) => e.Type == EventType.Other && !e.IsStory && e.Participants.IsEmpty && !e.Mentions.IsEmpty;

    public static void Link(IReadOnlyList<ArticleAnalysis> analyses, IReadOnlyDictionary<string, Event> storyOf,
        Dictionary<string, Event> byMember, List<Event> events)
    {
        var items = new List<ArticleEvent>();
        foreach (var analysis in analyses)
        {
            foreach (var e in analysis.Events)
            {
                if (IsUntyped(e))
                {
                    items.Add(new ArticleEvent(analysis.Article.Id, e));
                }
            }
        }

        items.Sort((a, b) => string.CompareOrdinal(a.ArticleId, b.ArticleId) is var c and not 0 ? c : string.CompareOrdinal(a.Event.Id, b.Event.Id));
        var sets = new DisjointSets(items.Count);
        var first = new Dictionary<(string Story, string Key), int>();
        var words = EventWords.Default;
        for (var i = 0; i < items.Count; i++)
        {
            var (articleId, e) = (items[i].ArticleId, items[i].Event);
            if (!storyOf.TryGetValue(articleId + "/" + StoryExtractor.StoryEventId, out var story) || story.Articles.Length < 2 ||
                e.Mentions.All(m => words.IsReporting(m.Lemma)))
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                foreach (var key in (ReadOnlySpan<string?>)["l:" + m.Lemma, m.Synset is null ? null : "s:" + m.Synset])
                {
                    if (key is null)
                    {
                        continue;
                    }

                    if (first.TryGetValue((story.Id, key), out var j))
                    {
                        sets.Union(j, i);
                    }
                    else
                    {
                        first[(story.Id, key)] = i;
                    }
                }
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            var root = sets.Find(i);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(i);
        }

        foreach (var members in groups.Values)
        {
            var linked = members.Count == 1 ? Single(items[members[0]]) : Merge(members.Select(i => items[i]).ToList());
            events.Add(linked);
            foreach (var i in members)
            {
                byMember[items[i].Key] = linked;
            }
        }
    }

    private static Event Single(ArticleEvent item) =>
        new(StableId.Of("ev", [item.Key]), EventType.Other, articles: [item.ArticleId], label: item.Event.Label) { Mentions = item.Event.Mentions };

    private static Event Merge(List<ArticleEvent> members)
    {
        var id = StableId.Of("ev", members.Select(m => m.Key).OrderBy(k => k, StringComparer.Ordinal));
        var articles = members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var mentions = members.SelectMany(m => m.Event.Mentions)
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Offset).ToImmutableArray();
        var label = mentions.GroupBy(m => m.Lemma, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return new Event(id, EventType.Other, articles: articles, label: label) { Mentions = mentions };
    }
}
