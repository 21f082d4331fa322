using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>One article's event, as input to linking.</summary>
/// <param name="ArticleId">The article that reports it.</param>
/// <param name="Event">The event as the article's analysis found it.</param>
internal readonly record struct ArticleEvent(string ArticleId, Event Event)
{
    public string Key => ArticleId + "/" + Event.Id;

    /// <summary>Gets the key of the article's event among the members of linked events: no string is built for it.</summary>
    public (string Article, string Event) Member => (ArticleId, Event.Id);
}

/// <summary>The result of linking: which article events form one event, and the linked events.</summary>
internal sealed class LinkResult
{
    private readonly Dictionary<(string Article, string Event), Event> _byMember;

    public LinkResult(Dictionary<(string Article, string Event), Event> byMember, ImmutableArray<Event> events)
    {
        _byMember = byMember;
        Events = events;
    }

    /// <summary>Gets the linked events, sorted by id.</summary>
    public ImmutableArray<Event> Events { get; }

    /// <summary>Gets the linked event an article's event belongs to.</summary>
    public bool TryGetLinked(string articleId, string eventId, out Event linked) =>
        _byMember.TryGetValue((articleId, eventId), out linked!);
}

/// <summary>
/// Links events of many articles (and duplicates within one article) into one event each: same <see cref="EventType"/>,
/// overlapping participants (an actor and its affiliation overlap), compatible time windows and compatible places.
/// </summary>
/// <remarks>
/// An event joins at most one existing cluster (the best-fitting representative), so tolerance never chains distinct
/// events into one. Scales by blocking: an event is only compared with cluster representatives that share a key
/// (type, participant root, month); events without a time, or with a window wider than <see cref="MaxBlockMonths"/> months,
/// are linked afterwards and only when exactly one cluster fits (or a cluster of the same article does), so a vague
/// event never glues distinct events together. Events are processed in a canonical order (article id, event id),
/// so the result does not depend on input order. Times within <see cref="ToleranceDays"/> day of each other still link,
/// so that a one-day disagreement between outlets surfaces as a conflict rather than as two events.
/// </remarks>
internal sealed class EventLinker
{
    public const int ToleranceDays = 1;
    public const int MaxBlockMonths = 3;

    // Bounds the scan of a coarse bucket for an event without a usable time; beyond it the event is ambiguous.
    private const int MaxCoarseScan = 64;

    private readonly EntityDirectory _entities;
    private readonly int _degree;

    /// <summary>Creates a linker over the directory of the analyses it will link.</summary>
    /// <param name="entities">The actors and places of the analyses.</param>
    /// <param name="degree">How many threads a link may use for its independent parts (story linking beside the event
    /// items, and each linked event's merge); the result is the same for every degree.</param>
    public EventLinker(EntityDirectory entities, int degree = 1)
    {
        _entities = entities;
        _degree = degree;
    }

    /// <summary>Links the events of many articles.</summary>
    /// <param name="analyses">The analyses.</param>
    /// <param name="mentions">Whether untyped events are linked too (<see cref="MentionLinker"/>); reference-date inference leaves them out, since they carry no dates.</param>
    /// <returns>The linked events and which article events they hold.</returns>
    public LinkResult Link(IReadOnlyList<ArticleAnalysis> analyses, bool mentions = true)
    {
        // Events of two different stories are two happenings even when their type and slots fit: a topic's two earthquakes
        // both "killed" people with no victims named. An article in no multi-article story constrains nothing. Story
        // linking reads only the analyses: it runs beside the gathering and sorting of the event items.
        var (items, (storyMembers, stories, foci)) = Parallelism.Both(() => Items(analyses), () => StoryLinker.Link(analyses, _degree), _degree);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in stories.Where(s => s.Articles.Length > 1))
        {
            foreach (var article in story.Articles)
            {
                storyOf.TryAdd(article, story.Id);
            }
        }

        // An article alone in its story still stands apart from another whose lead names other people or another place
        // (5,000 one-paragraph reports of killings in as many towns are 5,000 killings): the story linker's contrast.
        bool SameStory(int a, int b)
        {
            string ai = items[a].ArticleId, bi = items[b].ArticleId;
            if (storyOf.TryGetValue(ai, out var x) && storyOf.TryGetValue(bi, out var y))
            {
                return string.Equals(x, y, StringComparison.Ordinal);
            }

            return string.Equals(ai, bi, StringComparison.Ordinal) || !foci.TryGetValue(ai, out var fa) || !foci.TryGetValue(bi, out var fb) ||
                   !fa.Contrasts(fb);
        }

