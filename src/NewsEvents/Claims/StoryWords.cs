using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace NewsEvents.Claims;

/// <summary>The word classes of a token that the story phase's passes look for, as flags (a token may be in several).</summary>
[Flags]
internal enum StoryWordClass
{
    /// <summary>In no class.</summary>
    None = 0,

    /// <summary>The first word of a background marker ("last", "previous").</summary>
    BackgroundMarkerStart = 1 << 0,

    /// <summary>The first word of a detail slot's cue ("shot", "convicted").</summary>
    DetailCueStart = 1 << 1,

    /// <summary>A head noun of a detail slot ("revolver").</summary>
    DetailHead = 1 << 2,

    /// <summary>A type of street ("street", "road").</summary>
    StreetType = 1 << 3,

    /// <summary>A bearing ("east", "north"): the first word of "north-east" too.</summary>
    Bearing = 1 << 4,

    /// <summary>A contest noun of a streak ("fight", "wins") or the streak itself ("streak", "run").</summary>
    StreakWord = 1 << 5,

    /// <summary>An ordinal written as a word ("second").</summary>
    OrdinalWord = 1 << 6,

    /// <summary>A word (not punctuation) of one to three ASCII digits: a small integer ("43").</summary>
    SmallInteger = 1 << 7,

    /// <summary>A digit and a suffix of an ordinal ("2nd", "10th").</summary>
    OrdinalDigits = 1 << 8,

    /// <summary>A word whose lemma is a verb of finding a body ("found", "discovers").</summary>
    FinderVerb = 1 << 9,

    /// <summary>A form the lexicon lemmatizes by its table of irregular verbs ("found", "shot").</summary>
    IrregularVerb = 1 << 10,

    /// <summary>A token that starts with an ASCII digit ("3", "6pm", "10th").</summary>
    DigitStart = 1 << 11,

    /// <summary>A time of day told in a word ("noon", "midnight").</summary>
    ClockWord = 1 << 12,

    /// <summary>A unit of a span of time ("day", "weeks", "years").</summary>
    SpanOfTime = 1 << 13,

    /// <summary>A noun of a title held ("title", "belts", "crown").</summary>
    TitleNoun = 1 << 14,

    /// <summary>A word that is no part of a person's name ("Police", "Monday").</summary>
    NameStop = 1 << 15,

    /// <summary>A title before a name ("Deputy", "Judge").</summary>
    Title = 1 << 16,

    /// <summary>A word that opens a place name ("Mount", "Lake").</summary>
    PlacePrefix = 1 << 17,

    /// <summary>A word that closes a place name ("Street", "Park").</summary>
    PlaceSuffix = 1 << 18,
}

/// <summary>
/// The word classes of one sentence's tokens, each looked up once, and the union of them all, so a pass skips a sentence
/// without the words it starts from.
/// </summary>
/// <param name="Classes">The classes of each token, by index.</param>
/// <param name="All">The union of the tokens' classes.</param>
internal readonly record struct StorySentenceWords(StoryWordClass[] Classes, StoryWordClass All)
{
    /// <summary>Gets the words of a sentence without tokens.</summary>
    public static StorySentenceWords Empty { get; } = new([], StoryWordClass.None);

    /// <summary>Tells whether any token of the sentence is in any of the classes.</summary>
    /// <param name="classes">The classes.</param>
    /// <returns>Whether one is present.</returns>
    public bool Any(StoryWordClass classes) => (All & classes) != 0;

    /// <summary>Tells whether the token at an index is in any of the classes.</summary>
    /// <param name="index">The token's index.</param>
    /// <param name="classes">The classes.</param>
    /// <returns>Whether it is.</returns>
    public bool Is(int index, StoryWordClass classes) => (Classes[index] & classes) != 0;
}

