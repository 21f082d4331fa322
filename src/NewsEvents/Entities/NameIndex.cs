using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace NewsEvents.Entities;

/// <summary>How an alias refers to its entry.</summary>
internal enum AliasForm
{
    Name,
    Alias,
    Demonym,
    Metonym,
}

/// <summary>One alias of one entry as stored in the trie.</summary>
/// <param name="Entry">Index of the entry in <see cref="NameIndex.Entries"/>.</param>
/// <param name="Form">How the alias refers to the entry.</param>
/// <param name="Acronym">The alias is written in capitals ("SDF", "U.S."): the text must be in capitals too.</param>
/// <param name="NeedsContext">The acronym is also an English word or a common abbreviation ("IS", "US", "AA"): it needs a disambiguating context.</param>
/// <param name="CapitalMask">Bit i set: word i of the alias is capitalized, so the text word must be capitalized too.</param>
internal readonly record struct AliasTarget(int Entry, AliasForm Form, bool Acronym, bool NeedsContext, ulong CapitalMask);

/// <summary>A trie node keyed by folded words; read-only once built, so concurrent readers are safe.</summary>
internal sealed class TrieNode
{
    public Dictionary<string, TrieNode>? Next { get; set; }

    public List<AliasTarget>? Targets { get; set; }

    public TrieNode Child(string word)
    {
        Next ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
        if (!Next.TryGetValue(word, out var node))
        {
            node = new TrieNode();
            Next[word] = node;
        }

        return node;
    }

    /// <summary>Finds the child of a word given as a span (no string for it on .NET 9 and later).</summary>
    public bool TryGetChild(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TrieNode node)
    {
        if (Next is null)
        {
            node = null;
            return false;
        }

        return Lookup(Next, word, out node);
    }

    /// <summary>Looks a word given as a span up in an ordinal string dictionary.</summary>
    public static bool Lookup<T>(Dictionary<string, T> map, ReadOnlySpan<char> key, [MaybeNullWhen(false)] out T value)
    {
#if NET9_0_OR_GREATER
        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
        return map.TryGetValue(key.ToString(), out value);
#endif
    }
}

/// <summary>
/// The compiled name index of a gazetteer: a trie over folded words (exact names), a trie over consonant skeletons
/// (transliteration variants) and a single-deletion index (misspellings). Lookups cost O(words of the longest alias)
/// per text position, independent of the number of entries.
/// </summary>
internal sealed class NameIndex
{
    /// <summary>The number of alias words the matcher looks ahead at most.</summary>
    public const int MaxAliasWords = GazetteerJson.MaxAliasWords;

    /// <summary>Minimum folded length of a text word or alias for skeleton and edit-distance matching.</summary>
    public const int MinFuzzyLength = 5;

    private readonly Dictionary<string, List<(int Entry, string Alias)>> _deletions = new(StringComparer.Ordinal);

    public NameIndex(ImmutableArray<GazetteerEntry> entries, EntityCues cues)
    {
        Entries = entries;
        Exact = new TrieNode();
        Skeletons = new TrieNode();
        for (var e = 0; e < entries.Length; e++)
        {
            var entry = entries[e];
            Add(e, entry.Name, AliasForm.Name, cues);
            foreach (var alias in entry.Aliases)
            {
                Add(e, alias, AliasForm.Alias, cues);
            }

            foreach (var demonym in entry.Demonyms)
            {
                Add(e, demonym, AliasForm.Demonym, cues);
            }

            foreach (var metonym in entry.Metonyms)
            {
                Add(e, metonym, AliasForm.Metonym, cues);
            }
        }
    }

    public ImmutableArray<GazetteerEntry> Entries { get; }

    public TrieNode Exact { get; }

    public TrieNode Skeletons { get; }

    /// <summary>Returns true when fuzzy (skeleton or edit-distance) matching may map text onto an entry of this type.</summary>
    public static bool AllowsFuzzy(EntryType type) => type is EntryType.Person or EntryType.Region or EntryType.City or EntryType.Area or EntryType.Facility;

    /// <summary>Splits an alias into the folded words the trie uses: Arabic articles are dropped ("al-Sharaa" → "sharaa").</summary>
    public static List<Token> KeyTokens(string alias)
    {
        var tokens = Tokenizer.Tokenize(alias, 0, alias.Length);
        tokens.RemoveAll(t => t.IsArticle && tokens.Count > 1);
        return tokens;
    }