        var sets = new DisjointSets(items.Count);
        var roots = new string[items.Count][];
        for (var i = 0; i < items.Count; i++)
        {
            roots[i] = RootsOf(items[i].Event);
        }

        var fine = new Dictionary<(EventType, string, int), List<int>>();
        var coarse = new Dictionary<(EventType, string), List<int>>();
        var deferred = new List<int>();
        var isDeferred = new bool[items.Count];

        // Phase 1: events with a narrow time window, blocked by (type, root, month).
        for (var i = 0; i < items.Count; i++)
        {
            var e = items[i].Event;
            if (!TryMonths(e, out var firstMonth, out var lastMonth))
            {
                deferred.Add(i);
                isDeferred[i] = true;
                continue;
            }

            // The event joins the one cluster whose representative it fits best (closest in time, then earliest),
            // never all of them: otherwise a chain of events a day apart would glue a month of daily events together.
            var best = -1;
            var bestGap = int.MaxValue;
            foreach (var root in roots[i])
            {
                for (var m = firstMonth; m <= lastMonth; m++)
                {
                    var key = (e.Type, root, m);
                    if (!fine.TryGetValue(key, out var reps))
                    {
                        reps = [];
                        fine[key] = reps;
                    }

                    var matched = false;
                    foreach (var r in reps)
                    {
                        if (!SameStory(r, i) || !Compatible(items[r].Event, e, useTime: true))
                        {
                            continue;
                        }

                        matched = true;
                        var gap = Gap(items[r].Event.Time!, e.Time!);
                        if (gap < bestGap || (gap == bestGap && r < best))
                        {
                            (best, bestGap) = (r, gap);
                        }
                    }

                    if (!matched)
                    {
                        reps.Add(i);
                    }
                }
            }

            var joined = best >= 0;
            if (joined)
            {
                sets.Union(best, i);
            }

            if (!joined)
            {
                AddCoarse(coarse, e.Type, roots[i], i);
            }
        }

        // Phase 2: events without a usable time link only where the match is unambiguous: a fitting event of the same
        // article (a within-article duplicate), else exactly one fitting cluster among the first MaxCoarseScan of the block.
        // Whether two events fit depends only on their type, time bounds, place and core participants, so the events of an
        // article are grouped by those: one test per group instead of one per event, and a group once joined stays one set.
        var byArticle = new Dictionary<string, List<SignatureGroup>>(StringComparer.Ordinal);
        var groupIndex = new Dictionary<(string Article, EventType Type, LocalDate? Start, LocalDate? End, string? Place, string Core), SignatureGroup>();
        for (var i = 0; i < items.Count; i++)
        {
            var e = items[i].Event;
            var key = (items[i].ArticleId, e.Type, e.Time?.Start, e.Time?.End, e.Place, CoreKey(e));
            if (!groupIndex.TryGetValue(key, out var group))
            {
                group = new SignatureGroup(i);
                groupIndex[key] = group;
                if (!byArticle.TryGetValue(items[i].ArticleId, out var own))
                {
                    own = [];
                    byArticle[items[i].ArticleId] = own;
                }

                own.Add(group);
            }

            if (isDeferred[i])
            {
                group.Deferred.Add(i);
            }
            else
            {
                group.Anchor = group.Anchor < 0 ? i : group.Anchor;
                group.Settled.Add(i);
            }
        }

