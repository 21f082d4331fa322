using System;
using System.Collections.Immutable;

namespace NewsEvents;

/// <summary>Reads raw article text or HTML into an <see cref="Article"/>: title, dates, credits, paragraphs, sentences, boilerplate.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ArticleReader
{
    /// <summary>Reads a plain-text article.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="metadata">What the caller knows about the article; its id is required.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Article Read(string text, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);

        // Placeholder until the reader lands: one sentence per non-empty line.
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            var lead = line.Length - line.TrimStart().Length;
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                paragraphs.Add(new Paragraph(start + lead, trimmed.Length));
                sentences.Add(new Sentence(start + lead, trimmed.ToString(), paragraphs.Count - 1));
            }

            start = end + 1;
        }

        return new Article(metadata.Id, text, metadata.Outlet, metadata.Title, metadata.Published, null, null,
            default, default, paragraphs.ToImmutable(), sentences.ToImmutable(), default, metadata.Url);
    }

    /// <summary>Reads an HTML article.</summary>
    /// <param name="html">The HTML document or fragment.</param>
    /// <param name="metadata">What the caller knows about the article; its id is required.</param>
    /// <returns>The article, whose text is the extracted story text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Article ReadHtml(string html, ArticleMetadata metadata) => Read(html, metadata);
}
