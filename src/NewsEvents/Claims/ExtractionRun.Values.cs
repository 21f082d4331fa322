using System;
using System.Collections.Generic;
using System.Linq;
using NewsEvents.Internal;
using NewsEvents.Quantities;

namespace NewsEvents.Claims;

/// <summary>Factuality, time, place, quantity and agreement-terms rules.</summary>
internal sealed partial class ExtractionRun
{
    /// <summary>Certainty from hedges before the position in the sentence and modals in the verb group; polarity from negation.</summary>
    private Factuality FactualityAt(SentenceView s, int first, int last)
    {
        var tokens = s.Tokens;
        var certainty = Certainty.Certain;
        for (var i = 0; i < first; i++)
        {
            if (_lexicon.Hedges.TryMatch(tokens, i, out var len, out var c) && i + len <= first)
            {
                certainty = Weaker(certainty, c);
                i += len - 1;
            }
        }

        var polarity = Polarity.Positive;
        for (var i = first - 1; i >= Math.Max(0, first - 5); i--)
        {
            var t = tokens[i];
            if (!t.IsWord && t.Lower is not ("\"" or "-"))
            {
                break;
            }

            if (_lexicon.Modals.EndsAt(tokens, i, out var start, out var m) && start >= first - 5)
            {
                certainty = Weaker(certainty, m);
            }

            if (first - i <= 4 && (_lexicon.Negations.TryMatch(tokens, i, out _, out _) || t.Lower.EndsWith("n't", StringComparison.Ordinal)))
            {
                polarity = Polarity.Negative;
            }
        }

        return new Factuality(certainty, polarity);
    }

    /// <summary>"A truce is expected to begin", "talks could resume": a modal right after a noun trigger hedges it.</summary>
    private Certainty ModalAfter(SentenceView s, int last)
    {
        for (var i = last + 1; i <= Math.Min(s.Tokens.Count - 1, last + 2); i++)
        {
            if (_lexicon.Modals.TryMatch(s.Tokens, i, out _, out var c))
            {
                return c;
            }

            if (!s.Tokens[i].IsWord || ClauseStops.Contains(s.Tokens[i].Lower))
            {
                break;
            }
        }

        return Certainty.Certain;
    }

    private static Certainty Weaker(Certainty a, Certainty b) => Rank(a) <= Rank(b) ? a : b;

    private static int Rank(Certainty c) => c switch
    {
        Certainty.Possible => 0,
        Certainty.Probable => 1,
        Certainty.Underspecified => 2,
        _ => 3,
    };

    /// <summary>The frame a mention at a token belongs to: a noun trigger right after it, else the nearest trigger before, else after.</summary>
    private static Frame? OwnerAt(List<Frame> frames, int first, int last)
    {
        Frame? before = null;
        Frame? after = null;
        foreach (var f in frames)
        {
            if (f.First > last && f.First - last <= 2 && f.IsNoun && f.AbsorbedInto is null)
            {
                return f;
            }

            if (f.Last < first)
            {
                before = f;
            }
            else if (f.First > last && after is null)
            {
                after = f;
            }
        }

        if (before is not null && first - before.Last > OwnerWindow)
        {
            before = null;
        }

        if (after is not null && after.First - last > OwnerWindow)
        {
            after = null;
        }

        return (before ?? after)?.Owner;
    }

    private const int OwnerWindow = 15;

    private void AttachTemporal(SentenceView s, List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        foreach (var m in _temporalBySentence[s.Index])
        {
            if (m.Offset < s.Sentence.Offset || m.Offset >= s.Sentence.End)
            {
                continue;
            }

            var first = s.TokenAt(m.Offset);
            var last = Math.Max(first, s.TokenAt(m.Offset + m.Length - 1));
            var owner = OwnerAt(frames, first, last);
            if (owner is null)
            {
                continue;
            }

            if (m.Kind == TemporalMentionKind.Duration)
            {
                if (Math.Min(Math.Abs(first - owner.Last), Math.Abs(owner.First - last)) > 6 && owner.Sentence == s)
                {
                    continue; // a duration far from the trigger describes something else ("after more than a decade of hostility")
                }

                ClaimValue value = m.ToValue() is { } dv ? dv : new TextValue(m.Text);
                owner.Values.Add(new PendingValue(ClaimProperty.Duration, value, s, null, null, m.Offset, m.Length));
            }
            else if (m.Kind is TemporalMentionKind.Date or TemporalMentionKind.Range && m.ToValue() is { } tv)
            {
                owner.Values.Add(new PendingValue(ClaimProperty.Date, tv, s, null, null, m.Offset, m.Length));
            }
        }
    }