        foreach (var i in deferred)
        {
            var e = items[i].Event;
            var linkedOwn = false;
            foreach (var group in byArticle[items[i].ArticleId])
            {
                if (!Compatible(items[group.Representative].Event, e, useTime: true))
                {
                    continue;
                }

                // Every settled member, and every deferred member before i, joins i (as the pairwise test would).
                foreach (var j in group.Settled)
                {
                    sets.Union(j, i);
                    linkedOwn = true;
                }

                group.Settled.Clear();
                if (group.Anchor >= 0 && group.Anchor != i)
                {
                    sets.Union(group.Anchor, i);
                    linkedOwn = true;
                }

                while (group.Cursor < group.Deferred.Count && group.Deferred[group.Cursor] < i)
                {
                    sets.Union(group.Deferred[group.Cursor], i);
                    group.Anchor = group.Anchor < 0 ? group.Deferred[group.Cursor] : group.Anchor;
                    linkedOwn = true;
                    group.Cursor++;
                }
            }

            if (linkedOwn)
            {
                continue;
            }

            var found = -1;
            var ambiguous = false;
            foreach (var root in roots[i])
            {
                if (ambiguous || !coarse.TryGetValue((e.Type, root), out var reps))
                {
                    continue;
                }

                ambiguous = reps.Count > MaxCoarseScan;
                for (var k = 0; k < reps.Count && !ambiguous; k++)
                {
                    var r = reps[k];
                    if (items[r].ArticleId != items[i].ArticleId && SameStory(r, i) && Compatible(items[r].Event, e, useTime: true))
                    {
                        var cluster = sets.Find(r);
                        ambiguous = found >= 0 && found != cluster;
                        found = cluster;
                    }
                }
            }

            if (found >= 0 && !ambiguous)
            {
                sets.Union(found, i);
            }
            else
            {
                AddCoarse(coarse, e.Type, roots[i], i);
            }
        }

