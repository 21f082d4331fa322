namespace NewsEvents.Export;

/// <summary>
/// CAMEO root codes and PLOVER categories of the trigger event types, for events without a story frame (frames carry
/// their own codes in the lexicon). A type gets a code only where the ontology has a category that fits it as a whole.
/// </summary>
internal static class EventCodes
{
    /// <summary>The CAMEO root code listed first in <see cref="EventType"/>'s documentation, or null for <see cref="EventType.Other"/>.</summary>
    public static string? Cameo(EventType type) => type switch
    {
        EventType.Statement => "01",
        EventType.RequestSupport or EventType.Request => "02",
        EventType.Meet => "04",
        EventType.Agree => "05",
        EventType.ProvideSupport => "07",
        EventType.Ceasefire => "08",
        EventType.Criticize => "11",
        EventType.Deny => "12",
        EventType.Threaten => "13",
        EventType.Expel or EventType.Arrest or EventType.TakeOver => "17",
        EventType.Intervene => "15",
        EventType.Attack or EventType.Kill or EventType.Injure => "18",
        EventType.Fight => "19",
        _ => null,
    };

    /// <summary>
    /// The PLOVER category, or null where PLOVER has none (it does not code statements or simple appeals) or the type
    /// spans several (ceasefires, take-overs).
    /// </summary>
    public static string? Plover(EventType type) => type switch
    {
        EventType.Meet => "CONSULT",
        EventType.Agree => "AGREE",
        EventType.ProvideSupport => "AID",
        EventType.Criticize => "DISAPPROVE",
        EventType.Deny => "REJECT",
        EventType.Threaten => "THREATEN",
        EventType.Expel or EventType.Arrest => "COERCE",
        EventType.Intervene => "MOBILIZE",
        EventType.Attack or EventType.Fight or EventType.Kill or EventType.Injure => "ASSAULT",
        _ => null,
    };
}
