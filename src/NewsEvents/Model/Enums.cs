namespace NewsEvents;

/// <summary>What kind of outlet publishes or relays news.</summary>
public enum SourceKind
{
    /// <summary>A newspaper, magazine or news website.</summary>
    Outlet,

    /// <summary>A wire agency whose copy other outlets relay (AFP, AP, Reuters, Anadolu Agency).</summary>
    WireAgency,

    /// <summary>A television or radio broadcaster.</summary>
    Broadcaster,
}

/// <summary>What kind of actor takes part in an event.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state as a whole (Turkey, Syria).</summary>
    State,

    /// <summary>A government, ministry or other state institution.</summary>
    Government,

    /// <summary>A non-state organization: international body, company, university, party.</summary>
    Organization,

    /// <summary>An armed group, militia or designated terrorist organization.</summary>
    ArmedGroup,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>A news outlet or agency acting as a speaker.</summary>
    Media,

    /// <summary>An ethnic, religious or social community (Druze, Bedouin tribes).</summary>
    Group,

    /// <summary>An unnamed source ("Turkish defense sources", "ministry officials").</summary>
    UnnamedSource,
}

/// <summary>What kind of place a location is.</summary>
public enum PlaceKind
{
    /// <summary>A country or territory.</summary>
    Country,

    /// <summary>A first-level region: province, governorate, state.</summary>
    Region,

    /// <summary>A city, town or village.</summary>
    City,

    /// <summary>A facility: base, airport, airbase, building.</summary>
    Facility,

    /// <summary>A geographic area without an administrative status (a strip, a border area).</summary>
    Area,
}

/// <summary>The type of an event, aligned with CAMEO root codes (in parentheses).</summary>
public enum EventType
{
    /// <summary>A public statement or announcement (01).</summary>
    Statement,

    /// <summary>A request or appeal for military, economic or humanitarian support (02).</summary>
    RequestSupport,

    /// <summary>Any other request or demand (02, 10).</summary>
    Request,

    /// <summary>Consultation: meetings, visits, talks (04).</summary>
    Meet,

    /// <summary>An agreement, accord or signed deal (05/06).</summary>
    Agree,

    /// <summary>Provision of aid, training, advice or equipment (07).</summary>
    ProvideSupport,

    /// <summary>A ceasefire or truce (08).</summary>
    Ceasefire,

    /// <summary>Criticism or condemnation (11).</summary>
    Criticize,

    /// <summary>A denial or rejection (12).</summary>
    Deny,

    /// <summary>A warning or threat (13).</summary>
    Threaten,

    /// <summary>Expulsion of people (17).</summary>
    Expel,

    /// <summary>An arrest or detention (17).</summary>
    Arrest,

    /// <summary>A military intervention or deployment of force (15/19).</summary>
    Intervene,

    /// <summary>An attack: strike, airstrike, shelling (18/19).</summary>
    Attack,

    /// <summary>Fighting or clashes between armed parties (19).</summary>
    Fight,

    /// <summary>Killings (18/20).</summary>
    Kill,

    /// <summary>Injuries (18).</summary>
    Injure,

    /// <summary>A seizure of power or territory, an ouster (17/19).</summary>
    TakeOver,

    /// <summary>An event the lexicon recognizes but does not classify further.</summary>
    Other,
}

/// <summary>The role an actor plays in an event.</summary>
public enum ParticipantRole
{
    /// <summary>The actor who acts.</summary>
    Agent,

    /// <summary>The actor acted upon or against.</summary>
    Target,

    /// <summary>The actor who receives (a request, aid).</summary>
    Recipient,

    /// <summary>The actor who brokers between others.</summary>
    Mediator,
}

/// <summary>The property of an event that a claim asserts.</summary>
public enum ClaimProperty
{
    /// <summary>That the event happened at all.</summary>
    Occurred,

    /// <summary>When the event happened.</summary>
    Date,

    /// <summary>
    /// Where the event happened: a named place, or a distance from a reference point ("three houses from the scene"), then
    /// a <see cref="QuantityValue"/> whose unit counts the distance.
    /// </summary>
    Place,

    /// <summary>Who acted.</summary>
    Agent,

    /// <summary>Who was acted upon.</summary>
    Target,

    /// <summary>Who received.</summary>
    Recipient,

    /// <summary>Who brokered.</summary>
    Mediator,

    /// <summary>How many people died.</summary>
    Deaths,

    /// <summary>How many people were injured.</summary>
    Injured,

    /// <summary>Any other count (airstrikes, students, troops).</summary>
    Count,

    /// <summary>A term of an agreement, as a proposition with polarity.</summary>
    Terms,

    /// <summary>How long the event lasted or may last.</summary>
    Duration,

