using System;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>A paragraph of an article, as an offset and length into <see cref="Article.Text"/>.</summary>
/// <param name="Offset">Offset of the first character in the article text.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct Paragraph(int Offset, int Length)
{
    /// <summary>Gets the offset just past the last character.</summary>
    public int End => Offset + Length;
}

/// <summary>A sentence of an article's story text with its offset into <see cref="Article.Text"/>.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Sentence
{
    /// <summary>The invariants of a sentence, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Sentence> Rules = ModelRuleTable<Sentence>.Empty
        .NotNegative(nameof(Offset), static x => x.Offset)
        .NotNegative(nameof(Paragraph), static x => x.Paragraph)
        .Text(nameof(Text), static x => x.Text);

    /// <summary>Creates a sentence and checks its invariants.</summary>
    /// <param name="offset">Offset of the first character in the article text.</param>
    /// <param name="text">The sentence text, exactly as in the article.</param>
    /// <param name="paragraph">Index of the paragraph that holds the sentence.</param>
    /// <exception cref="System.ArgumentException">An invariant does not hold.</exception>
    public Sentence(int offset, string text, int paragraph)
    {
        Offset = offset;
        Text = text;
        Paragraph = paragraph;
        Rules.Check(this);
    }

    /// <summary>Gets the offset of the first character in the article text.</summary>
    public int Offset { get; }

    /// <summary>Gets the sentence text.</summary>
    public string Text { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the offset just past the last character.</summary>
    public int End => Offset + Text.Length;

    /// <summary>Gets the index of the paragraph that holds the sentence.</summary>
    public int Paragraph { get; }

    /// <inheritdoc/>
    public override string ToString() => $"[{Offset}] {Text}";
}

/// <summary>A block of text the reader set aside as not part of the story, kept for inspection.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record BoilerplateBlock
{
    /// <summary>The invariants of a block, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<BoilerplateBlock> Rules = ModelRuleTable<BoilerplateBlock>.Empty
        .Defined(nameof(Kind), static x => x.Kind)
        .NotNegative(nameof(Offset), static x => x.Offset)
        .Text(nameof(Text), static x => x.Text)
        .Text(nameof(Reason), static x => x.Reason);

    /// <summary>Creates a block and checks its invariants.</summary>
    /// <param name="kind">Why the block was set aside.</param>
    /// <param name="offset">Offset of the first character in the article text.</param>
    /// <param name="text">The block text, exactly as in the article.</param>
    /// <param name="reason">A short explanation of the rule that matched.</param>
    /// <exception cref="System.ArgumentException">An invariant does not hold.</exception>
    public BoilerplateBlock(BoilerplateKind kind, int offset, string text, string reason)
    {
        Kind = kind;
        Offset = offset;
        Text = text;
        Reason = reason;
        Rules.Check(this);
    }

    /// <summary>Gets why the block was set aside.</summary>
    public BoilerplateKind Kind { get; }

    /// <summary>Gets the offset of the first character in the article text.</summary>
    public int Offset { get; }

    /// <summary>Gets the block text.</summary>
    public string Text { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the explanation of the rule that matched.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} [{Offset}]: {Text}";
}
