using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Claims;
using NewsEvents.Entities;
using NewsEvents.Internal;
using NewsEvents.Reconciliation;

namespace NewsEvents;

/// <summary>
/// Composes the stages (read, tag, resolve, extract, reconcile) into one immutable, thread-safe pipeline.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance may be shared by many threads.</remarks>
public sealed class NewsPipeline
{
    private readonly TemporalTagger _temporal;
    private readonly QuantityTagger _quantities;
    private readonly EntityResolver _entities;
    private readonly ClaimExtractor _claims;

    internal NewsPipeline(NewsPipelineOptions options)
    {
        Options = options;
        _temporal = new TemporalTagger(options.Temporal);
        _quantities = QuantityTagger.Default;
        _entities = new EntityResolver(options.Gazetteer);
        _claims = new ClaimExtractor(options.Lexicon);
    }

    /// <summary>Gets the options.</summary>
    public NewsPipelineOptions Options { get; }

    /// <summary>Creates a pipeline with the embedded gazetteer and lexicons and default options.</summary>
    /// <returns>The pipeline.</returns>
    public static NewsPipeline CreateDefault() => new(NewsPipelineOptions.Default);

    /// <summary>Starts a builder for a pipeline with custom options.</summary>
    /// <returns>A builder.</returns>
    public static NewsPipelineBuilder CreateBuilder() => new();

    /// <summary>Analyzes one article: tags, resolves and extracts its events and claims.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var quantities = ImmutableArray.CreateBuilder<QuantityMention>();
        foreach (var sentence in article.Sentences)
        {
            foreach (var q in _quantities.Tag(sentence.Text))
            {
                quantities.Add(q with { Offset = q.Offset + sentence.Offset });
            }
        }

        var entities = _entities.Resolve(article);
        return _claims.Extract(article, entities, TagTimes(article), quantities.ToImmutable());
    }

    // The temporal mentions of every sentence against the article's reference date, at their offsets in the article.
    internal ImmutableArray<TemporalMention> TagTimes(Article article)
    {
        var reference = article.ReferenceDate.Date ?? Options.DefaultReference;
        var temporal = ImmutableArray.CreateBuilder<TemporalMention>();
        foreach (var sentence in article.Sentences)
        {
            foreach (var m in _temporal.Tag(sentence.Text, reference))
            {
                temporal.Add(Shift(m, sentence.Offset));
            }
        }

        return temporal.ToImmutable();
    }

    /// <summary>
    /// Analyzes articles as they arrive, up to <see cref="NewsPipelineOptions.MaxDegreeOfParallelism"/> at once, and yields
    /// the analyses in input order. At most twice that many articles are held in memory at any time.
    /// </summary>
    /// <param name="articles">The articles.</param>
    /// <param name="cancellationToken">Stops the analysis; pending work is abandoned promptly.</param>
    /// <returns>The analyses, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException">The sequence contains a null article.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeAsync(IAsyncEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var degree = Options.MaxDegreeOfParallelism;
        return OrderedParallel.SelectAsync(articles,
            article => Analyze(article ?? throw new ArgumentException("The article sequence contained null.", nameof(articles))),
            degree, 2 * degree, cancellationToken);
    }

    /// <summary>
    /// Reconciles analyses across outlets. Articles without a reference date get one inferred from the articles that report
    /// the same events, and are analyzed again against it, so that "last Saturday" resolves to a real day. Up to
    /// <see cref="NewsPipelineOptions.MaxDegreeOfParallelism"/> undated articles are dated at once; the report is the same
    /// for any degree.
    /// </summary>
    /// <param name="analyses">The analyses.</param>
    /// <returns>The report; it does not depend on the order of <paramref name="analyses"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    public ReconciliationReport Reconcile(IEnumerable<ArticleAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        return Reconcile(ReconciliationState.From(analyses));
    }

    /// <summary>Reconciles a (possibly merged) reconciliation state, inferring missing reference dates as <see cref="Reconcile(IEnumerable{ArticleAnalysis})"/> does.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The report; it does not depend on how the state was sharded and merged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public ReconciliationReport Reconcile(ReconciliationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Reconciler.Reconcile(state.Analyses, Analyze, TagTimes, Options.MaxDegreeOfParallelism);
    }

    private static TemporalMention Shift(TemporalMention m, int by) => m with { Offset = m.Offset + by };
}
