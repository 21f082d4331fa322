using System;
using System.Collections.Immutable;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>A person, government, state, organization or armed group that takes part in events.</summary>
/// <remarks>Immutable; equal by value, including the contents of <see cref="Aliases"/>.</remarks>
public sealed record Actor
{
    /// <summary>The invariants of an actor, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Actor> Rules = ModelRuleTable<Actor>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Text(nameof(Name), static x => x.Name)
        .Defined(nameof(Kind), static x => x.Kind)
        .OptionalId(nameof(Affiliation), static x => x.Affiliation)
        .Must(nameof(Affiliation), static x => x.Affiliation, static (x, affiliation) => affiliation != x.Id, "must not be the actor itself")
        .EachText(nameof(Aliases), static x => x.Aliases)
        .CheckedOnInit(nameof(Aliases));

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
        Rules.Check(this);
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
}
