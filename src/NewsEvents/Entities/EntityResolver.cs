using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Linq;

namespace NewsEvents.Entities;

/// <summary>Whether a mention names an actor, a place or a source.</summary>
internal enum EntityCategory
{
    Actor,
    Place,
    Source,
}

/// <summary>How a mention matched its entry.</summary>
internal enum MatchKind
{
    Name,
    Alias,
    Demonym,
    Metonym,
    Fuzzy,
    Discovered,
    Coreference,
}

/// <summary>A span of article text resolved to a gazetteer or discovered entry.</summary>
/// <remarks>Mentions may nest: a government body ("Turkish Defense Ministry") contains the mention of its country ("Turkish").</remarks>
internal sealed record EntityMention(int Offset, int Length, string Text, string EntryId, EntityCategory Category, MatchKind Kind);

/// <summary>What entity resolution found in one article.</summary>
/// <param name="Mentions">Mentions in text order (outer before inner at the same offset).</param>
/// <param name="Actors">Actors mentioned, each with its canonical name first in its aliases, then the aliases seen.</param>
/// <param name="Places">Places mentioned, aliases as for actors.</param>
/// <param name="Sources">Sources mentioned in the text or credited, aliases as for actors.</param>
internal sealed record EntityResolution(
    ImmutableArray<EntityMention> Mentions,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Place> Places,
    ImmutableArray<Source> Sources);

