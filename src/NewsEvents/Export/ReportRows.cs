using NodaTime;

namespace NewsEvents;

/// <summary>One event of a report as a flat row (the <c>events</c> table of an export).</summary>
/// <remarks>Immutable; equal by value.</remarks>
/// <param name="EventId">The event identifier.</param>
/// <param name="Type">The event type, kebab-case ("request-support").</param>
/// <param name="Frame">The story frame ("earthquake"), or <see langword="null"/> for a trigger event.</param>
/// <param name="IsStory">Whether the event is the story event of its articles.</param>
/// <param name="Label">A short human-readable label, if any.</param>
/// <param name="CameoCode">The CAMEO code of the frame, else the CAMEO root code of the type, if one exists.</param>
/// <param name="PloverCode">The PLOVER category of the frame or type, if one exists.</param>
/// <param name="DateStart">First day of the event's date: its own time, else the best-corroborated date claim.</param>
/// <param name="DateEnd">Last day of the event's date (inclusive).</param>
/// <param name="DatePrecision">The date's granularity: day, week, month, year or decade.</param>
/// <param name="PlaceId">The place identifier: the event's own place, else the best-corroborated place claim.</param>
/// <param name="PlaceName">The place's name.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code of the country the place is in (or is).</param>
/// <param name="Agents">Actor identifiers in the agent role, joined with <see cref="ReportTables.ListSeparator"/>.</param>
/// <param name="Targets">Actor identifiers in the target role, joined.</param>
/// <param name="Actors">All participant actor identifiers, joined.</param>
/// <param name="DeathsLow">The lowest number of deaths any outlet reports.</param>
/// <param name="DeathsHigh">The highest number of deaths any outlet reports.</param>
/// <param name="InjuredLow">The lowest number of injured any outlet reports.</param>
/// <param name="InjuredHigh">The highest number of injured any outlet reports.</param>
/// <param name="ArticleCount">How many articles report the event.</param>
/// <param name="Articles">The article identifiers, joined.</param>
/// <param name="Outlets">The outlet names of the articles, joined.</param>
/// <param name="IndependentSources">
/// The articles counted once per outlet, per credited or relayed agency and (when the analyses were given) per wire copy.
/// </param>
/// <param name="ConflictCount">How many conflicts the report lists for the event.</param>
public sealed record EventRow(
    string EventId,
    string Type,
    string? Frame,
    bool IsStory,
    string? Label,
    string? CameoCode,
    string? PloverCode,
    LocalDate? DateStart,
    LocalDate? DateEnd,
    string? DatePrecision,
    string? PlaceId,
    string? PlaceName,
    string? CountryCode,
    string Agents,
    string Targets,
    string Actors,
    long? DeathsLow,
    long? DeathsHigh,
    long? InjuredLow,
    long? InjuredHigh,
    int ArticleCount,
    string Articles,
    string Outlets,
    int IndependentSources,
    int ConflictCount);

/// <summary>One claim of a report as a flat row (the <c>claims</c> table of an export).</summary>
/// <remarks>Immutable; equal by value.</remarks>
/// <param name="ClaimId">The claim identifier.</param>
/// <param name="EventId">The event the claim is about.</param>
/// <param name="ArticleId">The article that makes the claim.</param>
/// <param name="Outlet">The article's outlet name, if known.</param>
/// <param name="Property">The property claimed, kebab-case ("date", "deaths").</param>
/// <param name="Subject">What a story slot is about ("people", a person's name), if any.</param>
/// <param name="ValueKind">The value's kind: temporal, quantity, actor, place, terms, text or time.</param>
/// <param name="ValueText">The surface text of the value ("on 23/7", "at least 5").</param>
/// <param name="ValueOffset">Offset in the article's text of the words the value was read from, if known.</param>
/// <param name="ValueLength">Length of those words, if known.</param>
/// <param name="ValueStart">First day of a temporal value.</param>
/// <param name="ValueEnd">Last day of a temporal value (inclusive).</param>
/// <param name="ValuePrecision">Granularity of a temporal value.</param>
/// <param name="ValueMin">Lower bound of a quantity.</param>
/// <param name="ValueMax">Upper bound of a quantity.</param>
/// <param name="ValueUnit">Unit of a quantity.</param>
/// <param name="ValueEntity">Actor or place identifier of an actor or place value.</param>
/// <param name="Proposition">The proposition of a terms value.</param>
/// <param name="PropositionPolarity">Whether a terms value asserts its proposition (positive) or its negation.</param>
/// <param name="Speaker">Who the outlet attributes the claim to, if anyone.</param>
/// <param name="Via">The sources the claim was relayed through, by name, joined.</param>
/// <param name="Certainty">certain, probable, possible or underspecified.</param>
/// <param name="Polarity">positive, or negative when the claim is denied.</param>
/// <param name="Status">conflicting, corroborated, single-source, or compatible (linked but neither).</param>
/// <param name="EvidenceOffset">Offset of the evidence in the article's text.</param>
/// <param name="EvidenceLength">Length of the evidence.</param>
/// <param name="EvidenceText">The evidence: the sentence the claim was read from.</param>
public sealed record ClaimRow(
    string ClaimId,
    string EventId,
    string ArticleId,
    string? Outlet,
    string Property,
    string? Subject,
    string ValueKind,
    string ValueText,
    int? ValueOffset,
    int? ValueLength,
    LocalDate? ValueStart,
    LocalDate? ValueEnd,
    string? ValuePrecision,
    decimal? ValueMin,
    decimal? ValueMax,
    string? ValueUnit,
    string? ValueEntity,
    string? Proposition,
    string? PropositionPolarity,
    string? Speaker,
    string Via,
    string Certainty,
    string Polarity,
    string Status,
    int EvidenceOffset,
    int EvidenceLength,
    string EvidenceText);

/// <summary>One side of a conflict as a flat row (the <c>conflicts</c> table of an export).</summary>
/// <remarks>Immutable; equal by value. A conflict with two sides gives two rows with the same <paramref name="ConflictId"/>.</remarks>
/// <param name="ConflictId">The conflict identifier.</param>
/// <param name="EventId">The event in dispute.</param>
/// <param name="Property">The disputed property, kebab-case.</param>
/// <param name="Kind">The conflict kind: temporal, numeric, place, actor, terms, polarity, factuality, actor-name, place-name.</param>
/// <param name="Severity">hard (cannot both be true) or soft (compatible but different).</param>
/// <param name="Side">The side's number, from 1.</param>
/// <param name="ValueKind">The kind of the side's value.</param>
/// <param name="ValueText">The surface text of the side's value.</param>
/// <param name="Claims">The claims on this side, joined.</param>
/// <param name="Articles">The articles on this side, joined.</param>
/// <param name="Outlets">The outlet names on this side, joined.</param>
/// <param name="Explanation">One sentence explaining the conflict.</param>
public sealed record ConflictRow(
    string ConflictId,
    string EventId,
    string Property,
    string Kind,
    string Severity,
    int Side,
    string ValueKind,
    string ValueText,
    string Claims,
    string Articles,
    string Outlets,
    string Explanation);
