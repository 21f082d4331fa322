using System;
using System.Collections.Generic;
using System.Linq;

using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Decides which articles are not independent of each other: the same outlet, a shared relayed or credited agency,
/// or near-identical text (wire copy).
/// </summary>
/// <remarks>
/// Near-identical text: each article's story text (its sentences, or its text when it has none; at most
/// <see cref="MaxWords"/> words) is cut into word 5-shingles, summarized once into a MinHash signature of
/// <see cref="SignatureSize"/> values, and candidate pairs are found by locality-sensitive hashing (bands of two rows).
/// Two articles whose estimated Jaccard similarity of shingle sets is at least <see cref="Threshold"/> (0.5) are copies.
/// A band bucket compares a new article with at most <see cref="MaxBucketComparisons"/> earlier ones, so time stays linear.
/// </remarks>
internal sealed class SourceIndependence
{
    public const int ShingleWords = 5;
    public const int SignatureSize = 32;
    public const int MaxWords = 2000;
    public const double Threshold = 0.5;
    private const int RowsPerBand = 2;
    private const int MaxBucketComparisons = 32;

    private readonly Dictionary<string, ArticleProfile> _profiles;

    private SourceIndependence(Dictionary<string, ArticleProfile> profiles)
    {
        _profiles = profiles;
    }

    /// <summary>Builds profiles for analyses given in canonical (article id) order.</summary>
    public static SourceIndependence Build(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var signatures = new ulong[]?[analyses.Count];
        for (var i = 0; i < analyses.Count; i++)
        {
            signatures[i] = Signature(analyses[i].Article);
        }

        var sets = new DisjointSets(analyses.Count);
        var buckets = new Dictionary<(int Band, ulong Hash), List<int>>();
        for (var i = 0; i < analyses.Count; i++)
        {
            if (signatures[i] is not { } signature)
            {
                // No words: nothing to compare, so the article is never anyone's copy.
                continue;
            }

            for (var band = 0; band < SignatureSize / RowsPerBand; band++)
            {
                var hash = 14695981039346656037UL;
                for (var r = 0; r < RowsPerBand; r++)
                {
                    hash = (hash ^ signature[(band * RowsPerBand) + r]) * 1099511628211UL;
                }

                if (!buckets.TryGetValue((band, hash), out var list))
                {
                    list = [];
                    buckets[(band, hash)] = list;
                }

                for (var k = 0; k < list.Count && k < MaxBucketComparisons; k++)
                {
                    if (sets.Find(list[k]) != sets.Find(i) && Similarity(signatures[list[k]]!, signature) >= Threshold)
                    {
                        sets.Union(list[k], i);
                    }
                }

                list.Add(i);
            }
        }

        var profiles = new Dictionary<string, ArticleProfile>(StringComparer.Ordinal);
        for (var i = 0; i < analyses.Count; i++)
        {
            var article = analyses[i].Article;
            var agencies = article.Relays.Concat(article.Credits).Select(StableId.Slug).Distinct(StringComparer.Ordinal).ToArray();
            var outlet = article.Source is null ? null : StableId.Slug(article.Source);
            var copyGroup = analyses[sets.Find(i)].Article.Id;
            profiles[article.Id] = new ArticleProfile(outlet, agencies, copyGroup);
        }

        return new SourceIndependence(profiles);
    }

    /// <summary>Gets the article whose text stands for an article's group of near-identical copies.</summary>
    public string CopyGroup(string articleId) => _profiles.TryGetValue(articleId, out var p) ? p.CopyGroup : articleId;

    /// <summary>
    /// Builds profiles from a report's article summaries: outlets and agencies only, since the text that reveals wire
    /// copies is not in a report (each article is its own copy group).
    /// </summary>
    public static SourceIndependence FromSummaries(IEnumerable<ArticleSummary> articles)
    {
        var profiles = new Dictionary<string, ArticleProfile>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var agencies = article.Relays.Concat(article.Credits).Select(StableId.Slug).Distinct(StringComparer.Ordinal).ToArray();
            profiles[article.Id] = new ArticleProfile(article.Source is null ? null : StableId.Slug(article.Source), agencies, article.Id);
        }

