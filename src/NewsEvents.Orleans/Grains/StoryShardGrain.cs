using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NewsEvents.Orleans.Serialization;
using Orleans;
using Orleans.Runtime;

namespace NewsEvents.Orleans.Grains;

/// <summary>The persisted form of a story shard: each analysis as its NewsEvents JSON, by article id.</summary>
/// <remarks>
/// JSON text rather than objects, so a write copies strings instead of serializing every analysis again. An article id
/// keeps every distinct analysis it arrived with (normally one), and <see cref="ReconciliationState.From"/> picks among them
/// exactly as the in-memory state did, so a reload gives the same state.
/// </remarks>
[GenerateSerializer]
internal sealed class StoryShardState
{
    [Id(0)]
    public string Schema { get; set; } = JsonSchemas.Analysis;

    [Id(1)]
    public Dictionary<string, List<string>> Analyses { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public bool Registered { get; set; }
}

/// <summary>Holds one story shard's <see cref="ReconciliationState"/>, persisted through the configured grain storage.</summary>
internal sealed partial class StoryShardGrain : Grain, IStoryShardGrain
{
    public const string StateName = "storyShard";

    private readonly IPersistentState<StoryShardState> _stored;
    private readonly ILogger<StoryShardGrain> _logger;
    private ReconciliationState? _state;

    public StoryShardGrain([PersistentState(StateName, NewsEventsOrleansOptions.DefaultStorageName)] IPersistentState<StoryShardState> stored,
        ILogger<StoryShardGrain> logger)
    {
        _stored = stored;
        _logger = logger;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        JsonSchemas.Check(_stored.State.Schema, JsonSchemas.Analysis, "stored story shard");
        _state = ReconciliationState.From(_stored.State.Analyses.Values.SelectMany(v => v).Select(NewsEventsJson.Deserialize<ArticleAnalysis>));
        if (_state.Count > 0)
        {
            LogReloaded(_logger, this.GetPrimaryKeyString(), _state.Count);
        }

        return Task.CompletedTask;
    }

    public async Task AddAsync(ArticleAnalysis[] analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var shard = this.GetPrimaryKeyString();
        if (!_stored.State.Registered)
        {
            // The directory learns of the shard before the shard stores anything, so a stored analysis is never unlisted.
            var corpus = shard[..shard.IndexOf('/', StringComparison.Ordinal)];
            await GrainFactory.GetGrain<IStoryDirectoryGrain>(corpus).RegisterAsync(shard);
            _stored.State.Registered = true;
        }

        var state = _state!;
        var added = new List<(string Id, string Json)>();
        foreach (var analysis in analyses)
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(analyses));
            var json = NewsEventsJson.Serialize(analysis, indented: false);
            if (!_stored.State.Analyses.TryGetValue(analysis.Article.Id, out var versions))
            {
                versions = [];
                _stored.State.Analyses[analysis.Article.Id] = versions;
            }

            if (!versions.Contains(json, StringComparer.Ordinal))
            {
                versions.Add(json);
                added.Add((analysis.Article.Id, json));
                state = state.Add(analysis);
            }
        }

        if (added.Count == 0 && _stored.RecordExists)
        {
            LogDuplicates(_logger, shard, analyses.Length);
            return;
        }

        try
        {
            await _stored.WriteStateAsync();
        }
        catch (Exception e)
        {
            // Take back what was not stored, so the caller's retry stores it, and drop this activation so the next one
            // starts again from what storage holds (its version tag included).
            LogWriteFailed(_logger, e, shard);
            foreach (var (id, json) in added)
            {
                var versions = _stored.State.Analyses[id];
                versions.Remove(json);
                if (versions.Count == 0)
                {
                    _stored.State.Analyses.Remove(id);
                }
            }

            DeactivateOnIdle();
            throw;
        }

        _state = state;
    }

    public Task<ReconciliationState> GetStateAsync() => Task.FromResult(_state!);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Story shard {Shard} reloaded {Count} articles from storage")]
    private static partial void LogReloaded(ILogger logger, string shard, int count);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Story shard {Shard} already held all {Count} articles sent again")]
    private static partial void LogDuplicates(ILogger logger, string shard, int count);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Story shard {Shard} could not store its state; the caller retries")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string shard);
}
