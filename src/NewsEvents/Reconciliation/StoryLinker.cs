using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Links the story events of articles that report one story: the articles share at least two of the surnames and place
/// names they spell out (or one when both stories have the same frame). Articles about unrelated stories share no names,
/// so a day of mixed news stays apart. Blocking by name keeps the work near-linear: names carried by very many articles
/// ("Smith") do not count.
/// </summary>
internal static class StoryLinker
{
    private const int MaxPostings = 400;

    public static (Dictionary<string, Event> ByMember, List<Event> Events) Link(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var items = new List<(string ArticleId, Event Story, HashSet<string> Names)>();
        foreach (var analysis in analyses)
        {
            foreach (var story in analysis.Events.Where(e => e.IsStory))
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var claim in analysis.Claims)
                {
                    if (claim.Property == ClaimProperty.Name && claim.EventId == story.Id && claim.Subject is { } written)
                    {
                        names.Add(NameDirectory.Fold(written[(written.LastIndexOf(' ') + 1)..]));
                    }
                }

                items.Add((analysis.Article.Id, story, names));
            }
        }

        items.Sort((a, b) => string.CompareOrdinal(a.ArticleId, b.ArticleId));
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var name in items[i].Names)
            {
                if (!postings.TryGetValue(name, out var list))
                {
                    list = [];
                    postings[name] = list;
                }

                list.Add(i);
            }
        }

        var sets = new DisjointSets(items.Count);
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < items.Count; i++)
        {
            shared.Clear();
            foreach (var name in items[i].Names)
            {
                var list = postings[name];
                if (list.Count > MaxPostings)
                {
                    continue;
                }

                foreach (var j in list)
                {
                    if (j < i)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared)
            {
                if (count >= 2 || (count == 1 && items[i].Story.Frame is { } frame && frame == items[j].Story.Frame))
                {
                    sets.Union(i, j);
                }
            }
        }

        var byMember = new Dictionary<string, Event>(StringComparer.Ordinal);
        var events = new List<Event>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(sets.Find))
        {
            var members = group.Select(i => items[i]).ToList();
            var id = StableId.Of("story", members.Select(m => m.ArticleId + "/" + m.Story.Id).Order(StringComparer.Ordinal));
            var frame = members.Where(m => m.Story.Frame is not null).GroupBy(m => m.Story.Frame!)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var type = members.GroupBy(m => m.Story.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var label = members.Select(m => m.Story.Label).FirstOrDefault(l => l is not null);
            var articles = members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var linked = new Event(id, type, articles: articles, label: label, frame: frame, isStory: true);
            events.Add(linked);
            foreach (var m in members)
            {
                byMember[m.ArticleId + "/" + m.Story.Id] = linked;
            }
        }

        return (byMember, events);
    }
}
