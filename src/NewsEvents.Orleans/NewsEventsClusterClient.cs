using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsEvents.Orleans.Grains;
using Orleans;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace NewsEvents.Orleans;

/// <summary>
/// Sends articles to the cluster and asks it for reports, with at-least-once delivery: a batch that fails because a silo
/// left, a connection dropped or a call timed out is sent again. Sending an article twice does not change the report.
/// </summary>
/// <remarks>Thread-safe; registered as a singleton by <c>AddNewsEvents</c> on silo and client builders.</remarks>
public sealed partial class NewsEventsClusterClient
{
    private readonly IGrainFactory _grains;
    private readonly NewsEventsOrleansOptions _options;
    private readonly ILogger<NewsEventsClusterClient> _logger;

    /// <summary>Creates a client over a grain factory (a cluster client, or a silo's own).</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="options">The options.</param>
    /// <param name="logger">Where retries and failures are reported.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NewsEventsClusterClient(IGrainFactory grains, IOptions<NewsEventsOrleansOptions> options, ILogger<NewsEventsClusterClient> logger)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _grains = grains;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Analyzes articles in the cluster and stores them in the story shards of <paramref name="corpus"/>, in batches of
    /// <see cref="NewsEventsOrleansOptions.BatchSize"/>, at most <see cref="NewsEventsOrleansOptions.MaxBatchesInFlight"/> at once.
    /// </summary>
    /// <param name="corpus">The corpus (a name without '/').</param>
    /// <param name="articles">The articles.</param>
    /// <param name="cancellationToken">Stops sending; batches already sent may still be stored.</param>
    /// <returns>The number of articles sent (counting duplicates).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> or <paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="corpus"/> is empty or contains '/'.</exception>
    /// <exception cref="OrleansException">A batch still failed after <see cref="NewsEventsOrleansOptions.MaxAttempts"/> attempts.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<int> IngestAsync(string corpus, IEnumerable<ArticleSubmission> articles, CancellationToken cancellationToken = default)
    {
        NewsAnalysisGrain.CheckCorpus(corpus);
        ArgumentNullException.ThrowIfNull(articles);
        var sent = 0;
        await Parallel.ForEachAsync(articles.Chunk(_options.BatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxBatchesInFlight, CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                await RetryAsync($"ingest {batch.Length} articles into '{corpus}'",
                    () => _grains.GetGrain<INewsAnalysisGrain>(0).IngestAsync(corpus, batch), retryTimeouts: true, token).ConfigureAwait(false);
                Interlocked.Add(ref sent, batch.Length);
            }).ConfigureAwait(false);
        return sent;
    }

    /// <summary>Reconciles a corpus in the cluster.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="cancellationToken">Stops retrying.</param>
    /// <returns>The report, equal to the single-process pipeline's for the same articles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="corpus"/> is empty or contains '/'.</exception>
    /// <exception cref="OrleansException">The call still failed after <see cref="NewsEventsOrleansOptions.MaxAttempts"/> attempts.</exception>
    public Task<ReconciliationReport> GetReportAsync(string corpus, CancellationToken cancellationToken = default)
    {
        NewsAnalysisGrain.CheckCorpus(corpus);
        return RetryAsync($"report of '{corpus}'", () => _grains.GetGrain<INewsReportGrain>(corpus).GetReportAsync(), retryTimeouts: false, cancellationToken);
    }

    /// <summary>Reconciles a corpus in the cluster and returns the report JSON exactly as the CLI writes it.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="cancellationToken">Stops retrying.</param>
    /// <returns>The <c>newsevents.report/1</c> JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="corpus"/> is empty or contains '/'.</exception>
    /// <exception cref="OrleansException">The call still failed after <see cref="NewsEventsOrleansOptions.MaxAttempts"/> attempts.</exception>
    public Task<string> GetReportJsonAsync(string corpus, CancellationToken cancellationToken = default)
    {
        NewsAnalysisGrain.CheckCorpus(corpus);
        return RetryAsync($"report of '{corpus}'", () => _grains.GetGrain<INewsReportGrain>(corpus).GetReportJsonAsync(), retryTimeouts: false, cancellationToken);
    }

    // A report that timed out is still being built: asking again would only queue a second one behind it.
    private async Task<T> RetryAsync<T>(string what, Func<Task<T>> call, bool retryTimeouts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e, retryTimeouts) && attempt < _options.MaxAttempts)
            {
                LogRetry(_logger, e, what, attempt, _options.MaxAttempts);
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Failures that say nothing about the articles: a silo left or is leaving, a connection or a storage write raced.
    private static bool IsTransient(Exception e, bool retryTimeouts) => e is OrleansMessageRejectionException or ConnectionFailedException or
        GatewayTooBusyException or ClientNotAvailableException or InconsistentStateException or OrleansLifecycleCanceledException ||
        (retryTimeouts && e is TimeoutException);

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "NewsEvents: {What} failed (attempt {Attempt} of {MaxAttempts}); sending it again")]
    private static partial void LogRetry(ILogger logger, Exception exception, string what, int attempt, int maxAttempts);
}
