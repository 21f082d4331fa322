using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NewsEvents.Entities;

namespace NewsEvents.Claims;

/// <summary>
/// Gives every event of one article its mentions: finds the event words the typed extraction left (<see cref="MentionDetector"/>),
/// links the mentions of one happening within the article (same dictionary form, or same WordNet synset: "the quake …
/// the earthquake … quakes", "killed … the killing") and turns each mention into an <c>occurred</c> claim whose evidence is
/// its sentence. A mention that shares a form with a typed event's trigger joins that event; the others make untyped events
/// (<see cref="EventType.Other"/>) without slots, which reconciliation links but never compares.
/// </summary>
/// <remarks>Stateless and thread-safe; one pass over the tokens of the article.</remarks>
internal sealed class MentionAssembler
{
    private readonly MentionDetector _detector;

    public MentionAssembler(EventWords words)
    {
        _detector = new MentionDetector(words);
    }

    public (ImmutableArray<Event> Events, ImmutableArray<Claim> Claims) Assemble(Article article, EntityResolution entities,
        ImmutableArray<TemporalMention> temporal, ImmutableArray<Event> events, ImmutableArray<Claim> claims, IReadOnlyList<TriggerSpan> triggers, SentenceTokens? sentenceTokens = null)
    {
        sentenceTokens ??= new SentenceTokens(article);
        var text = article.Text;

        // Names, dates and the typed triggers are no (new) mentions: "Fire Department", "March 3".
        var typed = triggers.OrderBy(t => t.Start).ToList();
        var blocked = new bool[text.Length];
        void Block(int start, int end)
        {
            start = Math.Max(0, start);
            end = Math.Min(end, text.Length);
            if (end > start)
            {
                blocked.AsSpan(start, end - start).Fill(true);
            }
        }

        foreach (var m in entities.Mentions.IsDefault ? ImmutableArray<EntityMention>.Empty : entities.Mentions)
        {
            Block(m.Offset, m.Offset + m.Length);
        }

        foreach (var t in temporal)
        {
            Block(t.Offset, t.Offset + t.Text.Length);
        }

        foreach (var t in typed)
        {
            Block(t.Start, t.End);
        }


        // Sentences and the title line, in text order, each with the mentions found in it.
        var units = new List<(int Offset, string Text, bool Title)>(article.Sentences.Length + 4);
        var unitSentence = new List<int>(article.Sentences.Length + 4); // the sentence a unit is (index), -1 for a headline
        // The headline and subheadings, set aside from the story's sentences, mention its events too (captions do not count).
        foreach (var b in article.Boilerplate)
        {
            if (b.Kind is BoilerplateKind.HeaderMetadata or BoilerplateKind.SectionLabel)
            {
                units.Add((b.Offset, b.Text, true));
                unitSentence.Add(-1);
            }
        }

        for (var s = 0; s < article.Sentences.Length; s++)
        {
            units.Add((article.Sentences[s].Offset, article.Sentences[s].Text, false));
            unitSentence.Add(s);
        }

        // In text order (stable: a headline before a sentence at the same offset, as the sort by offset left them).
        var order = Enumerable.Range(0, units.Count).OrderBy(u => units[u].Offset).ToList();
        units = order.Select(u => units[u]).ToList();
        unitSentence = order.Select(u => unitSentence[u]).ToList();
        // Keys of the typed events' triggers, so that "the shooting … shot" joins the typed event.
        // Sized once for the usual count of keys (about one per sixteen characters of news text) instead of grown.
        var owners = new Dictionary<string, int>(text.Length / 16 + 8, StringComparer.Ordinal);
        var groups = new List<Group>();
        var byEvent = new Dictionary<string, int>(StringComparer.Ordinal); // a typed event's group, by index
        foreach (var t in typed)
        {
            if (!byEvent.TryGetValue(t.EventId, out var gi))
            {
                gi = groups.Count;
                byEvent[t.EventId] = gi;
                groups.Add(new Group(t.EventId));
            }

            var span = EventWords.Default.Intern(text.AsSpan(t.Start, t.End - t.Start));
            groups[gi].Typed.Add((t, span));
            foreach (var key in KeysOfText(span))
            {
                owners.TryAdd(key, gi);
            }
        }

        // The mentions of each unit, in text order, each joined to the group of a key it shares or made a group of its own.
        var found = new List<DetectedMention>();
        var tokenBlocked = new bool[64];
        var foundCount = 0;
        for (var u = 0; u < units.Count; u++)
        {
            var (offset, unitText, _) = units[u];
            if (unitText.Length == 0 || offset + unitText.Length > text.Length)
            {
                continue;
            }

            var tokens = unitSentence[u] >= 0 ? sentenceTokens[unitSentence[u]] : ClaimTokenizer.Tokenize(text, offset, unitText.Length);
            found.Clear();
            if (tokenBlocked.Length < tokens.Count)
            {
                tokenBlocked = new bool[Math.Max(tokens.Count, tokenBlocked.Length * 2)];
            }

            for (var k = 0; k < tokens.Count; k++)
            {
                // A token is blocked when any of its characters is (a loop: tokens are a few characters long).
                var any = false;
                for (var c = tokens[k].Start; c < tokens[k].End && !any; c++)
                {
                    any = blocked[c];
                }

                tokenBlocked[k] = any;
            }

            _detector.Detect(text, tokens, tokenBlocked.AsSpan(0, tokens.Count), LooksTitleCase(text, tokens), found);
            foundCount += found.Count;
            foreach (var m in found)
            {
                Join(m, u);
            }
        }

        void Join(DetectedMention m, int u)
        {
            var keys = Keys(m.Word);
            var target = -1;
            if (!m.IsReporting)
            {
                foreach (var key in keys)
                {
                    if (owners.TryGetValue(key, out target))
                    {
                        break;
                    }

                    target = -1;
                }
            }

            if (target < 0)
            {
                groups.Add(new Group(null));
                target = groups.Count - 1;
            }

            groups[target].Found.Add((m, u));
            if (!m.IsReporting)
            {
                foreach (var key in keys)
                {
                    owners.TryAdd(key, target);
                }
            }
        }

        return Build(article, events, claims, groups, units, typed.Count + foundCount, sentenceTokens);
    }

