using System;
using System.Collections.Immutable;

namespace NewsEvents;

/// <summary>Finds numbers and amounts in text, in digits or words, with modifiers and the counted thing.</summary>
/// <remarks>Immutable and thread-safe: one instance may be shared by many threads.</remarks>
public sealed class QuantityTagger
{
    /// <summary>Gets a shared default instance.</summary>
    public static QuantityTagger Default { get; } = new();

    /// <summary>Finds the quantities of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The mentions, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<QuantityMention> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ImmutableArray<QuantityMention>.Empty;
    }
}
