using System.ComponentModel.DataAnnotations;

namespace NewsEvents.Orleans;

/// <summary>Settings of the NewsEvents grains, bound from the configuration section <see cref="SectionName"/>.</summary>
/// <remarks>Mutable only so that the options binder can fill it.</remarks>
public sealed class NewsEventsOrleansOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "NewsEvents:Orleans";

    /// <summary>The default name of the grain storage provider that holds story shards.</summary>
    public const string DefaultStorageName = "newsevents";

    /// <summary>Gets or sets the name of the grain storage provider that holds story shards and the shard directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "NewsEvents:Orleans:StorageName was empty; name a grain storage provider")]
    public string StorageName { get; set; } = DefaultStorageName;

    /// <summary>
    /// Gets or sets into how many shards one story key is split (by a stable hash of the article id); 1 keeps a story in one
    /// shard, more spreads a hot story over several grains. The report does not depend on it.
    /// </summary>
    public int StorySplit { get; set; } = 1;

    /// <summary>Gets or sets how many articles a client sends to an analysis grain in one call.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Gets or sets how many batches a client has in flight at once.</summary>
    public int MaxBatchesInFlight { get; set; } = 8;

    /// <summary>Gets or sets how often a client tries one call when a silo is unavailable, before it gives up.</summary>
    public int MaxAttempts { get; set; } = 10;
}
