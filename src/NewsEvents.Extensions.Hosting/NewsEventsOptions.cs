using System;
using System.ComponentModel.DataAnnotations;

namespace NewsEvents.Extensions.Hosting;

/// <summary>
/// Settings of the NewsEvents pipeline registered by <see cref="NewsEventsServiceCollectionExtensions.AddNewsEvents"/>, bound
/// from the configuration section <see cref="SectionName"/> and validated when the host starts.
/// </summary>
/// <remarks>Mutable only so that the options binder can fill it; the pipeline built from it is immutable.</remarks>
public sealed class NewsEventsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "NewsEvents";

    /// <summary>Gets or sets the path of a user gazetteer file layered over the embedded one, or <see langword="null"/> for none.</summary>
    public string? GazetteerPath { get; set; }

    /// <summary>Gets or sets the reference date of articles that have none of their own, or <see langword="null"/> to infer it from the cluster.</summary>
    public DateOnly? DefaultReference { get; set; }

    /// <summary>The largest <see cref="MaxDegreeOfParallelism"/> accepted.</summary>
    public const int MaxParallelism = 4096;

    /// <summary>Gets or sets how many articles one process analyzes at once (1 to <see cref="MaxParallelism"/>), or <see langword="null"/> for the number of processors.</summary>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>Gets or sets how numeric dates such as 7/8 are read when the article does not settle it.</summary>
    [EnumDataType(typeof(DateOrder), ErrorMessage = "NewsEvents:DateOrder is not a known date order")]
    public DateOrder DateOrder { get; set; } = DateOrder.DayFirst;
}
