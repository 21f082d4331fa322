using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Claims;

/// <summary>What role a trigger's lexical class plays in frame building.</summary>
internal enum TriggerClass
{
    None,
    Request,
    Provide,
    Fight,
    Attack,
    Agree,
    Statement,
    Meet,
    Kill,
    Injure,
}

/// <summary>One lexicon entry: a word or phrase that evokes an event type.</summary>
internal sealed record TriggerEntry(EventType Type, string Lemma, TriggerClass Class, bool IsNoun, bool Ambiguous = false);

/// <summary>Phrases (sequences of lower-case tokens) with values, matched longest first at a token position.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class PhraseTable<T>
{
    public const int MaxPhraseTokens = 6;
    private readonly Internal.SpanMap<ImmutableArray<(ImmutableArray<string> Tokens, T Value)>> _byFirst;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        var map = new Dictionary<string, List<(ImmutableArray<string>, T)>>(StringComparer.Ordinal);
        foreach (var (phrase, value) in entries)
        {
            var tokens = ClaimTokenizer.Split(phrase);
            if (tokens.IsEmpty || tokens.Length > MaxPhraseTokens)
            {
                continue;
            }

            if (!map.TryGetValue(tokens[0], out var list))
            {
                list = new List<(ImmutableArray<string>, T)>();
                map[tokens[0]] = list;
            }

            // A later entry for the same phrase overrides an earlier one (user lexicons layer over the default).
            list.RemoveAll(e => e.Item1.SequenceEqual(tokens));
            list.Add((tokens, value));
        }

        _byFirst = new Internal.SpanMap<ImmutableArray<(ImmutableArray<string> Tokens, T Value)>>(
            map.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.OrderByDescending(e => e.Item1.Length).ToImmutableArray())));
    }

    /// <summary>Finds the longest phrase starting at a token.</summary>
    public bool TryMatch(List<Token> tokens, int index, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (index < 0 || index >= tokens.Count || !_byFirst.TryGetValue(tokens[index].Lower, out var candidates))
        {
            return false;
        }

        foreach (var (phrase, v) in candidates)
        {
            if (index + phrase.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < phrase.Length && ok; k++)
            {
                ok = string.Equals(tokens[index + k].Lower, phrase[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                length = phrase.Length;
                value = v;
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a phrase ends exactly at a token (inclusive end), looking back at most <see cref="MaxPhraseTokens"/> tokens.</summary>
    public bool EndsAt(List<Token> tokens, int lastIndex, out int start, out T value)
    {
        for (var s = Math.Max(0, lastIndex - MaxPhraseTokens + 1); s <= lastIndex; s++)
        {
            if (TryMatch(tokens, s, out var len, out value) && s + len - 1 == lastIndex)
            {
                start = s;
                return true;
            }
        }

        start = -1;
        value = default!;
        return false;
    }
}

/// <summary>
/// The event lexicon: trigger verbs and nominalizations mapped to event types, plus the cue words the extractor
/// uses for roles, attribution, factuality and agreement terms. Loaded from an embedded JSON resource.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> DefaultInstance = new(LoadDefault);
    private readonly JObject _document;

    private EventLexicon(JObject document)
    {
        _document = document;
        var triggers = new List<(string, TriggerEntry)>();
        foreach (var entry in Array(document, "events").OfType<JObject>())
        {
            var typeName = (string?)entry["type"] ?? throw new FormatException("lexicon: an event entry has no \"type\"");
            if (!Enum.TryParse<EventType>(typeName, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                throw new FormatException("lexicon: event type was \"" + typeName + "\": must be an EventType name");
            }

            var lemma = (string?)entry["lemma"] ?? typeName.ToLowerInvariant();
            var className = (string?)entry["class"] ?? "none";
            if (!Enum.TryParse<TriggerClass>(className, ignoreCase: true, out var triggerClass))
            {
                throw new FormatException("lexicon: class was \"" + className + "\": must be a trigger class");
            }

            triggers.AddRange(Strings(entry["verbs"]).Select(v => (v, new TriggerEntry(type, lemma, triggerClass, false))));
            triggers.AddRange(Strings(entry["nouns"]).Select(v => (v, new TriggerEntry(type, lemma, triggerClass, true))));
        }

        // A form listed both as verb and as noun of one event ("request", "attack", "clash") is decided in context.
        var merged = triggers.GroupBy(t => t.Item1, StringComparer.Ordinal).Select(g =>
        {
            var last = g.Last();
            var ambiguous = g.Any(t => t.Item2.IsNoun) && g.Any(t => !t.Item2.IsNoun);
            return (last.Item1, ambiguous ? last.Item2 with { IsNoun = true, Ambiguous = true } : last.Item2);
        });
        Triggers = new PhraseTable<TriggerEntry>(merged);
        SupportObjects = Set("supportObjects");
        TargetCues = Set("targetCues");
        LightVerbs = Set("lightVerbs");
        ReceiveVerbs = Set("receiveVerbs");
        MediatorCues = Set("mediatorCues");
        ResponseCues = Set("responseCues");
        Negations = Set("negations");
        StopPhrases = Set("stopPhrases");
        QuoteSpeechVerbs = Set("quoteSpeechVerbs");
        PursuitVerbs = Set("pursuitVerbs");
        Hedges = new PhraseTable<Certainty>(Map<Certainty>("hedges"));
        Modals = new PhraseTable<Certainty>(Map<Certainty>("modals"));
        TermsVerbs = new PhraseTable<Polarity>(Map<Polarity>("termsVerbs"));
        PlaceAnaphors = Map<PlaceKind>("placeAnaphors").ToImmutableDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
        var content = new List<(string, string)>();
        if (document["contentVerbs"] is JObject cv)
        {
            foreach (var p in cv.Properties())
            {
                content.Add((p.Name, p.Name));
                content.AddRange(Strings(p.Value).Select(form => (form, p.Name)));
            }
        }

        ContentVerbs = new PhraseTable<string>(content);
        Frames = new FrameLexicon(document);
    }

    /// <summary>Gets the frames of general news with their slots and word classes.</summary>
    public FrameLexicon Frames { get; }

    /// <summary>Gets the embedded default lexicon, loaded once.</summary>
    public static EventLexicon Default => DefaultInstance.Value;

    public PhraseTable<TriggerEntry> Triggers { get; }

    public PhraseTable<bool> SupportObjects { get; }

    public PhraseTable<bool> TargetCues { get; }

    public PhraseTable<bool> LightVerbs { get; }

    public PhraseTable<bool> ReceiveVerbs { get; }

    public PhraseTable<bool> MediatorCues { get; }

    public PhraseTable<bool> ResponseCues { get; }

    public PhraseTable<bool> Negations { get; }

    public PhraseTable<bool> StopPhrases { get; }

    public PhraseTable<bool> QuoteSpeechVerbs { get; }

    /// <summary>Gets verbs that, before a deal or talks noun, mark pursuit of that event rather than a request ("seeking a defense agreement").</summary>
    public PhraseTable<bool> PursuitVerbs { get; }

    public PhraseTable<Certainty> Hedges { get; }

    public PhraseTable<Certainty> Modals { get; }

    public PhraseTable<Polarity> TermsVerbs { get; }

    public PhraseTable<string> ContentVerbs { get; }

    public FrozenDictionary<string, PlaceKind> PlaceAnaphors { get; }

    /// <summary>Parses a lexicon from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="FormatException">The JSON is not a valid lexicon.</exception>
    public static EventLexicon Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new EventLexicon(ParseObject(json, "lexicon"));
    }

    /// <summary>Layers user JSON over this lexicon: lists are extended, maps and event entries are added to or override.</summary>
    /// <param name="json">User lexicon JSON with the same shape as the embedded one (any subset of its sections).</param>
    /// <returns>The combined lexicon.</returns>
    /// <exception cref="FormatException">The JSON is not a valid lexicon.</exception>
    public EventLexicon WithUserJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var user = ParseObject(json, "user lexicon");
        var merged = (JObject)_document.DeepClone();
        merged.Merge(user, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Concat });
        return new EventLexicon(merged);
    }

    // The frames of general news live in their own file for readability; they merge into one document with the events.
    private static EventLexicon LoadDefault()
    {
        var document = ParseObject(Internal.EmbeddedData.Read("lexicon.events.json"), "lexicon");
        document.Merge(ParseObject(Internal.EmbeddedData.Read("lexicon.frames.json"), "frames lexicon"));
        return new EventLexicon(document);
    }

    private static JObject ParseObject(string json, string what)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new FormatException(what + " is not valid JSON at line " + e.LineNumber + ", position " + e.LinePosition + ": " + e.Message, e);
        }
    }

    private static IEnumerable<JToken> Array(JObject document, string name) => document[name] as JArray ?? new JArray();

    internal static IEnumerable<string> Strings(JToken? token) =>
        token is JArray a ? a.Select(t => (string?)t).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!) : Enumerable.Empty<string>();

    private PhraseTable<bool> Set(string name) => new(Strings(_document[name]).Select(s => (s, true)));

    private IEnumerable<(string, T)> Map<T>(string name)
        where T : struct, Enum
    {
        if (_document[name] is not JObject map)
        {
            yield break;
        }

        foreach (var p in map.Properties())
        {
            var text = (string?)p.Value;
            if (!Enum.TryParse<T>(text, ignoreCase: true, out var value) || !Enum.IsDefined(value))
            {
                throw new FormatException("lexicon: " + name + "." + p.Name + " was \"" + text + "\": must be a " + typeof(T).Name + " name");
            }

            yield return (p.Name, value);
        }
    }
}
