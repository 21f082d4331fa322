using System;
using System.Collections.Frozen;
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

    private static readonly FrozenSet<string> RawTextElements = new[]
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns the HTML unchanged when it nests at most <paramref name="maxDepth"/> deep, else without the deeper tags.</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="maxDepth">The deepest nesting kept.</param>
    /// <returns>The HTML, with the tags of elements nested deeper than <paramref name="maxDepth"/> removed.</returns>
    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        // The first pass only measures, so the usual, shallow page is returned as it is.
        return Scan(html, maxDepth, output: null) ? Rewrite(html, maxDepth) : html;
    }

    private static string Rewrite(string html, int maxDepth)
    {
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>Walks the tags once; returns whether some element nests deeper than the limit, and copies the kept text to <paramref name="output"/>.</summary>
    private static bool Scan(string html, int maxDepth, StringBuilder? output)
    {
        var depth = 0;
        var foreignDepth = 0;
        var tooDeep = false;
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

                if (!Counts(name) || depth == 0)
                {
                    continue;
                }

                if (depth > maxDepth && output is not null)
                {
                    output.Append(html, copied, open - copied);
                    copied = end;
                }

                depth--;
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

            // HTML ignores "/>" on its own elements (<div/> stays open); only SVG and MathML elements close themselves.
            if (!Counts(name) || (selfClosing && (foreignDepth > 0 || name is "svg" or "math")))
            {
                continue;
            }

            if (name is "svg" or "math")
            {
                foreignDepth++;
            }

            depth++;
            if (depth > maxDepth)
            {
                tooDeep = true;
                if (output is null)
                {
                    return true;
                }

                output.Append(html, copied, open - copied);
                copied = end;
            }
        }

        output?.Append(html, copied, html.Length - copied);
        return tooDeep;
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
