using System;
using System.Collections.Immutable;
using NodaTime;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>What a report says about one article: id, source, title, dates and credits, without the text.</summary>
/// <remarks>Immutable; equal by value, including collection contents.</remarks>
public sealed record ArticleSummary
{
    /// <summary>Creates a summary.</summary>
    /// <param name="id">Article identifier.</param>
    /// <param name="source">Outlet name, if known.</param>
    /// <param name="title">Title, if known.</param>
    /// <param name="published">Publication date, if known.</param>
    /// <param name="referenceDate">Reference date with its basis.</param>
    /// <param name="credits">Credited agencies and authors.</param>
    /// <param name="relays">Relayed agencies.</param>
    /// <param name="url">Where the article was published, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public ArticleSummary(string id, string? source, string? title, LocalDate? published, ReferenceDate referenceDate,
        ImmutableArray<string> credits = default, ImmutableArray<string> relays = default, string? url = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(referenceDate);
        Id = id;
        Source = source;
        Title = title;
        Published = published;
        ReferenceDate = referenceDate;
        _credits = credits.OrEmpty();
        _relays = relays.OrEmpty();
        Url = url;
    }

    /// <summary>Gets the article identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the outlet name, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the publication date, or <see langword="null"/>.</summary>
    public LocalDate? Published { get; }

    /// <summary>Gets the reference date and basis.</summary>
    public ReferenceDate ReferenceDate { get; }

    /// <summary>Gets the credited agencies and authors.</summary>
    public ImmutableArray<string> Credits => _credits.AsImmutableArray();

    private readonly EquatableArray<string> _credits;

    /// <summary>Gets the relayed agencies.</summary>
    public ImmutableArray<string> Relays => _relays.AsImmutableArray();

    private readonly EquatableArray<string> _relays;

    /// <summary>Gets where the article was published, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>Summarizes an article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The summary.</returns>
    internal static ArticleSummary Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.Id, article.Source, article.Title, article.Published, article.ReferenceDate, article.Credits, article.Relays, article.Url);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Source ?? "unknown source"}, reference {ReferenceDate})";
}

/// <summary>The events and claims of one article, before reconciliation.</summary>
/// <remarks>Immutable; equal by value, including collection contents.</remarks>
public sealed record ArticleAnalysis
{
    /// <summary>Creates an analysis.</summary>
    /// <param name="article">The article read.</param>
    /// <param name="actors">Actors mentioned.</param>
    /// <param name="places">Places mentioned.</param>
    /// <param name="events">Events found.</param>
    /// <param name="claims">Claims made.</param>
    /// <param name="temporalMentions">Temporal expressions in the story sentences.</param>
    /// <param name="quantityMentions">Quantities in the story sentences.</param>
    /// <param name="sources">Outlets and agencies the article names, credits or relays, with the aliases seen.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public ArticleAnalysis(Article article, ImmutableArray<Actor> actors = default, ImmutableArray<Place> places = default,
        ImmutableArray<Event> events = default, ImmutableArray<Claim> claims = default,
        ImmutableArray<TemporalMention> temporalMentions = default, ImmutableArray<QuantityMention> quantityMentions = default,
        ImmutableArray<Source> sources = default)
    {
        Article = article;
        _actors = actors.OrEmpty();
        _places = places.OrEmpty();
        _events = events.OrEmpty();
        _claims = claims.OrEmpty();
        _temporalMentions = temporalMentions.OrEmpty();
        _quantityMentions = quantityMentions.OrEmpty();
        _sources = sources.OrEmpty();
    }

    /// <summary>Gets the article.</summary>
    public Article Article
    {
        get => _article;
        init => _article = value ?? throw new ArgumentNullException(nameof(Article));
    }

    // Set by the constructor through the init accessor, which the compiler does not follow.
    private readonly Article _article = null!;

    /// <summary>Gets the actors mentioned.</summary>
    public ImmutableArray<Actor> Actors => _actors.AsImmutableArray();

    private readonly EquatableArray<Actor> _actors;

    /// <summary>Gets the places mentioned.</summary>
    public ImmutableArray<Place> Places => _places.AsImmutableArray();

    private readonly EquatableArray<Place> _places;

    /// <summary>Gets the events found.</summary>
    public ImmutableArray<Event> Events
    {
        get => _events.AsImmutableArray();
        init => _events = value;
    }

    private readonly EquatableArray<Event> _events;

    /// <summary>Gets the claims made.</summary>
    public ImmutableArray<Claim> Claims => _claims.AsImmutableArray();

    private readonly EquatableArray<Claim> _claims;

    /// <summary>Gets the temporal expressions found.</summary>
    public ImmutableArray<TemporalMention> TemporalMentions => _temporalMentions.AsImmutableArray();

    private readonly EquatableArray<TemporalMention> _temporalMentions;

    /// <summary>Gets the quantities found.</summary>
    public ImmutableArray<QuantityMention> QuantityMentions => _quantityMentions.AsImmutableArray();

    private readonly EquatableArray<QuantityMention> _quantityMentions;

    /// <summary>Gets the outlets and agencies the article names, credits or relays.</summary>
    public ImmutableArray<Source> Sources => _sources.AsImmutableArray();

    private readonly EquatableArray<Source> _sources;

    /// <inheritdoc/>
    public override string ToString() => $"{Article.Id}: {Events.Length} events, {Claims.Length} claims, {Actors.Length} actors";
}