/// <summary>The word classes of the story phase: which lexicon words start each pass's patterns.</summary>
internal sealed partial class StoryRun
{
    /// <summary>
    /// The classes of the lexicon's words, keyed by the lower-case word, built once per lexicon so a sentence's words are
    /// each looked up once.
    /// </summary>
    /// <param name="lexicon">The frames lexicon.</param>
    /// <returns>Each listed word and its classes.</returns>
    public static Internal.SpanMap<StoryWordClass> WordClassesOf(FrameLexicon lexicon)
    {
        var classes = new Dictionary<string, StoryWordClass>(StringComparer.Ordinal);
        void AddAll(IEnumerable<string> words, StoryWordClass wordClass)
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | wordClass;
            }
        }

        AddAll(lexicon.BackgroundMarkerStarts, StoryWordClass.BackgroundMarkerStart);
        AddAll(lexicon.DetailCueStarts, StoryWordClass.DetailCueStart);
        AddAll(lexicon.DetailHeads.Keys, StoryWordClass.DetailHead);
        AddAll(lexicon.StreetTypes, StoryWordClass.StreetType);
        AddAll(Bearings.Keys, StoryWordClass.Bearing);
        AddAll(ContestNouns, StoryWordClass.StreakWord);
        AddAll(["streak", "run"], StoryWordClass.StreakWord);
        AddAll(OrdinalWords.Keys, StoryWordClass.OrdinalWord);
        AddAll(["noon", "midday", "midnight"], StoryWordClass.ClockWord);
        AddAll(["day", "days", "week", "weeks", "month", "months", "year", "years"], StoryWordClass.SpanOfTime);
        AddAll(TitleNouns, StoryWordClass.TitleNoun);
        AddAll(lexicon.NameStops, StoryWordClass.NameStop);
        AddAll(lexicon.Titles, StoryWordClass.Title);
        AddAll(lexicon.PlacePrefixes, StoryWordClass.PlacePrefix);
        AddAll(lexicon.PlaceSuffixes, StoryWordClass.PlaceSuffix);
        // An irregular form's lemma is the table's, whatever its suffix says ("found" → "find", not "found").
        AddAll(lexicon.IrregularForms, StoryWordClass.IrregularVerb);
        AddAll(lexicon.IrregularForms.Where(w => lexicon.FinderVerbs.Contains(lexicon.Lemma(w))), StoryWordClass.FinderVerb);
        return new Internal.SpanMap<StoryWordClass>(classes);
    }

    // The word classes of a sentence's tokens: one look-up a token, and a lemma test for the words of finding.
    private StorySentenceWords ClassifyWords(List<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return StorySentenceWords.Empty;
        }

        var classes = new StoryWordClass[tokens.Count];
        var all = StoryWordClass.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            _wordClasses.TryGetValue(t.Lower, out var c);
            if (t.IsWord && t.Lower.Length is >= 1 and <= 3 && AllAsciiDigits(t.Lower))
            {
                c |= StoryWordClass.SmallInteger;
            }
            else if (t.Lower.Length is >= 3 and <= 4 && char.IsAsciiDigit(t.Lower[0]))
            {
                c |= StoryWordClass.OrdinalDigits;
            }

            if (t.Lower.Length > 0 && char.IsAsciiDigit(t.Lower[0]))
            {
                c |= StoryWordClass.DigitStart;
            }

            // A regular form's lemma keeps the word's first letter: only words with a finding verb's initial are looked up.
            if (!t.IsWord)
            {
                c &= ~StoryWordClass.FinderVerb;
            }
            else if ((c & StoryWordClass.IrregularVerb) == 0 && t.Lower.Length > 0 && _lex.FinderVerbInitials.Contains(t.Lower[0], StringComparison.Ordinal) &&
                     _lex.IsLemmaIn(_lex.FinderVerbs, t.Lower))
            {
                c |= StoryWordClass.FinderVerb;
            }

            classes[i] = c;
            all |= c;
        }

        return new StorySentenceWords(classes, all);
    }
}
