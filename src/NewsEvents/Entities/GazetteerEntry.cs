using System.Collections.Immutable;

namespace NewsEvents.Entities;

/// <summary>What a gazetteer entry is; decides whether it becomes an actor, a place, a source, or (a country) both actor and place.</summary>
internal enum EntryType
{
    Country,
    Region,
    City,
    Facility,
    Area,
    Government,
    Organization,
    ArmedGroup,
    Person,
    Group,
    UnnamedSource,
    Outlet,
    WireAgency,
    Broadcaster,
}

/// <summary>One gazetteer entry as read from JSON, before it is turned into model objects.</summary>
/// <param name="Id">Canonical identifier.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">What the entry is.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Demonyms">Adjectives that refer to the entry ("Turkish", "Kurdish").</param>
/// <param name="Metonyms">Words that stand for the entry as an actor without being a place of the gazetteer ("Kremlin").</param>
/// <param name="Within">Containing place id.</param>
/// <param name="Affiliation">Affiliated actor id.</param>
/// <param name="Role">Role or title of a person.</param>
/// <param name="MetonymFor">For a city: the state whose government its name may stand for ("Ankara" → turkey).</param>
/// <param name="Iso">ISO 3166 code, if any.</param>
/// <param name="UnMember">Whether a country is a UN member state.</param>
internal sealed record GazetteerEntry(
    string Id,
    string Name,
    EntryType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Metonyms,
    string? Within,
    string? Affiliation,
    string? Role,
    string? MetonymFor,
    string? Iso,
    bool UnMember)
{
    /// <summary>Gets the layer the entry comes from: 0 for the embedded gazetteer, then 1, 2… for each user file layered on top.</summary>
    public int Layer { get; init; }

    public bool IsActor => Type is EntryType.Country or EntryType.Government or EntryType.Organization or EntryType.ArmedGroup
        or EntryType.Person or EntryType.Group or EntryType.UnnamedSource;

    public bool IsPlace => Type is EntryType.Country or EntryType.Region or EntryType.City or EntryType.Facility or EntryType.Area;

    public bool IsSource => Type is EntryType.Outlet or EntryType.WireAgency or EntryType.Broadcaster;

    /// <summary>
    /// Gets the priority used when one alias names several entries: lower wins. Countries first, then organizations, armed
    /// groups and government bodies, people, communities, cities (a capital before its same-named province: "Ankara", "Kabul"),
    /// regions, areas, facilities, unnamed sources and last news sources.
    /// </summary>
    public int Rank => Type switch
    {
        EntryType.Country => 0,
        EntryType.ArmedGroup => 1,
        EntryType.Organization => 2,
        EntryType.Government => 3,
        EntryType.Person => 4,
        EntryType.Group => 5,
        EntryType.City => 6,
        EntryType.Region => 7,
        EntryType.Area => 8,
        EntryType.Facility => 9,
        EntryType.UnnamedSource => 10,
        _ => 11,
    };
}
