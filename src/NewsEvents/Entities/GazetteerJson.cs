using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Entities;

/// <summary>What one gazetteer JSON document holds: entries to add or merge, and ids to remove.</summary>
internal sealed record GazetteerDocument(ImmutableArray<GazetteerEntry> Entries, ImmutableArray<string> Remove, ImmutableHashSet<string> ReplaceAliases);

/// <summary>Reads gazetteer JSON (schema <c>newsevents.gazetteer/1</c>) strictly: unknown properties, <c>$type</c> and bad values are errors.</summary>
internal static class GazetteerJson
{
    public const string Schema = "newsevents.gazetteer/1";
    public const int MaxDepth = 16;
    public const int MaxChars = 32 * 1024 * 1024;
    public const int MaxEntries = 200_000;
    public const int MaxAliases = 512;
    public const int MaxTextLength = 200;
    public const int MaxAliasWords = 12;

    private static readonly Dictionary<string, EntryType> Types = new(StringComparer.Ordinal)
    {
        ["country"] = EntryType.Country,
        ["region"] = EntryType.Region,
        ["city"] = EntryType.City,
        ["facility"] = EntryType.Facility,
        ["area"] = EntryType.Area,
        ["government"] = EntryType.Government,
        ["organization"] = EntryType.Organization,
        ["armed-group"] = EntryType.ArmedGroup,
        ["person"] = EntryType.Person,
        ["group"] = EntryType.Group,
        ["unnamed-source"] = EntryType.UnnamedSource,
        ["outlet"] = EntryType.Outlet,
        ["wire-agency"] = EntryType.WireAgency,
        ["broadcaster"] = EntryType.Broadcaster,
    };

    private static readonly HashSet<string> EntryProperties = new(StringComparer.Ordinal)
    {
        "id", "name", "type", "aliases", "demonyms", "metonyms", "within", "affiliation", "role", "metonymFor", "iso", "unMember", "capital", "replaceAliases",
    };

    /// <summary>Gets the type names accepted in the "type" property.</summary>
    public static IReadOnlyCollection<string> TypeNames => Types.Keys;