/// <summary>
/// Finds actors, places and sources in an article's sentences: gazetteer names through a word trie, transliteration
/// variants through consonant skeletons, misspellings through a bounded edit distance, government bodies
/// ("&lt;country&gt; Defense Ministry"), people after titles or before speech verbs, unnamed sources, and
/// within-article coreference of surnames, role nouns ("the spokesman") and "the sources".
/// </summary>
/// <remarks>
/// Stateless and thread-safe; the work per article is linear in its length. Capital metonymy: a capital that may stand for its
/// government ("Ankara") is the city when a locative word precedes it ("in Ankara", "talks in Damascus", "strikes on Damascus")
/// or when it is a dateline alone on its line; otherwise ("Ankara supports", "Ankara’s", "between Ankara and Damascus") it is
/// the state. A country name is the place after "in", "inside", "across", "throughout", "into", "around", "near" (optionally
/// with a compass word: "in southern Syria") or as a possessive before a place ("Syria’s Suwayda province"); otherwise the state.
/// </remarks>
internal sealed class EntityResolver
{
    private static readonly HashSet<string> CountryPlaceWords = new(StringComparer.Ordinal)
    {
        "in", "inside", "within", "across", "throughout", "into", "around", "near", "outside", "over",
    };

    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "southern", "northern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north", "south", "east", "west", "the", "rural", "occupied", "war", "torn",
    };

    /// <summary>How many recent people "the spokesman" may refer back to.</summary>
    private const int MaxAntecedents = 32;

    /// <summary>How many distinct surface forms are listed per entity.</summary>
    private const int MaxAliasesSeen = 32;

    private readonly NameIndex _index;
    private readonly EntityCues _cues;
    private readonly WordLexicon _lexicon;

    public EntityResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        _index = gazetteer.Index;
        _cues = EntityCues.Default;
        _lexicon = new WordLexicon(_index, _cues, (CountryPlaceWords, WordCue.CountryPlace), (CompassWords, WordCue.Compass));
    }

    public Gazetteer Gazetteer { get; }

    public EntityResolution Resolve(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var state = new ArticleState(article.Text);
        var tokens = new List<Token>(TokensOfLongestSentence(article)); // one list for every sentence: a pass keeps no token after its sentence
        var pass = new SentencePass(this, state, tokens);
        var folds = new FoldBuffer(); // the folded unknown words of the sentence, without a string each
        foreach (var sentence in article.Sentences)
        {
            Tokenizer.Tokenize(article.Text, sentence.Offset, sentence.End, tokens, _lexicon, folds);
            pass.Run();
        }

        foreach (var credit in article.Credits.Concat(article.Relays))
        {
            ResolveCredit(state, credit);
        }

        return state.Build();
    }

    /// <summary>Estimates the tokens of the article's longest sentence from its length, generously, so that the token list seldom grows.</summary>
    private static int TokensOfLongestSentence(Article article)
    {
        var longest = 0;
        foreach (var sentence in article.Sentences)
        {
            longest = Math.Max(longest, sentence.End - sentence.Offset);
        }

        return longest / 5 + 4; // news words average about six characters with a space
    }

    private void ResolveCredit(ArticleState state, string credit)
    {
        var tokens = Tokenizer.Tokenize(credit, 0, credit.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            var node = _index.Exact;
            for (var j = i; j < tokens.Count && j - i < NameIndex.MaxAliasWords; j++)
            {
                if (node.Next is null || !node.Next.TryGetValue(tokens[j].Folded, out node!))
                {
                    break;
                }

                if (node.Targets is { } targets && targets.Where(t => _index.Entries[t.Entry].IsSource).ToList() is { Count: > 0 } sources)
                {
                    var entry = _index.Entries[_index.Best(sources).Entry];
                    state.AddSource(entry, credit.Substring(tokens[i].Start, tokens[j].End - tokens[i].Start));
                }
            }
        }
    }

    /// <summary>A gazetteer match over tokens [Start, End).</summary>
    private readonly record struct GazetteerMatch(int Start, int End, AliasTarget Target, bool Fuzzy);

    /// <summary>What one sentence pass knows about a token: its exact and approximate gazetteer matches (once computed) and the actor ending at it.</summary>
    /// <remarks>
    /// A match is kept as a code for <see cref="ArticleState.StoreMatch"/>: 0 not computed yet, -1 none, else a position in the
    /// sentence's list of matches. The slot stays small, so the article's one array is cheap to allocate and to clear.
    /// </remarks>
    private struct TokenSlot
    {
        public int Exact;
        public int Fuzzy;
        public string? ActorEndingAt;
    }

    /// <summary>A government body or unnamed source found after a country reference, over tokens [Start, End).</summary>
    private readonly record struct BodyReference(int End, string? BodyKey, int BodyEnd, bool Unnamed);

    /// <summary>Per-article state: mentions and what they resolved to, plus the antecedents for coreference.</summary>
    private sealed class ArticleState(string text)
    {
        // Sized for a typical article, so that few of them grow the tables.
        private readonly Dictionary<string, (Actor Actor, List<string> Seen)> _actors = new(16, StringComparer.Ordinal);
        private readonly Dictionary<string, (Place Place, List<string> Seen)> _places = new(8, StringComparer.Ordinal);
        private readonly Dictionary<string, (Source Source, List<string> Seen)> _sources = new(StringComparer.Ordinal);
        private readonly List<EntityMention> _mentions = new(text.Length / 48 + 4); // about one mention per line of news text: sized once

        public string Text { get; } = text;

        public Dictionary<string, string> NameParts { get; } = new(StringComparer.Ordinal);

        public List<(string Id, string Role)> People { get; } = [];

        public Dictionary<string, string> BodiesByKey { get; } = new(StringComparer.Ordinal);

        public string? LastMinistry { get; set; }

        public string? LastUnnamedSource { get; set; }

        /// <summary>Gets the per-token look-up slots for a sentence of <paramref name="count"/> tokens, cleared (one array for the whole article).</summary>
        public TokenSlot[] Slots(int count)
        {
            _matches.Clear();
            if (_slots.Length < count)
            {
                _slots = new TokenSlot[Math.Max(count, _slots.Length * 2)];
            }
            else
            {
                Array.Clear(_slots, 0, count);
            }

            return _slots;
        }

        private TokenSlot[] _slots = [];

        // The gazetteer matches of the current sentence, which its slots refer to by position.
        private readonly List<GazetteerMatch> _matches = new(16);

        /// <summary>Keeps a match of the current sentence and returns its slot code: -1 for none, else its position plus one.</summary>
        public int StoreMatch(GazetteerMatch? match)
        {
            if (match is not { } found)
            {
                return -1;
            }

            _matches.Add(found);
            return _matches.Count;
        }

        /// <summary>Returns the match of a slot code from <see cref="StoreMatch"/> (not 0).</summary>
        public GazetteerMatch? LoadMatch(int code) => code < 0 ? null : _matches[code - 1];

        /// <summary>
        /// Adds a mention of text [start, end) and returns its text, which the caller also lists as the alias seen; the caller
        /// passes that text when it already has it.
        /// </summary>
        public string AddMention(int start, int end, string id, EntityCategory category, MatchKind kind, string? text = null)
        {
            text ??= Text[start..end];
            _mentions.Add(new EntityMention(start, end - start, text, id, category, kind));
            return text;
        }

        public void AddActor(Actor actor, string seen)
        {
            if (!_actors.TryGetValue(actor.Id, out var item))
            {
                item = (actor, []);
                _actors[actor.Id] = item;
            }
            else if ((item.Actor.Role is null && actor.Role is not null) || (item.Actor.Affiliation is null && actor.Affiliation is not null))
            {
                item = (new Actor(item.Actor.Id, item.Actor.Name, item.Actor.Kind, default, item.Actor.Affiliation ?? actor.Affiliation, item.Actor.Role ?? actor.Role), item.Seen);
                _actors[actor.Id] = item;
            }

            AddSeen(item.Seen, seen);
        }

        /// <summary>
        /// Adds an alias seen for an actor the article already has, when adding the actor again would change nothing else
        /// (it has an affiliation whenever <paramref name="affiliation"/> is given); returns false when the actor must be added.
        /// </summary>
        public bool TryAddSeen(string actorId, string seen, string? affiliation)
        {
            if (!_actors.TryGetValue(actorId, out var item) || (affiliation is not null && item.Actor.Affiliation is null))
            {
                return false;
            }

            AddSeen(item.Seen, seen);
            return true;
        }

        public void SetAffiliation(string actorId, string affiliation)
        {
            if (_actors.TryGetValue(actorId, out var item) && item.Actor.Affiliation is null && actorId != affiliation)
            {
                _actors[actorId] = (new Actor(item.Actor.Id, item.Actor.Name, item.Actor.Kind, default, affiliation, item.Actor.Role), item.Seen);
            }
        }

        public void AddPlace(Place place, string seen)
        {
            if (!_places.TryGetValue(place.Id, out var item))
            {
                item = (place, []);
                _places[place.Id] = item;
            }

            AddSeen(item.Seen, seen);
        }

        public void AddSource(GazetteerEntry entry, string seen)
        {
            if (!_sources.TryGetValue(entry.Id, out var item))
            {
                var kind = entry.Type switch { EntryType.WireAgency => SourceKind.WireAgency, EntryType.Broadcaster => SourceKind.Broadcaster, _ => SourceKind.Outlet };
                item = (new Source(entry.Id, entry.Name, kind), []);
                _sources[entry.Id] = item;
            }

            AddSeen(item.Seen, seen);
        }

        public EntityResolution Build()
        {
            var actors = ImmutableArray.CreateBuilder<Actor>(_actors.Count);
            foreach (var (actor, seen) in _actors.Values)
            {
                actors.Add(actor with { Aliases = Aliases(actor.Name, seen) });
            }

            var places = ImmutableArray.CreateBuilder<Place>(_places.Count);
            foreach (var (place, seen) in _places.Values)
            {
                places.Add(place with { Aliases = Aliases(place.Name, seen) });
            }

            var sources = ImmutableArray.CreateBuilder<Source>(_sources.Count);
            foreach (var (source, seen) in _sources.Values)
            {
                sources.Add(new Source(source.Id, source.Name, source.Kind, Aliases(source.Name, seen)));
            }

            return new EntityResolution(SortedMentions(), actors.MoveToImmutable(), places.MoveToImmutable(), sources.MoveToImmutable());
        }

        /// <summary>Returns the mentions by offset, longer first at the same offset, otherwise in the order found (a stable sort).</summary>
        private ImmutableArray<EntityMention> SortedMentions()
        {
            // The resolver finds mentions nearly in text order: usually the list is already sorted and only needs copying.
            for (var i = 1; i < _mentions.Count; i++)
            {
                var (previous, current) = (_mentions[i - 1], _mentions[i]);
                if (previous.Offset > current.Offset || (previous.Offset == current.Offset && previous.Length < current.Length))
                {
                    return _mentions.OrderBy(m => m.Offset).ThenByDescending(m => m.Length).ToImmutableArray();
                }
            }

            return [.. _mentions];
        }

        private static ImmutableArray<string> Aliases(string name, List<string> seen)
        {
            // The name, then the other forms seen, in one array of the exact size.
            var count = 1;
            foreach (var alias in seen)
            {
                count += string.Equals(alias, name, StringComparison.Ordinal) ? 0 : 1;
            }

            var aliases = new string[count];
            aliases[0] = name;
            var n = 1;
            foreach (var alias in seen)
            {
                if (!string.Equals(alias, name, StringComparison.Ordinal))
                {
                    aliases[n++] = alias;
                }
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(aliases);
        }

        private static void AddSeen(List<string> seen, string text)
        {
            text = text.Trim();
            if (text.Length > 0 && seen.Count < MaxAliasesSeen && !ContainsOrdinal(seen, text))
            {
                seen.Add(text);
            }
        }

        private static bool ContainsOrdinal(List<string> list, string text)
        {
            foreach (var item in list)
            {
                if (string.Equals(item, text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A left-to-right pass over the words of each sentence in turn, as <paramref name="tokens"/> holds it (one object per article).</summary>
    private sealed class SentencePass(EntityResolver resolver, ArticleState state, List<Token> tokens)
    {
        // Per start token: whether the exact and approximate matches were computed, the matches, and the actor ending there
        // (an array: one look-up per token, no hashing; the article's one array, reused sentence after sentence).
        private TokenSlot[] _slots = [];

        private NameIndex Index => resolver._index;

        private EntityCues Cues => resolver._cues;

        private Gazetteer Gazetteer => resolver.Gazetteer;

        /// <summary>Resolves the sentence now in the token list.</summary>
        public void Run()
        {
            _slots = state.Slots(tokens.Count);
            var k = 0;
            while (k < tokens.Count)
            {
                if (tokens[k].IsArticle && k + 1 < tokens.Count)
                {
                    k++;
                    continue;
                }

                k = Step(k);
            }
        }

        /// <summary>Resolves what starts at token k and returns the index of the next token to look at.</summary>
        private int Step(int k)
        {
            if (ExactAt(k) is { } match)
            {
                return EmitGazetteerMatch(match);
            }

            // A known name in another transliteration ("Mohammad bin Salman") before any discovery of a new person.
            if (FuzzyAt(k) is { } variant && variant.End - variant.Start > 1)
            {
                return EmitGazetteerMatch(variant);
            }

            if (TryTitledPerson(k, out var next) || TrySpeakerPerson(k, out next) || TryNamePart(k, out next) ||
                TryBareBody(k, out next) || TryUnnamedSource(k, out next) || TryRoleCoreference(k, out next))
            {
                return next;
            }

            if (FuzzyAt(k) is { } fuzzy)
            {
                return EmitGazetteerMatch(fuzzy);
            }

            return k + 1;
        }

        // ---- gazetteer matching -------------------------------------------------------------------------------

        private GazetteerMatch? ExactAt(int start)
        {
            if (_slots[start].Exact != 0)
            {
                return state.LoadMatch(_slots[start].Exact);
            }

            GazetteerMatch? best = null;
            if (!tokens[start].IsArticle || start + 1 == tokens.Count)
            {
                var node = Index.Exact;
                var words = 0;
                for (var j = start; j < tokens.Count && words < NameIndex.MaxAliasWords; j++)
                {
                    if (j > start && tokens[j].IsArticle && j + 1 < tokens.Count)
                    {
                        continue;
                    }

                    if (Child(node, j, words) is not { } child)
                    {
                        break;
                    }

                    node = child;
                    words++;
                    if (node.Targets is { } targets && Valid(targets, start, j + 1, words) is { } target)
                    {
                        best = new GazetteerMatch(start, j + 1, target, false);
                    }

                    if (tokens[j].After is ',' or ';' or ':' or '"' or '“' or '”' or '!' or '?')
                    {
                        break;
                    }
                }
            }

            _slots[start].Exact = state.StoreMatch(best);
            return best;
        }

        /// <summary>The trie child of a node for token j; the first word's child comes with the token from the lexicon, with no look-up.</summary>
        private TrieNode? Child(TrieNode node, int j, int words)
        {
            if (words == 0)
            {
                return tokens[j].Known?.ExactNode;
            }

            return node.TryGetChild(tokens[j].FoldedSpan, out var child) ? child : null;
        }

        private AliasTarget? Valid(List<AliasTarget> targets, int start, int end, int words)
        {
            // The best valid target, ranked as NameIndex.Best ranks a list, without building the list.
            AliasTarget? best = null;
            foreach (var target in targets)
            {
                if (IsValid(target, start, end) && (best is not { } known || Index.IsBetter(target, known)))
                {
                    best = target;
                }
            }

            return best;
        }

        private bool IsValid(AliasTarget target, int start, int end)
        {
            var position = 0;
            for (var j = start; j < end; j++)
            {
                var token = tokens[j];
                if (j > start && token.IsArticle && j + 1 < end)
                {
                    continue;
                }

                if (target.Acronym)
                {
                    if (!(token.AllCaps || (token.FoldedText.Length == 1 && token.Capitalized)))
                    {
                        return false;
                    }
                }
                else if ((target.CapitalMask & (1UL << position)) != 0 && !token.Capitalized)
                {
                    return false;
                }

                position++;
            }

            if (!target.Acronym)
            {
                return true;
            }

            var first = tokens[start];
            var last = tokens[end - 1];
            var parenthesized = first.Before == '(' && last.After == ')';
            var shouting = (start > 0 && tokens[start - 1].AllCaps) || (end < tokens.Count && tokens[end].AllCaps);
            if (shouting && !parenthesized)
            {
                return false;
            }

            if (!target.NeedsContext || parenthesized)
            {
                return true;
            }

            var entry = Index.Entries[target.Entry];
            if (entry.IsSource && (first.Before is ',' or ':' or '(' or '|' || last.After is ',' or ')' or '|' or '\0'))
            {
                return true;
            }

            return (start > 0 && tokens[start - 1].Has(WordCue.AcronymContextBefore)) ||
                last.After is '-' or '|' ||
                (end < tokens.Count && tokens[end].Has(WordCue.AcronymContextAfter));
        }

        private GazetteerMatch? FuzzyAt(int start)
        {
            if (_slots[start].Fuzzy == 0)
            {
                var found = FindFuzzy(start);
                _slots[start].Fuzzy = state.StoreMatch(found);
                return found;
            }

            return state.LoadMatch(_slots[start].Fuzzy);
        }

        private GazetteerMatch? FindFuzzy(int start)
        {
            var token = tokens[start];
            if (!token.Capitalized || token.AllCaps || token.Has(WordCue.NotName) || TitleLength(start) > 0)
            {
                return null;
            }

            // Transliteration variants: every word capitalized, compared by consonant skeleton.
            var node = Index.Skeletons;
            GazetteerMatch? best = null;
            var length = 0;
            Span<char> skeleton = stackalloc char[64];
            for (var j = start; j < tokens.Count && j - start < NameIndex.MaxAliasWords; j++)
            {
                if (j > start && tokens[j].IsArticle && j + 1 < tokens.Count)
                {
                    continue;
                }

                if ((!tokens[j].Capitalized && !tokens[j].Has(WordCue.NameParticle)) || node.Next is null || !SkeletonChild(node, tokens[j].FoldedSpan, skeleton, out var child))
                {
                    break;
                }

                node = child;
                length += tokens[j].FoldedText.Length;
                if (node.Targets is { Count: > 0 } targets && length >= NameIndex.MinFuzzyLength)
                {
                    best = new GazetteerMatch(start, j + 1, Index.Best(targets), true);
                }

                if (tokens[j].After is ',' or ';' or ':')
                {
                    break;
                }
            }

            if (best is { } skeletonMatch && (skeletonMatch.End - skeletonMatch.Start > 1 ||
                (ClosestAliasDistance(skeletonMatch.Target.Entry, token.FoldedSpan) <= 2 &&
                 FitsFuzzyContext(start, Index.Entries[skeletonMatch.Target.Entry]))))
            {
                return skeletonMatch;
            }

            // Misspellings: one capitalized word not at the start of the sentence, within a distance that grows with length.
            if (start == 0 || token.FoldedText.Length < NameIndex.MinFuzzyLength)
            {
                return null;
            }

            var limit = token.FoldedText.Length >= 9 ? 2 : 1;
            (int Entry, int Distance)? found = null;
            foreach (var (entry, alias) in Index.FuzzyCandidates(token.FoldedSpan))
            {
                var distance = TextFolding.EditDistance(token.FoldedSpan, alias, limit);
                if (distance <= limit && (found is null || distance < found.Value.Distance ||
                    (distance == found.Value.Distance && Index.Entries[entry].Rank < Index.Entries[found.Value.Entry].Rank)))
                {
                    found = (entry, distance);
                }
            }

            return found is { } f && FitsFuzzyContext(start, Index.Entries[f.Entry]) ? new GazetteerMatch(start, start + 1, new AliasTarget(f.Entry, AliasForm.Alias, false, false, 1), true) : null;
        }

        // The child of a trie node for the skeleton of a word, which is built on the stack when it fits the buffer.
        private static bool SkeletonChild(TrieNode node, ReadOnlySpan<char> folded, Span<char> buffer, [MaybeNullWhen(false)] out TrieNode child) =>
            folded.Length <= buffer.Length
                ? node.TryGetChild(buffer[..TextFolding.Skeleton(folded, buffer)], out child)
                : node.TryGetChild(TextFolding.Skeleton(folded.ToString()), out child);

        /// <summary>The edit distance (up to 2) from a folded word to the closest name or alias of an entry; 0 for an entry without a name.</summary>
        private int ClosestAliasDistance(int entry, ReadOnlySpan<char> folded) =>
            Index.Entries[entry].Name.Length > 0 ? TextFolding.EditDistance(folded, ClosestAlias(entry, folded), 2) : 0;

        private string ClosestAlias(int entry, ReadOnlySpan<char> folded)
        {
            var e = Index.Entries[entry];
            var best = TextFolding.FoldPhrase(e.Name);
            var bestDistance = TextFolding.EditDistance(folded, best, 3);
            foreach (var alias in e.Aliases)
            {
                var candidate = TextFolding.FoldPhrase(alias);
                var distance = TextFolding.EditDistance(folded, candidate, 3);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }

            return best;
        }

        /// <summary>A single word matched only approximately must sit where its kind is expected: a place after a locative, a person after a title or before a speech verb.</summary>
        private bool FitsFuzzyContext(int start, GazetteerEntry entry) =>
            start > 0 && (entry.IsPlace
                ? IsLocative(start)
                : (TitleLength(start - 1) > 0 || (start + 1 < tokens.Count && tokens[start + 1].Has(WordCue.SpeechVerb))));

        private int EmitGazetteerMatch(GazetteerMatch match)
        {
            var entry = Index.Entries[match.Target.Entry];
            var start = SpanStart(match.Start);
            var end = tokens[match.End - 1].End;
            var kind = match.Fuzzy ? MatchKind.Fuzzy : match.Target.Form switch
            {
                AliasForm.Demonym => MatchKind.Demonym,
                AliasForm.Metonym => MatchKind.Metonym,
                AliasForm.Name => MatchKind.Name,
                _ => MatchKind.Alias,
            };

            // A country reference ("Turkish", "Türkiye’s", "Ankara", "the Damascus") may open a government body or an unnamed source.
            string? countryId = null;
            if (entry.Type == EntryType.Country)
            {
                countryId = entry.Id;
            }
            else if (entry.MetonymFor is { } metonymFor && entry.Type == EntryType.City && !IsLocative(match.Start) && !IsDateline(match))
            {
                countryId = metonymFor;
            }

            if (countryId is not null && ParseBody(match.End, countryId) is { } body)
            {
                var countryKind = entry.Type == EntryType.Country ? kind : MatchKind.Metonym;
                AddActorMention(start, end, Gazetteer.FindActor(countryId)!, countryKind, match.Start, match.End);
                return EmitBody(match.Start, start, body, countryId);
            }

            if (entry.Type == EntryType.Country)
            {
                var asPlace = match.Target.Form is AliasForm.Name or AliasForm.Alias && (CountryIsPlace(match.Start) || PossessiveBeforePlace(match));
                if (asPlace)
                {
                    AddPlaceMention(start, end, Gazetteer.FindPlace(entry.Id)!, kind);
                }
                else
                {
                    AddActorMention(start, end, Gazetteer.FindActor(entry.Id)!, kind, match.Start, match.End);
                }
            }
            else if (entry.Type == EntryType.City && entry.MetonymFor is { } metonymState && !IsDateline(match) && !IsLocative(match.Start) &&
                Gazetteer.FindActor(metonymState) is { } government)
            {
                AddActorMention(start, end, government, MatchKind.Metonym, match.Start, match.End);
            }
            else if (entry.IsPlace)
            {
                AddPlaceMention(start, end, Gazetteer.FindPlace(entry.Id)!, kind);
            }
            else if (entry.IsSource)
            {
                var seen = state.AddMention(start, end, entry.Id, EntityCategory.Source, kind);
                state.AddSource(entry, seen);
            }
            else if (Gazetteer.FindActor(entry.Id) is { } actor)
            {
                AddActorMention(start, end, actor, kind, match.Start, match.End);
                if (entry.Type == EntryType.Person)
                {
                    RememberPerson(actor.Id, actor.Role ?? string.Empty, match.Start, match.End, actor.Name);
                }
                else if (entry.Type == EntryType.Government)
                {
                    RememberBody(entry.Id);
                }
            }

            return AfterPerson(match.End, entry.Type == EntryType.Person ? entry.Id : null);
        }

        private int SpanStart(int tokenIndex)
        {
            // Include a dropped Arabic article before the match ("al-" in "al-Sharaa").
            var start = tokenIndex;
            if (start > 0 && tokens[start - 1].IsArticle && (tokens[start - 1].After == '-' || tokens[start - 1].Capitalized))
            {
                start--;
            }

            return tokens[start].Start;
        }

        private bool IsLocative(int tokenIndex) =>
            PreviousSkipping(tokenIndex, WordCue.Compass) is { } previous && tokens[previous].Has(WordCue.Locative) && !tokens[previous].Capitalized;

        private bool CountryIsPlace(int tokenIndex) =>
            PreviousSkipping(tokenIndex, WordCue.Compass) is { } previous && tokens[previous].Has(WordCue.CountryPlace);

        private int? PreviousSkipping(int tokenIndex, WordCue skip)
        {
            var i = tokenIndex - 1;
            var skipped = 0;
            while (i >= 0 && skipped < 2 && tokens[i].Has(skip) && !tokens[i].FoldedIs("the"))
            {
                i--;
                skipped++;
            }

            return i >= 0 ? i : null;
        }

        private bool PossessiveBeforePlace(GazetteerMatch match)
        {
            if (!tokens[match.End - 1].Possessive)
            {
                return false;
            }

            var next = match.End;
            while (next < tokens.Count && next - match.End < 2 && tokens[next].Has(WordCue.Compass))
            {
                next++;
            }

            return next < tokens.Count && ExactAt(next) is { } following && Index.Entries[following.Target.Entry] is { IsPlace: true, Type: not EntryType.Country };
        }

        private bool IsDateline(GazetteerMatch match) => match.Start == 0 && match.End == tokens.Count;

        // ---- government bodies and unnamed sources -----------------------------------------------------------

        /// <summary>Parses what follows a country reference: a ministry, army, government, and/or an unnamed-source noun.</summary>
        private BodyReference? ParseBody(int after, string? countryId)
        {
            var j = after;
            while (j < tokens.Count && j - after < 2 && tokens[j].Has(WordCue.BodyModifier) && !tokens[j].Possessive)
            {
                j++;
            }

            if (j >= tokens.Count)
            {
                return null;
            }

            string? key = null;
            var bodyEnd = j;
            if (tokens[j].FoldedIs("ministry") && j + 1 < tokens.Count && tokens[j + 1].FoldedIs("of"))
            {
                var words = new List<string>();
                var q = j + 2;
                while (q < tokens.Count && words.Count < 4)
                {
                    if (tokens[q].Has(WordCue.MinistryFiller))
                    {
                        q++;
                        continue;
                    }

                    if (!tokens[q].Capitalized && DomainLength(q, out _) != 1)
                    {
                        break;
                    }

                    words.Add(tokens[q].Folded);
                    q++;
                    if (tokens[q - 1].After is ',' or ';' or ':' or ')' or '(')
                    {
                        break;
                    }
                }

                if (words.Count > 0)
                {
                    key = DomainKey(words) + "-ministry";
                    bodyEnd = q;
                }
            }
            else
            {
                var words = new List<string>();
                var q = j;
                while (q < tokens.Count && words.Count < 3 && !tokens[q].FoldedIs("ministry") &&
                    (tokens[q].Capitalized || DomainLength(q, out _) > 0) && ExactAt(q) is null && !tokens[q].Possessive)
                {
                    words.Add(tokens[q].Folded);
                    q++;
                }

                if (q < tokens.Count && tokens[q].FoldedIs("ministry") && (words.Count > 0 || countryId is not null || q == j))
                {
                    key = words.Count > 0 ? DomainKey(words) + "-ministry" : countryId is null ? string.Empty : "government";
                    bodyEnd = q + 1;
                }
                else if (BodyWordLength(j, out var bodyKey) is > 0 and var length)
                {
                    key = bodyKey;
                    bodyEnd = j + length;
                }
                else if (DomainLength(j, out var domain) is > 0 and var domainLength &&
                    j + domainLength < tokens.Count && IsUnnamedNoun(j + domainLength))
                {
                    key = domain is "military" or "intelligence" or "government" ? domain : domain + "-ministry";
                    bodyEnd = j + domainLength;
                    return new BodyReference(bodyEnd + 1, key, bodyEnd, true);
                }
            }

            if (key is not null)
            {
                return new BodyReference(bodyEnd < tokens.Count && IsUnnamedNoun(bodyEnd) ? bodyEnd + 1 : bodyEnd, key, bodyEnd, bodyEnd < tokens.Count && IsUnnamedNoun(bodyEnd));
            }

            return countryId is not null && IsUnnamedNoun(j) ? new BodyReference(j + 1, null, j, true) : null;
        }

        private string DomainKey(List<string> words)
        {
            var phrase = string.Join(' ', words);
            var phraseTokens = Tokenizer.Tokenize(phrase, 0, phrase.Length);
            if (Cues.DomainWords.Match(phraseTokens, 0, out var value) == phraseTokens.Count)
            {
                return value;
            }

            return string.Join('-', words.Select(w => Cues.DomainWords.Match(Tokenizer.Tokenize(w, 0, w.Length), 0, out var v) == 1 ? v : w));
        }

        /// <summary>True when the word is "sources", "officials"… and no name follows it (else it is a title: "spokesperson Zeki Aktürk").</summary>
        private bool IsUnnamedNoun(int index) =>
            index < tokens.Count && tokens[index].Has(WordCue.UnnamedSourceNoun) &&
            !(index + 1 < tokens.Count && (tokens[index + 1].Capitalized && !tokens[index + 1].Has(WordCue.NotName) || TitleLength(index + 1) > 0));

        private int EmitBody(int firstToken, int spanStart, BodyReference body, string? countryId)
        {
            string? affiliation = countryId;
            if (body.BodyKey is { } key)
            {
                var bodyId = ResolveBodyId(key, countryId);
                if (bodyId is null)
                {
                    return body.End;
                }

                var bodyEndOffset = tokens[body.BodyEnd - 1].End;
                var text = state.Text[spanStart..bodyEndOffset];
                var known = Gazetteer.FindActor(bodyId);
                var kind = known is null ? MatchKind.Discovered : countryId is null ? MatchKind.Coreference : MatchKind.Alias;
                state.AddMention(spanStart, bodyEndOffset, bodyId, EntityCategory.Actor, kind, text);
                if (known is not null)
                {
                    state.AddActor(known, text);
                }
                else if (!state.TryAddSeen(bodyId, text, countryId))
                {
                    state.AddActor(new Actor(bodyId, text, ActorKind.Government, default, countryId), text);
                }
                _slots[body.BodyEnd - 1].ActorEndingAt = bodyId;
                RememberBody(bodyId);
                affiliation = bodyId;
            }

            if (body.Unnamed && affiliation is not null)
            {
                var end = tokens[body.End - 1].End;
                var text = state.Text[spanStart..end];
                EmitUnnamed(spanStart, end, affiliation, text);
            }

            return body.End;
        }

        private string? ResolveBodyId(string key, string? countryId)
        {
            if (countryId is not null)
            {
                return key.Length == 0 ? null : $"{countryId}-{key}";
            }

            // A body named without its country ("the Defense Ministry", "ministry officials") is the last one of that kind.
            if (key.Length == 0)
            {
                return state.LastMinistry;
            }

            return state.BodiesByKey.TryGetValue(key, out var id) ? id : null;
        }

        private void RememberBody(string bodyId)
        {
            // Register every suffix so "turkey-defense-ministry" answers both "defense-ministry" and "ministry".
            for (var hyphen = bodyId.IndexOf('-', StringComparison.Ordinal); hyphen >= 0; hyphen = bodyId.IndexOf('-', hyphen + 1))
            {
                state.BodiesByKey[bodyId[(hyphen + 1)..]] = bodyId;
            }

            if (bodyId.EndsWith("-ministry", StringComparison.Ordinal))
            {
                state.LastMinistry = bodyId;
            }
        }

        private void EmitUnnamed(int start, int end, string affiliation, string text)
        {
            var id = affiliation + "-sources";
            state.AddMention(start, end, id, EntityCategory.Actor, MatchKind.Discovered, text);
            if (!state.TryAddSeen(id, text, affiliation))
            {
                state.AddActor(new Actor(id, text, ActorKind.UnnamedSource, default, affiliation), text);
            }

            state.LastUnnamedSource = id;
        }

        private bool TryBareBody(int k, out int next)
        {
            next = k;
            if (!tokens[k].FoldedIs("ministry") && DomainLength(k, out _) == 0 && !(tokens[k].Capitalized && k + 1 < tokens.Count && tokens[k + 1].FoldedIs("ministry")))
            {
                return false;
            }

            // Without a country only ministries ("the Defense Ministry", "ministry officials") and "defense sources" resolve, to an antecedent.
            if (ParseBody(k, null) is not { } body || (body.BodyKey is null && !body.Unnamed) ||
                (body.BodyKey is { } bodyKey && bodyKey.Length > 0 && !bodyKey.EndsWith("-ministry", StringComparison.Ordinal) && !body.Unnamed))
            {
                return false;
            }

            if (body.BodyKey is { } key && ResolveBodyId(key, null) is null)
            {
                return false;
            }

            next = EmitBody(k, tokens[k].Start, body, null);
            return next > k;
        }

        private bool TryUnnamedSource(int k, out int next)
        {
            next = k;
            if (!IsUnnamedNoun(k))
            {
                return false;
            }

            // "the sources said": the last unnamed source of the article.
            if (k > 0 && tokens[k - 1].FoldedSpan is "the" or "these" or "those" && state.LastUnnamedSource is { } last)
            {
                var seen = state.AddMention(tokens[k - 1].Start, tokens[k].End, last, EntityCategory.Actor, MatchKind.Coreference);
                AddActorAlias(last, ActorKind.UnnamedSource, seen);
                next = k + 1;
                return true;
            }

            // "officials from Turkey’s National Defense Ministry": affiliation after the noun.
            if (k + 2 < tokens.Count && tokens[k + 1].FoldedSpan is "from" or "at" or "of" or "with" or "in" && ExactAt(k + 2) is { } match)
            {
                var entry = Index.Entries[match.Target.Entry];
                var country = entry.Type == EntryType.Country ? entry.Id : entry.MetonymFor;
                if (country is not null)
                {
                    var body = ParseBody(match.End, country);
                    var affiliation = body?.BodyKey is { } key ? $"{country}-{key}" : country;
                    var endToken = body?.BodyKey is not null ? body.Value.BodyEnd : match.End;
                    var end = tokens[endToken - 1].End;
                    EmitUnnamed(tokens[k].Start, end, affiliation, state.Text[tokens[k].Start..end]);
                    next = k + 1;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Adds an alias seen for an actor known by id: the gazetteer's actor, else the article's (a new actor named by its id
        /// would add nothing to it), else a new actor named by its id.
        /// </summary>
        private void AddActorAlias(string id, ActorKind kind, string seen)
        {
            if (Gazetteer.FindActor(id) is { } known)
            {
                state.AddActor(known, seen);
            }
            else if (!state.TryAddSeen(id, seen, null))
            {
                state.AddActor(new Actor(id, id, kind), seen);
            }
        }

        // ---- people --------------------------------------------------------------------------------------------

        private bool TryTitledPerson(int k, out int next)
        {
            next = k;
            if (TitleLength(k) is not (> 0 and var first) || k + first >= tokens.Count)
            {
                return false;
            }

            var q = k + first;
            var titleStarts = new List<int>(2) { k };
            while (q < tokens.Count && TitleLength(q) is > 0 and var length)
            {
                titleStarts.Add(q);
                q += length;
            }

            if (q >= tokens.Count)
            {
                return false;
            }

            var titleEnd = q;
            if (ExactAt(q) is { } known && Index.Entries[known.Target.Entry].Type == EntryType.Person)
            {
                next = q; // the gazetteer person is emitted by the next step
                return true;
            }

            if (FuzzyAt(q) is { } variant && variant.End - variant.Start > 1 && Index.Entries[variant.Target.Entry].Type == EntryType.Person)
            {
                next = q;
                return true;
            }

            var nameEnd = NameEnd(q);
            var count = nameEnd - q;
            if (count == 0)
            {
                return false;
            }

            var role = state.Text[tokens[k].Start..tokens[titleEnd - 1].End].TrimEnd('.', ',');
            var affiliation = k > 0 ? _slots[k - 1].ActorEndingAt ?? MinistryBefore(k) : null;
            if (count == 1)
            {
                if (!TryGetNamePart(q, out var id))
                {
                    return false;
                }

                var seen = state.AddMention(tokens[q].Start, tokens[q].End, id, EntityCategory.Actor, MatchKind.Coreference);
                AddActorAlias(id, ActorKind.Person, seen);
                next = AfterPerson(q + 1, id);
                return true;
            }

            var name = state.Text[tokens[q].Start..tokens[nameEnd - 1].End];
            var personId = EmitPerson(q, nameEnd, name, role, affiliation);

            // Every titled form is an alias as written: "Spokesman Rear Adm. Zeki Aktürk" and "Rear Adm. Zeki Aktürk".
            foreach (var titleStart in titleStarts)
            {
                AddActorAlias(personId, ActorKind.Person, state.Text[tokens[titleStart].Start..tokens[nameEnd - 1].End]);
            }
            next = AfterPerson(nameEnd, personId);
            return true;
        }

        /// <summary>Finds the person whose last name is the word at token k ("Aktürk" after "Zeki Aktürk").</summary>
        private bool TryGetNamePart(int k, [MaybeNullWhen(false)] out string id) => TrieNode.Lookup(state.NameParts, tokens[k].FoldedSpan, out id);

        private string? MinistryBefore(int k) => tokens[k - 1].FoldedIs("ministry") ? state.LastMinistry : null;

        private bool TrySpeakerPerson(int k, out int next)
        {
            next = k;
            if (!tokens[k].Capitalized || tokens[k].AllCaps || (k > 0 && tokens[k - 1].Capitalized && tokens[k - 1].After != ',') || tokens[k].Has(WordCue.NotName))
            {
                return false;
            }

            var nameEnd = NameEnd(k);
            if (nameEnd - k < 2 || nameEnd >= tokens.Count || !tokens[nameEnd].Has(WordCue.SpeechVerb))
            {
                return false;
            }

            var name = state.Text[tokens[k].Start..tokens[nameEnd - 1].End];
            var id = EmitPerson(k, nameEnd, name, null, null);
            next = AfterPerson(nameEnd, id);
            return true;
        }

        private bool TryNamePart(int k, out int next)
        {
            next = k;
            if (!tokens[k].Capitalized || !TryGetNamePart(k, out var id) || (k + 1 < tokens.Count && tokens[k + 1].Capitalized && !tokens[k].Possessive && tokens[k].After != ','))
            {
                return false;
            }

            var seen = state.AddMention(SpanStart(k), tokens[k].End, id, EntityCategory.Actor, MatchKind.Coreference);
            AddActorAlias(id, ActorKind.Person, seen);
            next = k + 1;
            return true;
        }

        private bool TryRoleCoreference(int k, out int next)
        {
            next = k;
            if (k == 0 || !tokens[k - 1].FoldedIs("the") || !tokens[k].Has(WordCue.CoreferenceNoun) ||
                (k + 1 < tokens.Count && tokens[k + 1].Capitalized))
            {
                return false;
            }

            var noun = Stem(tokens[k].Folded);
            // Only recent people are candidates, which also bounds the work per word on long texts.
            for (var i = state.People.Count - 1; i >= Math.Max(0, state.People.Count - MaxAntecedents); i--)
            {
                if (RoleHasNoun(state.People[i].Role, noun))
                {
                    var id = state.People[i].Id;
                    var seen = state.AddMention(tokens[k - 1].Start, tokens[k].End, id, EntityCategory.Actor, MatchKind.Coreference);
                    AddActorAlias(id, ActorKind.Person, seen);
                    next = k + 1;
                    return true;
                }
            }

            return false;
        }

        private static bool RoleHasNoun(string role, string noun)
        {
            foreach (var word in TextFolding.FoldPhrase(role).Split(' '))
            {
                if (Stem(word) == noun)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Stem(string word) => word switch
        {
            _ when word.StartsWith("spokes", StringComparison.Ordinal) => "spokes",
            "gen" => "general",
            "adm" => "admiral",
            "brig" => "brigadier",
            "col" => "colonel",
            "capt" => "captain",
            "cmdr" => "commander",
            _ => word,
        };

        /// <summary>Returns the length in tokens of the title at token k ("Rear Adm."), 0 if none.</summary>
        private int TitleLength(int k) => tokens[k].Has(WordCue.TitleStart) ? Cues.Titles.Match(tokens, k, out _) : 0;

        /// <summary>Returns the length in tokens of the ministry domain at token k ("foreign affairs"), 0 if none, and its key.</summary>
        private int DomainLength(int k, out string domain)
        {
            domain = string.Empty;
            return tokens[k].Has(WordCue.DomainWordStart) ? Cues.DomainWords.Match(tokens, k, out domain) : 0;
        }

        /// <summary>Returns the length in tokens of the government body at token k ("armed forces"), 0 if none, and its key.</summary>
        private int BodyWordLength(int k, out string body)
        {
            body = string.Empty;
            return tokens[k].Has(WordCue.BodyWordStart) ? Cues.BodyWords.Match(tokens, k, out body) : 0;
        }

        /// <summary>Returns the end of a run of name words from <paramref name="start"/>: capitalized words and particles, at most four, never a gazetteer non-person.</summary>
        private int NameEnd(int start)
        {
            var q = start;
            var capitalized = 0;
            while (q < tokens.Count && q - start < 5)
            {
                var token = tokens[q];
                var particle = token.Has(WordCue.NameParticle) && q + 1 < tokens.Count && tokens[q + 1].Capitalized && token.After is '-' or '\0' or ' ' || (token.Has(WordCue.NameParticle) && token.Capitalized);
                if (!(token.Capitalized || particle) || token.AllCaps && token.FoldedText.Length > 1 || token.Has(WordCue.NotName) ||
                    TitleLength(q) > 0 && !particle)
                {
                    break;
                }

                // Inside a name a single-word place is part of it ("Abdul Bari Omar"); other entries end the name.
                if (q > start && ExactAt(q) is { } inner && Index.Entries[inner.Target.Entry] is var innerEntry &&
                    innerEntry.Type != EntryType.Person && !(inner.End - inner.Start == 1 && innerEntry.Type is EntryType.Region or EntryType.City or EntryType.Area))
                {
                    break;
                }

                if (q == start && ExactAt(q) is { } first && Index.Entries[first.Target.Entry].Type != EntryType.Person)
                {
                    break;
                }

                if (!particle)
                {
                    capitalized++;
                }

                q++;
                if (token.After is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' || token.Possessive)
                {
                    break;
                }
            }

            // Do not end on a particle.
            while (q > start && tokens[q - 1].Has(WordCue.NameParticle) && !tokens[q - 1].Capitalized)
            {
                q--;
            }

            return capitalized == 0 ? start : q;
        }

        private string EmitPerson(int start, int end, string name, string? role, string? affiliation)
        {
            var parts = new List<string>();
            for (var i = start; i < end; i++)
            {
                parts.Add(tokens[i].Folded);
            }

            var id = string.Join('-', parts);
            if (Gazetteer.FindActor(id) is { Kind: not ActorKind.Person })
            {
                id += "-person";
            }

            var actor = Gazetteer.FindActor(id) ?? new Actor(id, name, ActorKind.Person, default, affiliation == id ? null : affiliation, role);
            state.AddMention(tokens[start].Start, tokens[end - 1].End, id, EntityCategory.Actor, MatchKind.Discovered, name);
            state.AddActor(actor, name);
            RememberPerson(id, role ?? string.Empty, start, end, name);
            return id;
        }

        private void RememberPerson(string id, string role, int start, int end, string name)
        {
            state.People.Add((id, role + " " + (Gazetteer.FindActor(id)?.Role ?? string.Empty)));
            if (end - start >= 2)
            {
                state.NameParts[tokens[end - 1].Folded] = id;
            }
        }


        /// <summary>After a person's name: "of the Center for Middle East Studies" names an organization the person belongs to.</summary>
        private int AfterPerson(int end, string? personId)
        {
            if (personId is null || end + 1 >= tokens.Count || !tokens[end].FoldedIs("of"))
            {
                return end;
            }

            var q = end + 1;
            if (tokens[q].FoldedIs("the"))
            {
                q++;
            }

            if (q < tokens.Count && ExactAt(q) is { } known && Index.Entries[known.Target.Entry].IsActor && Index.Entries[known.Target.Entry].Type != EntryType.Country)
            {
                return end;
            }

            var startOrg = q;
            var lastCapital = -1;
            while (q < tokens.Count && q - startOrg < 8 && (tokens[q].Capitalized || (lastCapital >= 0 && tokens[q].FoldedSpan is "for" or "of" or "and" or "the")))
            {
                if (tokens[q].Capitalized)
                {
                    lastCapital = q;
                }

                if (tokens[q].After is ',' or ';' or ':' or '(' or ')')
                {
                    q++;
                    break;
                }

                q++;
            }

            if (lastCapital - startOrg < 1)
            {
                return end;
            }

            var orgEnd = lastCapital + 1;
            var text = state.Text[tokens[startOrg].Start..tokens[orgEnd - 1].End];
            var id = TextFolding.Slug(text);
            var org = Gazetteer.FindActor(id) ?? new Actor(id, text, ActorKind.Organization);
            state.AddMention(tokens[startOrg].Start, tokens[orgEnd - 1].End, id, EntityCategory.Actor, MatchKind.Discovered, text);
            state.AddActor(org, text);
            state.SetAffiliation(personId, id);
            return orgEnd;
        }

        private void AddActorMention(int start, int end, Actor actor, MatchKind kind, int firstToken, int endToken)
        {
            var seen = state.AddMention(start, end, actor.Id, EntityCategory.Actor, kind);
            state.AddActor(actor, seen);
            _slots[endToken - 1].ActorEndingAt = actor.Id;
        }

        private void AddPlaceMention(int start, int end, Place place, MatchKind kind)
        {
            var seen = state.AddMention(start, end, place.Id, EntityCategory.Place, kind);
            state.AddPlace(place, seen);
        }
    }
}
