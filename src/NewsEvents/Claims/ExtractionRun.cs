using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Entities;

namespace NewsEvents.Claims;

/// <summary>The mutable, private state of one extraction over one article (never shared between threads).</summary>
internal sealed partial class ExtractionRun
{
    private const int MaxSentenceTokens = 400;
    private const int SubjectWindow = 25;
    private const int ObjectWindow = 15;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "from", "to", "by", "with", "of", "in", "at", "on", "for", "against", "between", "among", "into", "toward", "towards",
        "about", "over", "under", "near", "inside", "across", "around", "through", "within", "without", "including", "amid",
        "after", "before", "since", "during", "like", "than", "via", "behind", "beyond", "upon", "onto", "along",
    };

    private static readonly HashSet<string> ClauseStops = new(StringComparer.Ordinal)
    {
        ";", "that", "which", "who", "whom", "while", "whereas", "but", "because", "although", "though", "however", "when",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "been", "being", "be", "'s",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "inside", "across", "around", "into", "on", "outside", "throughout",
    };

    private readonly EventLexicon _lexicon;
    private readonly Article _article;

    // The article's id as the one reporting article of each event read from it: one array for all of them.
    private readonly ImmutableArray<string> _reporting;
    private readonly EntityResolution _entities;
    private readonly ImmutableArray<TemporalMention> _temporal;
    private readonly ImmutableArray<QuantityMention> _quantities;
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _places = new(StringComparer.Ordinal);
    private readonly List<SentenceView> _sentences = new();
    private readonly List<QuoteSpan> _quotes = new();
    private readonly List<Frame> _frames = new();
    private readonly List<string> _articleVia = new();

    // The attributions that carry the article's relays, by speaker and number of relays known (the list only grows).
    private readonly Dictionary<(string Speaker, int Relays), Attribution> _viaAttributions = [];
    private readonly List<AlignedMention> _allMentions = new();
    private readonly SentenceTokens _tokens;
    private List<TemporalMention>[] _temporalBySentence = [];
    private List<QuantityMention>[] _quantitiesBySentence = [];

    public ExtractionRun(EventLexicon lexicon, Article article, EntityResolution entities,
        ImmutableArray<TemporalMention> temporal, ImmutableArray<QuantityMention> quantities, SentenceTokens? tokens = null)
    {
        _lexicon = lexicon;
        _tokens = tokens ?? new SentenceTokens(article);
        _article = article;
        _reporting = [article.Id];
        _entities = entities;
        _temporal = temporal;
        _quantities = quantities;
        foreach (var a in entities.Actors.IsDefault ? ImmutableArray<Actor>.Empty : entities.Actors)
        {
            _actors.TryAdd(a.Id, a);
        }

        foreach (var p in entities.Places.IsDefault ? ImmutableArray<Place>.Empty : entities.Places)
        {
            _places.TryAdd(p.Id, p);
        }
    }

    public (ImmutableArray<Event> Events, ImmutableArray<Claim> Claims) Run()
    {
        PrepareSentences();
        FindQuotes();
        ResolveQuoteSpeakers();
        var framesBySentence = new List<Frame>[_sentences.Count];
        foreach (var s in _sentences)
        {
            var before = _frames.Count;
            FindFrames(s);
            framesBySentence[s.Index] = _frames.GetRange(before, _frames.Count - before);
        }

        _temporalBySentence = Bucket(_temporal, m => m.Offset);
        _quantitiesBySentence = Bucket(_quantities, q => q.Offset);
        foreach (var s in _sentences)
        {
            var frames = framesBySentence[s.Index];
            FoldFrames(s, frames);
            foreach (var f in frames)
            {
                if (f.AbsorbedInto is null)
                {
                    FillRoles(f, frames);
                }
            }
        }

        FindArticleRelays();
        foreach (var s in _sentences)
        {
            var frames = framesBySentence[s.Index];
            foreach (var f in frames)
            {
                if (f.AbsorbedInto is not null)
                {
                    continue;
                }

                f.Factuality = FactualityAt(s, f.First, f.Last);
                if (f.IsNoun)
                {
                    f.Factuality = f.Factuality with { Certainty = Weaker(f.Factuality.Certainty, ModalAfter(s, f.Last)) };
                }
            }

            AssignAttribution(s, frames);

            AttachTemporal(s, frames);
            AttachQuantities(s, frames);
            AttachPlaces(s, frames);
            FindTerms(s, frames);
        }

        return Assemble();
    }

    private List<T>[] Bucket<T>(ImmutableArray<T> items, Func<T, int> offsetOf) =>
        SentenceLookup.Bucket(_sentences.Count, i => _sentences[i].Sentence, items, offsetOf);

    private int SentenceIndexAt(int offset) => SentenceLookup.IndexAt(_sentences.Count, i => _sentences[i].Sentence, offset);

    private void PrepareSentences()
    {
        var mentions = (_entities.Mentions.IsDefault ? ImmutableArray<EntityMention>.Empty : _entities.Mentions)
            .Where(m => m.Length > 0 && m.Offset >= 0 && m.Offset + m.Length <= _article.Text.Length)
            .OrderBy(m => m.Offset).ThenByDescending(m => m.Length).ThenBy(m => m.EntryId, StringComparer.Ordinal)
            .ToList();
        var mi = 0;
        var index = 0;
        var sentences = _article.Sentences;
        foreach (var s in Enumerable.Range(0, sentences.Length).OrderBy(i => sentences[i].Offset))
        {
            var sentence = sentences[s];
            var tokens = _tokens[s];
            if (tokens.Count > MaxSentenceTokens)
            {
                tokens = tokens.GetRange(0, MaxSentenceTokens); // the shared list stays whole for the other phases
            }

            var at = new AlignedMention?[tokens.Count];
            var aligned = new List<AlignedMention>();
            while (mi < mentions.Count && mentions[mi].Offset < sentence.Offset)
            {
                mi++;
            }

            var mj = mi;
            var lastEnd = -1;
            while (mj < mentions.Count && mentions[mj].Offset < sentence.End)
            {
                var m = mentions[mj++];
                if (m.Offset < lastEnd || m.Offset + m.Length > sentence.End)
                {
                    continue; // overlapping or crossing mentions: keep the first, longest one
                }

                int first = -1, last = -1;
                for (var t = 0; t < tokens.Count; t++)
                {
                    if (tokens[t].Start >= m.Offset && tokens[t].End <= m.Offset + m.Length)
                    {
                        if (first < 0)
                        {
                            first = t;
                        }

                        last = t;
                    }
                    else if (tokens[t].Start >= m.Offset + m.Length)
                    {
                        break;
                    }
                }

                if (first < 0)
                {
                    continue;
                }

                // A mention never swallows a possessive ending.
                while (last > first && tokens[last].Lower == "'s")
                {
                    last--;
                }

                var a = new AlignedMention(m, first, last);
                aligned.Add(a);
                for (var t = first; t <= last; t++)
                {
                    at[t] = a;
                }

                lastEnd = m.Offset + m.Length;
            }

            _sentences.Add(new SentenceView(index++, sentence, tokens, at, aligned));
            _allMentions.AddRange(aligned);
        }
    }

    private void FindFrames(SentenceView s)
    {
        var tokens = s.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (_lexicon.StopPhrases.TryMatch(tokens, i, out var stopLength, out _))
            {
                i += stopLength;
                continue;
            }

            if (s.MentionAt[i] is null && _lexicon.Triggers.TryMatch(tokens, i, out var length, out var entry))
            {
                // "the strike zone", "an attack helicopter": a noun compound that names a thing is no event.
                if (length == 1 && i + 1 < tokens.Count && EventWords.Default.IsCompound(tokens[i].Lower, tokens[i + 1].Lower))
                {
                    i += 2;
                    continue;
                }

                _frames.Add(new Frame(s, i, i + length - 1, entry, entry.Ambiguous ? ReadsAsNoun(s, i, i + length - 1) : entry.IsNoun));
                i += length;
                continue;
            }

            i++;
        }
    }

    private static readonly HashSet<string> VerbCues = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "may", "might", "could", "can", "should", "must", "did", "does", "do", "not", "never", "also", "has", "have",
        "had", "is", "are", "was", "were", "he", "she", "it", "they", "we", "who", "n't", "already", "then", "and",
    };

    /// <summary>Decides whether a form that is both verb and noun ("request", "attack", "clash") is a noun here.</summary>
    private static bool ReadsAsNoun(SentenceView s, int first, int last)
    {
        if (first == 0)
        {
            return true; // "Clashes erupted ...", "Attacks continued ..."
        }

        var previous = s.Tokens[first - 1];
        if (s.MentionAt[first - 1] is { } m)
        {
            if (m.Mention.Kind == NewsEvents.Entities.MatchKind.Demonym)
            {
                return true; // "Israeli strikes"
            }

            // "Israel strikes Gaza" (object follows) versus "Israel strikes continued".
            var next = last + 1 < s.Tokens.Count ? s.Tokens[last + 1] : default;
            return !(next.IsWord && (s.MentionAt[last + 1] is not null || next.Lower is "the" or "a" or "an" or "its" or "their" or "on" or "with" or "for" or "from" or "to"));
        }

        if (VerbCues.Contains(previous.Lower) || previous.Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            return previous.Lower == "and" && s.Tokens.Count > first + 1 && !s.Tokens[first + 1].IsWord;
        }

        return true;
    }

    /// <summary>Folds triggers that do not start an event of their own into the frame they belong to.</summary>
    private void FoldFrames(SentenceView s, List<Frame> frames)
    {
        var tokens = s.Tokens;
        for (var k = 0; k < frames.Count; k++)
        {
            var f = frames[k];
            var previous = k > 0 ? frames[k - 1] : null;

            // "ceasefire agreement", "agreement signed", "providing training": adjacent triggers of one type are one frame.
            if (previous is not null && previous.AbsorbedInto is null && SameFamily(previous.Type, f.Type) &&
                f.First - previous.Last <= 3 && !HasBoundary(s, previous.Last + 1, f.First - 1, allowComma: previous.Type == EventType.ProvideSupport) &&
                !HasMention(s, previous.Last + 1, f.First - 1))
            {
                f.AbsorbedInto = previous;
                previous.Last = Math.Max(previous.Last, previous.Type == f.Type ? f.Last : previous.Last);
                continue;
            }

            // "agreed to refrain from ...": the verb introduces terms of a ceasefire or deal named in the same sentence.
            if (f.Type == EventType.Agree && f.IsVerb && f.Last + 1 < tokens.Count && tokens[f.Last + 1].Lower == "to")
            {
                var deal = frames.FirstOrDefault(o => o != f && o.AbsorbedInto is null && o.IsNoun &&
                                                      o.Type is EventType.Agree or EventType.Ceasefire);
                if (deal is not null)
                {
                    f.AbsorbedInto = deal;
                    continue;
                }
            }

            // Casualty words ("left 1,100 people dead") count the victims of the fighting or attack before them.
            if (f.Entry.Class is TriggerClass.Kill or TriggerClass.Injure && f.IsNoun)
            {
                var host = LastBefore(frames, k, o => o.AbsorbedInto is null &&
                    o.Type is EventType.Fight or EventType.Attack or EventType.Intervene or EventType.TakeOver);
                if (host is not null)
                {
                    f.AbsorbedInto = host;
                    continue;
                }
            }

            // What is requested is not an event of its own: "requested support to combat ...", "a request ... to help upgrade".
            var request = LastBefore(frames, k, o => o.AbsorbedInto is null && o.Entry.Class == TriggerClass.Request);
            if (request is not null && f.First - request.Last <= 20 &&
                !HasBoundary(s, request.Last + 1, f.First - 1, allowComma: f.Type == EventType.Fight) && !AfterResponseCue(s, request.First) &&
                !frames.Skip(frames.IndexOf(request) + 1).Take(k - frames.IndexOf(request) - 1).Any(o => o.Type == EventType.Statement))
            {
                if (f.Type == EventType.Fight ||
                    (f.Entry.Class == TriggerClass.Provide && f.First > 0 && tokens[f.First - 1].Lower is "to" or "in" or "for"))
                {
                    f.AbsorbedInto = request;
                    if (f.Entry.Class == TriggerClass.Provide)
                    {
                        request.Type = EventType.RequestSupport;
                    }

                    continue;
                }
            }

            // Support work that is fighting: "support in ... combating" is handled as a target cue, not as a Fight.
            var provide = LastBefore(frames, k, o => o.AbsorbedInto is null && o.Entry.Class == TriggerClass.Provide);
            if (provide is not null && f.Type == EventType.Fight && f.First - provide.Last <= 15 &&
                !HasBoundary(s, provide.Last + 1, f.First - 1, allowComma: true))
            {
                f.AbsorbedInto = provide;
            }
        }

        // "is seeking a defense agreement": the verb hedges the agreement (see the modal table) and is not a request of its own.
        foreach (var f in frames)
        {
            if (f.AbsorbedInto is not null || f.Entry.Class != TriggerClass.Request || !f.IsVerb)
            {
                continue;
            }

            var deal = frames.FirstOrDefault(o => o.AbsorbedInto is null && o.IsNoun && o.First > f.Last && o.First - f.Last <= 4 &&
                                                  o.Type is EventType.Agree or EventType.Ceasefire or EventType.Meet);
            if (deal is not null && _lexicon.PursuitVerbs.TryMatch(tokens, f.First, out _, out _) && !HasBoundary(s, f.Last + 1, deal.First - 1, allowComma: false))
            {
                f.AbsorbedInto = deal;
            }
        }

        foreach (var f in frames)
        {
            if (f.AbsorbedInto is null && f.Entry.Class == TriggerClass.Request && f.Type != EventType.RequestSupport && HasSupportObject(s, f))
            {
                f.Type = EventType.RequestSupport;
            }
        }
    }

    /// <summary>The last of the first <paramref name="count"/> frames that matches, as <c>frames.Take(count).LastOrDefault(match)</c> without enumerators.</summary>
    private static Frame? LastBefore(List<Frame> frames, int count, Func<Frame, bool> match)
    {
        for (var i = Math.Min(count, frames.Count) - 1; i >= 0; i--)
        {
            if (match(frames[i]))
            {
                return frames[i];
            }
        }

        return null;
    }

    private bool AfterResponseCue(SentenceView s, int index)
    {
        for (var i = Math.Max(0, index - 5); i < index; i++)
        {
            if (_lexicon.ResponseCues.TryMatch(s.Tokens, i, out var len, out _) && i + len <= index)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMention(SentenceView s, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < s.Tokens.Count; i++)
        {
            if (s.MentionAt[i] is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameFamily(EventType a, EventType b) =>
        a == b || (a == EventType.Ceasefire && b == EventType.Agree) || (a == EventType.Agree && b == EventType.Ceasefire);

    private bool HasSupportObject(SentenceView s, Frame f)
    {
        var tokens = s.Tokens;
        var end = Math.Min(tokens.Count - 1, f.Last + 10);
        for (var i = f.Last + 1; i <= end; i++)
        {
            if (tokens[i].Lower is ";" or "." or "\"")
            {
                break;
            }

            if (_lexicon.SupportObjects.TryMatch(tokens, i, out _, out _))
            {
                return true;
            }

            // A triggered provide verb inside the window ("to help upgrade") also marks support.
            if (_lexicon.Triggers.TryMatch(tokens, i, out _, out var e) && e.Class == TriggerClass.Provide && i > 0 && tokens[i - 1].Lower == "to")
            {
                return true;
            }
        }

        for (var i = Math.Max(0, f.First - 3); i < f.First; i++)
        {
            if (_lexicon.SupportObjects.TryMatch(tokens, i, out var len, out _) && i + len == f.First)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a clause boundary lies between two token positions (inclusive).</summary>
    private static bool HasBoundary(SentenceView s, int from, int to, bool allowComma)
    {
        for (var i = Math.Max(0, from); i <= to && i < s.Tokens.Count; i++)
        {
            var t = s.Tokens[i].Lower;
            if (t is ";" or ":" or "." or "?" or "!" || (!allowComma && t == ",") || (t == "that" && i > from))
            {
                return true;
            }
        }

        return false;
    }
}
