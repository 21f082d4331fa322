using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Claims;
using NewsEvents.Internal;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Mention-level event coreference for the report, run after the claims were compared: the events of one story (their
/// articles' story events were linked) that share a mention's dictionary form, WordNet synset or frame verb ("arrested" in
/// one outlet, "arrested" with the suspect's name in another; "the killing" and "killed"; "gunned down" and "shot") become one event of the report, listing all
/// their mentions. The comparison is not affected: it already ran on the slot-based linking (<see cref="EventLinker"/>),
/// so this stage can neither create nor remove a conflict, corroboration or singleton; it only gives them the id of the
/// event they now belong to.
/// </summary>
/// <remarks>
/// Constraints, checked between every typed event of the two sides before they join (so that tolerance never chains
/// distinct events): equal <see cref="EventType"/>s (an untyped event fits any), overlapping times, related places, and
/// participants that match for each role both name (<see cref="EventLinker.MentionCompatible"/>). Speech reports
/// ("said", "told") never join by their words, and nothing joins across stories, so a day of mixed news keeps its two
/// earthquakes apart. Stateless; the result depends only on the set of events (processing order is canonical).
/// </remarks>
internal static class MentionCoreference
{
    /// <summary>Joins the report's events of one story that share a mention's form; returns the events and the new id of every joined event.</summary>
    /// <param name="events">The linked events (story events included), sorted by id.</param>
    /// <param name="linker">The slot-based linker, whose compatibility test constrains the joins.</param>
    public static (ImmutableArray<Event> Events, IReadOnlyDictionary<string, string> Renamed) Join(ImmutableArray<Event> events, EventLinker linker)
    {
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in events.Where(e => e.IsStory && e.Articles.Length > 1))
        {
            foreach (var article in story.Articles)
            {
                storyOf.TryAdd(article, story.Id);
            }
        }

        // Whether a word reports speech, read once per distinct word.
        var words = EventWords.Default;
        var reportingOf = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Reporting(string lemma)
        {
            if (!reportingOf.TryGetValue(lemma, out var reporting))
            {
                reporting = words.IsReporting(lemma);
                reportingOf[lemma] = reporting;
            }

            return reporting;
        }

        // Only an event with a mention in an article of a story told by several, which is no speech report, can join.
        var items = new List<Event>();
        foreach (var e in storyOf.Count == 0 ? [] : events)
        {
            if (e.IsStory)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                if (storyOf.ContainsKey(m.ArticleId) && !Reporting(m.Lemma))
                {
                    items.Add(e);
                    break;
                }
            }
        }

        // The linker hands its events over sorted by id; sorting (stably, as before) is only needed for other callers.
        if (!IsSortedById(items))
        {
            items = [.. items.OrderBy(e => e.Id, StringComparer.Ordinal)];
        }

        // A mention's keys, read once per distinct dictionary form, synset and trigger: a story repeats its words in every
        // outlet. Buckets are taken in the order of their story's id, then their key, so that the joins do not depend on
        // how the dictionary happens to order them.
        var frames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var keysOf = new Dictionary<(string Lemma, string? Synset, string Trigger), string[]>();
        var bucketOf = new Dictionary<(string Story, string Key), List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var m in items[i].Mentions)
            {
                if (Reporting(m.Lemma) || !storyOf.TryGetValue(m.ArticleId, out var story))
                {
                    continue;
                }

                if (!keysOf.TryGetValue((m.Lemma, m.Synset, m.Trigger), out var keys))
                {
                    keys = [.. Keys(m, frames)];
                    keysOf[(m.Lemma, m.Synset, m.Trigger)] = keys;
                }

                foreach (var key in keys)
                {
                    if (!bucketOf.TryGetValue((story, key), out var list))
                    {
                        bucketOf[(story, key)] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
        }

        // A bucket of one event joins nothing: only the others are ordered and tried.
        var buckets = bucketOf.Where(b => b.Value.Count > 1).ToArray();
        Array.Sort(buckets, static (x, y) => string.CompareOrdinal(x.Key.Story, y.Key.Story) is var c and not 0
            ? c
            : string.CompareOrdinal(x.Key.Key, y.Key.Key));

        var sets = new DisjointSets(items.Count);
        var typedOf = new Dictionary<int, List<Event>>();
        List<Event> Typed(int root) => typedOf.TryGetValue(root, out var list) ? list : [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Type != EventType.Other)
            {
                typedOf[i] = [items[i]];
            }
        }

        bool Compatible(int a, int b)
        {
            if (!typedOf.TryGetValue(a, out var left) || !typedOf.TryGetValue(b, out var right))
            {
                return true;
            }

            foreach (var x in left)
            {
                foreach (var y in right)
                {
                    if (!linker.MentionCompatible(x, y))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // Each member tries the groups of the members before it, in the order those groups first appear, and joins the
        // first it fits. The groups are kept as a list of roots in that order (a joined pair keeps the earlier place), so a
        // bucket of a hot story's thousand copies costs its groups per member, not its members.
        var order = new List<int>();
        var placeOf = new Dictionary<int, int>();
        foreach (var (_, members) in buckets)
        {
            order.Clear();
            placeOf.Clear();
            foreach (var member in members)
            {
                var b = sets.Find(member);
                var joined = false;
                for (var k = 0; k < order.Count; k++)
                {
                    var a = order[k];
                    if (a < 0 || a == b || !Compatible(a, b))
                    {
                        continue;
                    }

                    var typed = Typed(a).Concat(Typed(b)).ToList();
                    sets.Union(a, b);
                    typedOf.Remove(a);
                    typedOf.Remove(b);
                    var root = sets.Find(a);
                    if (typed.Count > 0)
                    {
                        typedOf[root] = typed;
                    }

                    placeOf.Remove(a);
                    if (placeOf.Remove(b, out var placeOfB))
                    {
                        order[Math.Max(k, placeOfB)] = -1;
                        k = Math.Min(k, placeOfB);
                    }

                    order[k] = root;
                    placeOf[root] = k;
                    joined = true;
                    break;
                }

                if (!joined && placeOf.TryAdd(b, order.Count))
                {
                    order.Add(b);
                }
            }
        }

        // The groups of two events or more, in the order of their first event; most events stay alone.
        var roots = new int[items.Count];
        var sizes = new Dictionary<int, int>();
        for (var i = 0; i < items.Count; i++)
        {
            roots[i] = sets.Find(i);
            sizes[roots[i]] = sizes.GetValueOrDefault(roots[i]) + 1;
        }

        var groups = new Dictionary<int, List<Event>>();
        for (var i = 0; i < items.Count; i++)
        {
            if (sizes[roots[i]] < 2)
            {
                continue;
            }

            if (!groups.TryGetValue(roots[i], out var list))
            {
                groups[roots[i]] = list = [];
            }

            list.Add(items[i]);
        }

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var replaced = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var group in groups.Values)
        {
            var joined = Merge(group);
            replaced[joined.Id] = joined;
            foreach (var e in group.Where(e => e.Id != joined.Id))
            {
                renamed[e.Id] = joined.Id;
            }
        }

        if (renamed.Count == 0)
        {
            return (events, renamed);
        }

        var result = events.Where(e => !renamed.ContainsKey(e.Id)).Select(e => replaced.TryGetValue(e.Id, out var j) ? j : e).ToImmutableArray();
        return (result, renamed);
    }

    private static bool IsSortedById(List<Event> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (string.CompareOrdinal(events[i - 1].Id, events[i].Id) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The keys that make two mentions of one story one happening: the dictionary form (and a two-word verb's verb,
    /// <see cref="Head"/>), the lexicon's synonym group ("blaze" and "fire"), the WordNet synset, and the event frame a verb
    /// trigger evokes (<see cref="Frame"/>).
    /// </summary>
    internal static IEnumerable<string> Keys(EventMention m, Dictionary<string, string?> frames)
    {
        var phrase = Phrase(m.Lemma);
        yield return "l:" + phrase;
        if (Head(phrase) is { } head)
        {
            yield return "l:" + head;
        }

        if (Synonyms.Value.TryGetValue(phrase, out var groups))
        {
            foreach (var group in groups)
            {
                yield return "y:" + group;
            }
        }

        if (m.Synset is { } s)
        {
            yield return "s:" + s;
        }

        if (!frames.TryGetValue(m.Trigger, out var frame))
        {
            frame = Frame(m.Trigger);
            frames[m.Trigger] = frame;
        }

        if (frame is not null)
        {
            yield return "f:" + frame;
        }
    }

    /// <summary>
    /// The frame of the lexicon whose verbs the whole trigger is ("gunned down", "shot" and "opened fire" evoke the shooting;
    /// "killed", "murdered" and "slain" the killing), or null. Within one story the frame's verbs name one act in the
    /// outlets' different words, where WordNet's senses are too many to tell. A frame's nouns are left out: they also name
    /// the kind of thing or a participant ("gunman", "volcano", "hostage", "game"), not the act.
    /// </summary>
    internal static string? Frame(string trigger)
    {
        var tokens = ClaimTokenizer.Tokenize(trigger, 0, trigger.Length);
        return tokens.Count > 0 && StoryWords.Frames.Triggers.TryMatch(tokens, 0, out var length, out var found) &&
               length == tokens.Count && !found.IsNoun
            ? found.Frame.Name
            : null;
    }

    // The lexicon's synonym groups (mentions.json "eventSynonyms"): each word to the first words of its groups.
    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<string>>> Synonyms = new(LoadSynonyms);

    /// <summary>
    /// The verb of a two-word verb whose second word only says where the act lands ("fell in the crevasse", "checked in",
    /// "won over the visitors" are the falling, the checking in, the winning of the one-word verb), or null. "in", "on" and
    /// "over" only, and no light verb ("take over" is no taking); particles that make another act ("break out", "give up")
    /// keep the two words apart.
    /// </summary>
    internal static string? Head(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && phrase.IndexOf(' ', space + 1) < 0 && phrase[(space + 1)..] is "in" or "on" or "over" &&
               !EventWords.Default.IsLightVerb(phrase[..space])
            ? phrase[..space]
            : null;
    }

    /// <summary>The synonym groups of a dictionary form, each named by its first word ("blaze" and "fire" are in "fire"; "raid" in "attack" and "rob").</summary>
    internal static ImmutableArray<string> SynonymGroups(string lemma) => Synonyms.Value.TryGetValue(Phrase(lemma), out var groups) ? groups : [];

    private static FrozenDictionary<string, ImmutableArray<string>> LoadSynonyms()
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in JObject.Parse(EmbeddedData.Read("lexicon.mentions.json"))["eventSynonyms"]?.Children() ?? Enumerable.Empty<JToken>())
        {
            var words = group.Values<string>().OfType<string>().ToList();
            foreach (var word in words)
            {
                if (!groups.TryGetValue(word, out var list))
                {
                    groups[word] = list = [];
                }

                list.Add(words[0]);
            }
        }

        return groups.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
    }

    // A two-word verb's form without what does not change the happening: "check into" is "check in", "escape from" is
    // "escape" (a preposition that only introduces the object). Particles that change the meaning ("break out") stay.
    internal static string Phrase(string lemma)
    {
        var space = lemma.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || lemma.IndexOf(' ', space + 1) >= 0)
        {
            return lemma;
        }

        return lemma[(space + 1)..] switch
        {
            "into" => lemma[..space] + " in",
            "onto" => lemma[..space] + " on",
            "from" or "to" or "with" or "at" or "for" or "of" or "about" or "upon" => lemma[..space],
            _ => lemma,
        };
    }

    // One event for the group, named by its typed event with the most articles (then mentions, then id): its id, type,
    // time, place and label; the participants, articles and mentions of all.
    private static Event Merge(List<Event> group)
    {
        var host = group.OrderBy(e => e.Type == EventType.Other ? 1 : 0)
            .ThenByDescending(e => e.Articles.Length)
            .ThenByDescending(e => e.Mentions.Length)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .First();
        var participants = group.SelectMany(e => e.Participants).Distinct()
            .OrderBy(p => p.Role).ThenBy(p => p.ActorId, StringComparer.Ordinal).ToImmutableArray();
        var articles = group.SelectMany(e => e.Articles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var mentions = group.SelectMany(e => e.Mentions).Distinct()
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Offset).ToImmutableArray();
        return new Event(host.Id, host.Type, participants, host.Time, host.Place, articles, host.Label, host.Frame, host.IsStory)
        {
            Mentions = mentions,
        };
    }
}
