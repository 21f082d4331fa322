using System;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>One side of a conflict: a value and the claims and articles that assert it.</summary>
/// <remarks>Immutable; equal by value, including collection contents.</remarks>
public sealed record ConflictSide
{
    /// <summary>Creates a side.</summary>
    /// <param name="value">The value this side asserts.</param>
    /// <param name="claims">Identifiers of the claims on this side.</param>
    /// <param name="articles">Identifiers of the articles on this side.</param>
    /// <exception cref="ArgumentException">A side has no claims or no articles.</exception>
    public ConflictSide(ClaimValue value, ImmutableArray<string> claims, ImmutableArray<string> articles)
    {
        ArgumentNullException.ThrowIfNull(value);
        _claims = claims.OrEmpty();
        _articles = articles.OrEmpty();
        if (Claims.IsEmpty || Articles.IsEmpty)
        {
            throw new ArgumentException("ConflictSide.Claims and Articles must not be empty", Claims.IsEmpty ? nameof(claims) : nameof(articles));
        }

        Value = value;
    }

    /// <summary>Gets the value this side asserts.</summary>
    public ClaimValue Value { get; }

    /// <summary>Gets the claim identifiers.</summary>
    public ImmutableArray<string> Claims => _claims.AsImmutableArray();

    private readonly EquatableArray<string> _claims;

    /// <summary>Gets the article identifiers.</summary>
    public ImmutableArray<string> Articles => _articles.AsImmutableArray();

    private readonly EquatableArray<string> _articles;

    /// <inheritdoc/>
    public override string ToString() => $"{Value} in {string.Join(", ", Articles)}";
}

/// <summary>Where outlets contradict each other about one property of one event.</summary>
/// <remarks>Immutable; equal by value, including collection contents.</remarks>
public sealed record Conflict
{
    /// <summary>The invariants of a conflict, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Conflict> Rules = ModelRuleTable<Conflict>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Id(nameof(EventId), static x => x.EventId)
        .Defined(nameof(Property), static x => x.Property)
        .Defined(nameof(Kind), static x => x.Kind)
        .Defined(nameof(Severity), static x => x.Severity)
        .Must(nameof(Sides), static x => x.Sides, static (_, sides) => sides.Length >= 2, static x => $"must have at least two sides, had {x.Sides.Length}")
        .Text(nameof(Explanation), static x => x.Explanation);

    /// <summary>Creates a conflict and checks its invariants.</summary>
    /// <param name="id">Stable conflict identifier.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="property">The property in dispute.</param>
    /// <param name="kind">The kind of disagreement.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="sides">Two or more sides.</param>
    /// <param name="explanation">One sentence a journalist would accept.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Conflict(string id, string eventId, ClaimProperty property, ConflictKind kind, ConflictSeverity severity,
        ImmutableArray<ConflictSide> sides, string explanation)
    {
        Id = id;
        EventId = eventId;
        Property = property;
        Kind = kind;
        Severity = severity;
        _sides = sides.OrEmpty();
        Explanation = explanation;
        Rules.Check(this);
    }

    /// <summary>Gets the conflict identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the event identifier.</summary>
    public string EventId { get; }

    /// <summary>Gets the disputed property.</summary>
    public ClaimProperty Property { get; }

    /// <summary>Gets the kind of disagreement.</summary>
    public ConflictKind Kind { get; }

    /// <summary>Gets the severity.</summary>
    public ConflictSeverity Severity { get; }

    /// <summary>Gets the sides.</summary>
    public ImmutableArray<ConflictSide> Sides => _sides.AsImmutableArray();

    private readonly EquatableArray<ConflictSide> _sides;

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Severity} {Kind} conflict on {EventId}.{Property}: {Explanation}";
}

/// <summary>What several outlets agree on about one property of one event.</summary>
/// <remarks>Immutable; equal by value, including collection contents.</remarks>
public sealed record Corroboration
{
    /// <summary>The invariants of a corroboration, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Corroboration> Rules = ModelRuleTable<Corroboration>.Empty
        .Id(nameof(EventId), static x => x.EventId)
        .Defined(nameof(Property), static x => x.Property)
        .Required(nameof(Value), static x => x.Value)
        .Must(nameof(Articles), static x => x.Articles, static (_, a) => a.Length >= 2, "must name at least two articles")
        .Must(nameof(Claims), static x => x.Claims, static (_, c) => c.Length >= 2, "must name at least two claims")
        .Must(nameof(IndependentSources), static x => x.IndependentSources, static (x, n) => n >= 1 && n <= x.Articles.Length,
            static x => $"must be between 1 and the number of articles ({x.Articles.Length})");

    /// <summary>Creates a corroboration and checks its invariants.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="property">The property agreed on.</param>
    /// <param name="value">The agreed value (the most precise one asserted).</param>
    /// <param name="claims">Identifiers of the agreeing claims.</param>
    /// <param name="articles">Identifiers of the agreeing articles.</param>
    /// <param name="independentSources">How many independent sources agree (wire copies count once).</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Corroboration(string eventId, ClaimProperty property, ClaimValue value, ImmutableArray<string> claims,
        ImmutableArray<string> articles, int independentSources)
    {
        EventId = eventId;
        Property = property;
        Value = value;
        _claims = claims.OrEmpty();
        _articles = articles.OrEmpty();
        IndependentSources = independentSources;
        Rules.Check(this);
    }

    /// <summary>Gets the event identifier.</summary>
    public string EventId { get; }

    /// <summary>Gets the property agreed on.</summary>
    public ClaimProperty Property { get; }

    /// <summary>Gets the agreed value.</summary>
    public ClaimValue Value { get; }

    /// <summary>Gets the claim identifiers.</summary>
    public ImmutableArray<string> Claims => _claims.AsImmutableArray();

    private readonly EquatableArray<string> _claims;

    /// <summary>Gets the article identifiers.</summary>
    public ImmutableArray<string> Articles => _articles.AsImmutableArray();

    private readonly EquatableArray<string> _articles;

    /// <summary>Gets the number of independent sources.</summary>
    public int IndependentSources { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{EventId}.{Property} = {Value}: {Articles.Length} articles, {IndependentSources} independent";
}