    /// <summary>The time of day at which the event (or the part named by <see cref="Claim.Subject"/>) happened.</summary>
    Time,

    /// <summary>The age of the person named by <see cref="Claim.Subject"/>.</summary>
    Age,

    /// <summary>A measured figure with a unit (distance, weight, share, yards …) of what <see cref="Claim.Subject"/> names.</summary>
    Measure,

    /// <summary>How an article spells the name of a person or place; the subject is the name's spelling-independent key.</summary>
    Name,

    /// <summary>
    /// A detail of the story in the article's words, keyed by the lexicon's detail slot (weapon, wound, charge, verdict,
    /// sentence, cause): "a .38-caliber revolver", "the head", "first-degree murder". Details corroborate when outlets
    /// use the same words; they never conflict, since different words need not be different facts.
    /// </summary>
    Detail,
}

/// <summary>How sure the source is that a claim holds (FactBank certainty).</summary>
public enum Certainty
{
    /// <summary>Asserted as fact.</summary>
    Certain,

    /// <summary>Reported with a hedge such as "reportedly".</summary>
    Probable,

    /// <summary>Possible only: "may", "unconfirmed reports suggested".</summary>
    Possible,

    /// <summary>Certainty is not stated.</summary>
    Underspecified,
}

/// <summary>Whether a claim asserts or denies.</summary>
public enum Polarity
{
    /// <summary>The claim asserts its proposition.</summary>
    Positive,

    /// <summary>The claim denies its proposition.</summary>
    Negative,
}

/// <summary>How precise a time value is.</summary>
public enum TemporalGranularity
{
    /// <summary>A single day or a span of days.</summary>
    Day,

    /// <summary>A week.</summary>
    Week,

    /// <summary>A month.</summary>
    Month,

    /// <summary>A year.</summary>
    Year,

    /// <summary>A decade.</summary>
    Decade,
}

/// <summary>Where an article's reference date came from.</summary>
public enum ReferenceDateBasis
{
    /// <summary>No reference date is known.</summary>
    None,

    /// <summary>From metadata supplied by the caller.</summary>
    Metadata,

    /// <summary>From the article's own header or dateline.</summary>
    Dateline,

    /// <summary>Inferred from the text or from other articles about the same events.</summary>
    Inferred,
}

/// <summary>The kind of disagreement between claims.</summary>
public enum ConflictKind
{
    /// <summary>Dates or time spans that cannot overlap.</summary>
    Temporal,

    /// <summary>Quantities whose ranges cannot overlap.</summary>
    Numeric,

    /// <summary>Places that neither equal nor contain each other.</summary>
    Place,

    /// <summary>Different actors in the same role.</summary>
    Actor,

    /// <summary>The same proposition of an agreement with opposite polarity.</summary>
    Terms,

    /// <summary>One source asserts what another denies.</summary>
    Polarity,

    /// <summary>One source is certain where another hedges.</summary>
    Factuality,

    /// <summary>Outlets spell the name of one person differently (one letter, C/K, Brian/Bryan).</summary>
    ActorName,

    /// <summary>Outlets spell the name of one place differently (Independent/Independence Street).</summary>
    PlaceName,

    /// <summary>
    /// Outlets give different values of a detail that holds one value at a time: a cause of death (pneumonia, a heart
    /// attack), a hospital condition (stable, critical), a nickname.
    /// </summary>
    Detail,
}

/// <summary>How serious a conflict is.</summary>
public enum ConflictSeverity
{
    /// <summary>The claims cannot both be true.</summary>
    Hard,

    /// <summary>The claims differ in a way that may be an artefact (hedging, anchoring, granularity).</summary>
    Soft,
}

/// <summary>Why a block of an article's text was set aside as not part of the story.</summary>
public enum BoilerplateKind
{
    /// <summary>Header metadata such as " date 2025-07-23".</summary>
    HeaderMetadata,

    /// <summary>A dateline line such as "ANKARA".</summary>
    Dateline,

    /// <summary>A byline or credit line.</summary>
    Byline,

    /// <summary>An agency tag such as "(AA)" standing alone.</summary>
    AgencyTag,

    /// <summary>Image markup such as "![]() |".</summary>
    ImageMarkup,

    /// <summary>A photo caption or photo credit.</summary>
    PhotoCaption,

    /// <summary>A section label between paragraphs.</summary>
    SectionLabel,

    /// <summary>A "read also" or related headline inserted between paragraphs.</summary>
    RelatedHeadline,

    /// <summary>A legal or copyright notice.</summary>
    LegalNotice,

    /// <summary>Unrelated content appended after the story (other stories, headlines).</summary>
    AppendedContent,
}
