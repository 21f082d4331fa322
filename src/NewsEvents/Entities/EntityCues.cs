using System;
using System.Collections.Frozen;
using System.Collections.Generic;
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
    private readonly FrozenDictionary<string, string> _phrases;

    // The word prefixes of the longer phrases ("prime" of "prime minister"): a match stops growing, and stops building keys,
    // as soon as its words begin no phrase.
    private readonly FrozenSet<string> _prefixes;

    public PhraseSet(IEnumerable<string> phrases, IReadOnlyDictionary<string, string>? values = null)
    {
        var dictionary = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var folded = TextFolding.FoldPhrase(phrase);
            dictionary[folded] = values is not null && values.TryGetValue(phrase, out var value) ? value : folded;
            var words = folded.Split(' ');
            MaxWords = Math.Max(MaxWords, words.Length);
            for (var n = 1; n < words.Length; n++)
            {
                prefixes.Add(string.Join(' ', words, 0, n));
            }
        }

        _phrases = dictionary.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
    }

    public int MaxWords { get; }

    /// <summary>Finds the longest phrase starting at <paramref name="start"/>; returns its length in tokens (0 if none) and its value.</summary>
    public int Match(IReadOnlyList<Token> tokens, int start, out string value)
    {
        value = string.Empty;
        var best = 0;
        var key = string.Empty;
        for (var length = 1; length <= MaxWords && start + length <= tokens.Count; length++)
        {
            key = length == 1 ? tokens[start].Folded : key + " " + tokens[start + length - 1].Folded;
            if (_phrases.TryGetValue(key, out var found))
            {
                best = length;
                value = found;
            }

            // Phrases do not run across punctuation other than a period after an abbreviation or a hyphen.
            if ((start + length < tokens.Count && tokens[start + length - 1].After is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”') ||
                !_prefixes.Contains(key))
            {
                break;
            }
        }

        return best;
    }
}
