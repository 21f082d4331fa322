using System;
using System.Collections.Immutable;
using NodaTime;

namespace NewsEvents;

/// <summary>Finds temporal expressions in text and normalizes them against a reference date.</summary>
/// <remarks>Immutable and thread-safe: one instance may be shared by many threads.</remarks>
public sealed class TemporalTagger
{
    /// <summary>Creates a tagger.</summary>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    public TemporalTagger(TemporalTaggerOptions? options = null)
    {
        Options = options ?? TemporalTaggerOptions.Default;
    }

    /// <summary>Gets the options.</summary>
    public TemporalTaggerOptions Options { get; }

    /// <summary>Finds and normalizes the temporal expressions of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The date relative expressions resolve against, or <see langword="null"/> when unknown.</param>
    /// <returns>The mentions, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<TemporalMention> Tag(string text, LocalDate? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ImmutableArray<TemporalMention>.Empty;
    }
}

/// <summary>How numeric dates such as 7/3 are read.</summary>
public enum DateOrder
{
    /// <summary>Day first (23/7) unless the numbers force otherwise.</summary>
    DayFirst,

    /// <summary>Month first (7/23) unless the numbers force otherwise.</summary>
    MonthFirst,
}

/// <summary>Options of the <see cref="TemporalTagger"/>.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record TemporalTaggerOptions
{
    /// <summary>Gets the default options: day-first numeric dates, ambiguous expressions resolved to the past.</summary>
    public static TemporalTaggerOptions Default { get; } = new();

    /// <summary>Gets how ambiguous numeric dates are read.</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.DayFirst;

    /// <summary>Gets a value indicating whether an expression with no tense cue ("on Wednesday") resolves to the past.</summary>
    public bool PreferPast { get; init; } = true;
}
