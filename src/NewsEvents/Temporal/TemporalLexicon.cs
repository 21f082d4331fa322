using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace NewsEvents.Temporal;

/// <summary>Classes a word can belong to; a word may belong to several.</summary>
[Flags]
internal enum WordClass : long
{
    None = 0,
    Month = 1 << 0,
    Weekday = 1 << 1,
    RelativeDay = 1 << 2,
    Unit = 1 << 3,
    SetWord = 1 << 4,
    NumberWord = 1 << 5,
    VagueCount = 1 << 6,
    Part = 1 << 7,
    Approximator = 1 << 8,
    Comparative = 1 << 9,
    Last = 1 << 10,
    Next = 1 << 11,
    This = 1 << 12,
    Recent = 1 << 13,
    Every = 1 << 14,
    DayPart = 1 << 15,
    DateCue = 1 << 16,
    DurationCue = 1 << 17,
    RangeStart = 1 << 18,
    RangeLink = 1 << 19,
    OrdinalSuffix = 1 << 20,
    FutureCue = 1 << 21,
    PastCue = 1 << 22,
    NotPastEd = 1 << 23,
    BeVerb = 1 << 24,
    MonthAbbreviation = 1 << 25,
    Weekend = 1 << 26,
    Night = 1 << 27,
    Edge = 1 << 28,
    Season = 1 << 29,
    WeekdayAbbreviation = 1 << 30,
    WeekdayPlural = 1L << 31,
    Generic = 1L << 32,
    Ordinal = 1L << 33,
    Quarter = 1L << 34,
    Fiscal = 1L << 35,
    YearDeterminer = 1L << 36,
    ScheduledCue = 1L << 37,
    YearWord = 1L << 38,
    Holiday = 1L << 39,
    DecadeWord = 1L << 40,

    /// <summary>Classes that can start a match on their own.</summary>
    Head = Month | Weekday | RelativeDay | Unit | SetWord | Every | Weekend | Night | Season | WeekdayAbbreviation | WeekdayPlural
        | Generic | Quarter | DayPart | YearWord | Holiday | DecadeWord,
}

/// <summary>Units of time that durations and sets count.</summary>
internal enum TimeUnit : byte
{
    None,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>Early, mid or late part of a month, year or decade.</summary>
internal enum DatePart : byte
{
    None,
    Early,
    Mid,
    Late,
}

/// <summary>What the lexicon knows about one word.</summary>
/// <summary>What a generic reference word points at: the present ("now"), the past ("recently") or the future ("soon").</summary>
internal enum GenericReference : byte
{
    None,
    Present,
    Past,
    Future,
}

internal readonly record struct WordEntry(
    WordClass Classes, int Month, int Weekday, int RelativeDay, TimeUnit Unit, int Number, DatePart Part, TimeUnit SetUnit, int SetCount)
{
    public GenericReference Generic { get; init; }

    public int Ordinal { get; init; }

    public bool Is(WordClass wordClass) => (Classes & wordClass) != 0;
}

/// <summary>The temporal word lexicon, loaded once from the embedded resource and read-only afterwards.</summary>
/// <remarks>Lookups take a span and allocate nothing: an open-addressing table keyed by lower-cased ASCII.</remarks>
internal sealed class TemporalLexicon
{
    /// <summary>Longest word the lexicon holds; longer tokens are rejected without hashing.</summary>
    public const int MaxWordLength = 16;


    private readonly string[] _keys;
    private readonly WordEntry[] _values;
    private readonly int _mask;

    // Bit n of _headLengths[letter] is set when some head word starts with that letter and has n characters.
    private readonly int[] _headLengths = new int[26];

    private TemporalLexicon(Dictionary<string, WordEntry> entries)
    {
        var capacity = 64;
        while (capacity < entries.Count * 3)
        {
            capacity *= 2;
        }

        _keys = new string[capacity];
        _values = new WordEntry[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
            if (value.Is(WordClass.Head) && key.Length < 32)
            {
                _headLengths[key[0] - 'a'] |= 1 << key.Length;
            }
        }
    }

    /// <summary>Gets the shared lexicon.</summary>
    public static TemporalLexicon Default { get; } = Load();

    /// <summary>Cheap pre-check: may a word with this first letter and length be a head word.</summary>
    /// <param name="first">The first character.</param>
    /// <param name="length">The word length.</param>
    /// <returns>False when the word is certainly not a head word.</returns>
    public bool MayBeHead(char first, int length)
    {
        var lower = first | 0x20;
        return (uint)(lower - 'a') < 26 && length < 32 && (_headLengths[lower - 'a'] & (1 << length)) != 0;
    }

    /// <summary>Looks a word up, case-insensitively.</summary>
    /// <param name="word">The word.</param>
    /// <param name="entry">What the lexicon knows about it.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryGet(ReadOnlySpan<char> word, out WordEntry entry)
    {
        entry = default;
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 'A' && c <= 'Z')
            {
                c = (char)(c | 0x20);
            }
            else if (c < 'a' || c > 'z')
            {
                return false;
            }

            lower[i] = c;
        }

