using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Claims;

/// <summary>One event frame of the lexicon: a type of happening with its triggers and the slots it declares.</summary>
internal sealed record FrameDefinition(string Name, string Family, EventType Type, string? Cameo, string? Plover, bool VerbsNeedNoun,
    ImmutableArray<string> Slots)
{
    public bool Declares(string slot) => Slots.Contains(slot, StringComparer.Ordinal);
}

/// <summary>A frame trigger: which frame a word or phrase evokes, and whether it is a noun.</summary>
internal readonly record struct FrameTrigger(FrameDefinition Frame, bool IsNoun);

/// <summary>A unit of a measured figure: its dimension ("distance", "share") and its factor to the dimension's base unit.</summary>
internal readonly record struct MeasureUnit(string Dimension, decimal Factor);

/// <summary>
/// The frames part of the event lexicon (<c>frames</c>, <c>slotDefinitions</c> and the word classes slot filling uses),
/// read from the same JSON document as the rest of the lexicon, so a user lexicon adds frames, triggers, slots, cues and
/// words with the same keys. Immutable once built.
/// </summary>
/// <summary>A detail slot of the lexicon: its name, how many words its value takes, and the words a value must contain (if any).</summary>
/// <summary>
/// A detail slot. <paramref name="Exclusive"/>: one value holds at a time (a cause of death, a hospital condition), so
/// outlets with different values disagree; <paramref name="Skip"/>: words after the cue that are not the value
/// ("complications from"); <paramref name="Value"/>: the value the cue itself says ("in intensive care" → critical);
/// <paramref name="IsName"/>: the value is a capitalized name of someone ("nicknamed Tavo").
/// </summary>
internal sealed record DetailSlot(string Name, int Words, ImmutableArray<string> Only, bool Exclusive = false,
    ImmutableArray<ImmutableArray<string>> Skip = default, string? Value = null, bool IsName = false, ImmutableArray<string> Umbrella = default);

internal sealed class FrameLexicon
{
    private readonly FrozenDictionary<string, string> _irregular;

