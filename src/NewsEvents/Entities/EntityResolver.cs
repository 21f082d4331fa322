using System.Collections.Immutable;

namespace NewsEvents.Entities;

/// <summary>Whether a mention names an actor, a place or a source.</summary>
internal enum EntityCategory
{
    Actor,
    Place,
    Source,
}

/// <summary>How a mention matched its entry.</summary>
internal enum MatchKind
{
    Name,
    Alias,
    Demonym,
    Metonym,
    Fuzzy,
    Discovered,
    Coreference,
}

/// <summary>A span of article text resolved to a gazetteer or discovered entry.</summary>
internal sealed record EntityMention(int Offset, int Length, string Text, string EntryId, EntityCategory Category, MatchKind Kind);

/// <summary>What entity resolution found in one article.</summary>
internal sealed record EntityResolution(
    ImmutableArray<EntityMention> Mentions,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Place> Places,
    ImmutableArray<Source> Sources);

/// <summary>Finds actors, places and sources in an article's sentences.</summary>
internal sealed class EntityResolver
{
    public EntityResolver(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
    }

    public Gazetteer Gazetteer { get; }

    public EntityResolution Resolve(Article article) =>
        new(ImmutableArray<EntityMention>.Empty, ImmutableArray<Actor>.Empty, ImmutableArray<Place>.Empty, ImmutableArray<Source>.Empty);
}