        return new SourceIndependence(profiles);
    }

    /// <summary>Counts independent sources among claims: articles of one outlet, one agency or one wire copy count once.</summary>
    public int CountIndependent(IReadOnlyList<Claim> claims) => CountIndependent([], claims);

    /// <summary>Counts independent sources among articles and the articles of claims, with the claims' relays.</summary>
    public int CountIndependent(IEnumerable<string> articleIds, IReadOnlyList<Claim> claims)
    {
        var articles = articleIds.Concat(claims.Select(c => c.ArticleId)).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            index[articles[i]] = i;
        }

        var sets = new DisjointSets(articles.Count);
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        void Tie(string key, int article)
        {
            if (owners.TryGetValue(key, out var other))
            {
                sets.Union(other, article);
            }
            else
            {
                owners[key] = article;
            }
        }

        for (var i = 0; i < articles.Count; i++)
        {
            if (_profiles.TryGetValue(articles[i], out var profile))
            {
                if (profile.Outlet is not null)
                {
                    Tie("outlet:" + profile.Outlet, i);
                }

                foreach (var agency in profile.Agencies)
                {
                    Tie("agency:" + agency, i);
                }

                Tie("copy:" + profile.CopyGroup, i);
            }
        }

        foreach (var claim in claims)
        {
            foreach (var via in claim.Attribution.Via)
            {
                Tie("agency:" + StableId.Slug(via), index[claim.ArticleId]);
            }
        }

        var roots = new HashSet<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            roots.Add(sets.Find(i));
        }

        return roots.Count;
    }

    /// <summary>Estimates the Jaccard similarity of two shingle sets from their signatures.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    /// <summary>Computes the MinHash signature of an article's story text, or null when it has no words.</summary>
    public static ulong[]? Signature(Article article)
    {
        var words = new List<ulong>();
        if (article.Sentences.IsEmpty)
        {
            AddWords(article.Text, words);
        }
        else
        {
            foreach (var sentence in article.Sentences)
            {
                AddWords(sentence.Text, words);
                if (words.Count >= MaxWords)
                {
                    break;
                }
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var signature = new ulong[SignatureSize];
        Array.Fill(signature, ulong.MaxValue);
        var shingles = Math.Max(1, words.Count - ShingleWords + 1);
        for (var s = 0; s < shingles; s++)
        {
            var h = 1469598103934665603UL;
            for (var w = s; w < s + ShingleWords && w < words.Count; w++)
            {
                h = (h ^ words[w]) * 1099511628211UL;
                h ^= h >> 29;
            }

            for (var k = 0; k < SignatureSize; k++)
            {
                // Universal hashing with odd multipliers; the high bits dominate the ordering and are well mixed.
                var v = (h * Multipliers[k]) + Increments[k];
                v ^= v >> 31;
                if (v < signature[k])
                {
                    signature[k] = v;
                }
            }
        }

        return signature;
    }

    private static readonly ulong[] Multipliers = MakeConstants(0x9E3779B97F4A7C15UL, odd: true);
    private static readonly ulong[] Increments = MakeConstants(0xD1B54A32D192ED03UL, odd: false);

    private static ulong[] MakeConstants(ulong seed, bool odd)
    {
        var values = new ulong[SignatureSize];
        var state = seed;
        for (var i = 0; i < values.Length; i++)
        {
            // SplitMix64: fixed seeds, so signatures are identical in every run.
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            values[i] = odd ? z | 1UL : z;
        }

        return values;
    }

    private static void AddWords(string text, List<ulong> words)
    {
        var i = 0;
        while (i < text.Length && words.Count < MaxWords)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var h = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }

            words.Add(h);
        }
    }

    private sealed record ArticleProfile(string? Outlet, string[] Agencies, string CopyGroup);
}
