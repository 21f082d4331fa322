using System;
using System.Collections.Generic;
using System.Text.Json;
using NewsEvents.Internal;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Cli.Input;

/// <summary>One article read from a line of JSON: <c>{"id", "text", "source", "title", "published", "url"}</c>.</summary>
internal sealed record JsonLineArticle(string Id, string Text, string? Source, string? Title, LocalDate? Published, string? Url);

/// <summary>Parses JSON-lines article input, one object per line; blank lines are skipped.</summary>
internal static class JsonLines
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Splits text into its non-blank lines with 1-based line numbers.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(string text)
    {
        var number = 0;
        var start = 0;
        while (start < text.Length)
        {
            number++;
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end].TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line);
            }

            start = end + 1;
        }
    }

    /// <summary>Parses one line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="article">The article, on success.</param>
    /// <param name="error">Why the line was rejected, on failure.</param>
    /// <returns>Whether the line is a valid article.</returns>
    public static bool TryParse(string line, out JsonLineArticle article, out string error)
    {
        article = null!;
        error = string.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            error = FormattableString.Invariant($"not valid JSON at position {(e.BytePositionInLine ?? 0) + 1}");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"the line is {Kind(root.ValueKind)}; must be an object with \"id\" and \"text\"";
                return false;
            }

            string? id = null, text = null, source = null, title = null, url = null, published = null;
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("id" or "text" or "source" or "title" or "url" or "published"))
                {
                    continue; // unknown fields are ignored
                }

                string? value;
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    value = null;
                }
                else if (property.Value.ValueKind == JsonValueKind.String)
                {
                    value = property.Value.GetString();
                }
                else
                {
                    error = $"\"{property.Name}\" is {Kind(property.Value.ValueKind)}; must be a string or null";
                    return false;
                }

                switch (property.Name)
                {
                    case "id": id = value; break;
                    case "text": text = value; break;
                    case "source": source = value; break;
                    case "title": title = value; break;
                    case "url": url = value; break;
                    default: published = value; break;
                }
            }

            if (id is null || string.IsNullOrWhiteSpace(id) || id.Trim().Length != id.Length)
            {
                error = "\"id\" must be a non-empty string without leading or trailing white space";
                return false;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                error = "\"text\" must be a non-empty string";
                return false;
            }

            LocalDate? date = null;
            if (published is not null)
            {
                if (!IsoDates.TryParse(published, out var parsed))
                {
                    error = $"\"published\" was \"{(published.Length > 40 ? published[..40] + "…" : published)}\"; must be {IsoDates.Expected}";
                    return false;
                }

                date = parsed;
            }

            article = new JsonLineArticle(id, text, source, title, date, url);
            return true;
        }
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
