using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Claims;
using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Links the story events of articles that tell one story, the way topic detection and tracking does: each story is a
/// TF-IDF vector of what its headline and lead say (content words, names written capitalized weigh double) plus the names
/// its story slots carry and its frame; two stories are candidates when they share a word that few articles use, and
/// they join by average linkage: the pair's cosine must reach <see cref="EdgeThreshold"/> and the mean similarity of the
/// two groups' members (a pair without shared rare words counts as 0) must reach <see cref="AverageThreshold"/>, and at
/// least <see cref="StrongShare"/> of the member pairs must be similar enough to link on their own. A pair whose leads each
/// name someone the other article never mentions (two players of one team arrested on one charge) counts as dissimilar.
/// </summary>
/// <remarks>
/// Average linkage keeps a day of mixed news apart: two earthquakes in different countries share "quake", "magnitude"
/// and "killed", which every quake story says and so weigh little, while their places, names and figures weigh much and
/// differ; one article that mentions both never chains them, since it must resemble each whole group. Words that very
/// many stories share (<see cref="MaxPostings"/>) do not make candidates. Processing order is canonical (article id), so
/// the result does not depend on input order.
/// </remarks>
internal static class StoryLinker
{
    public const double EdgeThreshold = 0.15;
    public const double AverageThreshold = 0.16;

    // Two groups join only when at least this share of their member pairs are themselves similar enough to link.
    public const double StrongShare = 0.5;
    private const int LeadSentences = 4;

    // Trigger words of the frames ("quake", "killed", "jury") tell the kind of story, not which one: they weigh little.
    private const double KindWeight = 0.3;
    private const int MaxLeadTokens = 400;
    private const int MaxPostings = 400;

    // A small corpus (one story's ten articles) says little about how rare a word is: document frequencies are read as if
    // this many other articles, none of them using the word, had been seen too.
    private const double PriorDocuments = 1000;

    public static (Dictionary<(string Article, string Event), Event> ByMember, List<Event> Events, Dictionary<string, Focus> Foci) Link(IReadOnlyList<ArticleAnalysis> analyses, int degree = 1)
    {
        // Each article's story terms and lead focus read only that article: on every core, gathered in the articles' order.
        var perArticle = Parallelism.Map(analyses, analysis => analysis.Events.Where(e => e.IsStory)
            .Select(story => (analysis.Article.Id, story, Terms(analysis, story), Focus.Of(analysis, story))).ToList(), degree, chunk: 16);
        var items = new List<(string ArticleId, Event Story, Dictionary<string, double> Terms, Focus Focus)>();
        foreach (var own in perArticle)
        {
            items.AddRange(own);
        }

        items.Sort((a, b) => string.CompareOrdinal(a.ArticleId, b.ArticleId) is var c and not 0 ? c : string.CompareOrdinal(a.Story.Id, b.Story.Id));
        var vectors = Vectorize(items.Select(i => i.Terms).ToList(), out var postings);
        var edges = Candidates(vectors, postings, degree);

        // Two incidents of one kind share the story's words ("Chargers", "arrested", "DUI") but not its protagonist: a pair
        // where each article's lead names someone the other never mentions is no evidence that they tell one story.
        Parallelism.ForRanges(edges.Count, 4096, degree, (start, end) =>
        {
            for (var k = start; k < end; k++)
            {
                var (i, j, _) = edges[k];
                if (items[i].Focus.Contrasts(items[j].Focus))
                {
                    edges[k] = (i, j, 0);
                }
            }
        });

        edges.Sort((a, b) => b.Item3.CompareTo(a.Item3) is var c and not 0 ? c : a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2.CompareTo(b.Item2));

        // Average linkage over the candidate graph: sums of similarities between groups, merged small into large.
        var sets = new DisjointSets(items.Count);
        var size = Enumerable.Repeat(1, items.Count).ToArray();
        var between = new Dictionary<int, Dictionary<int, (double Sum, int Strong)>>();
        var candidates = new int[items.Count];
        foreach (var (i, j, _) in edges)
        {
            candidates[i]++;
            candidates[j]++;
        }

        // Each story's row sized to its candidates at once: a story of a hot wire text has thousands.
        foreach (var (i, j, s) in edges)
        {
            Add(between, i, j, (s, s >= EdgeThreshold ? 1 : 0), candidates[i]);
            Add(between, j, i, (s, s >= EdgeThreshold ? 1 : 0), candidates[j]);
        }

        foreach (var (i, j, similarity) in edges)
        {
            if (similarity < EdgeThreshold)
            {
                break;
            }

            var (a, b) = (sets.Find(i), sets.Find(j));
            if (a == b)
            {
                continue;
            }

            var (sum, strong) = between.TryGetValue(a, out var row) ? row.GetValueOrDefault(b) : default;
            var pairs = (double)size[a] * size[b];
            if (sum / pairs < AverageThreshold || strong < pairs * StrongShare)
            {
                continue;
            }

            sets.Union(a, b);
            var root = sets.Find(a);
            var other = root == a ? b : a;
            size[root] = size[a] + size[b];
            MergeRows(between, root, other);
        }

        var byMember = new Dictionary<(string Article, string Event), Event>(items.Count);
        var events = new List<Event>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(sets.Find))
        {
            var members = group.Select(i => items[i]).ToList();
            var id = StableId.Of("story", members.Select(m => m.ArticleId + "/" + m.Story.Id).Order(StringComparer.Ordinal));
            var frame = members.Where(m => m.Story.Frame is not null).GroupBy(m => m.Story.Frame!)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var type = members.GroupBy(m => m.Story.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var label = members.Select(m => m.Story.Label).FirstOrDefault(l => l is not null);
            var articles = members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var linked = new Event(id, type, articles: articles, label: label, frame: frame, isStory: true);
            events.Add(linked);
            foreach (var m in members)
            {
                byMember[(m.ArticleId, m.Story.Id)] = linked;
            }
        }

        // Each article's focus (its story's), for the event linker's contrast of articles that are stories of their own.
        var foci = new Dictionary<string, Focus>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foci.TryAdd(item.ArticleId, item.Focus);
        }

