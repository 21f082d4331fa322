using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace NewsEvents.Orleans.Grains;

/// <summary>The persisted shard keys of one corpus.</summary>
[GenerateSerializer]
internal sealed class StoryDirectoryState
{
    [Id(0)]
    public HashSet<string> Shards { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>Lists the story shards of one corpus.</summary>
internal sealed partial class StoryDirectoryGrain : Grain, IStoryDirectoryGrain
{
    public const string StateName = "storyDirectory";

    private readonly IPersistentState<StoryDirectoryState> _stored;
    private readonly ILogger<StoryDirectoryGrain> _logger;

    public StoryDirectoryGrain([PersistentState(StateName, NewsEventsOrleansOptions.DefaultStorageName)] IPersistentState<StoryDirectoryState> stored,
        ILogger<StoryDirectoryGrain> logger)
    {
        _stored = stored;
        _logger = logger;
    }

    public async Task RegisterAsync(string shardId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shardId);
        if (_stored.State.Shards.Add(shardId))
        {
            try
            {
                await _stored.WriteStateAsync();
            }
            catch (Exception e)
            {
                LogWriteFailed(_logger, e, this.GetPrimaryKeyString(), shardId);
                _stored.State.Shards.Remove(shardId);
                throw;
            }

            LogRegistered(_logger, this.GetPrimaryKeyString(), shardId, _stored.State.Shards.Count);
        }
    }

    public Task<string[]> GetShardsAsync() => Task.FromResult(_stored.State.Shards.Order(StringComparer.Ordinal).ToArray());

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Corpus {Corpus}: story shard {Shard} registered ({Count} shards)")]
    private static partial void LogRegistered(ILogger logger, string corpus, string shard, int count);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "Corpus {Corpus}: could not store story shard {Shard}; the caller retries")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string corpus, string shard);
}
