using System;
using System.Collections.Immutable;
using System.Linq;
using FluentValidation;
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
    private static readonly ConflictValidator Validator = new();

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
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
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

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(Id) && ModelRules.IsId(EventId) && Enum.IsDefined(Property) && Enum.IsDefined(Kind) &&
        Enum.IsDefined(Severity) && Sides.Length >= 2 && !string.IsNullOrWhiteSpace(Explanation);
}

/// <summary>Validates <see cref="Conflict"/> instances.</summary>
internal sealed class ConflictValidator : AbstractValidator<Conflict>
{
    /// <summary>Creates the validator.</summary>
    public ConflictValidator()
    {
        RuleFor(x => x.Id).MustBeId();
        RuleFor(x => x.EventId).MustBeId();
        RuleFor(x => x.Property).MustBeDefined();
        RuleFor(x => x.Kind).MustBeDefined();
        RuleFor(x => x.Severity).MustBeDefined();
        RuleFor(x => x.Sides).Must(s => s.Length >= 2).WithMessage(c => $"must have at least two sides, had {c.Sides.Length}");
        RuleFor(x => x.Explanation).MustBeText();
    }
}

/// <summary>What several outlets agree on about one property of one event.</summary>
/// <remarks>Immutable; equal by value, including collection contents.</remarks>
public sealed record Corroboration
{
    private static readonly CorroborationValidator Validator = new();

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
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
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

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(EventId) && Enum.IsDefined(Property) && Value is not null && Articles.Length >= 2 && Claims.Length >= 2 &&
        IndependentSources >= 1 && IndependentSources <= Articles.Length;
}

/// <summary>Validates <see cref="Corroboration"/> instances.</summary>
internal sealed class CorroborationValidator : AbstractValidator<Corroboration>
{
    /// <summary>Creates the validator.</summary>
    public CorroborationValidator()
    {
        RuleFor(x => x.EventId).MustBeId();
        RuleFor(x => x.Property).MustBeDefined();
        RuleFor(x => x.Value).NotNull();
        RuleFor(x => x.Articles).Must(a => a.Length >= 2).WithMessage("must name at least two articles");
        RuleFor(x => x.Claims).Must(c => c.Length >= 2).WithMessage("must name at least two claims");
        RuleFor(x => x.IndependentSources).Must((c, n) => n >= 1 && n <= c.Articles.Length)
            .WithMessage(c => $"must be between 1 and the number of articles ({c.Articles.Length})");
    }
}