    private void AttachQuantities(SentenceView s, List<Frame> frames)
    {
        foreach (var q in _quantitiesBySentence[s.Index])
        {
            if (q.Offset < s.Sentence.Offset || q.Offset >= s.Sentence.End)
            {
                continue;
            }

            var first = s.TokenAt(q.Offset);
            var last = Math.Max(first, s.TokenAt(q.Offset + q.Length - 1));

            // "Tom Reyes, 27, was killed": an age in apposition to a name, not a number killed. "Two of the three victims
            // died": the whole the part is taken from, not the number who died.
            if (ApposedAge(s, q, first, last) || (first >= 2 && s.Tokens[first - 1].Lower is "the" && s.Tokens[first - 2].Lower is "of"))
            {
                continue;
            }

            // Casualties: a kill or injury word close after the number ("over 1,100 people dead"), or just before it in the
            // same clause ("killing 12"); the nearest wins, the one after on a tie: "12 were killed and 30 were injured"
            // gives the 30 to "injured", never to "killed" across the "and".
            var casualty = frames
                .Where(f => f.Entry.Class is TriggerClass.Kill or TriggerClass.Injure &&
                            ((f.First > last && f.First - last <= 4 && !ClauseBreakBetween(s, last, f.First)) ||
                             (f.Last < first && first - f.Last <= 2 && !ClauseBreakBetween(s, f.Last, first)) ||
                             (f.First >= first && f.Last <= last)))
                .OrderBy(f => f.First > last ? f.First - last : f.Last < first ? first - f.Last : 0)
                .ThenBy(f => f.First > last ? 0 : 1)
                .FirstOrDefault();
            if (casualty is not null)
            {
                if (_lexicon.Frames.IsIrrealis(s.Tokens, casualty.First))
                {
                    continue; // "intended to kill one other person": no one was killed
                }

                // Responders hurt ("two officers suffered minor injuries") are a group of their own, not the event's toll;
                // the story phase keeps their figure under a subject of its own.
                if (q.Unit is { } unit && _lexicon.Frames.IsResponder(unit))
                {
                    continue;
                }

                var property = casualty.Entry.Class == TriggerClass.Kill ? ClaimProperty.Deaths : ClaimProperty.Injured;
                casualty.Owner.Values.Add(new PendingValue(property, q.ToValue(), s, CloseAccordingTo(s, Math.Max(last, casualty.Last)), null, q.Offset, q.Length));
                continue;
            }

            // Counts of the event itself: "hundreds of airstrikes", "three meetings". A measure before the noun ("a four-year
            // deal", "a $12 million deal", "a 10-metre fall") says how long, how much or how far, never how many.
            if (IsMeasure(q))
            {
                continue;
            }

            var counted = frames.FirstOrDefault(f => f.IsNoun && ((f.First > last && f.First - last <= 2) || (f.First >= first && f.Last <= last)));
            if (counted is not null)
            {
                counted.Owner.Values.Add(new PendingValue(ClaimProperty.Count, q.ToValue(), s, null, null, q.Offset, q.Length));
            }
        }
    }

    // A bare whole number under 120 between commas right after a capitalized word ("Reyes, 27, was …", "Lopez, 20, and …").
    private bool ApposedAge(SentenceView s, QuantityMention q, int first, int last)
    {
        var tokens = s.Tokens;
        return q.Unit is null && q.Min == q.Max && q.Min is >= 0 and < 120 && first == last && first >= 2 && last + 1 < tokens.Count &&
               tokens[first - 1].Lower == "," && tokens[first - 2].IsWord && char.IsUpper(_article.Text[tokens[first - 2].Start]) &&
               tokens[last + 1].Lower is "," or "." or ";" or ")";
    }

