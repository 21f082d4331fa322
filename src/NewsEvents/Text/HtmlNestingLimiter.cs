using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;

namespace NewsEvents.Text;

/// <summary>
/// Bounds how deeply HTML elements nest before the page reaches the HTML parser, by dropping the tags of elements that
/// would open deeper than a limit and keeping their text.
/// </summary>
/// <remarks>
/// The HTML tree builder checks the stack of open elements on every start tag, so parsing is quadratic in the nesting
/// depth (200,000 nested <c>&lt;div&gt;</c> took minutes). Browsers cap the depth for the same reason (Chromium at 512).
/// The depth is estimated by a linear scan that skips comments, declarations, raw-text elements (scripts, styles),
/// void elements and elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c>…), which close by themselves.
/// Stateless and thread-safe.
/// </remarks>
internal static class HtmlNestingLimiter
{
    /// <summary>Elements nested deeper than this lose their tags (not their text); Chromium uses the same limit.</summary>
    public const int MaxDepth = 512;

    private static readonly FrozenSet<string> VoidElements = new[]
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    // These close when a sibling opens or their parent closes, so counting them would overestimate the depth.
    private static readonly FrozenSet<string> OptionalEndElements = new[]
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt",
        "rtc", "rp", "html", "head", "body",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Elements an inline end tag does not close across (the HTML parser's "special" elements that nest content).
    private static readonly FrozenSet<string> Blocks = new[]
    {
        "address", "applet", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "marquee",
        "menu", "nav", "object", "ol", "p", "pre", "listing", "search", "section", "select", "summary", "table", "template", "ul", "svg", "math",
        "foreignobject", "desc",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Blocks whose start tag does not close an open paragraph.
    private static readonly FrozenSet<string> KeepParagraphOpen = new[]
    {
        "applet", "button", "marquee", "object", "select", "template", "svg", "math", "foreignobject", "desc",
    }.ToFrozenSet(StringComparer.Ordinal);

    // No end tag closes an element across these (the HTML parser's scope boundaries).
    private static readonly FrozenSet<string> ScopeBoundaries = new[]
    {
        "applet", "caption", "marquee", "object", "table", "template", "svg", "math", "foreignobject", "desc",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far down the open elements an end tag is matched; farther, it is taken as closing nothing.</summary>
    private const int EndTagSearchLimit = 64;

    private static readonly FrozenSet<string> RawTextElements = new[]
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Returns the HTML unchanged when it nests at most <paramref name="maxDepth"/> deep and every end tag closes an open
    /// element, else without the deeper tags and the end tags that close nothing.
    /// </summary>
    /// <param name="html">The HTML.</param>
    /// <param name="maxDepth">The deepest nesting kept.</param>
    /// <returns>The HTML, with the tags of elements nested deeper than <paramref name="maxDepth"/> removed.</returns>
    public static string Limit(string html, int maxDepth = MaxDepth) => Limit(html, maxDepth, out _);

    /// <summary>Returns the HTML unchanged when it needs no change, else without the deeper tags and the end tags that close nothing.</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="maxDepth">The deepest nesting kept.</param>
    /// <param name="stripped">How many elements lost their start tag (0 when the HTML is returned unchanged).</param>
    /// <returns>The HTML, with the tags of elements nested deeper than <paramref name="maxDepth"/> removed.</returns>
    public static string Limit(string html, int maxDepth, out int stripped)
    {
        // The first pass only measures, so the usual, shallow page is returned as it is.
        stripped = 0;
        if (Scan(html, maxDepth, output: null) == 0)
        {
            return html;
        }

        var output = new StringBuilder(html.Length);
        stripped = Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>
    /// Walks the tags once and copies the kept text to <paramref name="output"/>. Without output, returns whether any tag
    /// is to be dropped (0 or 1); with it, how many elements lost their start tag by opening deeper than the limit.
    /// </summary>
    private static int Scan(string html, int maxDepth, StringBuilder? output)
    {
        // The elements the parser would hold open: each with whether its tags are kept. A stray end tag ("</b>" with no
        // <b> open) closes nothing, so it must not lower the depth: "<font>x</b>" repeated nests the fonts.
        var openElements = new List<(string Name, bool Kept)>();
        var openCounts = new Dictionary<string, int>(StringComparer.Ordinal);

        // Paragraphs are held open too, without counting towards the depth, because closing one closes the inline
        // elements left open inside it ("<p><b>x</p>" repeated does not nest the bolds).
        var paragraphs = 0;
        var foreignDepth = 0;
        var tooDeep = 0;
        var changed = 0;
        var copied = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (next == '!' || next == '?')
            {
                var close = html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal)
                    ? html.IndexOf("-->", open + 4, StringComparison.Ordinal)
                    : html.IndexOf('>', open + 2);
                i = close < 0 ? html.Length : close + (html[close] == '-' ? 3 : 1);
                continue;
            }

            var closing = next == '/';
            var nameStart = open + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "a < b" is text, not a tag.
                i = open + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not ('>' or '/') && !char.IsWhiteSpace(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
            var tagEnd = FindTagEnd(html, nameEnd);
            var end = tagEnd < 0 ? html.Length : tagEnd + 1;
            var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            i = end;
            if (closing)
            {
                if (name is "svg" or "math" && foreignDepth > 0)
                {
                    foreignDepth--;
                }

                if (name == "p")
                {
                    paragraphs -= CloseParagraph(openElements, openCounts);
                    continue;
                }

                if (!Counts(name))
                {
                    continue;
                }

                var match = FindOpen(openElements, openCounts, name);
                if (match < 0 || !openElements[match].Kept)
                {
                    // The end tag of an element whose start tag was dropped goes too. So does an end tag that closes
                    // nothing: the parser would search the open elements for it, which costs as much as the depth on
                    // every one ("<font>x</b>" repeated), and might close what this estimate keeps open.
                    changed++;
                    if (output is null)
                    {
                        return changed;
                    }

                    output.Append(html, copied, open - copied);
                    copied = end;
                }

                if (match < 0)
                {
                    continue;
                }

                // Closing an element closes the elements opened inside it (their end tags were left out).
                paragraphs -= PopTo(openElements, openCounts, match);
                continue;
            }

            if (RawTextElements.Contains(name) && !selfClosing)
            {
                // The content of a script or style is text up to its end tag, whatever it looks like.
                var rawEnd = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                i = rawEnd < 0 ? html.Length : rawEnd;
                continue;
            }

            if (name == "plaintext")
            {
                break;
            }

            if (foreignDepth == 0 && (name == "p" || (Blocks.Contains(name) && !KeepParagraphOpen.Contains(name))))
            {
                // A paragraph or a block closes the paragraph left open before it.
                paragraphs -= CloseParagraph(openElements, openCounts);
            }

            if (name == "p" && foreignDepth == 0)
            {
                openElements.Add((name, true));
                openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
                paragraphs++;
                continue;
            }

            // HTML ignores "/>" on its own elements (<div/> stays open); only SVG and MathML elements close themselves.
            if (!Counts(name) || (selfClosing && (foreignDepth > 0 || name is "svg" or "math")))
            {
                continue;
            }

            if (name is "svg" or "math")
            {
                foreignDepth++;
            }

            var kept = openElements.Count - paragraphs < maxDepth;
            openElements.Add((name, kept));
            openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
            if (!kept)
            {
                tooDeep++;
                changed++;
                if (output is null)
                {
                    return changed;
                }

                output.Append(html, copied, open - copied);
                copied = end;
            }
        }

        output?.Append(html, copied, html.Length - copied);
        return output is null ? changed : tooDeep;
    }

    /// <summary>Closes the open paragraph the parser would close, if any; returns how many paragraphs were popped.</summary>
    private static int CloseParagraph(List<(string Name, bool Kept)> openElements, Dictionary<string, int> openCounts)
    {
        var match = FindOpen(openElements, openCounts, "p");
        return match < 0 ? 0 : PopTo(openElements, openCounts, match);
    }

    /// <summary>Pops the open elements down to and including <paramref name="index"/>; returns how many paragraphs were popped.</summary>
    private static int PopTo(List<(string Name, bool Kept)> openElements, Dictionary<string, int> openCounts, int index)
    {
        var paragraphs = 0;
        for (var k = openElements.Count - 1; k >= index; k--)
        {
            var name = openElements[k].Name;
            openCounts[name]--;
            paragraphs += name == "p" ? 1 : 0;
            openElements.RemoveAt(k);
        }

        return paragraphs;
    }

    /// <summary>
    /// The index of the open element an end tag closes, or -1 when the parser would ignore it (or might: then the depth is
    /// overestimated, which only drops more tags). Looks at most <see cref="EndTagSearchLimit"/> elements down, so a run of
    /// end tags costs linear time; an inline end tag does not close across a block ("&lt;b&gt;&lt;div&gt;&lt;/b&gt;" keeps
    /// the div open), and no end tag closes across a table or a foreign element.
    /// </summary>
    private static int FindOpen(List<(string Name, bool Kept)> openElements, Dictionary<string, int> openCounts, string name)
    {
        if (openCounts.GetValueOrDefault(name) == 0)
        {
            return -1;
        }

        var inline = !Blocks.Contains(name);
        var bottom = Math.Max(0, openElements.Count - EndTagSearchLimit);
        for (var k = openElements.Count - 1; k >= bottom; k--)
        {
            var candidate = openElements[k].Name;
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return k;
            }

            if (ScopeBoundaries.Contains(candidate) || (inline && Blocks.Contains(candidate)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool Counts(string name) => !VoidElements.Contains(name) && !OptionalEndElements.Contains(name) && !RawTextElements.Contains(name);

    /// <summary>Finds the '>' that ends a tag, skipping quoted attribute values; -1 when the tag is not closed.</summary>
    private static int FindTagEnd(string html, int start)
    {
        var j = start;
        while (j < html.Length)
        {
            var c = html[j];
            if (c == '>')
            {
                return j;
            }

            if (c == '=')
            {
                j++;
                while (j < html.Length && char.IsWhiteSpace(html[j]))
                {
                    j++;
                }

                if (j < html.Length && html[j] is '"' or '\'')
                {
                    var quote = html.IndexOf(html[j], j + 1);
                    if (quote < 0)
                    {
                        return -1;
                    }

                    j = quote + 1;
                }

                continue;
            }

            j++;
        }

        return -1;
    }
}
