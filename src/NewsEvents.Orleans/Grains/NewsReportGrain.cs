using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Concurrency;

namespace NewsEvents.Orleans.Grains;

/// <summary>Merges the story shards of a corpus and reconciles them on the silo that received the call.</summary>
[StatelessWorker]
internal sealed partial class NewsReportGrain : Grain, INewsReportGrain
{
    private readonly NewsPipeline _pipeline;
    private readonly ILogger<NewsReportGrain> _logger;

    public NewsReportGrain(NewsPipeline pipeline, ILogger<NewsReportGrain> logger)
    {
        _pipeline = pipeline;
        _logger = logger;
    }

    public async Task<ReconciliationReport> GetReportAsync()
    {
        var corpus = this.GetPrimaryKeyString();
        var watch = Stopwatch.StartNew();
        var (state, shards) = await MergeAsync(corpus);
        var merged = watch.Elapsed;

        // The same call as the CLI's: undated articles get their reference date from the whole corpus and are analyzed again.
        var report = _pipeline.Reconcile(state);
        LogReport(_logger, corpus, state.Count, shards, merged.TotalMilliseconds, (watch.Elapsed - merged).TotalMilliseconds);
        return report;
    }

    public async Task<string> GetReportJsonAsync() => NewsEventsJson.Serialize(await GetReportAsync());

    public async Task<int> GetArticleCountAsync() => (await MergeAsync(this.GetPrimaryKeyString())).State.Count;

    private async Task<(ReconciliationState State, int Shards)> MergeAsync(string corpus)
    {
        var shards = await GrainFactory.GetGrain<IStoryDirectoryGrain>(corpus).GetShardsAsync();
        var states = await Task.WhenAll(shards.Select(s => GrainFactory.GetGrain<IStoryShardGrain>(s).GetStateAsync()));

        // Merge is associative and commutative: the order the shards answer in does not matter.
        return (states.Aggregate(ReconciliationState.Empty, ReconciliationState.Merge), shards.Length);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information,
        Message = "Corpus {Corpus}: reconciled {Articles} articles from {Shards} story shards (merge {MergeMs:F0} ms, reconcile {ReconcileMs:F0} ms)")]
    private static partial void LogReport(ILogger logger, string corpus, int articles, int shards, double mergeMs, double reconcileMs);
}
