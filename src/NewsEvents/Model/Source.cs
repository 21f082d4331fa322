using System;
using System.Collections.Immutable;
using FluentValidation;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>An outlet or agency that publishes or relays news (Anadolu Agency, AFP, ILKHA).</summary>
/// <remarks>Immutable; equal by value, including the contents of <see cref="Aliases"/>.</remarks>
public sealed record Source
{
    private static readonly SourceValidator Validator = new();

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
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
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

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(Id) && !string.IsNullOrWhiteSpace(Name) && Enum.IsDefined(Kind) && ModelRules.AllText(Aliases);
}

/// <summary>Validates <see cref="Source"/> instances.</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Creates the validator.</summary>
    public SourceValidator()
    {
        RuleFor(x => x.Id).MustBeId();
        RuleFor(x => x.Name).MustBeText();
        RuleFor(x => x.Kind).MustBeDefined();
        RuleForEach(x => x.Aliases).MustBeText();
    }
}