    // A figure with a unit of measure or money ("four-year", "10-metre", "$12 million"), as opposed to a count of things.
    private static bool IsMeasure(QuantityMention q) =>
        q.Unit is { } unit && (MeasureUnits.Of(unit) is not null ||
                               QuantityLexicon.Default.Words.Find(unit.ToLowerInvariant())?.Unit == UnitKind.Continuous);

    private static bool ClauseBreakBetween(SentenceView s, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (s.Tokens[k].Lower is "and" or "," or ";" or "but" or "while")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An "according to X" right after a value names the value's own speaker ("dead according to UN figures").</summary>
    private Attribution? CloseAccordingTo(SentenceView s, int after)
    {
        var tokens = s.Tokens;
        for (var j = after + 1; j < Math.Min(tokens.Count - 1, after + 4); j++)
        {
            if (tokens[j].Lower == "according" && tokens[j + 1].Lower == "to")
            {
                if (NextActor(s, j + 2, 4) is { } speaker)
                {
                    return new Attribution(speaker.Mention.EntryId);
                }

                return null;
            }

            if (!tokens[j].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    private void AttachPlaces(SentenceView s, List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var candidates = new Dictionary<Frame, List<(string Id, string Text, int Offset)>>();
        foreach (var m in s.Mentions)
        {
            var placeId = m.IsPlace ? m.Mention.EntryId : null;
            if (placeId is null && m.IsActor && _places.ContainsKey(m.Mention.EntryId))
            {
                placeId = m.Mention.EntryId;
            }

            if (placeId is null)
            {
                continue;
            }

            var prep = GoverningPreposition(s, m);
            var owner = OwnerAt(frames, m.First, m.Last);
            if (owner is null || owner.Type == EventType.Statement || m.Mention.Kind == NewsEvents.Entities.MatchKind.Demonym)
            {
                continue;
            }

            var ok = prep is not null && (PlacePrepositions.Contains(prep) ||
                                          (prep == "of" && owner.Type == EventType.TakeOver) ||
                                          (prep == "to" && owner.Type is EventType.ProvideSupport or EventType.Intervene or EventType.Meet));
            if (!ok)
            {
                continue;
            }

            if (!candidates.TryGetValue(owner, out var list))
            {
                list = new List<(string, string, int)>();
                candidates[owner] = list;
            }

            list.Add((placeId, m.Mention.Text, m.Mention.Offset));
        }

        foreach (var (owner, list) in candidates)
        {
            // Keep the most specific place: drop any candidate that contains another one.
            var specific = list.Where(c => !list.Any(o => o.Id != c.Id && IsWithin(o.Id, c.Id))).GroupBy(c => c.Id, StringComparer.Ordinal).ToList();
            if (specific.Count == 1)
            {
                var (id, text, offset) = specific[0].First();
                owner.Values.Add(new PendingValue(ClaimProperty.Place, new PlaceValue(text, id), s, null, null, offset, text.Length));
            }
        }
    }

    private bool IsWithin(string inner, string outer)
    {
        var id = inner;
        for (var depth = 0; depth < 8 && _places.TryGetValue(id, out var p) && p.Within is not null; depth++)
        {
            if (p.Within == outer)
            {
                return true;
            }

            id = p.Within;
        }

        return false;
    }

    /// <summary>Terms of agreements and ceasefires: chains of permission/prohibition verbs ending in a content verb.</summary>
    private void FindTerms(SentenceView s, List<Frame> frames)
    {
        var tokens = s.Tokens;
        static bool IsDeal(Frame f) => f.AbsorbedInto is null && f.Type is EventType.Agree or EventType.Ceasefire;
        if (!frames.Exists(IsDeal))
        {
            return; // most sentences name no deal
        }

        var deals = frames.FindAll(IsDeal);

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_lexicon.TermsVerbs.TryMatch(tokens, i, out var len, out var polarity))
            {
                continue;
            }

            var chainStart = i;
            var j = i + len;
            AlignedMention? actor = null;
            string? lemma = null;
            var contentAt = -1;
            for (var guard = 0; guard < 10 && j < tokens.Count; guard++)
            {
                var t = tokens[j].Lower;
                if (t is "." or ";" or ",")
                {
                    break;
                }

                if (_lexicon.TermsVerbs.TryMatch(tokens, j, out var l2, out var p2))
                {
                    polarity = polarity == p2 ? Polarity.Positive : Polarity.Negative;
                    j += l2;
                    continue;
                }

                if (s.MentionAt[j] is { IsActor: true } m && actor is null && lemma is null)
                {
                    actor = m;
                    j = m.Last + 1;
                    continue;
                }

                if (_lexicon.ContentVerbs.TryMatch(tokens, j, out var l3, out var verb))
                {
                    lemma = verb;
                    contentAt = j + l3;
                    break;
                }

                j++;
            }

            if (lemma is null)
            {
                continue;
            }

            var deal = deals[0];
            for (var k = deals.Count - 1; k >= 0; k--)
            {
                if (deals[k].Last < chainStart)
                {
                    deal = deals[k];
                    break;
                }
            }

            string? actorId = actor is not null ? (StateOf(actor.Mention.EntryId) ?? actor.Mention.EntryId) : null;
            if (actorId is null)
            {
                var subject = LeftSubject(s, chainStart, out _);
                if (subject is not null)
                {
                    actorId = StateOf(subject.Mention.EntryId) ?? subject.Mention.EntryId;
                }
            }

            var target = TermsObject(s, contentAt, out var objectEnd);
            var proposition = string.Join(' ', new[] { actorId, lemma, target }.Where(x => !string.IsNullOrEmpty(x)));
            var factuality = FactualityAt(s, chainStart, chainStart);
            var surfaceStart = tokens[chainStart].Start;
            var surface = _article.Text.Substring(surfaceStart, tokens[Math.Min(tokens.Count - 1, Math.Max(objectEnd, Math.Max(contentAt - 1, chainStart)))].End - surfaceStart);
            deal.Values.Add(new PendingValue(ClaimProperty.Terms, new TermsValue(surface, proposition, polarity), s, null,
                new Factuality(factuality.Certainty, Polarity.Positive), surfaceStart, surface.Length));
            i = Math.Max(i, contentAt - 1);
        }
    }

    private string? TermsObject(SentenceView s, int from, out int end)
    {
        var tokens = s.Tokens;
        end = from - 1;
        for (var k = from; k < Math.Min(tokens.Count, from + 6); k++)
        {
            if (tokens[k].Lower is "." or ";" or ",")
            {
                break;
            }

            if (s.MentionAt[k] is { } m && (m.IsPlace || m.IsActor))
            {
                end = m.Last;
                return m.IsActor ? StateOf(m.Mention.EntryId) ?? m.Mention.EntryId : m.Mention.EntryId;
            }

            if (_lexicon.PlaceAnaphors.TryGetValue(tokens[k].Lower, out var kind) && k > 0 && tokens[k - 1].Lower is "the" or "that" or "this")
            {
                end = k;
                return LastPlaceBefore(tokens[k].Start, kind);
            }
        }

        // No named object: the head noun phrase ("military bases").
        var words = new List<string>();
        for (var k = from; k < Math.Min(tokens.Count, from + 4); k++)
        {
            var t = tokens[k].Lower;
            if (!tokens[k].IsWord || Prepositions.Contains(t) || t is "and" or "or" or "to")
            {
                break;
            }

            if (t is not ("the" or "a" or "an" or "its" or "their"))
            {
                words.Add(t);
            }

            end = k;
        }

        return words.Count == 0 ? null : string.Join('-', words);
    }

    private string? LastPlaceBefore(int offset, NewsEvents.PlaceKind kind)
    {
        var last = LastMentionBefore(offset);
        for (var i = last; i >= 0 && i > last - MaxLookBack; i--)
        {
            var m = _allMentions[i];
            if (m.IsPlace && _places.TryGetValue(m.Mention.EntryId, out var p) && p.Kind == kind)
            {
                return p.Id;
            }
        }

        return null;
    }

}
