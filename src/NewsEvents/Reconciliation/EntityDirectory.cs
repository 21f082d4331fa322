using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Actors, places and sources merged across articles by identifier, with the affiliation and containment
/// relations that comparison needs. Built once per reconciliation; immutable afterwards.
/// </summary>
internal sealed class EntityDirectory
{
    // Affiliation and containment chains are walked at most this far, so a cycle in user data cannot hang us.
    private const int MaxChain = 16;

    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, Place> _places;

    private EntityDirectory(Dictionary<string, Actor> actors, Dictionary<string, Place> places)
    {
        _actors = actors;
        _places = places;
        Actors = actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray();
        Places = places.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    public ImmutableArray<Actor> Actors { get; }

    public ImmutableArray<Place> Places { get; }

    public static EntityDirectory Build(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var actorGroups = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        var placeGroups = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            foreach (var actor in analysis.Actors)
            {
                Add(actorGroups, actor.Id, actor);
            }

            foreach (var place in analysis.Places)
            {
                Add(placeGroups, place.Id, place);
            }
        }

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var (id, group) in actorGroups)
        {
            var chosen = Canonical(group, a => a.Name + "\u001f" + a.Kind + "\u001f" + a.Affiliation + "\u001f" + a.Role);
            actors[id] = chosen with { Aliases = MergeAliases(chosen.Name, group.Select(a => (a.Name, a.Aliases))) };
        }

        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (id, group) in placeGroups)
        {
            var chosen = Canonical(group, p => p.Name + "\u001f" + p.Kind + "\u001f" + p.Within);
            places[id] = chosen with { Aliases = MergeAliases(chosen.Name, group.Select(p => (p.Name, p.Aliases))) };
        }

        return new EntityDirectory(actors, places);
    }

    public string ActorName(string id) => _actors.TryGetValue(id, out var a) ? a.Name : id;

    public string PlaceName(string id) => _places.TryGetValue(id, out var p) ? p.Name : id;

    public bool TryGetActor(string id, out Actor actor) => _actors.TryGetValue(id, out actor!);

    /// <summary>Gets the top of an actor's affiliation chain (turkey-defense-ministry → turkey).</summary>
    public string ActorRoot(string id)
    {
        var current = id;
        for (var i = 0; i < MaxChain && _actors.TryGetValue(current, out var a) && a.Affiliation is { } up; i++)
        {
            current = up;
        }

        return current;
    }

    /// <summary>Tells whether one actor is the other or an affiliation ancestor of it.</summary>
    public bool ActorsRelated(string a, string b) => a == b || IsActorAncestor(a, b) || IsActorAncestor(b, a);

    /// <summary>Tells whether one place equals or contains the other (through <see cref="Place.Within"/>).</summary>
    public bool PlacesRelated(string a, string b) => a == b || IsPlaceAncestor(a, b) || IsPlaceAncestor(b, a);

    /// <summary>Gets how deep a place is in its containment chain (a city in a province in a country is 2).</summary>
    public int PlaceDepth(string id)
    {
        var depth = 0;
        var current = id;
        while (depth < MaxChain && _places.TryGetValue(current, out var p) && p.Within is { } up)
        {
            current = up;
            depth++;
        }

        return depth;
    }

    public int ActorDepth(string id)
    {
        var depth = 0;
        var current = id;
        while (depth < MaxChain && _actors.TryGetValue(current, out var a) && a.Affiliation is { } up)
        {
            current = up;
            depth++;
        }

        return depth;
    }

    public bool IsActorAncestor(string ancestor, string id)
    {
        var current = id;
        for (var i = 0; i < MaxChain && _actors.TryGetValue(current, out var a) && a.Affiliation is { } up; i++)
        {
            if (up == ancestor)
            {
                return true;
            }

            current = up;
        }

        return false;
    }

    private bool IsPlaceAncestor(string ancestor, string id)
    {
        var current = id;
        for (var i = 0; i < MaxChain && _places.TryGetValue(current, out var p) && p.Within is { } up; i++)
        {
            if (up == ancestor)
            {
                return true;
            }

            current = up;
        }

        return false;
    }

    private static void Add<T>(Dictionary<string, List<T>> groups, string id, T item)
    {
        if (!groups.TryGetValue(id, out var list))
        {
            list = [];
            groups[id] = list;
        }

        list.Add(item);
    }

    // The most frequent variant wins; ties go to the ordinally smallest key, so the choice never depends on input order.
    private static T Canonical<T>(List<T> group, Func<T, string> key) =>
        group.GroupBy(key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First()
            .First();

    private static ImmutableArray<string> MergeAliases(string name, IEnumerable<(string Name, ImmutableArray<string> Aliases)> variants)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (otherName, aliases) in variants)
        {
            set.Add(otherName);
            foreach (var alias in aliases)
            {
                set.Add(alias);
            }
        }

        set.Remove(name);
        return set.ToImmutableArray();
    }
}
