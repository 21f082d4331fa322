using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Entities;

namespace NewsEvents.Claims;

/// <summary>Attribution rules: direct quotes and their speakers, reported speech, "according to", relays.</summary>
internal sealed partial class ExtractionRun
{
    private string? _lastSpeaker;

    private void FindQuotes()
    {
        var text = _article.Text;
        var blocks = _article.Paragraphs.IsDefaultOrEmpty
            ? _article.Sentences.Select(s => (s.Offset, s.End)).ToList()
            : _article.Paragraphs.Select(p => (p.Offset, p.End)).ToList();
        foreach (var (start, end) in blocks)
        {
            var open = -1;
            for (var i = start; i < end && i < text.Length; i++)
            {
                var c = text[i];
                var isOpen = c is '\u201C' or '\u00AB' or '\u201E';
                var isClose = c is '\u201D' or '\u00BB';
                if (c == '"')
                {
                    var before = i > 0 ? text[i - 1] : ' ';
                    isOpen = open < 0 && (char.IsWhiteSpace(before) || before is '(' or '[' or '-' or '\u2014' || i == start);
                    isClose = open >= 0;
                    if (!isOpen && !isClose)
                    {
                        continue;
                    }
                }

                if (isOpen && open < 0)
                {
                    open = i;
                }
                else if (isClose && open >= 0)
                {
                    AddQuote(open, i + 1, endsAtParagraph: false);
                    open = -1;
                }
                else if (isOpen && open >= 0)
                {
                    // A new opening mark before a close: the earlier quote ran on (news style for multi-paragraph quotes).
                    AddQuote(open, i, endsAtParagraph: false);
                    open = i;
                }
            }

            if (open >= 0)
            {
                AddQuote(open, end, endsAtParagraph: true);
            }
        }
    }

    private void AddQuote(int start, int end, bool endsAtParagraph)
    {
        if (end <= start + 1)
        {
            return;
        }

        _quotes.Add(new QuoteSpan(start, end, endsAtParagraph) { Words = ClaimTokenizer.CountWords(_article.Text, start, end - start) });
    }

