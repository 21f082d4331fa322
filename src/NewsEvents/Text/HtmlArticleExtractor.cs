using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NodaTime.Text;

namespace NewsEvents.Text;

/// <summary>The readable text of an HTML page with the title and publication date the page declares.</summary>
/// <param name="Text">Story text: one block element per line.</param>
/// <param name="Title">og:title, else the first &lt;h1&gt;, else &lt;title&gt;.</param>
/// <param name="Published">article:published_time, else the first &lt;time datetime&gt;.</param>
/// <param name="TagsDropped">How many elements nested too deep lost their tags before parsing (<see cref="HtmlNestingLimiter"/>).</param>
internal sealed record HtmlPage(string Text, string? Title, NodaTime.LocalDate? Published, int TagsDropped = 0);

/// <summary>Extracts readable text from HTML with a real parser (AngleSharp), dropping scripts, styles and page chrome.</summary>
/// <remarks>Stateless and thread-safe: every call uses its own parser.</remarks>
internal static class HtmlArticleExtractor
{
    private const string Dropped = "script, style, noscript, template, nav, aside, footer, form, button, iframe, svg, object, embed, select, figcaption, [role=navigation], [role=complementary], [aria-hidden=true]";

    private static readonly FrozenSet<string> BlockElements = new[]
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figure", "address", "details", "summary",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static HtmlPage Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(HtmlNestingLimiter.Limit(html, HtmlNestingLimiter.MaxDepth, out var tagsDropped));
        var title = Clean(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"))
            ?? Clean(document.QuerySelector("h1")?.TextContent)
            ?? Clean(document.Title);
        var published = ParseDate(document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"))
            ?? ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        // Dropped elements are skipped by the walk below rather than removed: removing a node looks up its index among its
        // siblings, so removing many siblings one by one is quadratic (a page of 200,000 empty scripts).
        var dropped = new HashSet<INode>(document.QuerySelectorAll(Dropped), ReferenceEqualityComparer.Instance);
        var root = FindRoot(document, dropped);
        var lines = new List<string>();
        var line = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            var isBlock = node is IElement block && BlockElements.Contains(block.LocalName);
            if (closing)
            {
                Flush(line, lines);
                continue;
            }

            if (node is IText textNode)
            {
                AppendCollapsed(line, textNode.Data);
                continue;
            }

            if (dropped.Contains(node))
            {
                continue;
            }

            if (node is IElement heading && heading.LocalName == "h1" && title is not null && Clean(heading.TextContent) == title)
            {
                // The title is reported separately; keeping it out of the story text keeps it out of the sentences.
                continue;
            }

            if (isBlock)
            {
                Flush(line, lines);
                stack.Push((node, true));
            }

            // By index: AngleSharp finds a node's previous or next sibling by searching its parent's children, so walking
            // siblings through those links is quadratic in their number (1,000,000 sibling elements ran for minutes).
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        Flush(line, lines);
        return new HtmlPage(string.Join('\n', lines), title, published, tagsDropped);
    }

    /// <summary>
    /// The story root: the first &lt;article&gt;, else &lt;main&gt;, else [role=main] outside the dropped elements, else the body;
    /// found in one walk in document order that skips dropped subtrees.
    /// </summary>
    private static IElement FindRoot(IDocument document, HashSet<INode> dropped)
    {
        IElement? main = null;
        IElement? roleMain = null;
        var stack = new Stack<INode>();
        stack.Push(document);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (dropped.Contains(node))
            {
                continue;
            }

            if (node is IElement element)
            {
                if (element.LocalName == "article")
                {
                    return element;
                }

                if (main is null && element.LocalName == "main")
                {
                    main = element;
                }

                if (roleMain is null && string.Equals(element.GetAttribute("role"), "main", StringComparison.Ordinal))
                {
                    roleMain = element;
                }
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement)
                {
                    stack.Push(children[i]);
                }
            }
        }

        return main ?? roleMain ?? document.Body ?? document.DocumentElement;
    }

    private static void AppendCollapsed(StringBuilder line, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder line, List<string> lines)
    {
        var text = line.ToString().Trim();
        if (text.Length > 0)
        {
            lines.Add(text);
        }

        line.Clear();
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        AppendCollapsed(builder, value);
        return builder.ToString().Trim();
    }

    private static NodaTime.LocalDate? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        value = value.Trim();
        if (value.Length < 10)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(value[..10]);
        return result.Success && result.Value.Year is >= 1000 and <= 9999 ? result.Value : null;
    }
}
