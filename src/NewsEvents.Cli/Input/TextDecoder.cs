using System;
using System.IO;
using System.Text;

namespace NewsEvents.Cli.Input;

/// <summary>Reads input files as text with a size limit, rejecting binary and undecodable content with a clear reason.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file as text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest accepted size.</param>
    /// <param name="html">Whether the file is HTML, which may declare its encoding in a meta tag.</param>
    /// <param name="encoding">The encoding of text files without a byte order mark (<c>--encoding</c>), or null for UTF-8.</param>
    /// <param name="text">The text, on success.</param>
    /// <param name="error">Why the file was rejected, on failure.</param>
    /// <returns>Whether the file was read.</returns>
    public static bool TryReadFile(string path, long maxBytes, bool html, Encoding? encoding, out string text, out string error)
    {
        text = string.Empty;
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                error = TooLarge(stream.Length, maxBytes);
                return false;
            }

            // Read at most one byte more than the limit, so a file that grows while being read is still bounded.
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    error = TooLarge(buffer.Length, maxBytes, atLeast: true);
                    return false;
                }
            }

            bytes = buffer.ToArray();
        }
        catch (FileNotFoundException)
        {
            error = "no such file (was it deleted while reading?)";
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            error = "no such file (was its folder deleted while reading?)";
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied";
            return false;
        }
        catch (IOException e)
        {
            error = "cannot be read: " + e.Message;
            return false;
        }

        return TryDecode(bytes, html, out text, out error, html ? null : encoding);
    }

    /// <summary>
    /// Decodes bytes as UTF-8 (or UTF-16 when a byte order mark says so), rejecting binary content. HTML that is not UTF-8
    /// is decoded with the charset its meta tag declares (windows-1252, ISO-8859-x, Shift_JIS…).
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="html">Whether the bytes are an HTML page.</param>
    /// <param name="text">The text, on success.</param>
    /// <param name="error">Why the bytes were rejected, on failure.</param>
    /// <param name="encoding">
    /// The encoding of bytes without a byte order mark, or null for UTF-8; a byte order mark still wins, since it cannot be
    /// mistaken for text in the single-byte encodings people name.
    /// </param>
    /// <returns>Whether the bytes are text.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, bool html, out string text, out string error, Encoding? encoding = null)
    {
        text = string.Empty;
        error = string.Empty;
        if (bytes.IsEmpty)
        {
            error = "empty file";
            return false;
        }

        var utf16 = false;
        var bom = false;
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bom = true;
                text = StrictUtf8.GetString(bytes[3..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                utf16 = true;
                text = StrictUtf16Le.GetString(bytes[2..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                utf16 = true;
                text = StrictUtf16Be.GetString(bytes[2..]);
            }
            else if (encoding is not null && encoding is not UTF8Encoding)
            {
                try
                {
                    text = encoding.GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    error = bytes.Contains((byte)0) ? "binary file (contains NUL bytes); expected text" : $"not valid {encoding.WebName} text (--encoding)";
                    return false;
                }
            }
            else
            {
                text = StrictUtf8.GetString(bytes);
            }
        }
        catch (DecoderFallbackException)
        {
            // UTF-16 text is full of zero bytes, so only a UTF-8 candidate with zero bytes counts as binary.
            if (utf16 || bom || bytes.Contains((byte)0) || !html)
            {
                error = utf16 ? "not valid UTF-16 text (despite its byte order mark)"
                    : bytes.Contains((byte)0) ? "binary file (contains NUL bytes); expected text" : "not UTF-8 text";
                return false;
            }

            // Valid UTF-8 wins over a declaration (pages are often converted to UTF-8 and keep their old meta tag), so the
            // declared charset is used only for bytes that are not UTF-8.
            if (!TryDecodeDeclared(bytes, out text, out error))
            {
                return false;
            }
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            error = "binary file (contains NUL bytes); expected text";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty file (only white space)";
            return false;
        }

        return true;
    }

    private static bool TryDecodeDeclared(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        text = string.Empty;
        error = string.Empty;
        if (HtmlCharset.FindDeclared(bytes) is not { } label)
        {
            error = "not UTF-8 text, and no <meta charset> declares another encoding";
            return false;
        }

        if (HtmlCharset.Resolve(label) is not { } encoding)
        {
            error = $"not UTF-8 text, and its declared charset '{label}' is not supported";
            return false;
        }

        if (encoding is UTF8Encoding)
        {
            error = $"not UTF-8 text, although its meta tag declares '{label}'";
            return false;
        }

        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = $"not valid {encoding.WebName} text (the charset '{label}' its meta tag declares)";
            return false;
        }
    }

    private static string TooLarge(long length, long maxBytes, bool atLeast = false) =>
        FormattableString.Invariant($"too large ({(atLeast ? "over " : "")}{length} bytes); the limit is {maxBytes / (1024 * 1024)} MB");
}