        return (byMember, events, foci);
    }

    // The story's terms with their weights: headline and lead words, the names of its slots, its frame.
    private static Dictionary<string, double> Terms(ArticleAnalysis analysis, Event story)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        void Put(string term, double weight) => terms[term] = Math.Max(terms.GetValueOrDefault(term), weight);

        var article = analysis.Article;
        var stop = StoryWords.StopWords;
        var frames = StoryWords.Frames;
        void Scan(string text, int offset, int length)
        {
            var tokens = ClaimTokenizer.Tokenize(text, offset, length);
            var kindUntil = -1;
            for (var k = 0; k < tokens.Count && k < MaxLeadTokens; k++)
            {
                var t = tokens[k];
                if (k > kindUntil && frames.Triggers.TryMatch(tokens, k, out var triggerLength, out _))
                {
                    kindUntil = k + triggerLength - 1;
                }

                var word = t.Lower.EndsWith("'s", StringComparison.Ordinal) ? t.Lower[..^2] : t.Lower;
                if (!t.IsWord || word.Length < 3 || stop.Contains(word) || !char.IsLetterOrDigit(word[0]))
                {
                    continue;
                }

                var capitalized = k > 0 && char.IsUpper(text[t.Start]);
                Put(char.IsDigit(word[0]) ? word : FrameLexicon.Singular(word), k <= kindUntil ? KindWeight : capitalized ? 2 : 1);
            }
        }

        if (article.Title is { Length: > 0 } title)
        {
            Scan(title, 0, Math.Min(title.Length, 1000));
        }

        foreach (var s in article.Sentences.Take(LeadSentences))
        {
            Scan(article.Text, s.Offset, s.Length);
        }

        foreach (var claim in analysis.Claims)
        {
            if (claim.Property == ClaimProperty.Name && claim.EventId == story.Id && claim.Subject is { } written &&
                !written.StartsWith(StorySubjects.PastPrefix, StringComparison.Ordinal))
            {
                Put(NameDirectory.Fold(written[(written.LastIndexOf(' ') + 1)..]), 2);
            }
        }

        if (story.Frame is { } frame)
        {
            Put("frame:" + frame, 1);
        }

        return terms;
    }

    // TF-IDF (smoothed idf, so a word every article of a one-story corpus shares still counts), L2-normalized, as sorted
    // (term, weight) arrays; postings list the stories of each term.
    private static List<(int[] Terms, double[] Weights)> Vectorize(List<Dictionary<string, double>> items, out List<List<int>> postings)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new List<List<int>>();
        postings = lists;
        foreach (var (terms, index) in items.Select((t, i) => (t, i)))
        {
            foreach (var term in terms.Keys.Order(StringComparer.Ordinal))
            {
                if (!ids.TryGetValue(term, out var id))
                {
                    id = ids.Count;
                    ids[term] = id;
                    lists.Add([]);
                }

                lists[id].Add(index);
            }
        }

        var n = items.Count;
        var vectors = new List<(int[], double[])>(n);
        foreach (var terms in items)
        {
            var pairs = terms.Select(kv =>
            {
                var id = ids[kv.Key];
                var idf = Math.Log((n + PriorDocuments) / (lists[id].Count + 1.0)) + 1.0;
                return (Id: id, Weight: kv.Value * idf);
            }).OrderBy(p => p.Id).ToArray();
            var norm = Math.Sqrt(pairs.Sum(p => p.Weight * p.Weight));
            vectors.Add((pairs.Select(p => p.Id).ToArray(), pairs.Select(p => norm > 0 ? p.Weight / norm : 0).ToArray()));
        }

        return vectors;
    }

    // Pairs of stories that share a term fewer than MaxPostings stories use, with their cosine, most similar first.
    private static List<(int I, int J, double Similarity)> Candidates(List<(int[] Terms, double[] Weights)> vectors, List<List<int>> postings, int degree)
    {
        // Each row's pairs read only the vectors: rows in chunks on every core, gathered in row order.
        const int RowChunk = 64;
        var chunks = new List<(int, int, double)>[(vectors.Count + RowChunk - 1) / RowChunk];
        Parallelism.ForRanges(vectors.Count, RowChunk, degree, (start, end) =>
        {
            var found = new List<(int, int, double)>();
            var seen = new HashSet<int>();
            for (var i = start; i < end; i++)
            {
                seen.Clear();
                foreach (var term in vectors[i].Terms)
                {
                    var list = postings[term];
                    if (list.Count > MaxPostings)
                    {
                        continue;
                    }

                    foreach (var j in list)
                    {
                        if (j > i && seen.Add(j))
                        {
                            var s = Cosine(vectors[i], vectors[j]);
                            if (s > 0)
                            {
                                found.Add((i, j, s));
                            }
                        }
                    }
                }
            }

            chunks[start / RowChunk] = found;
        });

        // Unsorted: the caller sorts them once it has zeroed the pairs whose leads contrast.
        var edges = new List<(int, int, double)>(chunks.Sum(c => c.Count));
        foreach (var chunk in chunks)
        {
            edges.AddRange(chunk);
        }

        return edges;
    }

    private static double Cosine((int[] Terms, double[] Weights) a, (int[] Terms, double[] Weights) b)
    {
        double sum = 0;
        for (int x = 0, y = 0; x < a.Terms.Length && y < b.Terms.Length;)
        {
            if (a.Terms[x] == b.Terms[y])
            {
                sum += a.Weights[x++] * b.Weights[y++];
            }
            else if (a.Terms[x] < b.Terms[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return sum;
    }

    private static void Add(Dictionary<int, Dictionary<int, (double Sum, int Strong)>> between, int from, int to, (double Sum, int Strong) s,
        int capacity = 0)
    {
        if (!between.TryGetValue(from, out var row))
        {
            row = new Dictionary<int, (double Sum, int Strong)>(capacity);
            between[from] = row;
        }

        var old = row.GetValueOrDefault(to);
        row[to] = (old.Sum + s.Sum, old.Strong + s.Strong);
    }

    // Folds the row of the absorbed group into the root's, and re-points every neighbour's entry.
    private static void MergeRows(Dictionary<int, Dictionary<int, (double Sum, int Strong)>> between, int root, int absorbed)
    {
        if (!between.Remove(absorbed, out var gone))
        {
            return;
        }

        gone.Remove(root);
        if (between.TryGetValue(root, out var kept))
        {
            kept.Remove(absorbed);
        }

        foreach (var (neighbour, s) in gone)
        {
            Add(between, root, neighbour, s);
            if (between.TryGetValue(neighbour, out var row))
            {
                row.Remove(absorbed);
                var old = row.GetValueOrDefault(root);
                row[root] = (old.Sum + s.Sum, old.Strong + s.Strong);
            }
        }
    }

    /// <summary>
    /// Who a story is about and which words its article uses: the actors its story slots name in the lead sentence (by
    /// their last name, folded), and every word of the title and text.
    /// </summary>
    internal sealed class Focus
    {
        private readonly HashSet<string> _words;
        private readonly List<string> _leadPersons;
        private readonly List<string[]> _leadPlaces;

        private Focus(HashSet<string> words, List<string> leadPersons, List<string[]> leadPlaces)
        {
            _words = words;
            _leadPersons = leadPersons;
            _leadPlaces = leadPlaces;
        }

        public static Focus Of(ArticleAnalysis analysis, Event story)
        {
            var article = analysis.Article;
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in (ReadOnlySpan<string?>)[article.Title, article.Text])
            {
                foreach (var word in (text ?? "").Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add(Fold(word));
                }
            }

            // Outlets and agencies ("Sports Network", "Us Weekly") are named in a lead as sources, not as who the story is about.
            var outlets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in analysis.Sources)
            {
                outlets.Add(Fold(source.Name));
                foreach (var alias in source.Aliases)
                {
                    outlets.Add(Fold(alias));
                }
            }

            var lead = new List<string>();
            var places = new List<string[]>();
            if (!article.Sentences.IsEmpty)
            {
                var leadEnd = article.Sentences[0].End;
                foreach (var claim in analysis.Claims)
                {
                    // The names the story's slots read in the lead sentence.
                    if (claim.Property != ClaimProperty.Name || claim.EventId != story.Id || claim.Evidence.Offset >= leadEnd)
                    {
                        continue;
                    }

                    // Where the lead sets the story, known to the gazetteer or not ("in Tonleyham on Monday"): its words.
                    if (claim.Value is PlaceValue { } place &&
                        place.Text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Select(Fold).Where(w => w.Length > 2).ToArray() is { Length: > 0 } placeWords)
                    {
                        places.Add(placeWords);
                    }

                    if (claim.Value is ActorValue { } value && !outlets.Contains(Fold(value.Text)) &&
                        value.Text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries) is [_, .., var last] &&
                        Fold(last) is { Length: > 2 } surname)
                    {
                        lead.Add(surname);
                    }
                }
            }

            return new Focus(words, lead, places);
        }

        /// <summary>
        /// Tells whether each article's lead names someone the other article never mentions, or each sets the story in a
        /// place the other never names (two one-paragraph reports of killings in two towns).
        /// </summary>
        public bool Contrasts(Focus other) =>
            (NamesSomeoneUnknownTo(other) && other.NamesSomeoneUnknownTo(this)) ||
            (SetsAPlaceUnknownTo(other) && other.SetsAPlaceUnknownTo(this));

        // Loops rather than predicates: the linker asks this for every candidate pair of stories (hundreds of thousands in
        // a hot story), and a closure per question was most of what story linking allocated.
        private bool NamesSomeoneUnknownTo(Focus other)
        {
            foreach (var person in _leadPersons)
            {
                if (!other._words.Contains(person))
                {
                    return true;
                }
            }

            return false;
        }

        private bool SetsAPlaceUnknownTo(Focus other)
        {
            foreach (var place in _leadPlaces)
            {
                if (!other.Names(place))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether the article names a place: any of its words, also spelled another way ("Philip Street" / "Phillips Road",
        // a spelling the outlets dispute, not two places).
        private bool Names(string[] placeWords)
        {
            foreach (var w in placeWords)
            {
                if (_words.Contains(w))
                {
                    return true;
                }
            }

            foreach (var w in placeWords)
            {
                foreach (var word in _words)
                {
                    if (word.Length > 3 && word[0] == w[0] && NameDirectory.SoundsAlike(w, word))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    // Folds a word as names are folded; a word with a surrogate (an emoji, a broken character) is no name and only lowered,
    // since normalization rejects a lone surrogate.
    private static string Fold(string word) => word.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 ? word.ToLowerInvariant() : NameDirectory.Fold(word);

    private static readonly char[] WordSeparators = [' ', '\n', '\r', '\t', ',', '.', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '-', '/', '\u2019', '\u201c', '\u201d'];
}
