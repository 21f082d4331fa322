using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

using NewsEvents.Internal;

namespace NewsEvents.Entities;

/// <summary>Cue words for discovering people and unnamed sources and for telling places from governments (embedded <c>gazetteer/cues.json</c>).</summary>
/// <remarks>Immutable and thread-safe; loaded once.</remarks>
internal sealed class EntityCues
{
    private static readonly Lazy<EntityCues> DefaultInstance = new(Load);

    private EntityCues(JObject json)
    {
        Titles = new PhraseSet(Strings(json, "titles"));
        SpeechVerbs = Set(json, "speechVerbs");
        LocativeWords = Set(json, "locativeWords");
        UnnamedSourceNouns = Set(json, "unnamedSourceNouns");
        BodyWords = new PhraseSet(((JObject)json["bodyWords"]!).Properties().Select(p => p.Name), ((JObject)json["bodyWords"]!).Properties().ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal));
        DomainWords = new PhraseSet(((JObject)json["domainWords"]!).Properties().Select(p => p.Name), ((JObject)json["domainWords"]!).Properties().ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal));
        BodyModifiers = Set(json, "bodyModifiers");
        MinistryFillers = Set(json, "ministryFillers");
        AcronymsNeedingContext = Strings(json, "acronymsNeedingContext").ToFrozenSet(StringComparer.Ordinal);
        AcronymContextBefore = Set(json, "acronymContextBefore");
        AcronymContextAfter = Set(json, "acronymContextAfter");
        CoreferenceNouns = Set(json, "coreferenceNouns");
        NameParticles = Set(json, "nameParticles");
        NotNames = Set(json, "notNames");
    }

    public static EntityCues Default => DefaultInstance.Value;

    public PhraseSet Titles { get; }

    public FrozenSet<string> SpeechVerbs { get; }

    public FrozenSet<string> LocativeWords { get; }

    public FrozenSet<string> UnnamedSourceNouns { get; }

    public PhraseSet BodyWords { get; }

    public PhraseSet DomainWords { get; }

    public FrozenSet<string> BodyModifiers { get; }

    public FrozenSet<string> MinistryFillers { get; }

    public FrozenSet<string> AcronymsNeedingContext { get; }

    public FrozenSet<string> AcronymContextBefore { get; }

    public FrozenSet<string> AcronymContextAfter { get; }

    public FrozenSet<string> CoreferenceNouns { get; }

    public FrozenSet<string> NameParticles { get; }

    public FrozenSet<string> NotNames { get; }

    private static EntityCues Load()
    {
        using var reader = new JsonTextReader(new StringReader(EmbeddedData.Read("gazetteer.cues.json"))) { MaxDepth = 8 };
        return new EntityCues(JObject.Load(reader));
    }

    private static IEnumerable<string> Strings(JObject json, string name) => ((JArray)json[name]!).Select(t => (string)t!);

    private static FrozenSet<string> Set(JObject json, string name) => Strings(json, name).ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>A set of folded multi-word phrases matched longest-first at a token position, each with an optional value.</summary>
internal sealed class PhraseSet
{
    private readonly Internal.SpanMap<string> _phrases;

    // The word prefixes of the longer phrases ("prime" of "prime minister"): a match stops growing, and stops building keys,
    // as soon as its words begin no phrase. Keys are built in a buffer on the stack and looked up as spans.
    private readonly Internal.SpanMap<bool> _prefixes;

    // The longest phrase in characters: a longer key is neither a phrase nor a prefix of one.
    private readonly int _maxChars;

    public PhraseSet(IEnumerable<string> phrases, IReadOnlyDictionary<string, string>? values = null)
    {
        var dictionary = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var folded = TextFolding.FoldPhrase(phrase);
            dictionary[folded] = values is not null && values.TryGetValue(phrase, out var value) ? value : folded;
            var words = folded.Split(' ');
            MaxWords = Math.Max(MaxWords, words.Length);
            _maxChars = Math.Max(_maxChars, folded.Length);
            firstWords.Add(words[0]);
            for (var n = 1; n < words.Length; n++)
            {
                prefixes.Add(string.Join(' ', words, 0, n));
            }
        }

        _phrases = new Internal.SpanMap<string>(dictionary);
        _prefixes = new Internal.SpanMap<bool>(prefixes.Select(p => KeyValuePair.Create(p, true)));
        FirstWords = firstWords.ToFrozenSet(StringComparer.Ordinal);
    }

    public int MaxWords { get; }

    /// <summary>Gets the first words of the phrases: <see cref="Match"/> finds nothing at a token whose word is not one of them.</summary>
    public FrozenSet<string> FirstWords { get; }

    /// <summary>Finds the longest phrase starting at <paramref name="start"/>; returns its length in tokens (0 if none) and its value.</summary>
    public int Match(List<Token> tokens, int start, out string value)
    {
        value = string.Empty;
        var best = 0;
        Span<char> key = stackalloc char[_maxChars];
        var keyLength = 0;
        for (var length = 1; length <= MaxWords && start + length <= tokens.Count; length++)
        {
            var word = tokens[start + length - 1].FoldedSpan;
            var separator = length == 1 ? 0 : 1;
            if (keyLength + separator + word.Length > _maxChars)
            {
                break; // longer than every phrase: neither a phrase nor a prefix
            }

            if (separator == 1)
            {
                key[keyLength++] = ' ';
            }

            word.CopyTo(key[keyLength..]);
            keyLength += word.Length;
            if (TryGetPhrase(key[..keyLength], out var found))
            {
                best = length;
                value = found;
            }

            // Phrases do not run across punctuation other than a period after an abbreviation or a hyphen.
            if ((start + length < tokens.Count && tokens[start + length - 1].After is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”') ||
                !IsPrefix(key[..keyLength]))
            {
                break;
            }
        }

        return best;
    }

    private bool TryGetPhrase(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out string value) => _phrases.TryGetValue(key, out value);

    private bool IsPrefix(ReadOnlySpan<char> key) => _prefixes.TryGetValue(key, out _);
}
