using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Reconciliation;

namespace NewsEvents;

/// <summary>
/// The mergeable state of reconciliation: the analyses of a shard of articles. <see cref="Merge"/> is associative and
/// commutative; <see cref="NewsPipeline.Reconcile(ReconciliationState)"/> turns a state into the report the CLI writes for
/// the same articles, whatever the order articles were added or shards merged.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. When two analyses of the same article id meet (in <see cref="Add"/> or <see cref="Merge"/>),
/// the state keeps the greater one under a fixed ordering of a canonical content key (article text, dates, credits, events,
/// claims), so the outcome does not depend on which arrived first.
/// </remarks>
public sealed class ReconciliationState
{
    private readonly ImmutableSortedDictionary<string, ArticleAnalysis> _analyses;

    private ReconciliationState(ImmutableSortedDictionary<string, ArticleAnalysis> analyses)
    {
        _analyses = analyses;
    }

    /// <summary>Gets the empty state.</summary>
    public static ReconciliationState Empty { get; } = new(ImmutableSortedDictionary.Create<string, ArticleAnalysis>(StringComparer.Ordinal));

    /// <summary>Gets the number of articles in the state.</summary>
    public int Count => _analyses.Count;

    /// <summary>Returns a state that also holds an article's analysis (of two analyses with one article id, the greater under a fixed order is kept).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public ReconciliationState Add(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new(Put(_analyses, analysis));
    }

    /// <summary>Combines two states; associative and commutative.</summary>
    /// <param name="left">One state.</param>
    /// <param name="right">The other state.</param>
    /// <returns>The combined state.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReconciliationState Merge(ReconciliationState left, ReconciliationState right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var (large, small) = left.Count >= right.Count ? (left, right) : (right, left);
        if (small.Count == 0)
        {
            return large;
        }

        var builder = large._analyses.ToBuilder();
        foreach (var analysis in small._analyses.Values)
        {
            builder[analysis.Article.Id] = builder.TryGetValue(analysis.Article.Id, out var other)
                ? AnalysisOrder.Greater(other, analysis)
                : analysis;
        }

        return new(builder.ToImmutable());
    }

    /// <summary>Creates a state from analyses.</summary>
    /// <param name="analyses">The analyses.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    public static ReconciliationState From(IEnumerable<ArticleAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var builder = Empty._analyses.ToBuilder();
        foreach (var analysis in analyses)
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(analyses));
            builder[analysis.Article.Id] = builder.TryGetValue(analysis.Article.Id, out var other)
                ? AnalysisOrder.Greater(other, analysis)
                : analysis;
        }

        return new(builder.ToImmutable());
    }

    /// <summary>Gets the analyses held, ordered by article id (what a state is made of: <see cref="From"/> rebuilds it from them).</summary>
    public IReadOnlyCollection<ArticleAnalysis> Analyses => _analyses.Values.ToList();

    private static ImmutableSortedDictionary<string, ArticleAnalysis> Put(ImmutableSortedDictionary<string, ArticleAnalysis> analyses, ArticleAnalysis analysis) =>
        analyses.SetItem(analysis.Article.Id, analyses.TryGetValue(analysis.Article.Id, out var other)
            ? AnalysisOrder.Greater(other, analysis)
            : analysis);
}
