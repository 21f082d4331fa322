using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NewsEvents;

/// <summary>
/// The mergeable state of reconciliation: the analyses of a shard of articles. <see cref="Merge"/> is associative and
/// commutative, and <see cref="ToReport"/> does not depend on the order articles were added or shards merged.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
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

    /// <summary>Returns a state that also holds an article's analysis (replacing one with the same article id).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public ReconciliationState Add(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new(_analyses.SetItem(analysis.Article.Id, analysis));
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
        var result = left._analyses;
        foreach (var pair in right._analyses)
        {
            result = result.SetItem(pair.Key, pair.Value);
        }

        return new(result);
    }

    /// <summary>Reconciles the articles of the state into a report.</summary>
    /// <returns>The report.</returns>
    public ReconciliationReport ToReport() =>
        new(_analyses.Values.Select(a => ArticleSummary.Of(a.Article)).ToImmutableArray());

    /// <summary>Creates a state from analyses.</summary>
    /// <param name="analyses">The analyses.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    public static ReconciliationState From(IEnumerable<ArticleAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        return analyses.Aggregate(Empty, (state, a) => state.Add(a));
    }
}