        return Build(items, sets, analyses, mentions, storyMembers, stories);
    }

    // The typed events of the analyses, ordered by article and event id.
    private static List<ArticleEvent> Items(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var items = new List<ArticleEvent>();
        foreach (var analysis in analyses)
        {
            foreach (var e in analysis.Events)
            {
                // Story events link by the story's names (StoryLinker), untyped events by their mentions (MentionLinker),
                // not by trigger type and participants.
                if (!e.IsStory && !MentionLinker.IsUntyped(e))
                {
                    items.Add(new ArticleEvent(analysis.Article.Id, e));
                }
            }
        }

        items.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.ArticleId, b.ArticleId);
            return c != 0 ? c : string.CompareOrdinal(a.Event.Id, b.Event.Id);
        });
        return items;
    }

    /// <summary>Tells whether two events may be the same happening.</summary>
    public bool Compatible(Event a, Event b, bool useTime)
    {
        if (a.Type != b.Type)
        {
            return false;
        }

        if (useTime && a.Time is { } ta && b.Time is { } tb &&
            !(ta.Start.PlusDays(-ToleranceDays) <= tb.End && tb.Start.PlusDays(-ToleranceDays) <= ta.End))
        {
            return false;
        }

        if (a.Place is { } pa && b.Place is { } pb && !_entities.PlacesRelated(pa, pb))
        {
            return false;
        }

        return ParticipantsCompatible(a, b);
    }

    /// <summary>
    /// Tells whether two events of one story may be one happening at the level of their mentions: as
    /// <see cref="Compatible"/>, except that an untyped event fits any type, an event that names no participant fits
    /// one that does (one outlet says "the suspect was arrested", another names him), and only times to the day keep
    /// events apart: an event gathers every mention of its word in an article, so a month or a year it carries is as
    /// often a sentence's background ("he hosted in 2001") as the time of the story's happening.
    /// </summary>
    public bool MentionCompatible(Event a, Event b)
    {
        if (a.Type != b.Type && a.Type != EventType.Other && b.Type != EventType.Other)
        {
            return false;
        }

        if (a.Time is { Granularity: TemporalGranularity.Day } ta && b.Time is { Granularity: TemporalGranularity.Day } tb &&
            !(ta.Start.PlusDays(-ToleranceDays) <= tb.End && tb.Start.PlusDays(-ToleranceDays) <= ta.End))
        {
            return false;
        }

        if (a.Place is { } pa && b.Place is { } pb && !_entities.PlacesRelated(pa, pb))
        {
            return false;
        }

        return !Has(a, null, identifyingOnly: true) || !Has(b, null, identifyingOnly: true) || ParticipantsCompatible(a, b, identifyingOnly: true);
    }

    /// <summary>
    /// Tells whether the participants of two events allow them to be one happening. Mediators do not identify an event
    /// (a ceasefire is the parties', whoever brokered it), so they are ignored. For each role both events fill, some actor
    /// must match (equal or related by affiliation): two warnings to different targets are two warnings. When the events
    /// share no filled role, any related pair across roles is enough, since extraction may assign roles differently.
    /// </summary>
    /// <param name="a">One event.</param>
    /// <param name="b">The other event.</param>
    /// <param name="identifyingOnly">Whether only participants that identify a happening count (<see cref="Identifies"/>).</param>
    private bool ParticipantsCompatible(Event a, Event b, bool identifyingOnly = false)
    {
        // Without building lists: this runs for every candidate pair.
        bool aHas = Has(a, null, identifyingOnly), bHas = Has(b, null, identifyingOnly);
        if (!aHas || !bHas)
        {
            return !aHas && !bHas;
        }

        var sharedRole = false;
        foreach (var role in (ReadOnlySpan<ParticipantRole>)[ParticipantRole.Agent, ParticipantRole.Target, ParticipantRole.Recipient])
        {
            if (!Has(a, role, identifyingOnly) || !Has(b, role, identifyingOnly))
            {
                continue;
            }

            sharedRole = true;
            if (!AnyRelated(a, b, role, identifyingOnly))
            {
                return false;
            }
        }

        return sharedRole || AnyRelated(a, b, null, identifyingOnly);
    }

    // Whether a counted participant of a (in the role, or in any role) is related to a counted one of b in the same role.
    private bool AnyRelated(Event a, Event b, ParticipantRole? role, bool identifyingOnly)
    {
        foreach (var x in a.Participants)
        {
            if (!Counts(x, role, identifyingOnly))
            {
                continue;
            }

            foreach (var y in b.Participants)
            {
                if (Counts(y, role, identifyingOnly) && _entities.ActorsRelated(x.ActorId, y.ActorId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether the event has a counted participant (in the role, or in any role).
    private bool Has(Event e, ParticipantRole? role, bool identifyingOnly)
    {
        foreach (var p in e.Participants)
        {
            if (Counts(p, role, identifyingOnly))
            {
                return true;
            }
        }

        return false;
    }

    // The participants the comparison counts: core ones (mediators do not identify an event), in the role when one is given,
    // and only those that identify a happening when asked.
    private bool Counts(Participant p, ParticipantRole? role, bool identifyingOnly) =>
        (role is not { } r || p.Role == r) && (identifyingOnly ? Identifies(p) : p.Role != ParticipantRole.Mediator);

    // A core participant that tells one happening from another at the level of mentions: a person, an organization, a
    // government, an armed group. A state, a community or an unnamed source is as often an affiliation read from a demonym
    // ("a British climber", "Somali pirates", "Indian officials") as a party, and outlets name different ones.
    private bool Identifies(Participant p) =>
        p.Role != ParticipantRole.Mediator &&
        !(_entities.TryGetActor(p.ActorId, out var actor) && actor.Kind is ActorKind.State or ActorKind.Group or ActorKind.UnnamedSource);

    /// <summary>The events of one article that fit other events alike; members already joined are one set via the anchor.</summary>
    private sealed class SignatureGroup(int representative)
    {
        public int Representative { get; } = representative;

        /// <summary>Gets or sets a member known to be in one set with every member already joined, or -1.</summary>
        public int Anchor { get; set; } = -1;

        /// <summary>Gets the members with a usable time link not yet joined through this group.</summary>
        public List<int> Settled { get; } = [];

        /// <summary>Gets the deferred members in ascending order.</summary>
        public List<int> Deferred { get; } = [];

        /// <summary>Gets or sets how many of <see cref="Deferred"/> have been joined.</summary>
        public int Cursor { get; set; }
    }

    private static string CoreKey(Event e)
    {
        var parts = new List<string>(e.Participants.Length);
        foreach (var p in e.Participants)
        {
            if (p.Role != ParticipantRole.Mediator)
            {
                parts.Add(((int)p.Role).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u0002" + p.ActorId);
            }
        }

        parts.Sort(StringComparer.Ordinal);
        return string.Join('\u0001', parts.Distinct(StringComparer.Ordinal));
    }

    private static List<Participant> CoreParticipants(Event e)
    {
        var core = new List<Participant>(e.Participants.Length);
        foreach (var p in e.Participants)
        {
            if (p.Role != ParticipantRole.Mediator)
            {
                core.Add(p);
            }
        }

        return core;
    }

    private static int Gap(TemporalValue a, TemporalValue b) =>
        a.Overlaps(b) ? 0 : a.End < b.Start ? Period.DaysBetween(a.End, b.Start) : Period.DaysBetween(b.End, a.Start);

    private static void AddCoarse(Dictionary<(EventType, string), List<int>> coarse, EventType type, string[] roots, int i)
    {
        foreach (var root in roots)
        {
            if (!coarse.TryGetValue((type, root), out var reps))
            {
                reps = [];
                coarse[(type, root)] = reps;
            }

            reps.Add(i);
        }
    }

    private static bool TryMonths(Event e, out int first, out int last)
    {
        first = last = 0;
        if (e.Time is not { } t)
        {
            return false;
        }

        var start = t.Start.PlusDays(-ToleranceDays);
        var end = t.End.PlusDays(ToleranceDays);
        first = (start.Year * 12) + start.Month - 1;
        last = (end.Year * 12) + end.Month - 1;
        return last - first < MaxBlockMonths;
    }

    private string[] RootsOf(Event e)
    {
        var core = CoreParticipants(e);
        if (core.Count == 0)
        {
            return [""];
        }

        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in core)
        {
            set.Add(_entities.ActorRoot(p.ActorId));
        }

        return [.. set];
    }

    private LinkResult Build(List<ArticleEvent> items, DisjointSets sets, IReadOnlyList<ArticleAnalysis> analyses, bool mentions,
        Dictionary<(string Article, string Event), Event> storyMembers, List<Event> stories)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            var root = sets.Find(i);
            if (!groups.TryGetValue(root, out var list))
            {
                list = [];
                groups[root] = list;
            }

            list.Add(i);
        }

        var memberCount = 0;
        foreach (var analysis in analyses)
        {
            memberCount += analysis.Events.Length;
        }

        var byMember = new Dictionary<(string Article, string Event), Event>(memberCount);
        // Each linked event's merge reads only its members: on every core, then recorded in the groups' order.
        var memberLists = groups.Values.ToList();
        var merged = Parallelism.Map(memberLists, members => Merge(members.Select(i => items[i]).ToList()), _degree, chunk: 256);
        var events = new List<Event>(groups.Count);
        for (var g = 0; g < memberLists.Count; g++)
        {
            var linked = merged[g];
            events.Add(linked);
            foreach (var i in memberLists[g])
            {
                byMember[items[i].Member] = linked;
            }
        }

        foreach (var (member, story) in storyMembers)
        {
            byMember[member] = story;
        }

        events.AddRange(stories);
        if (mentions)
        {
            MentionLinker.Link(analyses, byMember, byMember, events, _degree);
        }
        events.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LinkResult(byMember, [.. events]);
    }

    private Event Merge(List<ArticleEvent> members)
    {
        var id = StableId.Of("ev", members.Select(m => m.Key).OrderBy(k => k, StringComparer.Ordinal));
        var type = members[0].Event.Type;
        var participants = members.SelectMany(m => m.Event.Participants).Distinct()
            .OrderBy(p => p.Role).ThenBy(p => p.ActorId, StringComparer.Ordinal).ToImmutableArray();
        var articles = members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToImmutableArray();

        // The time most articles give wins; then the most precise; then the earliest.
        var time = members.Where(m => m.Event.Time is not null)
            .GroupBy(m => (m.Event.Time!.Start, m.Event.Time.End))
            .OrderByDescending(g => g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => Period.Between(g.Key.Start, g.Key.End, PeriodUnits.Days).Days)
            .ThenBy(g => g.Key.Start)
            .Select(g => g.Select(m => m.Event.Time!).OrderBy(t => t.Text, StringComparer.Ordinal).First())
            .FirstOrDefault();
        var place = members.Where(m => m.Event.Place is not null).Select(m => m.Event.Place!)
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => _entities.PlaceDepth(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        var mentions = members.SelectMany(m => m.Event.Mentions)
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Offset).ToImmutableArray();
        var linked = new Event(id, type, participants, time, place, articles);
        return new Event(id, type, participants, time, place, articles, EventLabel.For(linked, _entities)) { Mentions = mentions };
    }
}