    private void ResolveQuoteSpeakers()
    {
        QuoteSpan? previous = null;
        _quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var q in _quotes)
        {
            var closing = SentenceAt(Math.Max(q.Start, q.End - 1));
            if (closing is not null)
            {
                var close = closing.TokenAt(q.End - 1);
                q.Speaker ??= SpeakerAfter(closing, close + 1);
                FindVia(closing, close + 1, q.Via);
            }

            if (q.Speaker is null && SentenceAt(q.Start) is { } opening)
            {
                q.Speaker = SpeakerBefore(opening, opening.TokenAt(q.Start));
            }

            if (q.Speaker is null && previous?.Speaker is not null &&
                (previous.EndsAtParagraph || q.Start - previous.End < 60))
            {
                q.Speaker = previous.Speaker;
                if (q.Via.Count == 0)
                {
                    q.Via.AddRange(previous.Via);
                }
            }

            if (q.IsLong)
            {
                previous = q;
            }
        }
    }

    private SentenceView? SentenceAt(int offset) => SentenceIndexAt(offset) is var i and >= 0 ? _sentences[i] : null;

    /// <summary>The quote whose span holds an offset (quotes are sorted and disjoint), found by binary search.</summary>
    private QuoteSpan? QuoteContaining(int offset)
    {
        var q = LastQuoteStartingAtOrBefore(offset);
        return q is not null && q.Contains(offset) ? q : null;
    }

    /// <summary>The quote whose span ends exactly at an offset.</summary>
    private QuoteSpan? QuoteEndingAt(int end)
    {
        var q = LastQuoteStartingAtOrBefore(end - 1);
        return q is not null && q.End == end ? q : null;
    }

    private QuoteSpan? LastQuoteStartingAtOrBefore(int offset)
    {
        int lo = 0, hi = _quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_quotes[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 ? _quotes[found] : null;
    }

    /// <summary>"…,” Aktürk said", "…,” he said", "…,” the sources said", "…,” said Dr. Yıldız".</summary>
    private string? SpeakerAfter(SentenceView s, int from)
    {
        var tokens = s.Tokens;
        var end = Math.Min(tokens.Count, from + 10);
        for (var j = from; j < end; j++)
        {
            if (tokens[j].Lower is "\"" or "." or ";")
            {
                return null;
            }

            if (!_lexicon.QuoteSpeechVerbs.TryMatch(tokens, j, out _, out _))
            {
                continue;
            }

            for (var k = j - 1; k >= from; k--)
            {
                if (s.MentionAt[k] is { IsActor: true } m)
                {
                    return m.Mention.EntryId;
                }

                if (tokens[k].Lower is "he" or "she" or "they" or "sources" or "officials" or "source" or "official" or "ministry" or "spokesperson" or "spokesman")
                {
                    return LastSpeakerFallback(tokens[k].Start, tokens[k].Lower);
                }
            }

            return NextActor(s, j + 1, 8)?.Mention.EntryId;
        }

        return null;
    }

    /// <summary>"Aktürk stated, “…", "stating, “…", "X said: “…".</summary>
    private string? SpeakerBefore(SentenceView s, int open)
    {
        var tokens = s.Tokens;
        for (var j = open - 1; j >= Math.Max(0, open - 3); j--)
        {
            if (tokens[j].Lower is "," or ":")
            {
                continue;
            }

            if (_lexicon.QuoteSpeechVerbs.EndsAt(tokens, j, out var start, out _) ||
                (_lexicon.Triggers.EndsAt(tokens, j, out start, out var e) && e.Type == EventType.Statement))
            {
                var subject = LeftSubject(s, start, out var pronoun);
                if (subject is not null)
                {
                    return subject.Mention.EntryId;
                }

                if (pronoun >= 0 && tokens[pronoun].Lower is "he" or "she")
                {
                    return LastActorBefore(tokens[pronoun].Start, a => a.Kind == ActorKind.Person);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The most recent official speaker before an offset: a person, an unnamed source or a government body.</summary>
    private string? LastSpeakerFallback(int offset, string word = "they")
    {
        if (word is "he" or "she" or "spokesperson" or "spokesman" or "spokeswoman" or "minister" or "president" or "envoy")
        {
            return LastActorBefore(offset, a => a.Kind == ActorKind.Person);
        }

        return LastActorBefore(offset, a => a.Kind == ActorKind.UnnamedSource) ??
               LastActorBefore(offset, a => a.Kind is ActorKind.Government or ActorKind.Person);
    }

    /// <summary>Finds "as quoted by X", "according to X" relays (sources) after a position.</summary>
    private void FindVia(SentenceView s, int from, List<string> via)
    {
        var tokens = s.Tokens;
        for (var j = Math.Max(0, from); j < tokens.Count - 1; j++)
        {
            if ((tokens[j].Lower == "quoted" && tokens[j + 1].Lower == "by") ||
                (tokens[j].Lower == "reported" && tokens[j + 1].Lower == "by") ||
                (tokens[j].Lower == "according" && tokens[j + 1].Lower == "to"))
            {
                for (var k = j + 2; k < Math.Min(tokens.Count, j + 10); k++)
                {
                    if (s.MentionAt[k] is { IsSource: true } m)
                    {
                        if (!via.Contains(m.Mention.EntryId, StringComparer.Ordinal))
                        {
                            via.Add(m.Mention.EntryId);
                        }

                        break;
                    }

                    if (tokens[k].Lower is "." or ";" or ",")
                    {
                        break;
                    }
                }
            }
        }
    }

    private void FindArticleRelays()
    {
        foreach (var s in _sentences)
        {
            var tokens = s.Tokens;
            for (var j = 0; j < tokens.Count - 1; j++)
            {
                var relay = (tokens[j].Lower is "quoted" or "reported" && tokens[j + 1].Lower == "by") ||
                            (tokens[j].Lower == "reports" && tokens[j + 1].Lower == "from");
                if (!relay)
                {
                    continue;
                }

                // "first reported by" relays the main story; only wire agencies and outlets named as sources count.
                for (var k = j + 2; k < Math.Min(tokens.Count, j + 8); k++)
                {
                    if (s.MentionAt[k] is { IsSource: true } m)
                    {
                        if (!_articleVia.Contains(m.Mention.EntryId, StringComparer.Ordinal))
                        {
                            _articleVia.Add(m.Mention.EntryId);
                        }

                        break;
                    }

                    if (tokens[k].Lower is "." or ";" or "," || s.MentionAt[k] is { IsSource: false })
                    {
                        break;
                    }
                }
            }
        }

        var sources = _entities.Sources.IsDefault ? ImmutableArray<Source>.Empty : _entities.Sources;
        foreach (var name in _article.Relays)
        {
            var source = sources.FirstOrDefault(src => string.Equals(src.Name, name, StringComparison.OrdinalIgnoreCase) ||
                                                     string.Equals(src.Id, name, StringComparison.OrdinalIgnoreCase) ||
                                                     src.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
            if (source is not null && !_articleVia.Contains(source.Id, StringComparer.Ordinal))
            {
                _articleVia.Add(source.Id);
            }
        }
    }

    private void AssignAttribution(SentenceView s, List<Frame> frames)
    {
        var tokens = s.Tokens;
        var sentenceVia = new List<string>();
        FindVia(s, 0, sentenceVia);

        // "according to X": sentence-initial or after a comma it covers the sentence; otherwise the phrase just before it.
        int according = -1;
        for (var j = 0; j < tokens.Count - 1; j++)
        {
            if (tokens[j].Lower == "according" && tokens[j + 1].Lower == "to")
            {
                according = j;
                break;
            }
        }

        string? accordingSpeaker = null;
        var accordingWide = false;
        if (according >= 0)
        {
            var beforeAccording = according - 1;
            while (beforeAccording >= 0 && tokens[beforeAccording].Lower == "\"")
            {
                beforeAccording--;
            }

            accordingWide = beforeAccording < 0 || tokens[beforeAccording].Lower == ",";
            AlignedMention? last = null;
            for (var k = according + 2; k < Math.Min(tokens.Count, according + 12); k++)
            {
                if (tokens[k].Lower is "," or "." or ";" or "\"")
                {
                    break;
                }

                if (s.MentionAt[k] is { IsActor: true } m)
                {
                    last = m;
                    k = m.Last;
                }
            }

            accordingSpeaker = last?.Mention.EntryId;
            if (accordingSpeaker is null && !s.Mentions.Any(m => m.IsSource && m.First > according && m.First < according + 8))
            {
                // "According to the officials,": the officials last quoted, else the last official actor mentioned.
                var noun = according + 3 < tokens.Count ? tokens[according + 3].Lower : "they";
                accordingSpeaker = _lastSpeaker ?? LastSpeakerFallback(tokens[according].Start, noun);
            }
        }

        var active = frames.Where(f => f.AbsorbedInto is null).ToList();
        foreach (var f in active)
        {
            string? speaker = null;
            var via = new List<string>();
            var quote = QuoteContaining(tokens[f.First].Start) is { IsLong: true, Speaker: not null } q ? q : null;
            if (quote is not null)
            {
                speaker = quote.Speaker;
                via.AddRange(quote.Via);
            }
            else if (accordingSpeaker is not null && (accordingWide || (f.Last < according && according - f.Last <= 8)))
            {
                speaker = accordingSpeaker;
            }
            else if (f.Type != EventType.Statement)
            {
                speaker = GoverningSpeaker(s, f, active);
            }

            foreach (var v in sentenceVia)
            {
                if (!via.Contains(v, StringComparer.Ordinal))
                {
                    via.Add(v);
                }
            }

            f.Attribution = speaker is null && via.Count == 0 ? Attribution.Outlet : new Attribution(speaker, via.ToImmutableArray());
            if (f.Type == EventType.Statement && f.FirstActor(ParticipantRole.Agent) is { } agent)
            {
                _lastSpeaker = agent;
            }
        }
    }

    private string? GoverningSpeaker(SentenceView s, Frame f, List<Frame> active)
    {
        foreach (var st in active)
        {
            if (st == f || st.Type != EventType.Statement || st.FirstActor(ParticipantRole.Agent) is not { } speaker ||
                st.Factuality.Polarity == Polarity.Negative)
            {
                continue;
            }

            if (f.First > st.Last)
            {
                return speaker; // "X said (on 23/7) that ...", "X told reporters that ...", "X announced a ceasefire"
            }

            // "..., Turkish defense sources confirmed on Wednesday.": a speech verb closing the sentence covers what precedes it.
            var laterTrigger = active.Any(o => o != st && o.First > st.Last);
            if (!laterTrigger && f.Last < st.First && HasCommaBetween(s, f.Last, st.First))
            {
                return speaker;
            }
        }

        return null;
    }

    private static bool HasCommaBetween(SentenceView s, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (s.Tokens[i].Lower == ",")
            {
                return true;
            }
        }

        return false;
    }
}