/// <summary>The reconciled view of many articles: what they corroborate, where they conflict, and what only one claims.</summary>
/// <remarks>Immutable; equal by value, including collection contents. Serialized as <c>newsevents.report/1</c>.</remarks>
public sealed record ReconciliationReport
{
    /// <summary>The schema identifier written in JSON.</summary>
    public const string SchemaId = "newsevents.report/1";

    /// <summary>Creates a report.</summary>
    /// <param name="articles">The articles reconciled.</param>
    /// <param name="sources">The sources (outlets and agencies) involved.</param>
    /// <param name="actors">The actors, merged across articles.</param>
    /// <param name="places">The places, merged across articles.</param>
    /// <param name="events">The events, linked across articles.</param>
    /// <param name="claims">All claims.</param>
    /// <param name="conflicts">The conflicts.</param>
    /// <param name="corroborations">The corroborations.</param>
    /// <param name="singletons">Identifiers of claims only one article makes.</param>
    public ReconciliationReport(ImmutableArray<ArticleSummary> articles = default, ImmutableArray<Source> sources = default,
        ImmutableArray<Actor> actors = default, ImmutableArray<Place> places = default, ImmutableArray<Event> events = default,
        ImmutableArray<Claim> claims = default, ImmutableArray<Conflict> conflicts = default,
        ImmutableArray<Corroboration> corroborations = default, ImmutableArray<string> singletons = default)
    {
        _articles = articles.OrEmpty();
        _sources = sources.OrEmpty();
        _actors = actors.OrEmpty();
        _places = places.OrEmpty();
        _events = events.OrEmpty();
        _claims = claims.OrEmpty();
        _conflicts = conflicts.OrEmpty();
        _corroborations = corroborations.OrEmpty();
        _singletons = singletons.OrEmpty();
    }

    /// <summary>Gets the schema identifier.</summary>
    public string Schema => SchemaId;

    /// <summary>Gets the articles.</summary>
    public ImmutableArray<ArticleSummary> Articles => _articles.AsImmutableArray();

    private readonly EquatableArray<ArticleSummary> _articles;

    /// <summary>Gets the sources.</summary>
    public ImmutableArray<Source> Sources => _sources.AsImmutableArray();

    private readonly EquatableArray<Source> _sources;

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors => _actors.AsImmutableArray();

    private readonly EquatableArray<Actor> _actors;

    /// <summary>Gets the places.</summary>
    public ImmutableArray<Place> Places => _places.AsImmutableArray();

    private readonly EquatableArray<Place> _places;

    /// <summary>Gets the events.</summary>
    public ImmutableArray<Event> Events => _events.AsImmutableArray();

    private readonly EquatableArray<Event> _events;

    /// <summary>Gets the claims.</summary>
    public ImmutableArray<Claim> Claims => _claims.AsImmutableArray();

    private readonly EquatableArray<Claim> _claims;

    /// <summary>Gets the conflicts.</summary>
    public ImmutableArray<Conflict> Conflicts => _conflicts.AsImmutableArray();

    private readonly EquatableArray<Conflict> _conflicts;

    /// <summary>Gets the corroborations.</summary>
    public ImmutableArray<Corroboration> Corroborations => _corroborations.AsImmutableArray();

    private readonly EquatableArray<Corroboration> _corroborations;

    /// <summary>Gets the identifiers of single-source claims.</summary>
    public ImmutableArray<string> Singletons => _singletons.AsImmutableArray();

    private readonly EquatableArray<string> _singletons;

    /// <summary>Describes the report as a summary line followed by aligned tables of conflicts, corroborations and articles.</summary>
    /// <returns>The text; each table shows its first rows and says how many more there are.</returns>
    /// <remarks>Culture-invariant; meant for a debugger, a log or LINQPad, not for parsing.</remarks>
    public override string ToString() => ReportText.Format(this);
}