    /// <summary>Parses one document; every failure is a <see cref="FormatException"/> naming the source and the JSON path.</summary>
    public static GazetteerDocument Parse(string json, string sourceName)
    {
        if (json.Length > MaxChars)
        {
            throw new FormatException($"{sourceName}: gazetteer JSON is {json.Length} characters; must be at most {MaxChars}.");
        }

        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                MaxDepth = MaxDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            root = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
                LineInfoHandling = LineInfoHandling.Load,
            });
            if (reader.Read())
            {
                throw Error(sourceName, root, "unexpected content after the JSON document");
            }
        }
        catch (JsonReaderException exception)
        {
            throw new FormatException($"{sourceName}: malformed JSON at path '{exception.Path}' (line {exception.LineNumber}, position {exception.LinePosition}): {exception.Message}", exception);
        }

        if (root is not JObject document)
        {
            throw Error(sourceName, root, "the document must be a JSON object with an \"entries\" array");
        }

        var entries = ImmutableArray.CreateBuilder<GazetteerEntry>();
        var remove = ImmutableArray.CreateBuilder<string>();
        var replace = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var property in document.Properties())
        {
            switch (property.Name)
            {
                case "schema":
                    if (property.Value.Type != JTokenType.String || (string?)property.Value != Schema)
                    {
                        throw Error(sourceName, property.Value, $"\"schema\" must be \"{Schema}\"");
                    }

                    break;
                case "about":
                    break;
                case "entries":
                    if (property.Value is not JArray array)
                    {
                        throw Error(sourceName, property.Value, "\"entries\" must be an array of objects");
                    }

                    if (array.Count > MaxEntries)
                    {
                        throw Error(sourceName, array, $"has {array.Count} entries; at most {MaxEntries} are allowed");
                    }

                    foreach (var item in array)
                    {
                        var entry = ReadEntry(item, sourceName, out var replaceAliases);
                        entries.Add(entry);
                        if (replaceAliases)
                        {
                            replace.Add(entry.Id);
                        }
                    }

                    break;
                case "remove":
                    foreach (var id in ReadStrings(property.Value, sourceName, MaxEntries))
                    {
                        remove.Add(CheckId(id, property.Value, sourceName));
                    }

                    break;
                default:
                    throw Error(sourceName, property, $"unknown property \"{property.Name}\"; allowed: schema, about, entries, remove");
            }
        }

        return new GazetteerDocument(entries.ToImmutable(), remove.ToImmutable(), replace.ToImmutable());
    }

    private static GazetteerEntry ReadEntry(JToken token, string sourceName, out bool replaceAliases)
    {
        if (token is not JObject entry)
        {
            throw Error(sourceName, token, "each entry must be a JSON object");
        }

        foreach (var property in entry.Properties())
        {
            if (!EntryProperties.Contains(property.Name))
            {
                throw Error(sourceName, property, $"unknown property \"{property.Name}\"; allowed: {string.Join(", ", EntryProperties)}");
            }
        }

        var id = CheckId(RequiredString(entry, "id", sourceName), entry["id"]!, sourceName);
        var typeText = OptionalString(entry, "type", sourceName);
        EntryType type = EntryType.Organization;
        var typeGiven = false;
        if (typeText is not null)
        {
            if (!Types.TryGetValue(typeText, out type))
            {
                throw Error(sourceName, entry["type"]!, $"\"type\" was \"{typeText}\"; must be one of {string.Join(", ", Types.Keys)}");
            }

            typeGiven = true;
        }

        replaceAliases = entry["replaceAliases"] is { } replaceToken && ReadBool(replaceToken, sourceName);
        var name = OptionalString(entry, "name", sourceName);
        return new GazetteerEntry(
            id,
            name ?? string.Empty,
            typeGiven ? type : (EntryType)(-1),
            ReadAliases(entry, "aliases", sourceName),
            ReadAliases(entry, "demonyms", sourceName),
            ReadAliases(entry, "metonyms", sourceName),
            OptionalId(entry, "within", sourceName),
            OptionalId(entry, "affiliation", sourceName),
            OptionalString(entry, "role", sourceName),
            OptionalId(entry, "metonymFor", sourceName),
            OptionalString(entry, "iso", sourceName),
            entry["unMember"] is { } un && ReadBool(un, sourceName));
    }

    private static ImmutableArray<string> ReadAliases(JObject entry, string name, string sourceName)
    {
        if (entry[name] is not { } token || token.Type == JTokenType.Null)
        {
            return ImmutableArray<string>.Empty;
        }

        var list = ReadStrings(token, sourceName, MaxAliases);
        foreach (var alias in list)
        {
            if (alias.Length > MaxTextLength || Tokenizer.Tokenize(alias, 0, alias.Length).Count > MaxAliasWords)
            {
                throw Error(sourceName, token, $"alias \"{Excerpt(alias)}\" is too long; at most {MaxTextLength} characters and {MaxAliasWords} words");
            }
        }

        return list;
    }

    private static ImmutableArray<string> ReadStrings(JToken token, string sourceName, int max)
    {
        if (token is not JArray array)
        {
            throw Error(sourceName, token, "must be an array of strings");
        }

        if (array.Count > max)
        {
            throw Error(sourceName, token, $"has {array.Count} items; at most {max} are allowed");
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.Count);
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)item))
            {
                throw Error(sourceName, item, "must be a non-empty string");
            }

            builder.Add(((string)item!).Trim());
        }

        return builder.MoveToImmutable();
    }

    private static bool ReadBool(JToken token, string sourceName) =>
        token.Type == JTokenType.Boolean ? (bool)token : throw Error(sourceName, token, "must be true or false");

    private static string RequiredString(JObject entry, string name, string sourceName) =>
        OptionalString(entry, name, sourceName) ?? throw Error(sourceName, entry, $"\"{name}\" is required");

    private static string? OptionalString(JObject entry, string name, string sourceName)
    {
        if (entry[name] is not { } token || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)token))
        {
            throw Error(sourceName, token, $"\"{name}\" must be a non-empty string");
        }

        var text = ((string)token!).Trim();
        if (text.Length > MaxTextLength)
        {
            throw Error(sourceName, token, $"\"{name}\" is {text.Length} characters; must be at most {MaxTextLength}");
        }

        return text;
    }

    private static string? OptionalId(JObject entry, string name, string sourceName) =>
        OptionalString(entry, name, sourceName) is { } id ? CheckId(id, entry[name]!, sourceName) : null;

    private static string CheckId(string id, JToken token, string sourceName)
    {
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw Error(sourceName, token, $"id \"{Excerpt(id)}\" must use only lower-case ASCII letters, digits and hyphens");
            }
        }

        return id;
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static FormatException Error(string sourceName, JToken token, string message)
    {
        var info = (IJsonLineInfo)token;
        var where = info.HasLineInfo()
            ? string.Create(CultureInfo.InvariantCulture, $" (line {info.LineNumber}, position {info.LinePosition})")
            : string.Empty;
        return new FormatException($"{sourceName}: at JSON path '{token.Path}'{where}: {message}.");
    }
}
