using System.Threading.Tasks;
using Orleans;

namespace NewsEvents.Orleans.Grains;

/// <summary>One story shard of a corpus (key <c>corpus/story-key</c>): a persisted <see cref="ReconciliationState"/>.</summary>
internal interface IStoryShardGrain : IGrainWithStringKey
{
    /// <summary>Adds analyses; returns once they are in grain storage.</summary>
    Task AddAsync(ArticleAnalysis[] analyses);

    /// <summary>Gets the shard's state.</summary>
    Task<ReconciliationState> GetStateAsync();
}

/// <summary>The shard keys of one corpus (the grain key), persisted, so the report grain knows where to look.</summary>
internal interface IStoryDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a shard key; returns once it is in grain storage.</summary>
    Task RegisterAsync(string shardId);

    /// <summary>Gets the shard keys.</summary>
    Task<string[]> GetShardsAsync();
}
