using System;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Entities;

namespace NewsEvents.Claims;

/// <summary>Turns one article's sentences, entities and temporal and quantity mentions into events and claims.</summary>
/// <remarks>
/// Immutable and thread-safe: all per-article state lives in a private run object. Rules are transparent:
/// every claim carries the sentence it was read from as evidence. Work per sentence is linear in its tokens
/// because every rule looks only at a bounded window around a trigger.
/// </remarks>
internal sealed class ClaimExtractor
{
    /// <summary>Creates an extractor with the embedded default lexicon.</summary>
    public ClaimExtractor()
        : this(EventLexicon.Default)
    {
    }

    /// <summary>Creates an extractor with a lexicon.</summary>
    /// <param name="lexicon">The event lexicon.</param>
    public ClaimExtractor(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        _story = new StoryExtractor(lexicon.Frames);
        _mentions = new MentionAssembler(EventWords.Default);
    }

    /// <summary>Gets the lexicon.</summary>
    public EventLexicon Lexicon { get; }

    // Stateless, built once per lexicon.
    private readonly StoryExtractor _story;
    private readonly MentionAssembler _mentions;

    /// <summary>Extracts the events and claims of one article.</summary>
    /// <param name="article">The article read.</param>
    /// <param name="entities">Entity mentions (offsets into <see cref="Article.Text"/>), actors, places and sources.</param>
    /// <param name="temporal">Temporal mentions with offsets into <see cref="Article.Text"/>.</param>
    /// <param name="quantities">Quantity mentions with offsets into <see cref="Article.Text"/>.</param>
    /// <returns>The analysis.</returns>
    public ArticleAnalysis Extract(Article article, EntityResolution entities,
        ImmutableArray<TemporalMention> temporal, ImmutableArray<QuantityMention> quantities)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(entities);
        temporal = temporal.IsDefault ? ImmutableArray<TemporalMention>.Empty : temporal;
        quantities = quantities.IsDefault ? ImmutableArray<QuantityMention>.Empty : quantities;
        // Each sentence is tokenized once; the three phases read the same tokens.
        var tokens = new SentenceTokens(article);
        var run = new ExtractionRun(Lexicon, article, entities, temporal, quantities, tokens);
        var (events, claims) = run.Run();
        (events, claims) = _mentions.Assemble(article, entities, temporal, events, claims, run.Triggers, tokens);

        // Demonyms ("Somali") come along marked, for people counted by nationality; they name no place.
        var places = entities.Mentions.Where(m => m.Category == EntityCategory.Place || m.Kind == MatchKind.Demonym)
            .Select(m => (m.Offset, m.Length, m.Kind == MatchKind.Demonym ? StoryRun.DemonymPrefix + m.EntryId : m.EntryId)).ToImmutableArray();
        var (story, slots) = _story.Extract(article, temporal, quantities, places, tokens);
        return new ArticleAnalysis(article, entities.Actors, entities.Places, events.Add(story), claims.AddRange(slots), temporal, quantities,
            entities.Sources);
    }
}
