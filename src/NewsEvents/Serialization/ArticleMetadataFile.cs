using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using NewsEvents.Internal;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents;

/// <summary>
/// Reads a metadata sidecar: a JSON array with one object per article,
/// <c>{"id": "…", "source": "…", "title": "…", "published": "yyyy-MM-dd", "url": "…"}</c>.
/// </summary>
/// <remarks>
/// Missing fields and <c>null</c> are the same; unknown fields are ignored; property names match ignoring case.
/// Parsing is culture-invariant, and either the whole file loads or a <see cref="FormatException"/> is thrown.
/// Stateless and thread-safe.
/// </remarks>
public static class ArticleMetadataFile
{
    // The largest sidecar file Load reads, in bytes: far above any real sidecar, low enough to bound memory.
    internal const long MaxFileBytes = 64L * 1024 * 1024;

    private const int MaxDepth = 16;

    /// <summary>Parses sidecar JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Name of the origin used in error messages, such as the file path.</param>
    /// <returns>The metadata, in file order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">
    /// The text is not an array of metadata objects; the message names the source, line, position and JSON path.
    /// </exception>
    public static ImmutableArray<ArticleMetadata> Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var text = new StringReader(json);
        using var reader = new JsonTextReader(text)
        {
            MaxDepth = MaxDepth,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            CloseInput = false,
        };
        try
        {
            return ReadArray(reader, sourceName);
        }
        catch (JsonReaderException e)
        {
            throw new FormatException(
                Describe(sourceName, e.LineNumber, e.LinePosition, e.Path, FirstSentence(e.Message)), e);
        }
    }

    /// <summary>Reads and parses a sidecar file (UTF-8, with or without a byte order mark).</summary>
    /// <param name="path">Path of the file.</param>
    /// <returns>The metadata, in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="FormatException">The file is over 64 MB, not UTF-8, or not an array of metadata objects.</exception>
    public static ImmutableArray<ArticleMetadata> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            throw new FormatException(
                string.Create(CultureInfo.InvariantCulture, $"{path}: file has {length} bytes; must be at most {MaxFileBytes}"));
        }

        var bytes = File.ReadAllBytes(path);
        string json;
        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            json = strict.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException($"{path}: not UTF-8 text", e);
        }

        return Parse(json, path);
    }

    private static ImmutableArray<ArticleMetadata> ReadArray(JsonTextReader reader, string sourceName)
    {
        if (!reader.Read())
        {
            Fail(reader, sourceName, "empty document; expected an array of objects");
        }

        if (reader.TokenType != JsonToken.StartArray)
        {
            Fail(reader, sourceName, $"found {Describe(reader.TokenType)}; expected an array of objects");
        }

        var result = ImmutableArray.CreateBuilder<ArticleMetadata>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            ReadOrFail(reader, sourceName);
            if (reader.TokenType == JsonToken.EndArray)
            {
                break;
            }

            if (reader.TokenType != JsonToken.StartObject)
            {
                Fail(reader, sourceName, $"found {Describe(reader.TokenType)}; each element must be an object");
            }

            var line = reader.LineNumber;
            var position = reader.LinePosition;
            var path = reader.Path;
            var metadata = ReadObject(reader, sourceName);
            if (!seen.Add(metadata.Id))
            {
                throw new FormatException(Describe(sourceName, line, position, path, $"duplicate id '{metadata.Id}'"));
            }

            result.Add(metadata);
        }

        // Anything after the array (a second document, stray text) is an error, not silently ignored.
        if (reader.Read())
        {
            Fail(reader, sourceName, $"found {Describe(reader.TokenType)} after the array; expected the end of the document");
        }

        return result.ToImmutable();
    }

    private static ArticleMetadata ReadObject(JsonTextReader reader, string sourceName)
    {
        var startLine = reader.LineNumber;
        var startPosition = reader.LinePosition;
        var startPath = reader.Path;
        string? id = null;
        string? source = null;
        string? title = null;
        string? url = null;
        LocalDate? published = null;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            ReadOrFail(reader, sourceName);
            if (reader.TokenType == JsonToken.EndObject)
            {
                break;
            }

            var name = (string)reader.Value!;
            if (!names.Add(name))
            {
                Fail(reader, sourceName, $"duplicate property '{name}'");
            }

            ReadOrFail(reader, sourceName);
            switch (name.ToUpperInvariant())
            {
                case "ID":
                    id = ReadString(reader, sourceName, name);
                    if (id is null || string.IsNullOrWhiteSpace(id) || id.Trim().Length != id.Length)
                    {
                        Fail(reader, sourceName, "id must be a non-empty string without leading or trailing white space");
                    }

                    break;
                case "SOURCE":
                    source = ReadString(reader, sourceName, name);
                    break;
                case "TITLE":
                    title = ReadString(reader, sourceName, name);
                    break;
                case "URL":
                    url = ReadString(reader, sourceName, name);
                    break;
                case "PUBLISHED":
                    published = ReadDate(reader, sourceName, name);
                    break;
                default:
                    // Unknown fields are ignored so that sidecars can carry more than NewsEvents reads.
                    reader.Skip();
                    break;
            }
        }

        if (id is null)
        {
            throw new FormatException(Describe(sourceName, startLine, startPosition, startPath, "missing required property 'id'"));
        }

        return new ArticleMetadata(id, source, title, published, url);
    }

    private static string? ReadString(JsonTextReader reader, string sourceName, string name)
    {
        return reader.TokenType switch
        {
            JsonToken.Null or JsonToken.Undefined => null,
            JsonToken.String => (string)reader.Value!,
            _ => FailWith<string>(reader, sourceName, $"'{name}' is {Describe(reader.TokenType)}; must be a string or null"),
        };
    }

    private static LocalDate? ReadDate(JsonTextReader reader, string sourceName, string name)
    {
        var text = ReadString(reader, sourceName, name);
        if (text is null)
        {
            return null;
        }

        if (!IsoDates.TryParse(text, out var result))
        {
            Fail(reader, sourceName, $"'{name}' was \"{Excerpt(text)}\"; must be {IsoDates.Expected}, with a year from 1000 to 9999");
        }

        return result;
    }

    private static void ReadOrFail(JsonTextReader reader, string sourceName)
    {
        if (!reader.Read())
        {
            Fail(reader, sourceName, "unexpected end of document");
        }
    }

    [DoesNotReturn]
    private static void Fail(JsonTextReader reader, string sourceName, string reason) =>
        throw new FormatException(Describe(sourceName, reader.LineNumber, reader.LinePosition, reader.Path, reason));

    [DoesNotReturn]
    private static T FailWith<T>(JsonTextReader reader, string sourceName, string reason) =>
        throw new FormatException(Describe(sourceName, reader.LineNumber, reader.LinePosition, reader.Path, reason));

    private static string Describe(string sourceName, int line, int position, string? path, string reason) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{sourceName}: line {line}, position {position}, path '{(string.IsNullOrEmpty(path) ? "$" : "$" + (path.StartsWith('[') ? "" : ".") + path)}': {reason}");

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.String => "a string",
        JsonToken.Integer or JsonToken.Float => "a number",
        JsonToken.Boolean => "a boolean",
        JsonToken.Null or JsonToken.Undefined => "null",
        JsonToken.PropertyName => "a property",
        _ => token.ToString(),
    };

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // Newtonsoft appends "Path '…', line n, position m." to its messages; we report those ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }
}
