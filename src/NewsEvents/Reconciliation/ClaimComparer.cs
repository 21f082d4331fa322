using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

using NewsEvents.Claims;
using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>The conflicts, corroborations and single-source claims found among claims of linked events.</summary>
internal sealed record Comparisons(ImmutableArray<Conflict> Conflicts, ImmutableArray<Corroboration> Corroborations, ImmutableArray<string> Singletons);

/// <summary>
/// Compares the claims of each linked event property by property: claims are grouped into sides of mutually compatible
/// values (most precise first); incompatible sides asserted by different articles make a conflict, a side asserted by two
/// or more articles makes a corroboration, and a property only one article asserts is a singleton.
/// </summary>
/// <remarks>
/// An article never conflicts with itself: two sides only disagree when one article asserts one side without the other and
/// another article asserts the other side without the first. Terms are compared per proposition and quantities of
/// <see cref="ClaimProperty.Count"/> per unit, since different propositions or units are different facts.
/// </remarks>
internal sealed class ClaimComparer
{
    private const int MaxNamed = 6;

    private readonly ValueComparer _values;
    private readonly SourceIndependence _independence;
    private readonly IReadOnlyDictionary<string, Event> _events;
    private readonly IReadOnlyDictionary<string, Article> _articles;

    public ClaimComparer(ValueComparer values, SourceIndependence independence, IReadOnlyDictionary<string, Event> events,
        IReadOnlyDictionary<string, Article> articles)
    {
        _values = values;
        _independence = independence;
        _events = events;
        _articles = articles;
    }

    /// <summary>Compares the claims property by property.</summary>
    /// <param name="claims">The compared claims, their events already linked.</param>
    /// <param name="degree">How many threads compare the groups of one event and property at once; the result is the same for every degree.</param>
    /// <returns>The conflicts, corroborations and singletons.</returns>
    public Comparisons Compare(IReadOnlyList<Claim> claims, int degree = 1)
    {
        var groups = new Dictionary<(string EventId, ClaimProperty Property, string Subject), List<Item>>();
        var storyClaims = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);

        // Sentences the story phase read as background as a whole ("since 2011, when a tremor killed 40 people": every story
        // claim of the sentence is a past one): a figure (a toll, a count, a measure) a trigger word's event takes from one
        // is compared only with other background figures, never with the story's own. A sentence with a background clause
        // and a story claim of its own ("whose 2006 album sold a million copies, died Thursday") is the story's.
        var background = new HashSet<(string Article, int Offset)>();
        var present = new HashSet<(string Article, int Offset)>();
        foreach (var claim in claims)
        {
            // Names are the story's whatever the clause, so they say nothing of it.
            if (_events.TryGetValue(claim.EventId, out var story) && story.IsStory && claim.Property != ClaimProperty.Name)
            {
                (claim.Subject?.StartsWith(StorySubjects.PastPrefix, StringComparison.Ordinal) == true ? background : present)
                    .Add((claim.ArticleId, claim.Evidence.Offset));
            }
        }

        background.ExceptWith(present);

        foreach (var claim in claims)
        {
            if (_events.TryGetValue(claim.EventId, out var e) && e.IsStory)
            {
                if (!storyClaims.TryGetValue(claim.EventId, out var own))
                {
                    own = [];
                    storyClaims[claim.EventId] = own;
                }

                own.Add(claim);
                continue;
            }

            var item = Item.Of(claim, _values);
            var past = claim.Value is QuantityValue && background.Contains((claim.ArticleId, claim.Evidence.Offset));
            var key = (claim.EventId, claim.Property, past ? StorySubjects.PastPrefix + Subject(claim) : Subject(claim));
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups[key] = list;
            }

