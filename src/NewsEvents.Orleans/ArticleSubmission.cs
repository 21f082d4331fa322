using System;
using Orleans;

namespace NewsEvents.Orleans;

/// <summary>One article handed to the cluster: its text and what the caller knows about it (id, outlet, title, date, URL).</summary>
/// <remarks>Immutable; equal by value. The metadata travels as its NewsEvents JSON.</remarks>
[GenerateSerializer]
[Immutable]
public sealed record ArticleSubmission
{
    /// <summary>Creates a submission.</summary>
    /// <param name="text">The article text, plain text or HTML as <see cref="ArticleReader.Read"/> takes it.</param>
    /// <param name="metadata">The article's metadata; its <see cref="ArticleMetadata.Id"/> names the article in the report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="metadata"/> is null.</exception>
    public ArticleSubmission(string text, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
    }

    /// <summary>Gets the article text.</summary>
    [Id(0)]
    public string Text { get; }

    /// <summary>Gets the article's metadata.</summary>
    [Id(1)]
    public ArticleMetadata Metadata { get; }
}
