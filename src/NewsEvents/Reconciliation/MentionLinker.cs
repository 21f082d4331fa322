using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
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

    public static void Link(IReadOnlyList<ArticleAnalysis> analyses, IReadOnlyDictionary<(string Article, string Event), Event> storyOf,
        Dictionary<(string Article, string Event), Event> byMember, List<Event> events, int degree = 1)
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
        var first = new Dictionary<(string Story, char Kind, string Key), int>();
        var words = EventWords.Default;
        for (var i = 0; i < items.Count; i++)
        {
            var (articleId, e) = (items[i].ArticleId, items[i].Event);
            if (!storyOf.TryGetValue((articleId, StoryExtractor.StoryEventId), out var story) || story.Articles.Length < 2 ||
                e.Mentions.All(m => words.IsReporting(m.Lemma)))
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                First((story.Id, 'l', m.Lemma), i);
                if (m.Synset is { } synset)
                {
                    First((story.Id, 's', synset), i);
                }
            }
        }

        void First((string Story, char Kind, string Key) key, int i)
        {
            if (first.TryGetValue(key, out var j))
            {
                sets.Union(j, i);
            }
            else
            {
                first[key] = i;
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

        // A typed event of the story that shares a form with an untyped one is the same happening told with and without its
        // slots ("killed" typed with its victims, "the killing" without): the untyped joins it when exactly one fits.
        var typed = new Dictionary<(string Story, char Kind, string Key), Event?>();
        foreach (var t in events.Where(e => !e.IsStory && !IsUntyped(e)))
        {
            var stories = t.Articles.Select(a => storyOf.TryGetValue((a, StoryExtractor.StoryEventId), out var st) && st.Articles.Length > 1 ? st.Id : null)
                .Where(id => id is not null).Distinct(StringComparer.Ordinal).ToList();
            foreach (var m in t.Mentions.Where(m => !words.IsReporting(m.Lemma)))
            {
                foreach (var story in stories)
                {
                    Type((story!, 'l', m.Lemma), t);
                    if (m.Synset is { } synset)
                    {
                        Type((story!, 's', synset), t);
                    }
                }
            }
        }

        void Type((string Story, char Kind, string Key) key, Event t) =>
            typed[key] = typed.TryGetValue(key, out var other) && other?.Id != t.Id ? null : t;

        // Each group's host, or else its own linked event, reads only the group: on every core, then recorded in the groups' order.
        var memberLists = groups.Values.ToList();
        var outcomes = Parallelism.Map(memberLists, (Func<List<int>, (Event? Host, Event? Linked)>)(members =>
        {
            var group = members.ConvertAll(i => items[i]);
            var host = Host(group, storyOf, typed);
            return host is not null ? (host, null) : (null, group.Count == 1 ? Single(group[0]) : Merge(group));
        }), degree, chunk: 512);
        var joins = new Dictionary<string, (Event Typed, List<List<int>> Groups)>(StringComparer.Ordinal);
        for (var g = 0; g < memberLists.Count; g++)
        {
            var members = memberLists[g];
            if (outcomes[g].Host is { } host)
            {
                if (!joins.TryGetValue(host.Id, out var join))
                {
                    joins[host.Id] = join = (host, []);
                }

                join.Groups.Add(members);
                continue;
            }

            var linked = outcomes[g].Linked!;
            events.Add(linked);
            foreach (var i in members)
            {
                byMember[items[i].Member] = linked;
            }
        }

        if (joins.Count == 0)
        {
            return;
        }

        var replaced = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var (id, (host, joined)) in joins.OrderBy(j => j.Key, StringComparer.Ordinal))
        {
            var guests = joined.SelectMany(g => g).Select(i => items[i]).ToList();
            var articles = host.Articles.Concat(guests.Select(g => g.ArticleId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var mentions = host.Mentions.Concat(guests.SelectMany(g => g.Event.Mentions))
                .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Offset).ToImmutableArray();
            var merged = new Event(host.Id, host.Type, host.Participants, host.Time, host.Place, articles, host.Label, host.Frame, host.IsStory)
            {
                Mentions = mentions,
            };
            replaced[id] = merged;
            foreach (var g in guests)
            {
                byMember[g.Member] = merged;
            }
        }

        // Values are replaced in place (no key is added or removed, so the enumeration stays valid).
        foreach (var (key, value) in byMember)
        {
            if (replaced.TryGetValue(value.Id, out var merged))
            {
                CollectionsMarshal.GetValueRefOrNullRef(byMember, key) = merged;
            }
        }

        for (var k = 0; k < events.Count; k++)
        {
            if (replaced.TryGetValue(events[k].Id, out var merged))
            {
                events[k] = merged;
            }
        }
    }

    // The one typed event of the group's story that shares a form with the group, or null (none, or more than one).
    private static Event? Host(List<ArticleEvent> group, IReadOnlyDictionary<(string Article, string Event), Event> storyOf, Dictionary<(string Story, char Kind, string Key), Event?> typed)
    {
        if (typed.Count == 0 || !storyOf.TryGetValue((group[0].ArticleId, StoryExtractor.StoryEventId), out var story) || story.Articles.Length < 2)
        {
            return null;
        }

        // The keys of each mention: its dictionary form ('l'), then its WordNet synset ('s').
        Event? host = null;
        foreach (var g in group)
        {
            foreach (var m in g.Event.Mentions)
            {
                if (!Fits((story.Id, 'l', m.Lemma)) || (m.Synset is { } synset && !Fits((story.Id, 's', synset))))
                {
                    return null;
                }
            }
        }

        return host;

        // False when the key names no single typed event or another host than the one found.
        bool Fits((string Story, char Kind, string Key) key)
        {
            if (!typed.TryGetValue(key, out var t))
            {
                return true;
            }

            if (t is null || (host is not null && host.Id != t.Id))
            {
                return false;
            }

            host = t;
            return true;
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