        var key = lower[..word.Length];
        var slot = Hash(key) & _mask;
        while (_keys[slot] is { } candidate)
        {
            if (key.SequenceEqual(candidate))
            {
                entry = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    /// <summary>Looks up an ASCII word whose hash the caller computed while scanning it (see <see cref="HashStep"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Offset of the word.</param>
    /// <param name="length">Length of the word (ASCII letters only).</param>
    /// <param name="hash">The running hash after the last letter.</param>
    /// <param name="entry">What the lexicon knows about it.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryGetHashed(string text, int start, int length, uint hash, out WordEntry entry)
    {
        var slot = (int)(hash & 0x7fffffff) & _mask;
        while (_keys[slot] is { } candidate)
        {
            if (candidate.Length == length && EqualsLowerAscii(text, start, candidate))
            {
                entry = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        entry = default;
        return false;
    }

    /// <summary>The initial value of the running word hash.</summary>
    public const uint HashSeed = 2166136261u;

    /// <summary>Adds one ASCII letter to a running word hash (FNV-1a over lower-case letters).</summary>
    /// <param name="hash">The hash so far.</param>
    /// <param name="letter">An ASCII letter, either case.</param>
    /// <returns>The new hash.</returns>
    public static uint HashStep(uint hash, char letter) => (hash ^ (uint)(letter | 0x20)) * 16777619u;

    private static bool EqualsLowerAscii(string text, int start, string lower)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            if ((text[start + i] | 0x20) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(ReadOnlySpan<char> lower)
    {
        // FNV-1a over the characters: deterministic across processes, unlike string.GetHashCode.
        var hash = HashSeed;
        foreach (var c in lower)
        {
            hash = HashStep(hash, c);
        }

        return (int)(hash & 0x7fffffff);
    }

    private static TemporalLexicon Load()
    {
        using var document = JsonDocument.Parse(Internal.EmbeddedData.Read("temporal.lexicon.json"));
        var root = document.RootElement;
        var entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);

        void Update(string word, Func<WordEntry, WordEntry> change)
        {
            entries.TryGetValue(word, out var current);
            entries[word] = change(current);
        }

        void AddList(string property, WordClass wordClass)
        {
            foreach (var item in root.GetProperty(property).EnumerateArray())
            {
                Update(item.GetString()!, e => e with { Classes = e.Classes | wordClass });
            }
        }

        foreach (var p in root.GetProperty("months").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Month, Month = p.Value.GetInt32() });
        }

        foreach (var p in root.GetProperty("weekdays").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Weekday, Weekday = p.Value.GetInt32() });
        }

        foreach (var p in root.GetProperty("weekdayAbbreviations").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.WeekdayAbbreviation, Weekday = p.Value.GetInt32() });
        }

        foreach (var p in root.GetProperty("weekdayPlurals").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.WeekdayPlural, Weekday = p.Value.GetInt32() });
        }

        // A season's first month (meteorological, Northern hemisphere) is kept in the Month field.
        foreach (var p in root.GetProperty("seasons").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Season, Month = p.Value.GetInt32() });
        }

        foreach (var p in root.GetProperty("edges").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Edge, Part = Enum.Parse<DatePart>(p.Value.GetString()!) });
        }

        foreach (var p in root.GetProperty("relativeDays").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.RelativeDay, RelativeDay = p.Value.GetInt32() });
        }

        foreach (var p in root.GetProperty("units").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Unit, Unit = Enum.Parse<TimeUnit>(p.Value.GetString()!) });
        }

        foreach (var p in root.GetProperty("sets").EnumerateObject())
        {
            var count = p.Value[0].GetInt32();
            var unit = Enum.Parse<TimeUnit>(p.Value[1].GetString()!);
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.SetWord, SetCount = count, SetUnit = unit });
        }

        foreach (var p in root.GetProperty("numbers").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.NumberWord, Number = p.Value.GetInt32() });
        }

        foreach (var p in root.GetProperty("parts").EnumerateObject())
        {
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Part, Part = Enum.Parse<DatePart>(p.Value.GetString()!) });
        }

        foreach (var p in root.GetProperty("generic").EnumerateObject())
        {
            var reference = Enum.Parse<GenericReference>(p.Value.GetString()!);
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Generic, Generic = reference });
        }

        foreach (var p in root.GetProperty("ordinals").EnumerateObject())
        {
            var ordinal = p.Value.GetInt32();
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.Ordinal, Ordinal = ordinal });
        }

        AddList("quarters", WordClass.Quarter);
        AddList("yearWords", WordClass.YearWord);
        AddList("holidays", WordClass.Holiday);
        foreach (var p in root.GetProperty("decadeWords").EnumerateObject())
        {
            var decade = p.Value.GetInt32();
            Update(p.Name, e => e with { Classes = e.Classes | WordClass.DecadeWord, Number = decade });
        }

        AddList("fiscal", WordClass.Fiscal);
        AddList("yearDeterminers", WordClass.YearDeterminer);
        AddList("scheduledCues", WordClass.ScheduledCue);
        AddList("monthAbbreviations", WordClass.MonthAbbreviation);
        AddList("vagueCounts", WordClass.VagueCount);
        AddList("approximators", WordClass.Approximator);
        AddList("comparatives", WordClass.Comparative);
        AddList("last", WordClass.Last);
        AddList("next", WordClass.Next);
        AddList("this", WordClass.This);
        AddList("recent", WordClass.Recent);
        AddList("every", WordClass.Every);
        AddList("dayParts", WordClass.DayPart);
        AddList("weekends", WordClass.Weekend);
        AddList("nights", WordClass.Night);
        AddList("dateCues", WordClass.DateCue);
        AddList("durationCues", WordClass.DurationCue);
        AddList("rangeStarts", WordClass.RangeStart);
        AddList("rangeLinks", WordClass.RangeLink);
        AddList("ordinalSuffixes", WordClass.OrdinalSuffix);
        AddList("futureCues", WordClass.FutureCue);
        AddList("pastCues", WordClass.PastCue);
        AddList("notPastEd", WordClass.NotPastEd);
        AddList("beVerbs", WordClass.BeVerb);
        return new TemporalLexicon(entries);
    }
}