    /// <summary>
    /// Picks the best of several targets: an entry from a later user layer first, then the lowest entry rank
    /// (<see cref="GazetteerEntry.Rank"/>), then the most direct form (name, alias, demonym, metonym), then the later entry.
    /// </summary>
    public AliasTarget Best(IReadOnlyList<AliasTarget> targets)
    {
        var best = targets[0];
        for (var i = 1; i < targets.Count; i++)
        {
            if (IsBetter(targets[i], best))
            {
                best = targets[i];
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="t"/> beats <paramref name="best"/> as <see cref="Best"/> ranks them (a later target wins only when it is better).</summary>
    public bool IsBetter(AliasTarget t, AliasTarget best)
    {
        var (layer, bestLayer) = (Entries[t.Entry].Layer, Entries[best.Entry].Layer);
        var (rank, bestRank) = (Entries[t.Entry].Rank, Entries[best.Entry].Rank);
        return layer > bestLayer || (layer == bestLayer && (rank < bestRank || (rank == bestRank && (t.Form < best.Form || (t.Form == best.Form && t.Entry > best.Entry)))));
    }

    /// <summary>Finds entries whose aliases fold to a word within the allowed edit distance of <paramref name="folded"/>.</summary>
    public List<(int Entry, string Alias)> FuzzyCandidates(ReadOnlySpan<char> folded)
    {
        // The word itself, then the word without each of its characters, in the order Deletions lists them; each
        // candidate once, where it is first found. The variants are built on the stack.
        var found = new List<(int Entry, string Alias)>();
        HashSet<(int, string)>? seen = null;
        AddCandidates(folded, found, ref seen);
        Span<char> variant = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[..i].CopyTo(variant);
            folded[(i + 1)..].CopyTo(variant[i..]);
            AddCandidates(variant[..^1], found, ref seen);
        }

        return found;
    }

    private void AddCandidates(ReadOnlySpan<char> variant, List<(int Entry, string Alias)> found, ref HashSet<(int, string)>? seen)
    {
        if (TrieNode.Lookup(_deletions, variant, out var list))
        {
            foreach (var item in list)
            {
                if ((seen ??= []).Add(item))
                {
                    found.Add(item);
                }
            }
        }
    }

    /// <summary>Lists every alias key that names more than one entry with the same priority: the ambiguities no rule settles.</summary>
    public IReadOnlyList<(string Key, string[] Ids)> Ambiguities()
    {
        var result = new List<(string, string[])>();
        Walk(Exact, string.Empty, result);
        return result;
    }

    private void Walk(TrieNode node, string key, List<(string, string[])> result)
    {
        if (node.Targets is { Count: > 1 } targets)
        {
            var best = Best(targets);
            var ties = targets
                .Where(t => Entries[t.Entry].Layer == Entries[best.Entry].Layer && Entries[t.Entry].Rank == Entries[best.Entry].Rank && t.Form == best.Form)
                .Select(t => Entries[t.Entry].Id)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (ties.Length > 1)
            {
                result.Add((key, ties));
            }
        }

        if (node.Next is not null)
        {
            foreach (var (word, child) in node.Next)
            {
                Walk(child, key.Length == 0 ? word : key + " " + word, result);
            }
        }
    }

    private void Add(int entry, string alias, AliasForm form, EntityCues cues)
    {
        var tokens = KeyTokens(alias);
        if (tokens.Count == 0 || tokens.Count > MaxAliasWords)
        {
            return;
        }

        var letters = alias.Where(char.IsLetter).ToArray();
        var acronym = letters.Length >= 2 && letters.All(char.IsUpper) && tokens.All(t => t.Folded.Length <= 6);
        var compact = new string(letters);
        var needsContext = acronym && cues.AcronymsNeedingContext.Contains(compact);
        ulong mask = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Capitalized)
            {
                mask |= 1UL << i;
            }
        }

        var target = new AliasTarget(entry, form, acronym, needsContext, mask);
        var node = Exact;
        foreach (var token in tokens)
        {
            node = node.Child(token.Folded);
        }

        node.Targets ??= new List<AliasTarget>();
        if (!node.Targets.Contains(target))
        {
            node.Targets.Add(target);
        }

        var entryType = Entries[entry].Type;
        if (acronym || form != AliasForm.Name && form != AliasForm.Alias || !AllowsFuzzy(entryType))
        {
            return;
        }

        var folded = string.Join(' ', tokens.Select(t => t.Folded));
        if (folded.Length < MinFuzzyLength)
        {
            return;
        }

        var skeletons = tokens.Select(t => TextFolding.Skeleton(t.Folded)).ToList();
        if (skeletons.All(s => s.Length >= 2) && skeletons.Any(s => s.Length >= 3))
        {
            var skeletonNode = Skeletons;
            foreach (var skeleton in skeletons)
            {
                skeletonNode = skeletonNode.Child(skeleton);
            }

            skeletonNode.Targets ??= new List<AliasTarget>();
            if (!skeletonNode.Targets.Contains(target))
            {
                skeletonNode.Targets.Add(target);
            }
        }

        if (tokens.Count == 1)
        {
            foreach (var variant in Deletions(folded))
            {
                if (!_deletions.TryGetValue(variant, out var list))
                {
                    list = new List<(int, string)>();
                    _deletions[variant] = list;
                }

                if (!list.Contains((entry, folded)))
                {
                    list.Add((entry, folded));
                }
            }
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
