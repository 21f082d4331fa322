using System;
using System.Collections.Frozen;
using System.Text;

namespace NewsEvents.Cli.Input;

/// <summary>
/// Finds the character encoding an HTML page declares in a <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> tag near its start, as browsers do before parsing.
/// </summary>
internal static class HtmlCharset
{
    /// <summary>Only this many bytes at the start of a page are searched for the declaration.</summary>
    public const int PrescanBytes = 4096;

    // As in browsers (WHATWG Encoding), these labels mean windows-1252: pages labelled Latin-1 use its curly quotes.
    private static readonly FrozenSet<string> Windows1252Labels = new[]
    {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso-ir-100", "latin1", "l1",
        "csisolatin1", "cp819", "ibm819", "us-ascii", "ascii", "ansi_x3.4-1968",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A page that could be read by its ASCII meta tag cannot really be UTF-16, so browsers take these as UTF-8.
    private static readonly FrozenSet<string> Utf8Labels = new[]
    {
        "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Finds the charset label the page declares.</summary>
    /// <param name="bytes">The page, undecoded.</param>
    /// <returns>The label in lower case, such as <c>windows-1252</c>, or null when the page declares none.</returns>
    public static string? FindDeclared(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        var i = 0;
        while (i < head.Length)
        {
            var open = head[i..].IndexOf((byte)'<');
            if (open < 0)
            {
                return null;
            }

            i += open;
            if (head[i..].StartsWith("<!--"u8))
            {
                var close = head[(i + 4)..].IndexOf("-->"u8);
                if (close < 0)
                {
                    return null;
                }

                i += 4 + close + 3;
                continue;
            }

            if (i + 5 < head.Length && Ascii.EqualsIgnoreCase(head.Slice(i + 1, 4), "meta"u8) && IsSpaceOrSlash(head[i + 5]))
            {
                if (MetaCharset(head, i + 5, out i) is { } label)
                {
                    return label;
                }

                continue;
            }

            i++;
        }

        return null;
    }

    /// <summary>The encoding for a charset label, strict about bytes it does not define.</summary>
    /// <param name="label">The label, in lower case.</param>
    /// <returns>The encoding, or null when .NET does not know the label.</returns>
    public static Encoding? Resolve(string label)
    {
        if (Utf8Labels.Contains(label))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        var name = Windows1252Labels.Contains(label) ? "windows-1252" : label;
        return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Reads the attributes of one meta tag; returns its charset, or null; <paramref name="end"/> is after the tag.</summary>
    private static string? MetaCharset(ReadOnlySpan<byte> head, int start, out int end)
    {
        string? charset = null, contentCharset = null;
        var contentType = false;
        var i = start;
        while (true)
        {
            while (i < head.Length && IsSpaceOrSlash(head[i]))
            {
                i++;
            }

            if (i >= head.Length || head[i] == '>')
            {
                end = i + 1;
                return charset ?? (contentType ? contentCharset : null);
            }

            var nameStart = i;
            while (i < head.Length && !IsSpaceOrSlash(head[i]) && head[i] is not ((byte)'=' or (byte)'>'))
            {
                i++;
            }

            var name = head[nameStart..i];
            while (i < head.Length && IsSpace(head[i]))
            {
                i++;
            }

            var value = ReadOnlySpan<byte>.Empty;
            if (i < head.Length && head[i] == '=')
            {
                i++;
                while (i < head.Length && IsSpace(head[i]))
                {
                    i++;
                }

                if (i < head.Length && head[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = head[i];
                    var close = head[(i + 1)..].IndexOf(quote);
                    var valueEnd = close < 0 ? head.Length : i + 1 + close;
                    value = head[(i + 1)..valueEnd];
                    i = Math.Min(valueEnd + 1, head.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < head.Length && !IsSpace(head[i]) && head[i] != '>')
                    {
                        i++;
                    }

                    value = head[valueStart..i];
                }
            }

            if (Ascii.EqualsIgnoreCase(name, "charset"u8))
            {
                charset ??= Label(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "http-equiv"u8))
            {
                contentType |= Ascii.EqualsIgnoreCase(value.Trim(" \t\r\n\f"u8), "content-type"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "content"u8))
            {
                contentCharset ??= CharsetInContent(value);
            }
        }
    }

    /// <summary>The charset in a content value such as <c>text/html; charset=windows-1252</c>.</summary>
    private static string? CharsetInContent(ReadOnlySpan<byte> content)
    {
        for (var i = 0; i + 7 <= content.Length; i++)
        {
            if (!Ascii.EqualsIgnoreCase(content.Slice(i, 7), "charset"u8))
            {
                continue;
            }

            var rest = content[(i + 7)..].TrimStart(" \t\r\n\f"u8);
            if (rest.IsEmpty || rest[0] != '=')
            {
                continue;
            }

            rest = rest[1..].TrimStart(" \t\r\n\f\"'"u8);
            var end = rest.IndexOfAny(" \t\r\n\f;\"'"u8);
            return Label(end < 0 ? rest : rest[..end]);
        }

        return null;
    }

    private static string? Label(ReadOnlySpan<byte> value)
    {
        value = value.Trim(" \t\r\n\f"u8);
        if (value.IsEmpty || value.Length > 64 || !Ascii.IsValid(value))
        {
            return null;
        }

        return Encoding.ASCII.GetString(value).ToLowerInvariant();
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static bool IsSpaceOrSlash(byte b) => IsSpace(b) || b == '/';
}