    public FrameLexicon(JObject document)
    {
        var frames = ImmutableArray.CreateBuilder<FrameDefinition>();
        var triggers = new List<(string, FrameTrigger)>();
        foreach (var entry in (document["frames"] as JArray ?? []).OfType<JObject>())
        {
            var name = (string?)entry["name"] ?? throw new FormatException("lexicon: a frame has no \"name\"");
            var typeName = (string?)entry["type"] ?? "Other";
            if (!Enum.TryParse<EventType>(typeName, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                throw new FormatException("lexicon: frames." + name + ".type was \"" + typeName + "\": must be an EventType name");
            }

            var frame = new FrameDefinition(name, (string?)entry["family"] ?? "other", type, (string?)entry["cameo"], (string?)entry["plover"],
                (bool?)entry["verbsNeedNoun"] ?? false, [.. Strings(entry["slots"])]);
            frames.Add(frame);
            foreach (var verb in Strings(entry["verbs"]))
            {
                triggers.AddRange(Inflect(verb).Select(form => (form, new FrameTrigger(frame, false))));
            }

            triggers.AddRange(Strings(entry["nouns"]).Select(noun => (noun, new FrameTrigger(frame, true))));
        }

        Frames = frames.ToImmutable();
        Triggers = new PhraseTable<FrameTrigger>(triggers);
        _nounTriggers = new PhraseTable<FrameTrigger>(triggers.Where(t => t.Item2.IsNoun));
        var cues = new List<(string, string)>();
        foreach (var slot in (document["slotDefinitions"] as JArray ?? []).OfType<JObject>())
        {
            var name = (string?)slot["name"] ?? throw new FormatException("lexicon: a slot definition has no \"name\"");
            cues.AddRange(Strings(slot["cues"]).Select(c => (c, name)));
        }

        SlotCues = new PhraseTable<string>(cues);
        PersonNouns = Set(document, "personNouns");
        Titles = Set(document, "personTitles");
        NameStops = Set(document, "nameStops");
        Languages = Set(document, "languages");
        PlaceSuffixes = Set(document, "placeSuffixes");
        PlacePrefixes = Set(document, "placePrefixes");
        PositionNouns = Set(document, "positionNouns");
        FinderVerbs = Set(document, "finderVerbs");
        FinderVerbInitials = new string([.. FinderVerbs.Where(v => v.Length > 0).Select(v => v[0]).Distinct().Order()]);
        CourtCues = Map(document, "courtCues");
        FinderObjects = Set(document, "finderObjects");
        ResponderNouns = Set(document, "responderNouns");
        StreetTypes = Set(document, "streetTypes");
        StreetAbbreviations = Map(document, "streetAbbreviations");
        StagedFamilies = Set(document, "stagedFamilies");
        BackgroundMarkers = new PhraseTable<bool>(Strings(document["backgroundMarkers"]).Select(s => (s, true)));
        BackgroundMarkerStarts = FirstWords(Strings(document["backgroundMarkers"]));
        TimeApproximators = new PhraseTable<bool>(Strings(document["timeApproximators"]).Select(s => (s, true)));
        TimestampCues = Set(document, "timestampCues");
        TimeZones = new PhraseTable<bool>(Strings(document["timeZones"]).Select(s => (s, true)));
        IrrealisGovernors = new PhraseTable<bool>(Strings(document["irrealisGovernors"]).Select(s => (s, true)));
        ScheduleCues = new PhraseTable<bool>(Strings(document["scheduleCues"]).Select(s => (s, true)));
        var units = new List<(string, MeasureUnit)>();
        if (document["measureUnits"] is JObject unitMap)
        {
            foreach (var p in unitMap.Properties())
            {
                if (p.Value is not JArray { Count: 2 } pair || (string?)pair[0] is not { Length: > 0 } dimension ||
                    pair[1].Type is not (JTokenType.Integer or JTokenType.Float) || (decimal)pair[1] <= 0)
                {
                    throw new FormatException("lexicon: measureUnits." + p.Name + " must be [dimension, positive factor]");
                }

                units.Add((p.Name, new MeasureUnit(dimension, (decimal)pair[1])));
            }
        }

        Units = new PhraseTable<MeasureUnit>(units);
        var detailCues = new List<(string, DetailSlot)>();
        var detailHeads = ImmutableDictionary.CreateBuilder<string, DetailSlot>(StringComparer.Ordinal);
        foreach (var entry in (document["detailSlots"] as JArray ?? []).OfType<JObject>())
        {
            var name = (string?)entry["name"] ?? throw new FormatException("lexicon: a detail slot has no \"name\"");
            var words = (int?)entry["words"] ?? 3;
            if (words is < 1 or > 8)
            {
                throw new FormatException("lexicon: detailSlots." + name + ".words must be 1 to 8");
            }

            var slot = new DetailSlot(name, words, [.. Strings(entry["only"])], (bool?)entry["exclusive"] ?? false,
                [.. Strings(entry["skip"]).Select(ClaimTokenizer.Split)], (string?)entry["value"], (bool?)entry["isName"] ?? false,
                [.. Strings(entry["umbrella"])]);
            detailCues.AddRange(Strings(entry["cues"]).Select(c => (c, slot)));
            foreach (var head in Strings(entry["heads"]))
            {
                var lower = head.ToLowerInvariant();
                detailHeads[lower] = slot;
                detailHeads[lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith("sh", StringComparison.Ordinal) ? lower + "es" : lower + "s"] = slot;
            }
        }

        DetailCues = new PhraseTable<DetailSlot>(detailCues);
        DetailCueStarts = FirstWords(detailCues.Select(c => c.Item1));
        DetailHeads = detailHeads.ToImmutable().ToFrozenDictionary(StringComparer.Ordinal);
        var irregular = AddMap(document, "irregularVerbs", ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal));
        _irregular = AddMap(document, "predicateSynonyms", irregular).ToImmutable().ToFrozenDictionary(StringComparer.Ordinal);
        _countedNouns = AddMap(document, "countedNounSynonyms", ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal)).ToImmutable()
            .ToFrozenDictionary(StringComparer.Ordinal);
        SeriesActs = AddMap(document, "seriesActs", ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal)).ToImmutable()
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Gets the nouns and verbs that name the story's own act as one of a series ("his sixth defense", "retained his title
    /// for the fifth time"), mapped to the act they count.
    /// </summary>
    public FrozenDictionary<string, string> SeriesActs { get; }

    private readonly FrozenDictionary<string, string> _countedNouns;

    /// <summary>The noun a counted thing is compared under: "guns" and "rifles" count one kind of thing ("rifle").</summary>
    public string CountedNoun(string noun)
    {
        var singular = Singular(noun);
        return _countedNouns.GetValueOrDefault(singular, singular);
    }

    public ImmutableArray<FrameDefinition> Frames { get; }

    public PhraseTable<FrameTrigger> Triggers { get; }

    // The noun readings alone, for a word that is one frame's noun and another's verb ("fire": a blaze, or a dismissal).
    private readonly PhraseTable<FrameTrigger> _nounTriggers;

    /// <summary>
    /// Finds the trigger at a token, reading a word that is both one frame's noun and another frame's verb as the noun after
    /// a determiner, a possessive, a number, a preposition or a name (in running text, not a title's capitals), or at the
    /// head of the sentence ("the fire", "a Palmer fire", "Fire destroys …"), and as the verb elsewhere ("the board will fire
    /// him", "Driver Shoots Two Guards").
    /// </summary>
    public bool TryMatchTrigger(List<Token> tokens, int index, Func<Token, bool> isCapitalized, out int length, out FrameTrigger trigger)
    {
        if (!Triggers.TryMatch(tokens, index, out length, out trigger))
        {
            return false;
        }

        if (!trigger.IsNoun && _nounTriggers.TryMatch(tokens, index, out var nounLength, out var noun) && nounLength == length &&
            (index == 0 || NounContext(tokens[index - 1]) ||
             (tokens[index - 1].IsWord && isCapitalized(tokens[index - 1]) && !isCapitalized(tokens[index]))))
        {
            trigger = noun;
        }

        return true;
    }

    private static bool NounContext(Token before) =>
        before.Lower is "the" or "a" or "an" or "this" or "that" or "its" or "his" or "her" or "their" or "our" or "of" or "in" or "by"
            or "from" or "after" or "before" or "no" or "another" or "'s" || (before.Lower.Length > 0 && char.IsAsciiDigit(before.Lower[^1]));

    public PhraseTable<string> SlotCues { get; }

    public FrozenSet<string> PersonNouns { get; }

    public FrozenSet<string> Titles { get; }

    public FrozenSet<string> NameStops { get; }

    /// <summary>Gets the language names, which name no place after "in" ("spoke in English on Monday").</summary>
    public FrozenSet<string> Languages { get; }

    public FrozenSet<string> PlaceSuffixes { get; }

    /// <summary>Capitalized words that open a place name: "Mount Carrow", "Lake Tahoe", "Fort Hood".</summary>
    public FrozenSet<string> PlacePrefixes { get; }

    public PhraseTable<bool> BackgroundMarkers { get; }

    /// <summary>Gets the first words of the background markers: no marker starts at any other word.</summary>
    public FrozenSet<string> BackgroundMarkerStarts { get; }

    public PhraseTable<bool> TimeApproximators { get; }

    /// <summary>Words of a page's own timestamp line ("updated", "posted"): a clock time after one is not the story's.</summary>
    public FrozenSet<string> TimestampCues { get; }

    public PhraseTable<bool> TimeZones { get; }

    public PhraseTable<MeasureUnit> Units { get; }

    /// <summary>Gets the cues of the detail slots ("shot in the" → wound, "convicted of" → charge).</summary>
    public PhraseTable<DetailSlot> DetailCues { get; }

    /// <summary>Gets the first words of the detail slots' cues: no cue starts at any other word.</summary>
    public FrozenSet<string> DetailCueStarts { get; }

    /// <summary>Gets the head nouns of the detail slots ("revolver" → weapon), singular and plural.</summary>
    public FrozenDictionary<string, DetailSlot> DetailHeads { get; }

    /// <summary>Gets the families whose frames are stages of one process, each with its own day ("justice").</summary>
    public FrozenSet<string> StagedFamilies { get; }

    /// <summary>Gets the place suffixes that name a street ("street", "road", "blvd").</summary>
    public FrozenSet<string> StreetTypes { get; }

    /// <summary>Short street types and the words they stand for ("ave" → "avenue").</summary>
    public FrozenDictionary<string, string> StreetAbbreviations { get; }

    /// <summary>Gets the dictionary forms of the verbs of finding a body ("find", "discover").</summary>
    public FrozenSet<string> FinderVerbs { get; }

    /// <summary>Gets the first letters of the verbs of finding a body: a regular form's lemma starts with the form's letter.</summary>
    public string FinderVerbInitials { get; }

    /// <summary>Words (verbs by lemma) that place a court named after them in the story, and the act each keys it under.</summary>
    public FrozenDictionary<string, string> CourtCues { get; }

    /// <summary>Gets the nouns of what is found ("body", "bodies", "remains").</summary>
    public FrozenSet<string> FinderObjects { get; }

    /// <summary>Gets the nouns of those who respond to a call ("police", "firefighters"), as opposed to private people.</summary>
    public FrozenSet<string> ResponderNouns { get; }

    /// <summary>Tells whether a counted noun in any case names responders ("Officers", "firefighters").</summary>
    public bool IsResponder(string noun) => ResponderNouns.Contains(noun.ToLowerInvariant());

    /// <summary>Gets the nouns that turn a measure compound into a position ("the 27-yard line").</summary>
    public FrozenSet<string> PositionNouns { get; }

    /// <summary>Gets the words that make a date after them a plan ("set for", "scheduled for").</summary>
    public PhraseTable<bool> ScheduleCues { get; }

    /// <summary>Gets the verbs that leave the act after them unrealized ("intended to", "tried to").</summary>
    public PhraseTable<bool> IrrealisGovernors { get; }

    /// <summary>
    /// Whether the word at <paramref name="trigger"/> is governed by an irrealis verb ending just before it, an adverb
    /// allowed between ("tried to kill", "intended to fatally shoot"): the act did not happen, so it has no casualties.
    /// </summary>
    public bool IsIrrealis(List<Token> tokens, int trigger)
    {
        for (var start = Math.Max(0, trigger - 5); start < trigger; start++)
        {
            if (IrrealisGovernors.TryMatch(tokens, start, out var length, out _) &&
                (start + length == trigger || (start + length + 1 == trigger && tokens[start + length].Lower.EndsWith("ly", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the forms the table of irregular verbs (and predicate synonyms) lemmatizes ("found" → "find").</summary>
    public IEnumerable<string> IrregularForms => _irregular.Keys;

    /// <summary>A crude verb lemma: the irregular table first, then the regular suffixes (-ing, -ed, -s).</summary>
    public string Lemma(string word)
    {
        if (_irregular.TryGetValue(word, out var lemma))
        {
            return lemma;
        }

        var (stem, ending) = RegularLemma(word);
        return stem == word.Length ? word : word[..stem] + ending;
    }

    /// <summary>
    /// Tells whether the <see cref="Lemma"/> of a word is in a set of lemmas, without making the lemma's string: the same
    /// answer as <c>lemmas.Contains(Lemma(word))</c>.
    /// </summary>
    /// <param name="lemmas">The dictionary forms looked for (an ordinal set).</param>
    /// <param name="word">The lower-case word.</param>
    /// <returns>Whether the word's lemma is one of <paramref name="lemmas"/>.</returns>
    public bool IsLemmaIn(FrozenSet<string> lemmas, string word)
    {
        if (_irregular.TryGetValue(word, out var lemma))
        {
            return lemmas.Contains(lemma);
        }

#if NET9_0_OR_GREATER
        var (stem, ending) = RegularLemma(word);
        var bySpan = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        if (ending.Length == 0)
        {
            return bySpan.Contains(word.AsSpan(0, stem));
        }

        // "carried" → "carry": the stem and its ending, written into a buffer on the stack (words are short; a long one
        // takes the slow road).
        if (word.Length > 64)
        {
            return lemmas.Contains(word[..stem] + ending);
        }

        Span<char> buffer = stackalloc char[stem + ending.Length];
        word.AsSpan(0, stem).CopyTo(buffer);
        ending.CopyTo(buffer[stem..]);
        return bySpan.Contains(buffer);
#else
        return lemmas.Contains(Lemma(word));
#endif
    }

    /// <summary>The singular of a plural noun, by the regular rules and the few irregular plurals news counts.</summary>
    public static string Singular(string noun) => noun switch
    {
        "people" => "person",
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "policemen" => "policeman",
        "fishermen" => "fisherman",
        "crewmen" => "crewman",
        "kos" or "ko" => "knockout",
        _ when noun.EndsWith("ies", StringComparison.Ordinal) && noun.Length > 4 => noun[..^3] + "y",
        _ when noun.EndsWith("sses", StringComparison.Ordinal) || noun.EndsWith("ches", StringComparison.Ordinal) ||
               noun.EndsWith("shes", StringComparison.Ordinal) || noun.EndsWith("xes", StringComparison.Ordinal) => noun[..^2],
        _ when noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && noun.Length > 2 => noun[..^1],
        _ => noun,
    };

    // The lemma of a form no irregular one, as the length of the word's stem and an ending to add ("carried" → 4, "y";
    // "stabbing" → 4, ""). Stems that end in a doubled consonant ("stabb", "robb") lose one; "ing"/"ed" stripped from "-e"
    // verbs leave the stem without its e ("collid"), which still matches itself across articles, the only use of a lemma here.
    private static (int Stem, string Ending) RegularLemma(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return (Undoubled(word.AsSpan(0, word.Length - 3)), string.Empty);
        }

        if (word.Length > 4 && word.EndsWith("ied", StringComparison.Ordinal))
        {
            return (word.Length - 3, "y");
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return (Undoubled(word.AsSpan(0, word.Length - 2)), string.Empty);
        }

        return (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word.Length - 1 : word.Length, string.Empty);
    }

    // The length of a stem once a doubled final consonant loses one.
    private static int Undoubled(ReadOnlySpan<char> stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'o') ? stem.Length - 1 : stem.Length;

    // The first word of each phrase, as the phrase tables key them (ClaimTokenizer.Split).
    private static FrozenSet<string> FirstWords(IEnumerable<string> phrases) =>
        phrases.Select(ClaimTokenizer.Split).Where(t => !t.IsEmpty).Select(t => t[0]).ToFrozenSet(StringComparer.Ordinal);

    // Regular inflections of a verb or of the first word of a verb phrase ("open fire" → "opened fire").
    private static IEnumerable<string> Inflect(string verb)
    {
        yield return verb;
        var space = verb.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? verb : verb[..space];
        var rest = space < 0 ? "" : verb[space..];
        if (head.Length < 2)
        {
            yield break;
        }

        string third, past, ing;
        if (head.EndsWith('e'))
        {
            (third, past, ing) = (head + "s", head + "d", head[..^1] + "ing");
        }
        else if (head.EndsWith('y') && head.Length > 2 && !"aeiou".Contains(head[^2], StringComparison.Ordinal))
        {
            (third, past, ing) = (head[..^1] + "ies", head[..^1] + "ied", head + "ing");
        }
        else if (head.EndsWith('s') || head.EndsWith("sh", StringComparison.Ordinal) || head.EndsWith("ch", StringComparison.Ordinal) ||
                 head.EndsWith('x') || head.EndsWith('z'))
        {
            (third, past, ing) = (head + "es", head + "ed", head + "ing");
        }
        else
        {
            (third, past, ing) = (head + "s", head + "ed", head + "ing");
        }

        yield return third + rest;
        yield return past + rest;
        yield return ing + rest;
        if (IsShortClosed(head))
        {
            yield return head + head[^1] + "ed" + rest;
            yield return head + head[^1] + "ing" + rest;
        }
    }

    // stab, rob, plan: one vowel before one final consonant doubles it in "stabbed".
    private static bool IsShortClosed(string word) =>
        word.Length is >= 3 and <= 4 && !"aeiouwxy".Contains(word[^1], StringComparison.Ordinal) &&
        "aeiou".Contains(word[^2], StringComparison.Ordinal) && !"aeiou".Contains(word[^3], StringComparison.Ordinal);

    private static IEnumerable<string> Strings(JToken? token) =>
        EventLexicon.Strings(token).Select(s => s.ToLower(CultureInfo.InvariantCulture));

    // Adds a word → word map of the lexicon (a missing value maps a word to itself) to a builder and returns the builder.
    private static ImmutableDictionary<string, string>.Builder AddMap(JObject document, string name, ImmutableDictionary<string, string>.Builder builder)
    {
        if (document[name] is JObject map)
        {
            foreach (var p in map.Properties())
            {
                builder[p.Name] = (string?)p.Value ?? p.Name;
            }
        }

        return builder;
    }

    // The word sets and maps are only looked up, many times per article: frozen, for fast look-ups.
    private static FrozenSet<string> Set(JObject document, string name) =>
        Strings(document[name]).ToFrozenSet(StringComparer.Ordinal);

    // A lexicon object of words and what each stands for, both lower-cased ("ave" → "avenue").
    private static FrozenDictionary<string, string> Map(JObject document, string name) =>
        (document[name] as JObject ?? []).Properties()
            .ToImmutableDictionary(p => p.Name.ToLowerInvariant(), p => ((string?)p.Value ?? p.Name).ToLowerInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal);
}
