using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Concurrency;

namespace NewsEvents.Orleans.Grains;

/// <summary>Analyzes articles where it is called and sends each analysis to its story shard.</summary>
[StatelessWorker]
internal sealed partial class NewsAnalysisGrain : Grain, INewsAnalysisGrain
{
    internal const string BadCorpus = "The corpus name was '{0}'; it must be non-empty and contain no '/'";

    private readonly NewsPipeline _pipeline;
    private readonly NewsEventsOrleansOptions _options;
    private readonly ILogger<NewsAnalysisGrain> _logger;

    public NewsAnalysisGrain(NewsPipeline pipeline, IOptions<NewsEventsOrleansOptions> options, ILogger<NewsAnalysisGrain> logger)
    {
        _pipeline = pipeline;
        _options = options.Value;
        _logger = logger;
    }

    public Task<ArticleAnalysis> AnalyzeAsync(ArticleSubmission article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Task.FromResult(Analyze(article));
    }

    public async Task<int> IngestAsync(string corpus, IReadOnlyList<ArticleSubmission> articles)
    {
        CheckCorpus(corpus);
        ArgumentNullException.ThrowIfNull(articles);
        var byShard = new Dictionary<string, List<ArticleAnalysis>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            var analysis = Analyze(article);
            var shard = StoryKey.ShardId(corpus, StoryKey.Of(analysis, _options.StorySplit));
            if (!byShard.TryGetValue(shard, out var list))
            {
                list = [];
                byShard[shard] = list;
            }

            list.Add(analysis);
        }

        await Task.WhenAll(byShard.Select(p => GrainFactory.GetGrain<IStoryShardGrain>(p.Key).AddAsync(p.Value.ToArray())));
        LogIngested(_logger, corpus, articles.Count, byShard.Count);
        return articles.Count;
    }

    internal static void CheckCorpus(string corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Length == 0 || corpus.Contains('/', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(corpus))
        {
            throw new ArgumentException(string.Format(System.Globalization.CultureInfo.InvariantCulture, BadCorpus, corpus), nameof(corpus));
        }
    }

    private ArticleAnalysis Analyze(ArticleSubmission article)
    {
        try
        {
            return _pipeline.Analyze(ArticleReader.Read(article.Text, article.Metadata));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogAnalysisFailed(_logger, e, article.Metadata.Id);
            throw new InvalidOperationException($"Article '{article.Metadata.Id}' could not be read or analyzed: {e.Message}", e);
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Debug, Message = "Corpus {Corpus}: {Count} articles analyzed into {Shards} story shards")]
    private static partial void LogIngested(ILogger logger, string corpus, int count, int shards);

    [LoggerMessage(EventId = 41, Level = LogLevel.Error, Message = "Article {ArticleId} could not be read or analyzed")]
    private static partial void LogAnalysisFailed(ILogger logger, Exception exception, string articleId);
}
