using System;
using System.Collections.Immutable;
using FluentValidation;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>A country, region, city or facility where events happen.</summary>
/// <remarks>Immutable; equal by value, including the contents of <see cref="Aliases"/>.</remarks>
public sealed record Place
{
    private static readonly PlaceValidator Validator = new();

    /// <summary>Creates a place and checks its invariants.</summary>
    /// <param name="id">Canonical identifier, such as <c>suwayda</c>.</param>
    /// <param name="name">Canonical display name.</param>
    /// <param name="kind">What kind of place this is.</param>
    /// <param name="aliases">Other spellings ("Sweida", "Suweyda").</param>
    /// <param name="within">Identifier of the containing place, if known.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Place(string id, string name, PlaceKind kind, ImmutableArray<string> aliases = default, string? within = null)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Within = within;
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
    }

    /// <summary>Gets the canonical identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of place.</summary>
    public PlaceKind Kind { get; }

    /// <summary>Gets the other spellings of the place.</summary>
    public ImmutableArray<string> Aliases
    {
        get => _aliases.AsImmutableArray();
        init => _aliases = Preconditions.CheckAllText(value, "Place.Aliases");
    }

    private readonly EquatableArray<string> _aliases;

    /// <summary>Gets the identifier of the containing place, or <see langword="null"/>.</summary>
    public string? Within { get; }

    /// <inheritdoc/>
    public override string ToString() => Within is null ? $"{Name} ({Id}, {Kind})" : $"{Name} ({Id}, {Kind} in {Within})";

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(Id) && !string.IsNullOrWhiteSpace(Name) && Enum.IsDefined(Kind) &&
        (Within is null || (ModelRules.IsId(Within) && Within != Id));
}

/// <summary>Validates <see cref="Place"/> instances.</summary>
internal sealed class PlaceValidator : AbstractValidator<Place>
{
    /// <summary>Creates the validator.</summary>
    public PlaceValidator()
    {
        RuleFor(x => x.Id).MustBeId();
        RuleFor(x => x.Name).MustBeText();
        RuleFor(x => x.Kind).MustBeDefined();
        RuleFor(x => x.Within).MustBeOptionalId();
        RuleFor(x => x.Within).Must((place, within) => within != place.Id).WithMessage("must not be the place itself");
        RuleForEach(x => x.Aliases).MustBeText();
    }
}
