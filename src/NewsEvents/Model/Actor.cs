using System;
using System.Collections.Immutable;
using FluentValidation;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>A person, government, state, organization or armed group that takes part in events.</summary>
/// <remarks>Immutable; equal by value, including the contents of <see cref="Aliases"/>.</remarks>
public sealed record Actor
{
    private static readonly ActorValidator Validator = new();

    /// <summary>Creates an actor and checks its invariants.</summary>
    /// <param name="id">Canonical identifier, such as <c>turkey</c> or <c>zeki-akturk</c>.</param>
    /// <param name="name">Canonical display name.</param>
    /// <param name="kind">What kind of actor this is.</param>
    /// <param name="aliases">Other names seen for the actor ("Türkiye", "Ankara").</param>
    /// <param name="affiliation">Identifier of the actor this one belongs to, if known.</param>
    /// <param name="role">Role or title ("spokesperson", "President"), if known.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Actor(string id, string name, ActorKind kind, ImmutableArray<string> aliases = default, string? affiliation = null, string? role = null)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Affiliation = affiliation;
        Role = role;
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
    }

    /// <summary>Gets the canonical identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of actor.</summary>
    public ActorKind Kind { get; }

    /// <summary>Gets the other names seen for the actor; <c>with</c> checks them as the constructor does.</summary>
    public ImmutableArray<string> Aliases
    {
        get => _aliases.AsImmutableArray();
        init => _aliases = Preconditions.CheckAllText(value, "Actor.Aliases");
    }

    private readonly EquatableArray<string> _aliases;

    /// <summary>Gets the identifier of the actor this one belongs to, or <see langword="null"/>.</summary>
    public string? Affiliation { get; }

    /// <summary>Gets the role or title, or <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id}, {Kind})";

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(Id) && !string.IsNullOrWhiteSpace(Name) && Enum.IsDefined(Kind) &&
        (Affiliation is null || (ModelRules.IsId(Affiliation) && Affiliation != Id));
}

/// <summary>Validates <see cref="Actor"/> instances.</summary>
internal sealed class ActorValidator : AbstractValidator<Actor>
{
    /// <summary>Creates the validator.</summary>
    public ActorValidator()
    {
        RuleFor(x => x.Id).MustBeId();
        RuleFor(x => x.Name).MustBeText();
        RuleFor(x => x.Kind).MustBeDefined();
        RuleFor(x => x.Affiliation).MustBeOptionalId();
        RuleFor(x => x.Affiliation).Must((actor, affiliation) => affiliation != actor.Id).WithMessage("must not be the actor itself");
        RuleForEach(x => x.Aliases).MustBeText();
    }
}