    private static (ImmutableArray<Event>, ImmutableArray<Claim>) Build(Article article, ImmutableArray<Event> events, ImmutableArray<Claim> claims,
        List<Group> groups, List<(int Offset, string Text, bool Title)> units, int mentionCount, SentenceTokens sentenceTokens)
    {
        var text = article.Text;

        // Sized once: at most one new event per group and one occurred claim per mention.
        var eventList = ImmutableArray.CreateBuilder<Event>(events.Length + groups.Count);
        eventList.AddRange(events);
        var claimList = ImmutableArray.CreateBuilder<Claim>(claims.Length + mentionCount);
        claimList.AddRange(claims);

        // The article as the one reporting article of each new event: one array for all of them.
        ImmutableArray<string> reporting = [article.Id];

        // One evidence per sentence (or title), shared by the occurred claims of its mentions, and one value per trigger
        // word: evidence and values are immutable.
        Evidence EvidenceOf(int unit) => sentenceTokens.Evidence(units[unit].Offset, units[unit].Text);
        var values = new Dictionary<string, TextValue>(StringComparer.Ordinal);
        TextValue ValueOf(string trigger)
        {
            if (!values.TryGetValue(trigger, out var value))
            {
                value = new TextValue(trigger);
                values[trigger] = value;
            }

            return value;
        }
        var index = new Dictionary<string, int>(events.Length, StringComparer.Ordinal);
        for (var i = 0; i < events.Length; i++)
        {
            index.TryAdd(events[i].Id, i);
        }

        // Each typed event's first occurred claim: the attribution and factuality its further mentions take.
        var occurred = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.Property == ClaimProperty.Occurred)
            {
                occurred.TryAdd(c.EventId, c);
            }
        }

        var words = EventWords.Default;
        var claimNumber = 0;
        var eventNumber = 0;
        string NextClaimId() => string.Create(CultureInfo.InvariantCulture, $"{article.Id}/o{++claimNumber}");
        foreach (var g in groups)
        {
            var mentions = ImmutableArray.CreateBuilder<EventMention>(g.Typed.Count + g.Found.Count);
            var primary = g.Typed.FindIndex(x => x.Span.Primary);
            if (primary >= 0)
            {
                mentions.Add(MentionOf(words, article, g.Typed[primary].Span, g.Typed[primary].Text));
            }

            string eventId;
            Claim? template = null;
            if (g.EventId is { } typedId && index.TryGetValue(typedId, out var at))
            {
                eventId = typedId;
                occurred.TryGetValue(typedId, out template);

                // The typed event's further triggers (merged frames) are mentions too, each with its occurred claim.
                var seen = new HashSet<int>();
                if (primary >= 0)
                {
                    seen.Add(g.Typed[primary].Span.Start);
                }

                foreach (var (t, span) in g.Typed)
                {
                    var unit = t.Primary ? -1 : UnitAt(units, t.Start);
                    if (unit >= 0 && seen.Add(t.Start))
                    {
                        mentions.Add(MentionOf(words, article, t, span));
                        claimList.Add(Occurred(NextClaimId(), eventId, article, span, ValueOf(span), t.Start, EvidenceOf(unit), template));
                    }
                }
            }
            else
            {
                eventId = string.Create(CultureInfo.InvariantCulture, $"{article.Id}/w{++eventNumber}");
                at = -1;
            }

            foreach (var (m, u) in g.Found)
            {
                var trigger = words.Intern(text.AsSpan(m.Start, m.End - m.Start));
                mentions.Add(new EventMention(article.Id, m.Start, trigger, m.Word.Root, m.Word.SynsetId));
                claimList.Add(Occurred(NextClaimId(), eventId, article, trigger, ValueOf(trigger), m.Start, EvidenceOf(u), template));
            }

            // In text order; a stable sort (mentions at one offset keep the order they were added in).
            var sorted = mentions.Count <= 1 || IsSorted(mentions) ? mentions.DrainToImmutable() : mentions.OrderBy(x => x.Offset).ToImmutableArray();
            if (at >= 0)
            {
                eventList[at] = eventList[at] with { Mentions = sorted };
            }
            else if (sorted.Length > 0)
            {
                eventList.Add(new Event(eventId, EventType.Other, articles: reporting, label: sorted[0].Lemma) { Mentions = sorted });
            }
        }

        return (eventList.ToImmutable(), claimList.ToImmutable());
    }

    private static EventMention MentionOf(EventWords words, Article article, TriggerSpan t, string span)
    {
        var word = WordOfText(words, span);
        return new EventMention(article.Id, t.Start, span, word?.Root ?? span.ToLowerInvariant(), word?.SynsetId);
    }

    private static bool IsSorted(ImmutableArray<EventMention>.Builder mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Offset < mentions[i - 1].Offset)
            {
                return false;
            }
        }

        return true;
    }

    private static Claim Occurred(string id, string eventId, Article article, string trigger, TextValue value, int triggerStart, Evidence evidence,
        Claim? template) =>
        new(id, eventId, ClaimProperty.Occurred, article.Id, value, template?.Attribution ?? Attribution.Outlet,
            template?.Factuality ?? Factuality.Fact, evidence, valueSpan: ValueSpans.Of(article, trigger, triggerStart, trigger.Length));

    private static int UnitAt(List<(int Offset, string Text, bool Title)> units, int offset)
    {
        for (var u = units.Count - 1; u >= 0; u--)
        {
            if (units[u].Offset <= offset)
            {
                return offset < units[u].Offset + units[u].Text.Length ? u : -1;
            }
        }

        return -1;
    }

    /// <summary>The keys that make two mentions of one article one happening: the shared dictionary form and the synset.</summary>
    internal static KeyPair Keys(EventWord word) => new(word.RootKey, word.SynsetKey);

    private KeyPair KeysOfText(string span) => WordOfText(_detector.Words, span) is { } word ? Keys(word) : default;

    /// <summary>A mention's one or two keys, enumerable without allocation.</summary>
    internal readonly record struct KeyPair(string? First, string? Second)
    {
        public Enumerator GetEnumerator() => new(this);

        public struct Enumerator(KeyPair pair)
        {
            private int _at = -1;

            public readonly string Current => _at == 0 ? pair.First! : pair.Second!;

            public bool MoveNext()
            {
                while (++_at < 2)
                {
                    if ((_at == 0 ? pair.First : pair.Second) is not null)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    // The event word a typed trigger is: the phrase, else its last word read as a verb, else as a noun.
    private static EventWord? WordOfText(EventWords words, string span)
    {
        var parts = span.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        if (parts.Length >= 2 && words.TryPhrase(parts[0], parts[1], out var phrase))
        {
            return phrase;
        }

        var head = parts.Length > 1 && words.TryVerb(parts[0], out var firstVerb) ? firstVerb : null;
        if (head is not null)
        {
            return head;
        }

        var last = parts[^1];
        return words.TryNoun(last, out var noun) ? noun : words.TryVerb(last, out var verb) ? verb :
            words.TryEventAdjective(last, out var adjective) ? adjective : null;
    }

    // A headline in title case ("Quake Strikes Off Coast", also a subheading in the body) capitalizes most of its words.
    private static bool LooksTitleCase(string text, List<Token> tokens)
    {
        int words = 0, capitalized = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord && t.Lower.Length > 3)
            {
                words++;
                capitalized += char.IsUpper(text[t.Start]) ? 1 : 0;
            }
        }

        return words > 0 && capitalized * 3 >= words * 2;
    }

    private sealed class Group(string? eventId)
    {
        public string? EventId { get; } = eventId;

        public List<(TriggerSpan Span, string Text)> Typed { get; } = [];

        // Most groups have one mention found: the list starts with room for one.
        public List<(DetectedMention Mention, int Unit)> Found { get; } = new(1);
    }
}
