using System;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>One place in one article where an event is mentioned: the trigger word or phrase and its exact span.</summary>
/// <remarks>Immutable; equal by value. Offsets are UTF-16 offsets into <see cref="Article.Text"/> of the article.</remarks>
public sealed record EventMention
{
    /// <summary>Creates a mention and checks its invariants.</summary>
    /// <param name="articleId">The article that mentions the event.</param>
    /// <param name="offset">Offset of the trigger's first character in the article text.</param>
    /// <param name="trigger">The trigger exactly as written ("struck", "the quake" is written "quake", "opened fire").</param>
    /// <param name="lemma">
    /// The dictionary form the mentions of one happening share: a verb's base form ("strike"), and for a noun that names the
    /// act of a verb that verb ("killing" gives "kill", "acquisition" gives "acquire"); other nouns keep their singular ("quake").
    /// </param>
    /// <param name="synset">The WordNet 3.1 synset of the word's most frequent event sense ("07443554-n"), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An identifier or the trigger is blank, or the offset is negative.</exception>
    public EventMention(string articleId, int offset, string trigger, string lemma, string? synset = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        ArgumentException.ThrowIfNullOrWhiteSpace(lemma);
        ArticleId = articleId;
        Offset = Preconditions.CheckNotNegative(offset, "EventMention.Offset");
        Trigger = trigger;
        Lemma = lemma;
        Synset = string.IsNullOrWhiteSpace(synset) ? null : synset;
    }

    /// <summary>Gets the identifier of the article that mentions the event.</summary>
    public string ArticleId { get; }

    /// <summary>Gets the offset of the trigger's first character in the article text.</summary>
    public int Offset { get; }

    /// <summary>Gets the length of the trigger in characters.</summary>
    public int Length => Trigger.Length;

    /// <summary>Gets the trigger exactly as written.</summary>
    public string Trigger { get; }

    /// <summary>Gets the dictionary form the mentions of one happening share ("kill" for "killing" and "killed").</summary>
    public string Lemma { get; }

    /// <summary>Gets the WordNet 3.1 synset of the word's most frequent event sense ("07443554-n"), or <see langword="null"/>.</summary>
    public string? Synset { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ArticleId}@{Offset}:{Trigger}";
}
