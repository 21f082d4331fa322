using System;
using NewsEvents.Text;

namespace NewsEvents;

/// <summary>Reads raw article text or HTML into an <see cref="Article"/>: title, dates, credits, paragraphs, sentences, boilerplate.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ArticleReader
{
    /// <summary>Reads a plain-text article.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="metadata">What the caller knows about the article; its id is required.</param>
    /// <returns>The article, whose text is <paramref name="text"/> unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Article Read(string text, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        return PlainTextReader.Read(text, metadata, ReaderLexicon.Default);
    }

    /// <summary>Reads an HTML article.</summary>
    /// <param name="html">The HTML document or fragment.</param>
    /// <param name="metadata">What the caller knows about the article; its id is required.</param>
    /// <returns>The article, whose text is the extracted story text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Article ReadHtml(string html, ArticleMetadata metadata) => ReadHtml(html, metadata, warning: null);

    /// <summary>Reads an HTML article and reports what was changed to bound the work, such as markup nested too deep.</summary>
    /// <param name="html">The HTML document or fragment.</param>
    /// <param name="metadata">What the caller knows about the article; its id is required.</param>
    /// <param name="warning">Receives one message for each such change (the text is never dropped); null ignores them.</param>
    /// <returns>The article, whose text is the extracted story text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="metadata"/> is null.</exception>
    public static Article ReadHtml(string html, ArticleMetadata metadata, Action<string>? warning)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(metadata);
        var page = HtmlArticleExtractor.Extract(html);
        if (page.TagsDropped > 0)
        {
            warning?.Invoke(ReaderMessages.NestingTooDeep(page.TagsDropped));
        }

        var merged = new ArticleMetadata(metadata.Id, metadata.Outlet, metadata.Title ?? page.Title, metadata.Published ?? page.Published, metadata.Url);
        return PlainTextReader.Read(page.Text, merged, ReaderLexicon.Default);
    }
}
