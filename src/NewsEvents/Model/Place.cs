using System;
using System.Collections.Immutable;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>A country, region, city or facility where events happen.</summary>
/// <remarks>Immutable; equal by value, including the contents of <see cref="Aliases"/>.</remarks>
public sealed record Place
{
    /// <summary>The invariants of a place, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Place> Rules = ModelRuleTable<Place>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Text(nameof(Name), static x => x.Name)
        .Defined(nameof(Kind), static x => x.Kind)
        .OptionalId(nameof(Within), static x => x.Within)
        .Must(nameof(Within), static x => x.Within, static (x, within) => within != x.Id, "must not be the place itself")
        .EachText(nameof(Aliases), static x => x.Aliases)
        .CheckedOnInit(nameof(Aliases));

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
        Rules.Check(this);
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
}
