using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using NewsEvents.Internal;

namespace NewsEvents.Entities;

/// <summary>The cue lists a folded word belongs to, as flags (one look-up per token answers every list).</summary>
[Flags]
internal enum WordCue
{
    None = 0,
    NotName = 1 << 0,
    NameParticle = 1 << 1,
    SpeechVerb = 1 << 2,
    Locative = 1 << 3,
    UnnamedSourceNoun = 1 << 4,
    BodyModifier = 1 << 5,
    MinistryFiller = 1 << 6,
    CoreferenceNoun = 1 << 7,
    AcronymContextBefore = 1 << 8,
    AcronymContextAfter = 1 << 9,
    CountryPlace = 1 << 10,
    Compass = 1 << 11,

    /// <summary>The word begins a title phrase ("rear" of "rear admiral", "general").</summary>
    TitleStart = 1 << 12,

    /// <summary>The word begins a government-body phrase ("armed" of "armed forces", "army").</summary>
    BodyWordStart = 1 << 13,

    /// <summary>The word begins a ministry-domain phrase ("foreign" of "foreign affairs", "defense").</summary>
    DomainWordStart = 1 << 14,
}

/// <summary>A folded word the resolver knows: its one shared string, its child of the exact name trie's root, and its cue lists.</summary>
/// <param name="Word">The folded word; tokens of this word share this string instead of allocating their own.</param>
/// <param name="ExactNode">The exact trie's node for names that begin with this word, or null when none does.</param>
/// <param name="Cues">The cue lists the word is in.</param>
internal sealed record LexiconWord(string Word, TrieNode? ExactNode, WordCue Cues);

/// <summary>
/// The folded words of a gazetteer's name trie (first words) and of the cue lists, looked up once per token by its folded
/// span: a known word costs neither a string nor the repeated hashing of one set look-up per rule.
/// </summary>
/// <remarks>Immutable once built, so concurrent readers are safe.</remarks>
internal sealed class WordLexicon
{
    // Most tokens (names, ordinary words) are no key: the table's bit filter turns them away before the table is read.
    private readonly SpanMap<LexiconWord> _words;

    /// <summary>Builds the lexicon of a name index, its cue lists and the extra word lists of the resolver.</summary>
    /// <param name="index">The name index whose exact trie's first words are listed.</param>
    /// <param name="cues">The cue lists.</param>
    /// <param name="extraLists">Further word lists with the flag each sets (the resolver's own lists).</param>
    public WordLexicon(NameIndex index, EntityCues cues, params (IEnumerable<string> Words, WordCue Cue)[] extraLists)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(cues);
        var nodes = index.Exact.Next ?? new Dictionary<string, TrieNode>(StringComparer.Ordinal);
        var flags = new Dictionary<string, WordCue>(StringComparer.Ordinal);
        foreach (var (words, cue) in CueLists(cues))
        {
            AddFlags(flags, words, cue);
        }

        foreach (var (words, cue) in extraLists)
        {
            AddFlags(flags, words, cue);
        }

        var all = new Dictionary<string, LexiconWord>(nodes.Count + flags.Count, StringComparer.Ordinal);
        foreach (var (word, node) in nodes)
        {
            all[word] = new LexiconWord(word, node, flags.GetValueOrDefault(word));
        }

        foreach (var (word, cue) in flags)
        {
            if (!all.ContainsKey(word))
            {
                all[word] = new LexiconWord(word, null, cue);
            }
        }

        _words = new SpanMap<LexiconWord>(all);
    }

    /// <summary>Gets the number of known words.</summary>
    public int Count => _words.Count;

    /// <summary>Finds a folded word given as a span (no string for it on .NET 9 and later).</summary>
    /// <param name="folded">The folded word.</param>
    /// <param name="word">The known word, when found.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryFind(ReadOnlySpan<char> folded, [MaybeNullWhen(false)] out LexiconWord word) => _words.TryGetValue(folded, out word);

    /// <summary>Finds a folded word given as a string.</summary>
    /// <param name="folded">The folded word.</param>
    /// <param name="word">The known word, when found.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryFind(string folded, [MaybeNullWhen(false)] out LexiconWord word) => _words.TryGetValue(folded, out word);

    private static IEnumerable<(IEnumerable<string> Words, WordCue Cue)> CueLists(EntityCues cues)
    {
        yield return (cues.NotNames, WordCue.NotName);
        yield return (cues.NameParticles, WordCue.NameParticle);
        yield return (cues.SpeechVerbs, WordCue.SpeechVerb);
        yield return (cues.LocativeWords, WordCue.Locative);
        yield return (cues.UnnamedSourceNouns, WordCue.UnnamedSourceNoun);
        yield return (cues.BodyModifiers, WordCue.BodyModifier);
        yield return (cues.MinistryFillers, WordCue.MinistryFiller);
        yield return (cues.CoreferenceNouns, WordCue.CoreferenceNoun);
        yield return (cues.AcronymContextBefore, WordCue.AcronymContextBefore);
        yield return (cues.AcronymContextAfter, WordCue.AcronymContextAfter);
        yield return (cues.Titles.FirstWords, WordCue.TitleStart);
        yield return (cues.BodyWords.FirstWords, WordCue.BodyWordStart);
        yield return (cues.DomainWords.FirstWords, WordCue.DomainWordStart);
    }

    private static void AddFlags(Dictionary<string, WordCue> flags, IEnumerable<string> words, WordCue cue)
    {
        foreach (var word in words)
        {
            flags[word] = flags.GetValueOrDefault(word) | cue;
        }
    }
}