            list.Add(item);
        }

        var conflicts = new List<Conflict>();
        var corroborations = new List<Corroboration>();
        var singletons = new List<string>();
        // Each group is compared on its own: on every core, then gathered in the groups' order.
        var outcomes = Parallelism.Map(groups.ToList(), group =>
        {
            var ((eventId, property, subject), items) = group;
            if (!SpansArticles(items))
            {
                return (Conflicts: (List<Conflict>?)null, Corroborations: (List<Corroboration>?)null, Singletons: items);
            }

            var found = new List<Conflict>();
            var agreed = new List<Corroboration>();
            CompareGroup(eventId, property, subject, items, found, agreed, closeOnly: false, occurrencesApart: true);
            // Background figures gather from many past events ("killing three" in February, "two dead" two years ago): they
            // corroborate when equal but never dispute, as the story's own background figures do.
            found.RemoveAll(c => subject.StartsWith(StorySubjects.PastPrefix, StringComparison.Ordinal) || !MentionConflictIsSigned(c));
            return (Conflicts: found, Corroborations: agreed, Singletons: (List<Item>?)null);
        }, degree, chunk: 128);
        foreach (var (found, agreed, alone) in outcomes)
        {
            if (alone is not null)
            {
                singletons.AddRange(alone.Select(i => i.Claim.Id));
                continue;
            }

            conflicts.AddRange(found!);
            corroborations.AddRange(agreed!);
        }

        // A hedge on whether the event happened is the event's: an outlet that hedges the event hedges its agent and its date
        // with it, and the comparison of the event itself (not each of its roles again) decides whether that disagrees.
        static bool OnARole(Conflict c) => c.Kind == ConflictKind.Factuality && c.Property is not (ClaimProperty.Occurred or ClaimProperty.Terms);
        if (conflicts.Exists(OnARole))
        {
            // The claims those conflicts name, each the first of its id in the groups' order.
            var named = conflicts.Where(OnARole).SelectMany(c => c.Sides).SelectMany(s => s.Claims).ToHashSet(StringComparer.Ordinal);
            var byId = new Dictionary<string, Claim>(named.Count, StringComparer.Ordinal);
            foreach (var item in groups.Values.SelectMany(l => l))
            {
                if (named.Contains(item.Claim.Id))
                {
                    byId.TryAdd(item.Claim.Id, item.Claim);
                }
            }

            conflicts.RemoveAll(c => OnARole(c) && HedgesTheEvent(c, groups, byId));
        }

        foreach (var (eventId, own) in storyClaims)
        {
            CompareStory(eventId, own, conflicts, corroborations, singletons);
        }

        // The same dispute found on several linked events (the story's slot and a mention's duration, say) is shown once: the
        // story's, or else the first by id.
        conflicts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var shown = new HashSet<string>(StringComparer.Ordinal);
        conflicts = [.. conflicts.OrderBy(c => _events.TryGetValue(c.EventId, out var e) && e.IsStory ? 0 : 1).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Where(c => shown.Add(DisputeKey(c))).OrderBy(c => c.Id, StringComparer.Ordinal)];
        corroborations.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.EventId, b.EventId);
            c = c != 0 ? c : a.Property.CompareTo(b.Property);
            return c != 0 ? c : string.CompareOrdinal(a.Claims[0], b.Claims[0]);
        });
        singletons.Sort(StringComparer.Ordinal);
        return new Comparisons([.. conflicts], [.. corroborations], [.. singletons.Distinct(StringComparer.Ordinal)]);
    }

    // Whether the items come from two articles or more.
    private static bool SpansArticles(List<Item> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (!string.Equals(items[i].Claim.ArticleId, items[0].Claim.ArticleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // What a conflict disputes, whichever event holds it: its kind and each side's value and articles.
    private static string DisputeKey(Conflict c) =>
        c.Kind + "|" + string.Join("|", c.Sides.Select(s => s.Value.Text.ToLowerInvariant() + "@" + string.Join(",", s.Articles)).Order(StringComparer.Ordinal));

    // Events found by trigger words link on weaker evidence than story events, and their lexical variants ("killing" vs
    // "killed"), hedges, negations outside the event's scope and loosely linked background dates made most of their
    // conflicts ones no reader would sign (measured on the development clusters). Kept from them: hard figures and
    // places, terms, and dates to the day or week of an event with named participants.
    private static readonly string[] BeForms = ["is ", "are ", "was ", "were ", "be ", "been ", "'s ", "'re "];

    private const string EarlyReportNote = "one side is told as an early report, which a later figure may have replaced";

    private static readonly string[] EarlyReportCues =
        ["originally reported", "initially reported", "first reported", "early reports", "earlier reports", "initial reports", "originally said", "initially said"];

    private static bool IsEarlyReport(string sentence) =>
        EarlyReportCues.Any(cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase));

    private static bool IsProgressive(Claim claim)
    {
        if (claim.Property != ClaimProperty.Occurred || claim.Value is not TextValue { Text: var trigger } ||
            !trigger.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || trigger.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var text = claim.Evidence.Text;
        return BeForms.Any(be => text.Contains(be + trigger, StringComparison.OrdinalIgnoreCase));
    }

    private static bool HedgesTheEvent(Conflict conflict, Dictionary<(string EventId, ClaimProperty Property, string Subject), List<Item>> groups,
        Dictionary<string, Claim> byId)
    {
        if (!groups.TryGetValue((conflict.EventId, ClaimProperty.Occurred, ""), out var occurred))
        {
            return false;
        }

        var hedgedArticles = conflict.Sides
            .Where(s => s.Claims.All(id => byId.TryGetValue(id, out var c) && c.Factuality.Certainty != Certainty.Certain))
            .SelectMany(s => s.Articles).ToHashSet(StringComparer.Ordinal);
        var theirs = occurred.Where(i => hedgedArticles.Contains(i.Claim.ArticleId)).ToList();
        return hedgedArticles.Count > 0 && theirs.Count > 0 && theirs.TrueForAll(i => i.Claim.Factuality.Certainty != Certainty.Certain);
    }

    private bool MentionConflictIsSigned(Conflict conflict) => conflict.Kind switch
    {
        ConflictKind.Terms => true,
        ConflictKind.Polarity or ConflictKind.Factuality => conflict.Property == ClaimProperty.Terms || BothEnds(conflict.EventId),
        ConflictKind.Numeric or ConflictKind.Place => conflict.Severity == ConflictSeverity.Hard,
        ConflictKind.Temporal => conflict.Sides.All(s => s.Value is TemporalValue { Granularity: TemporalGranularity.Day or TemporalGranularity.Week }) &&
                                 _events.TryGetValue(conflict.EventId, out var e) && !e.Participants.IsEmpty,
        _ => false,
    };

    private const string WeekdayKey = "#weekday";

    // Story slots compare within (property, subject). A subject is "what[/qualifier…]": claims whose qualifiers disagree
    // (another person, another predicate) are about different things and never conflict, but the same value still
    // corroborates across them. Person names in subjects are read through the story's name directory, and the names
    // themselves are compared by spelling.
    private void CompareStory(string eventId, List<Claim> own, List<Conflict> conflicts, List<Corroboration> corroborations, List<string> singletons)
    {
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in own.Where(c => c.Property == ClaimProperty.Name && c.Subject is not null))
        {
            written[c.Subject!] = written.GetValueOrDefault(c.Subject!) + 1;
        }

        var names = NameDirectory.Build(written);
        var ofAge = PersonsByAge(own, names);
        var byId = own.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var byKey = new Dictionary<(ClaimProperty, string), List<(Item Item, string[] Qualifiers)>>();
        void Add((ClaimProperty, string) key, Item item, string[] qualifiers)
        {
            if (!byKey.TryGetValue(key, out var list))
            {
                list = [];
                byKey[key] = list;
            }

            list.Add((item, qualifiers));
        }

        var groupAges = GroupAgesOfPersons(own, names);
        var readPersonByPerson = new HashSet<Claim>(groupAges.Select(g => g.Group), ReferenceEqualityComparer.Instance);
        foreach (var (group, person, age) in groupAges)
        {
            var value = new QuantityValue(age.ToString(CultureInfo.InvariantCulture), age, age, unit: "years");
            Add((ClaimProperty.Age, person), new Item(group, value, group.Factuality.Polarity, _values.Imprecision(value)), []);
        }

        foreach (var claim in own)
        {
            // A detail's subject is its slot and normalized words: one key, no qualifiers.
            var parts = claim.Property is ClaimProperty.Detail || (claim.Property == ClaimProperty.Agent && ExclusiveSlot(claim.Subject) is not null)
                ? [ExclusiveSlot(claim.Subject) ?? claim.Subject ?? ""]
                : (claim.Subject ?? "").Split('/');
            var coarse = claim.Property == ClaimProperty.Name ? "" : Person(parts[0], names);
            // A counted noun's predicate ("cables damaged", "cables cut", "cables severed") is the clause's nearest verb, which
            // outlets vary freely: counts of one noun compare across predicates, and only a named person keeps them apart.
            var skip = claim.Property == ClaimProperty.Count && parts[0].StartsWith("count:", StringComparison.Ordinal) ? 2 : 1;
            var qualifiers = parts.Skip(skip).Select(p => ofAge.TryGetValue(p, out var person) ? person : Person(p, names)).ToArray();
            var item = Item.Of(claim, _values);
            if (claim.Property == ClaimProperty.Measure && claim.Value is QuantityValue q)
            {
                item = item with { Value = MeasureUnits.ToBase(q) };
            }

            // "An 86-yard run" (one thing the noun names) and "ran for 226 yards" (a total) are never the same figure; a quake's
            // "6.4-magnitude" and "magnitude 6.1" are.
            if (claim.Property == ClaimProperty.Measure && claim.Value is QuantityValue { Text: { } figure } && IsCompound(figure) && parts[0] != "magnitude")
            {
                coarse += "~";
            }

            // A weekday told without its week (an undated outlet's "on Tuesday") compares only with other such weekdays.
            if (claim.Property == ClaimProperty.Date && claim.Value is TextValue)
            {
                coarse += WeekdayKey;
            }

            Add((claim.Property, coarse), item, qualifiers);
        }

        foreach (var ((property, coarse), entries) in byKey.OrderBy(k => k.Key.Item1).ThenBy(k => k.Key.Item2, StringComparer.Ordinal))
        {
            if (entries.Select(e => e.Item.Claim.ArticleId).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                singletons.AddRange(entries.Select(e => e.Item.Claim.Id));
                continue;
            }

            if (property == ClaimProperty.Name)
            {
                CompareNames(eventId, entries.Select(e => e.Item).ToList(), names, conflicts, corroborations);
                continue;
            }

            if (property == ClaimProperty.Date && coarse.EndsWith(WeekdayKey, StringComparison.Ordinal))
            {
                // The same weekday corroborates; another never disputes, since the weeks may differ.
                CompareExclusive(eventId, property, coarse, entries.Select(e => e.Item), i => i.Claim.Value.Text, _ => false, conflicts, corroborations);
                continue;
            }

            if (property == ClaimProperty.Detail && coarse == StoryRun.ScoreSlot)
            {
                // A game has one final score, whichever side an outlet writes first ("27-20", "20-27").
                CompareExclusive(eventId, ClaimProperty.Detail, coarse, entries.Select(e => e.Item), i => ScoreKey(i.Claim.Value.Text),
                    _ => true, conflicts, corroborations);
                continue;
            }

            if (property == ClaimProperty.Detail && coarse.StartsWith(StoryRun.RecordSlot + "/", StringComparison.Ordinal))
            {
                // One owner has one record at a time: records over the same number of games dispute; a record over more or
                // fewer games ("7-4" before the game, "8-4" after it; "44-38" over the season, "6-11" in the division) is
                // the record of another moment or another span, not another account of this one.
                static string RecordKey(Item i) => i.Claim.Value.Text.Replace(" ", "", StringComparison.Ordinal);
                var spans = entries.Select(e => e.Item).GroupBy(i => GamesOf(i.Claim.Value.Text)).OrderBy(g => g.Key).ToList();
                foreach (var sameSpan in spans)
                {
                    CompareExclusive(eventId, ClaimProperty.Detail, coarse, sameSpan, RecordKey, _ => true, conflicts, corroborations);
                }

                // One game apart, the records may be the owner's before and after this game: shown, but soft.
                for (var s = 1; s < spans.Count; s++)
                {
                    if (spans[s - 1].Key >= 0 && spans[s].Key == spans[s - 1].Key + 1 &&
                        Commonest(spans[s - 1], RecordKey) is var before && Commonest(spans[s], RecordKey) is var after && Disagree(before, after))
                    {
                        conflicts.Add(MakeConflict(eventId, ClaimProperty.Detail, coarse, ConflictKind.Numeric, ConflictSeverity.Soft, [before, after],
                            "the records are one game apart: one may be from before the game and the other from after it"));
                    }
                }

                continue;
            }

            if (property == ClaimProperty.Detail && entries.TrueForAll(e => readPersonByPerson.Contains(e.Item.Claim)))
            {
                // Every outlet's ages of the group were read person by person above, where they compare with the named ages.
                continue;
            }

            if (property == ClaimProperty.Detail && ExclusiveSlot(entries[0].Item.Claim.Subject) is not null)
            {
                // One cause of death, one hospital condition: "pneumonia" and "a heart attack" dispute; a value that ends
                // another ("heart attack", "massive heart attack") says the same.
                var keys = entries.Select(e => ExclusiveKey(e.Item.Claim.Subject!)).Distinct(StringComparer.Ordinal).ToList();
                string Shortest(string key) => keys.Where(k => k == key || key.EndsWith(" " + k, StringComparison.Ordinal)).MinBy(k => k.Length) ?? key;
                // The nationalities of a counted group say who the actors were: an actor conflict.
                var kind = coarse.Contains(StoryRun.NationalitySlot + "/", StringComparison.Ordinal) ? ConflictKind.Actor : ConflictKind.Detail;
                CompareExclusive(eventId, ClaimProperty.Detail, coarse, entries.Select(e => e.Item), i => Shortest(ExclusiveKey(i.Claim.Subject!)),
                    _ => true, conflicts, corroborations, kind);
                continue;
            }

            if (property == ClaimProperty.Agent && ExclusiveSlot(entries[0].Item.Claim.Subject) is not null)
            {
                // Who found the body: responders against a private person dispute; the words within each side may vary.
                CompareExclusive(eventId, property, coarse, entries.Select(e => e.Item), i => ExclusiveKey(i.Claim.Subject!),
                    _ => true, conflicts, corroborations, ConflictKind.Actor, "who found the body: those answering a call, or a private person");
                continue;
            }

            var closeOnly = property is ClaimProperty.Count or ClaimProperty.Measure;
            var seenConflicts = new HashSet<string>(StringComparer.Ordinal);
            var seenCorroborations = new HashSet<string>(StringComparer.Ordinal);
            var found = new List<Conflict>();
            var agreed = new List<Corroboration>();
            var distinct = entries.Where(e => property == ClaimProperty.Count || e.Qualifiers.Any(q => q.Length > 0)).Select(e => e.Qualifiers)
                .DistinctBy(q => string.Join("/", q), StringComparer.Ordinal).ToList();
            if (distinct.Count <= 1)
            {
                CompareGroup(eventId, property, coarse, entries.Select(e => e.Item).ToList(), found, agreed, closeOnly);
            }
            else
            {
                var explainers = property == ClaimProperty.Count ? null : Explainers(entries, distinct);
                foreach (var qualifier in distinct)
                {
                    // An open qualifier ("rushed", no one named) that fits two owners who exclude each other is no group of
                    // its own: its figures join each owner's group instead, where they dispute only what they do not match.
                    if (property != ClaimProperty.Count && Ambiguous(qualifier, distinct))
                    {
                        continue;
                    }

                    // Figures keyed by a noun or a predicate dispute only under the very same qualifiers; other slots
                    // accept a claim that leaves a qualifier open ("the shooting" for "the shooting of Tolland").
                    var members = entries.Where((e, i) => explainers is null
                            ? Same(e.Qualifiers, qualifier)
                            : Unify(e.Qualifiers, qualifier) && !ExplainedElsewhere(e.Qualifiers, explainers[i], qualifier))
                        .Select(e => e.Item).ToList();
                    CompareGroup(eventId, property, coarse + "/" + string.Join("/", qualifier), members, found, agreed, closeOnly);
                }

                // The same figure agrees across qualifiers too ("150 metres" whoever the clause names).
                var all = new List<Conflict>();
                CompareGroup(eventId, property, coarse, entries.Select(e => e.Item).ToList(), all, agreed, closeOnly);
            }

            // Background figures with nothing to say whose they are ("killing three" in a sentence about another shooting)
            // gather from many past events under one subject, tallies of people say nothing of which people, and plans move:
            // they corroborate when equal but never dispute.
            var disputable = coarse != StorySubjects.PastPrefix + "story" && !StorySubjects.AgreeOnly(coarse);
            if (found.Count > 0)
            {
                var itemsById = new Dictionary<string, Item>(StringComparer.Ordinal);
                foreach (var (item, _) in entries)
                {
                    itemsById.TryAdd(item.Claim.Id, item);
                }

                found = MergeShared(eventId, property, coarse, found, itemsById);
                found.RemoveAll(c => OneSentenceGivesBoth(c, entries, itemsById));
            }
            conflicts.AddRange(found.Where(c => disputable && StorySlotConflictHolds(c, property, byId)).Where(c => seenConflicts.Add(string.Join("|", c.Sides.Select(s => string.Join(",", s.Claims))))));
            corroborations.AddRange(agreed.Where(c => seenCorroborations.Add(string.Join(",", c.Claims))));
        }
    }

    // An open figure ("seven-year offers", no one named) joins every owner's group it fits, so it may dispute several
    // owners who give one value ("the Hawks' eight-year offer", "an eight-year offer by Harlow"): one dispute, with the
    // owners' claims on one side, not one conflict per owner.
    private List<Conflict> MergeShared(string eventId, ClaimProperty property, string coarse, List<Conflict> found,
        Dictionary<string, Item> items)
    {
        if (found.Count < 2)
        {
            return found;
        }

        var result = new List<Conflict>(found.Count);
        var merged = new HashSet<Conflict>();
        foreach (var conflict in found)
        {
            if (merged.Contains(conflict))
            {
                continue;
            }

            if (conflict.Sides.Length != 2)
            {
                result.Add(conflict);
                continue;
            }

            for (var keep = 0; keep < 2; keep++)
            {
                var shared = conflict.Sides[keep];
                var other = conflict.Sides[1 - keep];
                var twins = found.Where(c => c != conflict && !merged.Contains(c) && c.Kind == conflict.Kind && c.Severity == conflict.Severity &&
                                             c.Sides.Length == 2 && c.Sides.Any(x => x.Claims.SequenceEqual(shared.Claims)) &&
                                             c.Sides.Single(x => !x.Claims.SequenceEqual(shared.Claims)) is var twin &&
                                             string.Equals(twin.Value.Text, other.Value.Text, StringComparison.OrdinalIgnoreCase)).ToList();
                if (twins.Count == 0)
                {
                    continue;
                }

                var joined = twins.SelectMany(t => t.Sides.Where(x => !x.Claims.SequenceEqual(shared.Claims))).Append(other)
                    .SelectMany(x => x.Claims).Distinct(StringComparer.Ordinal).Select(id => items[id]);
                merged.Add(conflict);
                merged.UnionWith(twins);
                result.Add(MakeConflict(eventId, property, coarse, conflict.Kind, conflict.Severity,
                    [new Side(Precise(shared.Claims.Select(id => items[id]))), new Side(Precise(joined))], null));
                break;
            }

            if (!merged.Contains(conflict))
            {
                result.Add(conflict);
            }
        }

        return result;
    }

    // Two values one sentence gives under the key, whatever the qualifiers ("a level of 0.07 percent, just under the
    // state's legal limit of 0.08 percent"), are two facts, not two accounts of one: outlets giving one each agree.
    private bool OneSentenceGivesBoth(Conflict conflict, List<(Item Item, string[] Qualifiers)> entries, Dictionary<string, Item> byId)
    {
        if (conflict.Sides.Length != 2)
        {
            return false;
        }

        var a = byId[conflict.Sides[0].Claims[0]].Value;
        var b = byId[conflict.Sides[1].Claims[0]].Value;
        return entries.GroupBy(e => (e.Item.Claim.ArticleId, e.Item.Claim.Evidence.Text))
            .Any(article => article.Any(e => _values.Compare(e.Item.Value, a).Compatible && !_values.Compare(e.Item.Value, b).Compatible) &&
                            article.Any(e => _values.Compare(e.Item.Value, b).Compatible && !_values.Compare(e.Item.Value, a).Compatible));
    }

    private static List<Item> Precise(IEnumerable<Item> items) =>
        [.. items.OrderBy(i => i.Imprecision).ThenBy(i => i.Claim.ArticleId, StringComparer.Ordinal).ThenBy(i => i.Claim.Id, StringComparer.Ordinal)];

    // A denial disputes the word it denies and its inflections ("no one was killed" against "the killing"), not a synonym
    // another clause asserts ("there was no lightning strike" against "crews attacked the blaze from above").
    private static bool OneWord(string asserted, string denied)
    {
        var shorter = Math.Min(asserted.Length, denied.Length);
        var common = 0;
        while (common < shorter && char.ToLowerInvariant(asserted[common]) == char.ToLowerInvariant(denied[common]))
        {
            common++;
        }

        return common >= Math.Min(4, shorter) && common >= shorter - 3;
    }

    private static bool Ambiguous(string[] qualifier, List<string[]> distinct)
    {
        var fits = distinct.Where(q => !Same(q, qualifier) && Unify(q, qualifier)).ToList();
        return fits.Any(a => fits.Any(b => !Unify(a, b)));
    }

    // A figure that leaves a qualifier open ("rushed for 226 yards", no one named) may belong to any of the story's owners;
    // when it equals what the story gives another owner ("Charles rushed for 226 yards"), it is read as that owner's figure
    // and does not dispute this one's ("Okoro rushed for 101 yards"). A figure that matches no owner stays open to all.
    private static bool ExplainedElsewhere(string[] own, List<string[]> explainers, string[] qualifier) =>
        !Same(own, qualifier) && explainers.Any(other => !Same(other, qualifier));

    // For each entry, once: the other qualifiers it fits whose own figures (claims under exactly that qualifier) it equals.
    private List<string[]>[] Explainers(List<(Item Item, string[] Qualifiers)> entries, List<string[]> distinct)
    {
        var owned = entries.GroupBy(e => string.Join("/", e.Qualifiers), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Item.Value).ToList(), StringComparer.Ordinal);
        var result = new List<string[]>[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (item, own) = entries[i];
            result[i] = [.. distinct.Where(other => !Same(other, own) && Unify(own, other) &&
                                                     owned.TryGetValue(string.Join("/", other), out var values) &&
                                                     values.Any(v => _values.Compare(v, item.Value).Compatible))];
        }

        return result;
    }

    // "cause=pneumonia" → "cause" (with its "past:" prefix kept); null when the detail is not an exclusive slot.
    private static string? ExclusiveSlot(string? subject) =>
        subject?.IndexOf(StoryRun.ExclusiveMark, StringComparison.Ordinal) is int at and > 0 ? subject[..at] : null;

    private static string ExclusiveKey(string subject) => subject[(subject.IndexOf(StoryRun.ExclusiveMark, StringComparison.Ordinal) + 1)..];

    // "86-yard", "24- to 30-foot": a figure joined to its unit by a hyphen (the range's last figure counts).
    private static bool IsCompound(string written)
    {
        for (var dash = written.IndexOf('-', StringComparison.Ordinal); dash >= 0; dash = written.IndexOf('-', dash + 1))
        {
            if (dash > 0 && char.IsDigit(written[dash - 1]) && dash + 1 < written.Length && char.IsLetter(written[dash + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // "age=36" → the one person of the story whom outlets give that age (and no other); ages two people share name no one.
    private static Dictionary<string, string> PersonsByAge(List<Claim> own, NameDirectory names)
    {
        var ages = new Dictionary<string, string?>(StringComparer.Ordinal);
        var given = new Dictionary<string, HashSet<decimal>>(StringComparer.Ordinal);
        foreach (var c in own)
        {
            if (!IsExactAge(c, out var subject, out var min))
            {
                continue;
            }

            var person = names.Canonical(subject);
            var key = StoryRun.AgeQualifier + min.ToString(CultureInfo.InvariantCulture);
            ages[key] = ages.TryGetValue(key, out var known) && known != person ? null : person;
            (given.TryGetValue(person, out var set) ? set : given[person] = []).Add(min);
        }

        // A person given two ages by outlets is no sure anchor for either.
        return ages.Where(kv => kv.Value is not null && given[kv.Value].Count == 1)
            .ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    }

    // "Rosa Marin, 63": an age told exactly of someone in the story (not of a background event), with the subject and age.
    private static bool IsExactAge(Claim claim, out string subject, out decimal age)
    {
        (subject, age) = (string.Empty, 0m);
        if (claim.Property != ClaimProperty.Age || claim.Value is not QuantityValue { Min: { } min, Max: { } max } || min != max ||
            claim.Subject is not { Length: > 0 } s || s.StartsWith(StorySubjects.PastPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        (subject, age) = (s, min);
        return true;
    }

    // "two women, 70 and 45" in one outlet, "Ana Lopez, 45, and Rosa Marin, 63" in another: the ages of a group that another
    // outlet gives person by person in one sentence. When the two pairs share one age, the group's other age is the other
    // person's (Rosa Marin at 70 against 63); when they share both, each age is its person's. A group read two ways by
    // different sentences (one person given two of its ages) is read no way.
    private static List<(Claim Group, string Person, decimal Age)> GroupAgesOfPersons(List<Claim> own, NameDirectory names)
    {
        var groups = own.Where(c => c.Property == ClaimProperty.Detail && c.Subject is { } subject &&
                                    subject.StartsWith(StorySubjects.GroupAgesSlot + "/", StringComparison.Ordinal)).ToList();
        var result = new List<(Claim, string, decimal)>();
        if (groups.Count == 0)
        {
            return result;
        }

        // The sentences that give two people's ages, each once, and only exact ages of the story's people.
        var pairs = new List<(string ArticleId, (string Person, decimal Age) First, (string Person, decimal Age) Second)>();
        foreach (var sentence in own.Where(c => c.Property == ClaimProperty.Age).GroupBy(c => (c.ArticleId, c.Evidence.Offset)))
        {
            var ages = new List<(string Person, decimal Age)>();
            foreach (var claim in sentence)
            {
                if (!IsExactAge(claim, out var subject, out var age))
                {
                    ages = null;
                    break;
                }

                ages.Add((names.Canonical(subject), age));
            }

            if (ages?.Distinct().ToList() is [var first, var second] && first.Person != second.Person && first.Age != second.Age)
            {
                pairs.Add((sentence.Key.ArticleId, first, second));
            }
        }

        foreach (var group in groups)
        {
            if (GroupAgePair(group.Value.Text) is not var (a, b) || a == b)
            {
                continue;
            }

            var readings = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var consistent = true;
            foreach (var (articleId, first, second) in pairs)
            {
                // Which named person each of the group's ages is, when the pairs share an age (the ages of a pair differ,
                // so the group's pair is read in one order or the other, never both).
                var inOrder = a == first.Age || b == second.Age;
                if (articleId == group.ArticleId || !(inOrder || a == second.Age || b == first.Age))
                {
                    continue;
                }

                var (personOfA, personOfB) = inOrder ? (first.Person, second.Person) : (second.Person, first.Person);
                foreach (var (person, age) in new[] { (personOfA, a), (personOfB, b) })
                {
                    consistent &= !readings.TryGetValue(person, out var known) || known == age;
                    readings[person] = age;
                }
            }

            // Outlets may spell one person two ways ("Robyn Tasker", "Robyn Ann Tasker"): each spelling takes its age.
            if (consistent && readings.ContainsValue(a) && readings.ContainsValue(b))
            {
                result.AddRange(readings.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (group, r.Key, r.Value)));
            }
        }

        return result;
    }

    // "48 and 68" → (48, 68).
    private static (decimal, decimal)? GroupAgePair(string value) =>
        value.Split(" and ") is [var a, var b] &&
        decimal.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x) &&
        decimal.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? (x, y)
            : null;

    private static string Person(string part, NameDirectory names) =>
        part.StartsWith(StorySubjects.PastPrefix, StringComparison.Ordinal)
            ? StorySubjects.PastPrefix + names.Canonical(part[StorySubjects.PastPrefix.Length..])
            : part.Any(char.IsUpper) ? names.Canonical(part) : part;

    // An event whose agent and target are both named ("Israel struck Syria"): an assertion and a denial of it, or a fact
    // and a hedge, are then about one act, not about a loosely linked mention.
    // A pronoun ("it", "they") left unresolved names no one.
    private bool BothEnds(string eventId) =>
        _events.TryGetValue(eventId, out var e) && e.Participants.Any(p => p.Role == ParticipantRole.Agent && Named(p.ActorId)) &&
        e.Participants.Any(p => p.Role is ParticipantRole.Target or ParticipantRole.Recipient && Named(p.ActorId));

    private bool Named(string actorId) =>
        _values.ActorName(actorId) is not ("it" or "It" or "they" or "They" or "he" or "He" or "she" or "She" or "we" or "We");

    private static bool Same(string[] a, string[] b) => string.Join("/", a) == string.Join("/", b);

    // Dates of a story's parts conflict only when given to the day, no side is "today" (what is current when the outlet
    // writes), and at least one side names the day itself (a weekday or "yesterday" rests on an anchor) or every article's
    // publication day is known and within a week of the others'; ages only between articles written within half a year (people age).
    // Counts of one noun under different predicates ("two boats closing in", "three boats") conflict only when one side is
    // itself corroborated by a second article, or the sides share a predicate.
    private bool StorySlotConflictHolds(Conflict conflict, ClaimProperty property, Dictionary<string, Claim> byId) => property switch
    {
        ClaimProperty.Count when IsOrdinal(conflict, byId) => conflict.Sides.Any(s => s.Articles.Length >= 2) && SharePredicate(conflict, byId),
        ClaimProperty.Count => conflict.Sides.Any(s => s.Articles.Length >= 2) || SharePredicate(conflict, byId),
        ClaimProperty.Date => !conflict.Sides.Any(a => conflict.Sides.Any(b => SeasonsApart(a.Value, b.Value))) && conflict.Sides.All(s => s.Value is TemporalValue { Granularity: TemporalGranularity.Day } || IsWrittenMonth(s.Value)) &&
                              conflict.Sides.Any(s => s.Value is TemporalValue { Granularity: TemporalGranularity.Day }) &&
                              !conflict.Sides.Any(s => IsNow(s.Value)) &&
                              (conflict.Sides.Any(s => s.Value is TemporalValue t && !ValueComparer.IsAnchored(t)) ||
                               (conflict.Sides.SelectMany(s => s.Articles).All(KnownPublicationDay) &&
                                Dates(conflict.Sides.SelectMany(s => s.Articles)) is var days && Period.DaysBetween(days.Min(), days.Max()) <= 7)),
        ClaimProperty.Age => Dates(conflict.Sides.SelectMany(s => s.Articles)) is var dates &&
                             (dates.Count < 2 || Period.DaysBetween(dates.Min(), dates.Max()) <= 183) && !AgesOfTwoPeople(conflict),
        _ => true,
    };

    // Ages more than twelve years apart are not one person's age told two ways but two people's: a son of 17 whose name
    // differs by two letters from his father's (35), a suspect's age given to the victim named before it.
    private static bool AgesOfTwoPeople(Conflict conflict)
    {
        var ages = conflict.Sides.Select(s => s.Value).OfType<QuantityValue>().Where(q => q.Min is not null).Select(q => q.Min!.Value).ToList();
        return ages.Count >= 2 && ages.Max() - ages.Min() > 12;
    }

    // Positions in a series ("the seventh round", "fourth down") are many in one story: they dispute only under one verb and
    // against a position a second outlet confirms.
    private static bool IsOrdinal(Conflict conflict, Dictionary<string, Claim> byId) =>
        conflict.Sides.SelectMany(s => s.Claims).Any(id => byId.GetValueOrDefault(id)?.Subject?.Contains("ordinal:", StringComparison.Ordinal) == true);

    private static bool SharePredicate(Conflict conflict, Dictionary<string, Claim> byId)
    {
        static string? Predicate(Claim? c)
        {
            if (c?.Subject is not { } s)
            {
                return null;
            }

            var parts = s.Split('/');
            return parts[0].Contains(StorySubjects.SeriesPrefix, StringComparison.Ordinal) ? parts[0]
                : parts.Length >= 2 && (parts[0].Contains("count:", StringComparison.Ordinal) || parts[0].Contains("ordinal:", StringComparison.Ordinal)) && parts[1].Length > 0 ? parts[1]
                : !s.Contains("count:", StringComparison.Ordinal) && !s.Contains("ordinal:", StringComparison.Ordinal) ? s
                : null;
        }

        var sets = conflict.Sides.Select(s => s.Claims.Select(id => Predicate(byId.GetValueOrDefault(id))).OfType<string>().ToHashSet(StringComparer.Ordinal)).ToList();
        return sets.Count >= 2 && sets.Skip(1).Any(set => set.Overlaps(sets[0]));
    }

    // "In April 2007": a month written with its year is as explicit as a day, and disputes a day outside it ("March 20").
    private static bool IsWrittenMonth(ClaimValue value) =>
        value is TemporalValue { Granularity: TemporalGranularity.Month, YearInferred: false, Text: { } text } && text.Any(char.IsAsciiDigit);

    // "Yesterday" and "on Friday" rest on the day the article was published: when the outlet itself gave that day (metadata
    // or dateline), two such days that differ are a disagreement, not an artefact of guessing the anchor.
    private bool KnownPublicationDay(string articleId) =>
        _articles.TryGetValue(articleId, out var a) && a.ReferenceDate is { Date: not null, Basis: ReferenceDateBasis.Metadata or ReferenceDateBasis.Dateline };

    // "Today", "tonight", "this morning": the day of writing, which outlets use for whatever is current in the story.
    private static bool IsNow(ClaimValue value) =>
        value is TemporalValue { Text: { } text } && (text.Contains("today", StringComparison.OrdinalIgnoreCase) ||
                                                      text.Contains("tonight", StringComparison.OrdinalIgnoreCase) ||
                                                      text.StartsWith("this ", StringComparison.OrdinalIgnoreCase));

    private List<LocalDate> Dates(IEnumerable<string> articleIds) =>
        [.. articleIds.Select(id => _articles.TryGetValue(id, out var a) ? a.ReferenceDate.Date : null).OfType<LocalDate>()];

    private static bool Unify(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "";
            var y = i < b.Length ? b[i] : "";
            if (x.Length > 0 && y.Length > 0 && x != y)
            {
                return false;
            }
        }

        return true;
    }

    // One person or place, several spellings: a soft discrepancy a fact-checker wants to see; one spelling in several
    // articles corroborates the name.
    private void CompareNames(string eventId, List<Item> items, NameDirectory names, List<Conflict> conflicts, List<Corroboration> corroborations)
    {
        foreach (var person in items.GroupBy(i => names.Canonical(i.Claim.Subject!), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // A lone word ("Philadelphia") is a short form, not a spelling of a longer name ("NBC Philadelphia").
            CompareExclusive(eventId, ClaimProperty.Name, person.Key, person, i => names.Spelling(i.Claim.Subject!),
                side => side.Items[0].Claim.Subject!.Contains(' ', StringComparison.Ordinal), conflicts, corroborations);
        }
    }

    // Values of which only one can hold, grouped by a key: a person's spellings (soft name conflict, the spelling differs),
    // an owner's win-loss records (hard). Sides that some outlets assert and others not disagree; each side two outlets
    // assert corroborates.
    private void CompareExclusive(string eventId, ClaimProperty property, string subject, IEnumerable<Item> items, Func<Item, string> key,
        Func<Side, bool> disputes, List<Conflict> conflicts, List<Corroboration> corroborations, ConflictKind kind = ConflictKind.Numeric,
        string? note = null)
    {
        // A side shows first the claim written as its key, in the most words ("critical condition" before "critical", the
        // value "in intensive care" names).
        var sides = items.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Side([.. g.OrderBy(i => i.Claim.Value.Text.Contains(g.Key, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenByDescending(i => i.Claim.Value.Text.Length)
                .ThenBy(i => i.Claim.ArticleId, StringComparer.Ordinal).ThenBy(i => i.Claim.Id, StringComparer.Ordinal)]))
            .ToList();
        var disputed = sides.Where(disputes).ToList();
        var disagreeing = disputed.Where(a => disputed.Any(b => !ReferenceEquals(a, b) && Disagree(a, b))).ToList();
        if (disagreeing.Count >= 2)
        {
            if (property == ClaimProperty.Name)
            {
                var nameKind = disagreeing.All(s => s.Value is PlaceValue) ? ConflictKind.PlaceName : ConflictKind.ActorName;
                conflicts.Add(MakeConflict(eventId, property, subject, nameKind, ConflictSeverity.Soft, disagreeing,
                    "outlets spell the name differently; it is one " + (nameKind == ConflictKind.PlaceName ? "place" : "person")));
            }
            else if (kind == ConflictKind.Detail && SpelledAlike(disagreeing))
            {
                // "Tavo" and "Tave": one nickname spelled two ways is a name's spelling, not two names.
                conflicts.Add(MakeConflict(eventId, property, subject, ConflictKind.ActorName, ConflictSeverity.Soft, disagreeing,
                    "outlets spell the name differently; it is one name"));
            }
            else
            {
                conflicts.Add(MakeConflict(eventId, property, subject, kind, ConflictSeverity.Hard, disagreeing, note));
            }
        }

        corroborations.AddRange(sides.Where(s => s.Articles.Count >= 2).Select(side => Corroborate(eventId, property, side)));
    }

    // The side of the value most articles of a group write.
    private static Side Commonest(IEnumerable<Item> items, Func<Item, string> key) =>
        new([.. items.GroupBy(key, StringComparer.Ordinal).OrderByDescending(g => g.Select(i => i.Claim.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).First().OrderBy(i => i.Claim.ArticleId, StringComparer.Ordinal).ThenBy(i => i.Claim.Id, StringComparer.Ordinal)]);

    // The games a win-loss record counts ("8-4" → 12, "8-7-1" → 16); -1 when it is not written as figures.
    private static int GamesOf(string record)
    {
        var total = 0;
        foreach (var part in record.Split('-', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var games) || games > 10_000)
            {
                return -1;
            }

            total += games;
        }

        return total;
    }

    // Capitalized values that sound alike and are at most two letters apart: spellings of one name.
    private static bool SpelledAlike(List<Side> sides)
    {
        var texts = sides.Select(s => s.Value.Text.Trim('"', '\'', '\u201C', '\u201D')).ToList();
        if (texts.Any(t => t.Length == 0 || !char.IsUpper(t[0])))
        {
            return false;
        }

        return texts.All(a => texts.All(b => NameDirectory.Sound(a) == NameDirectory.Sound(b) &&
                                            NameDirectory.Edits(a.ToLowerInvariant(), b.ToLowerInvariant()) <= 2));
    }

    private static string Subject(Claim claim) => claim.Value switch
    {
        TermsValue t => t.Proposition,
        QuantityValue q when claim.Property == ClaimProperty.Count => q.Unit ?? "",
        _ => "",
    };

    private void CompareGroup(string eventId, ClaimProperty property, string subject, List<Item> items,
        List<Conflict> conflicts, List<Corroboration> corroborations, bool closeOnly, bool occurrencesApart = false)
    {
        var positive = BuildSides(items.Where(i => i.Polarity == Polarity.Positive));
        var negative = BuildSides(items.Where(i => i.Polarity == Polarity.Negative));

        // Value conflicts between asserted sides.
        var involved = new SortedSet<int>();
        var hard = false;
        var artefact = false;
        ConflictKind? kind = null;
        for (var i = 0; i < positive.Count; i++)
        {
            for (var j = i + 1; j < positive.Count; j++)
            {
                var comparison = _values.Compare(positive[i].Value, positive[j].Value);
                if (comparison.Compatible || !DisagreeOnValue(positive[i], positive[j]) || (closeOnly && FarApart(positive[i].Value, positive[j].Value)) ||
                    (occurrencesApart && SeasonsApart(positive[i].Value, positive[j].Value)) || DurationsNest(positive[i], positive[j]))
                {
                    continue;
                }

                involved.Add(i);
                involved.Add(j);
                kind ??= comparison.Kind;
                // A one-day gap where a side rests on a weekday or relative date may come from anchoring; when a whole
                // side rests on such dates the conflict is soft, otherwise it stays hard but the explanation says so.
                artefact |= comparison.OneDayApart && (positive[i].AnyAnchored || positive[j].AnyAnchored);
                var soft = comparison.Severity == ConflictSeverity.Soft ||
                           (comparison.OneDayApart && (positive[i].AllAnchored || positive[j].AllAnchored));
                hard |= !soft;
            }
        }

        if (kind is { } k && !((closeOnly || property is ClaimProperty.Date or ClaimProperty.Time) && Scattered(involved.Select(i => positive[i]).ToList())))
        {
            var sides = involved.Select(i => positive[i]).ToList();
            // "Local news originally reported that two of the victims died": a figure told as an early report may have been
            // replaced since, so the figures may both have been reported in turn (soft, shown with the reason).
            var early = k == ConflictKind.Numeric && sides.Exists(side => side.Items.TrueForAll(i => IsEarlyReport(i.Claim.Evidence.Text)));
            conflicts.Add(MakeConflict(eventId, property, subject, k, hard && !early ? ConflictSeverity.Hard : ConflictSeverity.Soft, sides,
                early ? EarlyReportNote : Note(k, artefact)));
        }

        // Assertion against denial of compatible values.
        var polaritySides = new SortedSet<int>();
        var deniedSides = new SortedSet<int>();
        for (var i = 0; i < positive.Count; i++)
        {
            for (var j = 0; j < negative.Count; j++)
            {
                if (_values.Compare(positive[i].Value, negative[j].Value).Compatible && Disagree(positive[i], negative[j]) &&
                    (property != ClaimProperty.Occurred || OneWord(positive[i].Value.Text, negative[j].Value.Text)))
                {
                    polaritySides.Add(i);
                    deniedSides.Add(j);
                }
            }
        }

        if (polaritySides.Count > 0)
        {
            var sides = polaritySides.Select(i => positive[i]).Concat(deniedSides.Select(j => negative[j])).ToList();
            conflicts.Add(MakeConflict(eventId, property, subject, ConflictKind.Polarity, ConflictSeverity.Hard, sides, null));
        }

        // Certain against hedged on the same value: soft.
        foreach (var side in positive)
        {
            // "Said it was sending a ship" tells of an act under way, not done: against "plans to send" it is no contradiction.
            var certain = side.Items.Where(i => i.Claim.Factuality.Certainty == Certainty.Certain && !IsProgressive(i.Claim)).ToList();
            var hedged = side.Items.Where(i => i.Claim.Factuality.Certainty is Certainty.Probable or Certainty.Possible).ToList();
            if (certain.Count == 0 || hedged.Count == 0)
            {
                continue;
            }

            var a = new Side(certain);
            var b = new Side(hedged);
            if (Disagree(a, b))
            {
                conflicts.Add(MakeConflict(eventId, property, subject, ConflictKind.Factuality, ConflictSeverity.Soft, [a, b], null));
            }
        }

        foreach (var side in positive.Where(side => side.Articles.Count >= 2))
        {
            // A bound that merely admits the side's figure does not confirm it: "at least 12 killed" does not corroborate "40
            // killed", though it does not dispute it either; "at least 12" and "12" do confirm each other.
            var confirming = side.Items.Where(i => Confirms(i.Value, side.Value)).ToList();
            if (confirming.Select(i => i.Claim.ArticleId).Distinct(StringComparer.Ordinal).Count() >= 2)
            {
                corroborations.Add(Corroborate(eventId, property, confirming.Count == side.Items.Count ? side : new Side(confirming)));
            }
        }
    }

    private static bool Confirms(ClaimValue value, ClaimValue shown)
    {
        if (value is not QuantityValue a || shown is not QuantityValue b || a.Min is not { } x || b.Min is not { } y)
        {
            return true;
        }

        var slack = Math.Max(1m, Math.Max(Math.Abs(x), Math.Abs(y)) * ValueComparer.ApproximateTolerance);
        return Math.Abs(x - y) <= slack;
    }

    // One side that several articles assert, with its independent sources counted once per outlet chain.
    private Corroboration Corroborate(string eventId, ClaimProperty property, Side side)
    {
        var sideClaims = side.Items.Select(i => i.Claim).ToList();
        return new Corroboration(eventId, property, side.Shown,
            [.. sideClaims.Select(c => c.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. side.Articles], _independence.CountIndependent(sideClaims));
    }

    // Counted things and measures are keyed by a noun or a predicate, not by a role: figures more than three times apart
    // under one key are more likely two different facts ("passed for 205 yards", "rushed for 226") than one disputed.
    private static bool FarApart(ClaimValue a, ClaimValue b) =>
        a is QuantityValue x && b is QuantityValue y && x.Min is { } p && y.Min is { } q && p > 0 && q > 0 &&
        Math.Max(p, q) / Math.Min(p, q) > 3m;

    // Durations told in different units nest when the finer one fits in the coarser ("40 hours" of deliberation over "four
    // days"; "136 days" in "four and a half months", whose days vary with the months): the finer may count the time spent
    // within the span the coarser one gives. In one unit ("three weeks", "four weeks") they dispute.
    private static bool DurationsNest(Side a, Side b)
    {
        if (Written(a) is not { } x || Written(b) is not { } y || x.Factor == y.Factor)
        {
            return false;
        }

        var (coarse, fine) = x.Factor > y.Factor ? (x, y) : (y, x);
        // A month is 28 to 31 days, a year 365 or 366: the coarser span at its longest.
        var longest = coarse.Max * coarse.Factor * 1.02m;
        return fine.Min * fine.Factor <= longest;

        static (decimal Min, decimal Max, decimal Factor)? Written(Side side) =>
            side.Items[0].Claim.Value is QuantityValue { Min: { } min } q && MeasureUnits.Of(q.Unit) is { Dimension: "duration" } u
                ? (min, q.Max ?? min, u.Factor)
                : null;
    }

    // Two dates more than three months apart are two occurrences ("hired on March 3, 2006", "his jersey retired on Oct. 9,
    // 1997"; an outage in August and another in October), not two accounts of one: outlets that dispute a day of one event
    // differ by days or weeks. Events linked by their words pair only nearer dates; a story whose dates lie that far apart
    // has gathered background dates, and its date dispute is not signed.
    private static bool SeasonsApart(ClaimValue a, ClaimValue b)
    {
        if (a is not TemporalValue x || b is not TemporalValue y)
        {
            return false;
        }

        var (xs, xe) = ValueComparer.Window(x);
        var (ys, ye) = ValueComparer.Window(y);
        var gap = xe < ys ? Period.DaysBetween(xe, ys) : ye < xs ? Period.DaysBetween(ye, xs) : 0;
        return gap > 92;
    }

    // Counted things, measures and dates under one key that fall into three or more values, each told by one outlet alone
    // ("caught 61 passes", "33 passes", "45 passes"; outages on days months apart), are the figures of several
    // players, seasons or occurrences gathered under one key, not one value in dispute: a disputed value has a side that a
    // second outlet confirms.
    private static bool Scattered(List<Side> sides)
    {
        if (sides.Count < 3)
        {
            return false;
        }

        // Five or more counts of one noun ("11 points", "10", "three", "13", "2,117 career points") are many players' or
        // games' tallies whoever confirms which: outlets disputing one count split two or three ways.
        if (sides.Count >= 5 && sides[0].Items[0].Claim.Property == ClaimProperty.Count)
        {
            return true;
        }

        if (!sides.TrueForAll(s => s.Articles.Count == 1))
        {
            return false;
        }

        // Days of one event that outlets dispute lie within weeks of each other ("two weeks ago", "on May 4").
        var days = sides.Where(s => s.Value is TemporalValue).Select(s => ValueComparer.Window((TemporalValue)s.Value)).ToList();
        return days.Count < sides.Count || Period.DaysBetween(days.Min(d => d.Start), days.Max(d => d.End)) > 31;
    }

    // Two sides disagree when some article asserts only the first and another article only the second, and no article
    // asserts both: an outlet that itself reports both values (strikes on two cities, two dates of a series) shows that
    // they are not exclusive for this event, so other outlets naming one of them do not contradict each other. A test, when
    // given, says which articles on both sides block it (without one, every such article does).
    private static bool Disagree(Side a, Side b, Func<string, bool>? blocks = null) =>
        a.Articles.Any(x => !b.Articles.Contains(x)) && b.Articles.Any(y => !a.Articles.Contains(y)) &&
        !a.Articles.Any(x => b.Articles.Contains(x) && (blocks?.Invoke(x) ?? true));

    // For values, an article on both sides shows that they are not exclusive only when it gives two values that are
    // themselves incompatible; one that writes "about 2,000ft" and, quoting an early statement, "some 700 metres" gives one
    // rough figure twice and does not keep the others' 600 m and 700 m from disputing.
    private bool DisagreeOnValue(Side a, Side b) => Disagree(a, b, x => GivesBoth(x, a, b));

    private bool GivesBoth(string article, Side a, Side b) =>
        a.Items.Where(i => i.Claim.ArticleId == article).Any(x =>
            b.Items.Where(i => i.Claim.ArticleId == article).Any(y => !_values.Compare(x.Value, y.Value).Compatible));

    // Items go most precise first into the first side whose values they are all compatible with. Mutual compatibility
    // is checked against a summary, not every member, so a side grows in constant time per claim: intervals (dates,
    // widened quantities) are pairwise compatible exactly when they share a common part (Helly's theorem in one dimension),
    // and places or actors are pairwise related exactly when they lie on one chain, so the deepest member decides.
    private List<Side> BuildSides(IEnumerable<Item> items)
    {
        var ordered = items
            .OrderBy(i => i.Imprecision)
            .ThenBy(i => i.Claim.ArticleId, StringComparer.Ordinal)
            .ThenBy(i => i.Claim.Id, StringComparer.Ordinal)
            .ToList();
        var sides = new List<SideBuilder>();
        foreach (var item in ordered)
        {
            var home = sides.Find(side => side.Accepts(item, _values));
            if (home is null)
            {
                home = new SideBuilder();
                sides.Add(home);
            }

            home.Add(item);
        }

        return sides.Select(s => new Side(s.Items)).ToList();
    }

    private static string? Note(ConflictKind kind, bool artefact) => kind switch
    {
        ConflictKind.Temporal when artefact => "the one-day difference may be an artefact of resolving a weekday or relative date against the publication date",
        ConflictKind.Actor => "the reports may name different participants of the same event",
        _ => null,
    };

    private Conflict MakeConflict(string eventId, ClaimProperty property, string subject, ConflictKind kind, ConflictSeverity severity,
        List<Side> sides, string? note)
    {
        // A factuality conflict reads "X states as fact …, but Y only reports it as probable": the certain side goes first.
        var ordered = sides
            .OrderBy(s => kind == ConflictKind.Factuality && s.Items.All(i => i.Claim.Factuality.Certainty != Certainty.Certain) ? 1 : 0)
            .ThenByDescending(s => s.Articles.Count)
            .ThenBy(s => s.Polarity)
            .ThenBy(s => s.Articles.Min, StringComparer.Ordinal)
            .ThenBy(s => s.Value.ToString(), StringComparer.Ordinal)
            .ToList();
        var id = StableId.Of("cf", [eventId, property.ToString(), subject, kind.ToString(),
            .. ordered.SelectMany(s => s.Items.Select(i => i.Claim.ArticleId + "/" + i.Claim.Id).Order(StringComparer.Ordinal).Append("|"))]);
        var conflictSides = ordered.Select(s => new ConflictSide(s.Shown,
            [.. s.Items.Select(i => i.Claim.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. s.Articles])).ToImmutableArray();
        var explanation = Explain(eventId, property, kind, ordered, note);
        return new Conflict(id, eventId, property, kind, severity, conflictSides, explanation);
    }

    private string Explain(string eventId, ClaimProperty property, ConflictKind kind, List<Side> sides, string? note)
    {
        var subject = DescribeEvent(eventId);
        var parts = new List<string>(sides.Count);
        for (var i = 0; i < sides.Count; i++)
        {
            var side = sides[i];
            var many = side.Articles.Count > 1;
            var who = Outlets(side.Articles);
            string what;
            if (kind == ConflictKind.Factuality)
            {
                what = i == 0
                    ? Verb(many, "state", "states") + " as fact that " + Proposition(property, subject, side.Shown)
                    : Verb(many, "only report", "only reports") + " it as " + HedgeWord(side);
            }
            else if (side.Polarity == Polarity.Negative)
            {
                what = Verb(many, "deny", "denies") + " that " + Proposition(property, subject, side.Shown);
            }
            else
            {
                what = Assertion(property, i == 0 ? subject : null, side.Shown, many);
            }

            parts.Add(who + " " + what);
        }

        var sentence = parts[0] + ", but " + string.Join(", while ", parts.Skip(1));
        if (note is not null)
        {
            sentence += " (" + note + ")";
        }

        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    private static string HedgeWord(Side side) =>
        side.Items.Any(i => i.Claim.Factuality.Certainty == Certainty.Possible) ? "possible" : "probable";

    private static string Verb(bool many, string plural, string singular) => many ? plural : singular;

    // The first side names the event; later sides refer back to it ("dates it to", "puts it at").
    private string Assertion(ClaimProperty property, string? subject, ClaimValue value, bool many)
    {
        var v = _values.Describe(value);
        var of = subject is null ? "" : " of " + subject;
        var @in = subject is null ? "" : " in " + subject;
        return property switch
        {
            ClaimProperty.Date => Verb(many, "date", "dates") + " " + (subject ?? "it") + " to " + v,
            ClaimProperty.Duration => Verb(many, "give", "gives") + " the duration" + of + " as " + v,
            ClaimProperty.Place when value is QuantityValue => Verb(many, "place", "places") + " " + (subject ?? "it") + " " + v + " away",
            ClaimProperty.Place => Verb(many, "place", "places") + " " + (subject ?? "it") + " in " + v,
            ClaimProperty.Deaths => Verb(many, "put", "puts") + " the death toll" + of + " at " + v,
            ClaimProperty.Injured => Verb(many, "put", "puts") + " the number injured" + @in + " at " + v,
            ClaimProperty.Count => Verb(many, "put", "puts") + " the count" + (subject is null ? "" : " for " + subject) + " at " + v,
            ClaimProperty.Agent => Verb(many, "name", "names") + " " + v + " as the actor" + @in,
            ClaimProperty.Target => Verb(many, "name", "names") + " " + v + " as the target" + of,
            ClaimProperty.Recipient => Verb(many, "name", "names") + " " + v + " as the recipient" + @in,
            ClaimProperty.Mediator => Verb(many, "name", "names") + " " + v + " as the mediator" + of,
            ClaimProperty.Terms when value is TermsValue { Polarity: Polarity.Negative } t =>
                Verb(many, "report", "reports") + " that the terms" + of + " rule out \"" + t.Proposition + "\"",
            ClaimProperty.Terms when value is TermsValue t =>
                Verb(many, "report", "reports") + " that the terms" + of + " provide for \"" + t.Proposition + "\"",
            _ => Verb(many, "report", "reports") + " that " + Proposition(property, subject ?? "it", value),
        };
    }

    private string Proposition(ClaimProperty property, string subject, ClaimValue value) => property switch
    {
        ClaimProperty.Occurred => subject + " took place",
        ClaimProperty.Terms when value is TermsValue t => "the terms of " + subject + (t.Polarity == Polarity.Negative ? " rule out \"" : " provide for \"") + t.Proposition + "\"",
        _ => "the " + PropertyWord(property) + " of " + subject + " is " + _values.Describe(value),
    };

    private static string PropertyWord(ClaimProperty property) => property switch
    {
        ClaimProperty.Deaths => "death toll",
        ClaimProperty.Injured => "number injured",
        _ => property.ToString().ToLowerInvariant(),
    };

    private string DescribeEvent(string eventId)
    {
        if (!_events.TryGetValue(eventId, out var e))
        {
            return "event " + eventId;
        }

        if (e.Label is { } label)
        {
            return "the event \"" + label + "\"";
        }

        var type = TypeWords(e.Type);
        var actors = e.Participants.Select(p => _values.ActorName(p.ActorId)).Distinct(StringComparer.Ordinal).Take(3).ToList();
        return actors.Count == 0 ? "the " + type : "the " + type + " involving " + JoinList(actors);
    }

    private static string TypeWords(EventType type)
    {
        var name = type.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder + " event";
    }

    private string Outlets(IReadOnlyCollection<string> articleIds)
    {
        // Long sides are cut short so the explanation stays one readable sentence.
        var names = articleIds.Take(MaxNamed).Select(id => _articles.TryGetValue(id, out var a) && a.Source is { } s ? s + " (" + id + ")" : id).ToList();
        if (articleIds.Count > MaxNamed)
        {
            names.Add((articleIds.Count - MaxNamed).ToString(CultureInfo.InvariantCulture) + " other articles");
        }

        var allBare = articleIds.All(id => !_articles.TryGetValue(id, out var a) || a.Source is null);
        return allBare ? (names.Count > 1 ? "articles " : "article ") + JoinList(names) : JoinList(names);
    }

    internal static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>A claim with its effective value and polarity (a denied term flips the term's polarity).</summary>
    // The figures of a score, the greater first: "27-20", "20 - 27" and "27-20" are one key.
    private static string ScoreKey(string text)
    {
        var figures = text.Split(['-', '–', ' '], StringSplitOptions.RemoveEmptyEntries);
        return figures.Length == 2 && int.TryParse(figures[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) &&
               int.TryParse(figures[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? Math.Max(a, b).ToString(CultureInfo.InvariantCulture) + "-" + Math.Min(a, b).ToString(CultureInfo.InvariantCulture)
            : text.Replace(" ", "", StringComparison.Ordinal);
    }

    private readonly record struct Item(Claim Claim, ClaimValue Value, Polarity Polarity, decimal Imprecision)
    {
        public static Item Of(Claim claim, ValueComparer values)
        {
            var item = Of(claim);
            return item with { Imprecision = values.Imprecision(item.Value) };
        }

        private static Item Of(Claim claim)
        {
            if (claim.Value is TermsValue t)
            {
                var polarity = claim.Factuality.Polarity == Polarity.Negative
                    ? (t.Polarity == Polarity.Positive ? Polarity.Negative : Polarity.Positive)
                    : t.Polarity;
                return new Item(claim, polarity == t.Polarity ? t : new TermsValue(t.Text, t.Proposition, polarity), Polarity.Positive, 0);
            }

            return new Item(claim, claim.Value, claim.Factuality.Polarity, 0);
        }
    }

    /// <summary>A side being built: its items and a summary that decides mutual compatibility in constant time.</summary>
    private sealed class SideBuilder
    {
        private LocalDate _start;
        private LocalDate _end;
        private bool _hasTime;
        private decimal? _min;
        private decimal? _max;
        private bool _hasQuantity;
        private ClaimValue? _witness;

        public List<Item> Items { get; } = [];

        private bool Intersects((LocalDate Start, LocalDate End) window) => window.Start <= _end && _start <= window.End;

        public bool Accepts(Item item, ValueComparer values) => item.Value switch
        {
            TemporalValue t => !_hasTime || Intersects(ValueComparer.Window(t)),
            QuantityValue q => !_hasQuantity || Overlap(ValueComparer.Widen(q), (_min, _max)),
            TextValue => true,
            // Clocks in different named zones are not converted, so they neither dispute nor confirm each other: "07:37 local
            // time" and "05:37 GMT" stand on sides of their own.
            TimeOfDayValue t => _witness is null || (_witness is TimeOfDayValue w && (w.Zone is null || t.Zone is null || ZoneOf(w) == ZoneOf(t)) &&
                                                     values.Compare(w, t).Compatible),
            _ => _witness is null || values.Compare(_witness, item.Value).Compatible,
        };

        private static string ZoneOf(TimeOfDayValue t) => t.Zone!.ToLowerInvariant() is var z && z.StartsWith("local", StringComparison.Ordinal) ? "local" : z;

        public void Add(Item item)
        {
            Items.Add(item);
            switch (item.Value)
            {
                case TemporalValue t when !_hasTime:
                    (_start, _end) = ValueComparer.Window(t);
                    _hasTime = true;
                    break;
                case TemporalValue t:
                    var (start, end) = ValueComparer.Window(t);
                    _start = start > _start ? start : _start;
                    _end = end < _end ? end : _end;
                    break;
                case QuantityValue q:
                    var (min, max) = ValueComparer.Widen(q);
                    _min = !_hasQuantity ? min : min is null ? _min : _min is null ? min : Math.Max(min.Value, _min.Value);
                    _max = !_hasQuantity ? max : max is null ? _max : _max is null ? max : Math.Min(max.Value, _max.Value);
                    _hasQuantity = true;
                    break;
                case TextValue:
                    break;
                default:
                    // Items arrive most precise first, so the first place or actor is the deepest of the chain.
                    _witness ??= item.Value;
                    break;
            }
        }

        private static bool Overlap((decimal? Min, decimal? Max) a, (decimal? Min, decimal? Max) b) =>
            (a.Min is null || b.Max is null || a.Min <= b.Max) && (b.Min is null || a.Max is null || b.Min <= a.Max);
    }

    /// <summary>Mutually compatible claims; the most precise value stands for the side.</summary>
    private sealed class Side
    {
        public Side(List<Item> items)
        {
            // Items are ordered most precise first.
            Items = items;
            Value = items[0].Value;

            // A measure compares in its dimension's base unit but is shown as an article wrote it ("30-foot", not 9.144 m): in
            // the base unit itself when one of the side's articles wrote it so ("about 600m" over "about 2,000ft"), so that a
            // report shows one dimension in one unit wherever outlets allow.
            var shown = items[0];
            if (items[0].Value is QuantityValue && !WrittenInBaseUnit(items[0]) && items.FindIndex(WrittenInBaseUnit) is var metric and >= 0)
            {
                shown = items[metric];
            }

            Shown = shown.Value is QuantityValue && shown.Claim.Value is QuantityValue written ? written : shown.Value;
            Polarity = items[0].Polarity;
            Articles = new SortedSet<string>(items.Select(i => i.Claim.ArticleId), StringComparer.Ordinal);
            AllAnchored = items.TrueForAll(i => i.Value is TemporalValue t && ValueComparer.IsAnchored(t));
            AnyAnchored = items.Exists(i => i.Value is TemporalValue t && ValueComparer.IsAnchored(t));
        }

        public bool AnyAnchored { get; }

        public List<Item> Items { get; }

        private static bool WrittenInBaseUnit(Item item) =>
            item.Claim.Property == ClaimProperty.Measure && item.Claim.Value is QuantityValue written && MeasureUnits.IsInBaseUnit(written);

        public ClaimValue Shown { get; }

        public ClaimValue Value { get; }

        public Polarity Polarity { get; }

        public SortedSet<string> Articles { get; }

        public bool AllAnchored { get; }
    }
}
