using System;
using System.Collections.Immutable;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>An outlet or agency that publishes or relays news (Anadolu Agency, AFP, ILKHA).</summary>
/// <remarks>Immutable; equal by value, including the contents of <see cref="Aliases"/>.</remarks>
public sealed record Source
{
    /// <summary>The invariants of a source, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Source> Rules = ModelRuleTable<Source>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Text(nameof(Name), static x => x.Name)
        .Defined(nameof(Kind), static x => x.Kind)
        .EachText(nameof(Aliases), static x => x.Aliases);

    /// <summary>Creates a source and checks its invariants.</summary>
    /// <param name="id">Stable identifier, such as <c>anadolu-agency</c>.</param>
    /// <param name="name">Display name.</param>
    /// <param name="kind">Outlet, wire agency or broadcaster.</param>
    /// <param name="aliases">Other names and abbreviations ("AA").</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Source(string id, string name, SourceKind kind = SourceKind.Outlet, ImmutableArray<string> aliases = default)
    {
        Id = id;
        Name = name;
        Kind = kind;
        _aliases = aliases.OrEmpty();
        Rules.Check(this);
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of source.</summary>
    public SourceKind Kind { get; }

    /// <summary>Gets the other names of the source.</summary>
    public ImmutableArray<string> Aliases => _aliases.AsImmutableArray();

    private readonly EquatableArray<string> _aliases;

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id}, {Kind})";
}
