using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NewsEvents.Entities;

using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>The known actors, places and sources with their names and aliases, used to resolve mentions to canonical ids.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> is loaded once from the embedded resources. A country is both an
/// <see cref="Actor"/> (kind state) and a <see cref="Place"/> (kind country) with the same id.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>The embedded resources that make the default gazetteer, in layering order.</summary>
    internal static readonly ImmutableArray<string> ResourceFiles = ["countries", "capitals", "regions", "places", "actors", "sources"];

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault);

    private readonly FrozenDictionary<string, Actor> _actorsById;
    private readonly FrozenDictionary<string, Place> _placesById;
    private readonly FrozenDictionary<string, Source> _sourcesById;
    private readonly FrozenDictionary<string, int> _entryById;

    internal Gazetteer(ImmutableArray<GazetteerEntry> entries)
    {
        Entries = entries;
        var actors = ImmutableArray.CreateBuilder<Actor>();
        var places = ImmutableArray.CreateBuilder<Place>();
        var sources = ImmutableArray.CreateBuilder<Source>();
        foreach (var entry in entries)
        {
            var aliases = entry.Aliases.Where(a => !string.Equals(a, entry.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray();
            if (entry.IsActor)
            {
                actors.Add(new Actor(entry.Id, entry.Name, ActorKindOf(entry.Type), aliases.AddRange(entry.Demonyms).AddRange(entry.Metonyms).Distinct().ToImmutableArray(), entry.Affiliation, entry.Role));
            }

            if (entry.IsPlace)
            {
                places.Add(new Place(entry.Id, entry.Name, PlaceKindOf(entry.Type), aliases, entry.Within));
            }

            if (entry.IsSource)
            {
                sources.Add(new Source(entry.Id, entry.Name, SourceKindOf(entry.Type), aliases));
            }
        }

        Actors = actors.ToImmutable();
        Places = places.ToImmutable();
        Sources = sources.ToImmutable();
        _actorsById = Actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        _placesById = Places.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _sourcesById = Sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _entryById = Enumerable.Range(0, entries.Length).ToFrozenDictionary(i => entries[i].Id, StringComparer.Ordinal);
        Index = new NameIndex(entries, EntityCues.Default);
    }

    /// <summary>Gets the embedded default gazetteer, loaded once.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Gets the actors: states, governments, organizations, armed groups, communities and people.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>Gets the places: countries, regions, cities, areas and facilities.</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>Gets the news sources: agencies, broadcasters and outlets.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Gets the entries as read from JSON.</summary>
    internal ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>Gets the compiled name index.</summary>
    internal NameIndex Index { get; }

    /// <summary>Finds an actor by its canonical id.</summary>
    /// <param name="id">The id, such as <c>turkey</c>.</param>
    /// <returns>The actor, or <see langword="null"/> when the gazetteer has none with that id.</returns>
    public Actor? FindActor(string id) => id is not null && _actorsById.TryGetValue(id, out var actor) ? actor : null;

    /// <summary>Finds a place by its canonical id.</summary>
    /// <param name="id">The id, such as <c>suwayda</c>.</param>
    /// <returns>The place, or <see langword="null"/> when the gazetteer has none with that id.</returns>
    internal Place? FindPlace(string id) => id is not null && _placesById.TryGetValue(id, out var place) ? place : null;

    /// <summary>Finds a news source by its id.</summary>
    /// <param name="id">The id, such as <c>anadolu-agency</c>.</param>
    /// <returns>The source, or <see langword="null"/> when the gazetteer has none with that id.</returns>
    internal Source? FindSource(string id) => id is not null && _sourcesById.TryGetValue(id, out var source) ? source : null;

    /// <summary>Tells whether one place lies within another, following the containment chain (<c>suwayda</c> is within <c>syria</c>).</summary>
    /// <param name="placeId">The inner place id.</param>
    /// <param name="containerId">The outer place id.</param>
    /// <returns><see langword="true"/> when the places are equal or the first is contained in the second.</returns>
    internal bool IsWithin(string placeId, string containerId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        ArgumentNullException.ThrowIfNull(containerId);
        var current = placeId;
        for (var depth = 0; depth < 16 && current is not null; depth++)
        {
            if (string.Equals(current, containerId, StringComparison.Ordinal))
            {
                return true;
            }

            current = FindPlace(current)?.Within;
        }

        return false;
    }

    /// <summary>Loads a user gazetteer file (JSON) and layers it over this one: its entries add to or override these.</summary>
    /// <param name="path">Path of the JSON file.</param>
    /// <returns>The combined gazetteer; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not a valid gazetteer; the message names the file and the JSON path.</exception>
    public Gazetteer WithUserFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var info = new FileInfo(path);
        if (info.Exists && info.Length > GazetteerJson.MaxChars * 4L)
        {
            throw new FormatException($"{path}: gazetteer file is {info.Length} bytes; must be at most {GazetteerJson.MaxChars * 4L}.");
        }

        return WithUserJson(File.ReadAllText(path), path);
    }

    /// <summary>Parses user gazetteer JSON and layers it over this one: its entries add to or override these.</summary>
    /// <param name="json">The JSON text (schema <c>newsevents.gazetteer/1</c>).</param>
    /// <param name="sourceName">Name of the origin used in error messages (a file path).</param>
    /// <returns>The combined gazetteer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON is not a valid gazetteer; the message names the source and the JSON path.</exception>
    public Gazetteer WithUserJson(string json, string sourceName = "user gazetteer")
    {
        ArgumentNullException.ThrowIfNull(json);
        sourceName ??= "user gazetteer";
        var document = GazetteerJson.Parse(json, sourceName);
        return Layer(Entries, document, sourceName);
    }

    internal bool TryGetEntry(string id, out GazetteerEntry entry)
    {
        if (_entryById.TryGetValue(id, out var index))
        {
            entry = Entries[index];
            return true;
        }

        entry = null!;
        return false;
    }

    internal static Gazetteer Layer(ImmutableArray<GazetteerEntry> baseEntries, GazetteerDocument document, string sourceName)
    {
        var layer = baseEntries.IsEmpty ? 0 : baseEntries.Max(e => e.Layer) + 1;
        var order = new List<string>();
        var byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in baseEntries)
        {
            order.Add(entry.Id);
            byId[entry.Id] = entry;
        }

        foreach (var id in document.Remove)
        {
            byId.Remove(id);
        }

        for (var i = 0; i < document.Entries.Length; i++)
        {
            var entry = document.Entries[i];
            if (byId.TryGetValue(entry.Id, out var existing))
            {
                var replace = document.ReplaceAliases.Contains(entry.Id);
                byId[entry.Id] = existing with
                {
                    Name = entry.Name.Length > 0 ? entry.Name : existing.Name,
                    Type = entry.Type >= 0 ? entry.Type : existing.Type,
                    Aliases = replace ? entry.Aliases : Union(existing.Aliases, entry.Aliases),
                    Demonyms = replace ? entry.Demonyms : Union(existing.Demonyms, entry.Demonyms),
                    Metonyms = replace ? entry.Metonyms : Union(existing.Metonyms, entry.Metonyms),
                    Within = entry.Within ?? existing.Within,
                    Affiliation = entry.Affiliation ?? existing.Affiliation,
                    Role = entry.Role ?? existing.Role,
                    MetonymFor = entry.MetonymFor ?? existing.MetonymFor,
                    Iso = entry.Iso ?? existing.Iso,
                    UnMember = entry.UnMember || existing.UnMember,
                    Layer = layer,
                };
            }
            else
            {
                if (entry.Type < 0 || entry.Name.Length == 0)
                {
                    throw new FormatException($"{sourceName}: at JSON path 'entries[{i}]': new entry \"{entry.Id}\" needs a \"name\" and a \"type\".");
                }

                order.Add(entry.Id);
                byId[entry.Id] = entry with { Layer = layer };
            }
        }

        var result = ImmutableArray.CreateBuilder<GazetteerEntry>(byId.Count);
        foreach (var id in order)
        {
            if (byId.Remove(id, out var entry))
            {
                result.Add(entry);
            }
        }

        try
        {
            return new Gazetteer(result.ToImmutable());
        }
        catch (ArgumentException exception)
        {
            throw new FormatException($"{sourceName}: an entry is not valid: {exception.Message}", exception);
        }
    }

    private static ImmutableArray<string> Union(ImmutableArray<string> a, ImmutableArray<string> b) =>
        b.IsEmpty ? a : a.AddRange(b.Where(x => !a.Contains(x, StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).ToImmutableArray();

    private static Gazetteer LoadDefault()
    {
        var entries = ImmutableArray<GazetteerEntry>.Empty;
        foreach (var file in ResourceFiles)
        {
            var name = $"gazetteer.{file}.json";
            var document = GazetteerJson.Parse(EmbeddedData.Read(name), name);
            entries = entries.AddRange(document.Entries);
        }

        return Layer(ImmutableArray<GazetteerEntry>.Empty, new GazetteerDocument(entries, [], ImmutableHashSet<string>.Empty), "embedded gazetteer");
    }

    private static ActorKind ActorKindOf(EntryType type) => type switch
    {
        EntryType.Country => ActorKind.State,
        EntryType.Government => ActorKind.Government,
        EntryType.ArmedGroup => ActorKind.ArmedGroup,
        EntryType.Person => ActorKind.Person,
        EntryType.Group => ActorKind.Group,
        EntryType.UnnamedSource => ActorKind.UnnamedSource,
        _ => ActorKind.Organization,
    };

    private static PlaceKind PlaceKindOf(EntryType type) => type switch
    {
        EntryType.Country => PlaceKind.Country,
        EntryType.Region => PlaceKind.Region,
        EntryType.City => PlaceKind.City,
        EntryType.Facility => PlaceKind.Facility,
        _ => PlaceKind.Area,
    };

    private static SourceKind SourceKindOf(EntryType type) => type switch
    {
        EntryType.WireAgency => SourceKind.WireAgency,
        EntryType.Broadcaster => SourceKind.Broadcaster,
        _ => SourceKind.Outlet,
    };
}
