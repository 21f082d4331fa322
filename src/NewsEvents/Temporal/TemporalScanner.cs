using System;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace NewsEvents.Temporal;

/// <summary>A modifier word in front of a weekday, month or calendar unit.</summary>
internal enum Modifier : byte
{
    None,
    Last,
    Next,
    This,
}

/// <summary>Outcome of resolving a date expression.</summary>
internal enum Resolution : byte
{
    /// <summary>The expression names no existing day (31 February): no mention.</summary>
    Invalid,

    /// <summary>The expression is valid but needs a reference date that is unknown or too extreme.</summary>
    Unresolved,

    /// <summary>The days are known.</summary>
    Resolved,
}

/// <summary>A date with possibly unknown parts: 0 means not written.</summary>
internal struct DateParts
{
    public int Year;
    public int Month;
    public int Day;
}

/// <summary>A date or range as written, before resolution.</summary>
internal struct DateCore
{
    public int Start;
    public int End;
    public DateParts First;
    public DateParts Second;
    public bool IsRange;
    public TemporalGranularity Granularity;
    public bool OrderInferred;
    public bool Ordinal;
}

/// <summary>One pass of the temporal tagger over one text: a linear scan that stops only at head tokens.</summary>
/// <remarks>
/// Heads are numbers and the head words of the lexicon (months, weekdays, relative days, units, set words, "every").
/// Every other token is skipped after a first-letter and length check. A matcher reads a bounded number of tokens
/// around its head, and no match may start before the end of the previous one, so the scan is linear.
/// </remarks>
internal sealed partial class TemporalScanner
{
    private const int MaxCountDigits = 6;
    private const int TenseWindow = 160;
    private const int TenseTokens = 24;
    private const int PastPerfectTokens = 6;
    private const int ComparisonTokens = 12;

    // A date written without its year lies within about nine months of the story (see Resolve).
    private const int HorizonMonths = 9;
    private const int HorizonDays = 280;

    private readonly string _text;
    private readonly LocalDate? _reference;
    private readonly TemporalTaggerOptions _options;
    private readonly TemporalLexicon _lexicon;
    private ImmutableArray<TemporalMention>.Builder? _mentions;
    private int _floor;

    // The last single day written out and where it ends, for "April 24 and 25"; per run, like the floor.
    private LocalDate _lastDay;
    private int _lastDayEnd = -1;

    // The last day the story named (a weekday too), which "the next day" and "the following morning" count from, and the
    // first day of the last day or month it named, which "the following month" counts from; per run.
    private LocalDate? _storyDay;
    private LocalDate? _storyMonth;

    // Where the last year or month mention ends and which of the two it was, so the next one of a list ("in 1994, 1995 and
    // 1997", "in March, April and June") needs no cue of its own.
    private int _listEnd = -1;
    private TemporalGranularity _listGranularity;

    public TemporalScanner(string text, LocalDate? reference, TemporalTaggerOptions options, TemporalLexicon lexicon)
    {
        _text = text;
        _reference = reference;
        _options = options;
        _lexicon = lexicon;
    }

    public ImmutableArray<TemporalMention> Run()
    {
        // The hot loop: most tokens are rejected here by a table lookup on their first character and a
        // first-letter/length mask, hashing the word while it is scanned, with no allocation.
        var text = _text;
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (c < 128)
            {
                var kind = AsciiKinds[c];
                if (kind == AsciiKind.Letter)
                {
                    var start = i;
                    var hash = TemporalLexicon.HashSeed;
                    do
                    {
                        hash = TemporalLexicon.HashStep(hash, c);
                        i++;
                    }
                    while (i < n && (c = text[i]) < 128 && AsciiKinds[c] == AsciiKind.Letter);

                    if (i < n && c >= 128 && TextTokens.IsLetter(c))
                    {
                        // A word with non-ASCII letters is never in the lexicon: skip it whole.
                        while (i < n && TextTokens.IsLetter(text[i]))
                        {
                            i++;
                        }

                        continue;
                    }

                    var length = i - start;
                    if (_lexicon.MayBeHead(text[start], length) && _lexicon.TryGetHashed(text, start, length, hash, out var entry) && entry.Is(WordClass.Head))
                    {
                        var resume = OnWord(new Token(start, i, TokenKind.Word), entry);
                        i = resume > i ? resume : i;
                    }

                    continue;
                }

                if (kind == AsciiKind.Digit)
                {
                    var start = i;
                    do
                    {
                        i++;
                    }
                    while (i < n && TextTokens.IsDigit(text[i]));

                    var resume = OnNumber(new Token(start, i, TokenKind.Number));
                    i = resume > i ? resume : i;
                    continue;
                }

                i++;
                continue;
            }

            if (TextTokens.IsLetter(c))
            {
                while (i < n && TextTokens.IsLetter(text[i]))
                {
                    i++;
                }

                continue;
            }

            i++;
        }

        return _mentions is null ? ImmutableArray<TemporalMention>.Empty : _mentions.DrainToImmutable();
    }

    private enum AsciiKind : byte
    {
        Other,
        Letter,
        Digit,
    }

    private static readonly AsciiKind[] AsciiKinds = CreateAsciiKinds();

    private static AsciiKind[] CreateAsciiKinds()
    {
        var kinds = new AsciiKind[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            kinds[c] = AsciiKind.Letter;
            kinds[c - 32] = AsciiKind.Letter;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            kinds[c] = AsciiKind.Digit;
        }

        return kinds;
    }

    // ---------------------------------------------------------------- tokens

    private Token Next(int position) => TextTokens.Next(_text, position);

    private Token Prev(int position) => TextTokens.Previous(_text, position, _floor);

    private ReadOnlySpan<char> Span(Token token) => _text.AsSpan(token.Start, token.Length);

    private bool Is(Token token, string lower) =>
        token.Kind == TokenKind.Word && token.Length == lower.Length && Span(token).Equals(lower, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(Token token, char c) => token.Kind == TokenKind.Symbol && _text[token.Start] == c;

    private bool IsDash(Token token) => token.Kind == TokenKind.Symbol && TextTokens.IsDash(_text[token.Start]);

    private WordEntry Entry(Token token) =>
        token.Kind == TokenKind.Word && _lexicon.TryGet(Span(token), out var entry) ? entry : default;

    private bool Has(Token token, WordClass wordClass) => Entry(token).Is(wordClass);

    private bool IsCapitalized(Token token) => token.Kind == TokenKind.Word && char.IsUpper(_text[token.Start]);

    private int Value(Token token)
    {
        if (token.Kind != TokenKind.Number || token.Length > 9)
        {
            return -1;
        }

        var value = 0;
        for (var i = token.Start; i < token.End; i++)
        {
            value = (value * 10) + (_text[i] - '0');
        }

        return value;
    }

    /// <summary>Whether a number is not glued to letters, money signs or a preceding numeric separator ("T4", "$5", "1.5", "3/4").</summary>
    private bool StartsCleanly(Token number)
    {
        if (number.Start == 0)
        {
            return true;
        }

        var c = _text[number.Start - 1];
        if (TextTokens.IsLetter(c) || c is '$' or '\u00a3' or '\u20ac' or '#' or '+')
        {
            return false;
        }

        return !(c is '.' or ',' or '/' or ':' && number.Start >= 2 && TextTokens.IsDigit(_text[number.Start - 2]));
    }

    /// <summary>Whether a number is not followed by letters, a percent sign, a time or a decimal part.</summary>
    private bool EndsCleanly(int end)
    {
        if (end >= _text.Length)
        {
            return true;
        }

        var c = _text[end];
        if (TextTokens.IsLetter(c) || c is '%' or '/')
        {
            return false;
        }

        if (c == ':')
        {
            // "March 3: the board met" ends the date; "3:40" is a time.
            return !(end + 1 < _text.Length && TextTokens.IsDigit(_text[end + 1]));
        }

        return !(c is '.' or ',' && end + 1 < _text.Length && TextTokens.IsDigit(_text[end + 1]));
    }

    /// <summary>Gets the end of a run of digit groups joined by numeric separators ("1,100", "3.5", "2025-07-23").</summary>
    private int ClusterEnd(Token number)
    {
        var position = number.End;
        var n = _text.Length;
        while (position + 1 < n && _text[position] is '/' or '.' or ',' or ':' or '-' && TextTokens.IsDigit(_text[position + 1]))
        {
            position++;
            while (position < n && TextTokens.IsDigit(_text[position]))
            {
                position++;
            }
        }

        return position;
    }

    /// <summary>Reads a day of month (1-31, at most two digits), with an optional ordinal suffix.</summary>
    private bool TryDay(Token token, out int day, out int end, out bool ordinal)
    {
        day = 0;
        end = token.End;
        ordinal = false;
        if (token.Kind != TokenKind.Number || token.Length > 2 || !StartsCleanly(token))
        {
            return false;
        }

        day = Value(token);
        if (day < 1 || day > 31)
        {
            return false;
        }

        if (end < _text.Length && TextTokens.IsLetter(_text[end]))
        {
            var suffix = Next(end);
            if (!Has(suffix, WordClass.OrdinalSuffix))
            {
                return false;
            }

            end = suffix.End;
            ordinal = true;
        }

        return EndsCleanly(end);
    }

    /// <summary>Reads a four-digit year 1000-9999 that is a whole number on its own.</summary>
    private bool TryYear(Token token, out int year)
    {
        year = 0;
        if (token.Kind != TokenKind.Number || token.Length != 4 || !StartsCleanly(token) || !EndsCleanly(token.End))
        {
            return false;
        }

        year = Value(token);
        return year >= 1000;
    }

    /// <summary>Reads an optional ", 2025" or " 2025" after a position.</summary>
    private bool TryYearAfter(int position, out int year, out int end)
    {
        end = position;
        var token = Next(position);
        if (IsSymbol(token, ','))
        {
            token = Next(token.End);
        }

        if (TryYear(token, out year))
        {
            end = token.End;
            return true;
        }

        return false;
    }

    /// <summary>Reads "this year", "last year" or "next year" right after a month or a date ("January this year", "June 5 last year").</summary>
    private bool TryRelativeYearAfter(int position, out int year, out int end)
    {
        year = 0;
        end = position;
        var modifier = Next(position);
        var unit = Next(modifier.End);
        if (!Is(unit, "year") || !TryReference(2, out var reference))
        {
            return false;
        }

        var offset = Is(modifier, "this") ? 0 : Is(modifier, "last") ? -1 : Is(modifier, "next") ? 1 : int.MinValue;
        if (offset == int.MinValue)
        {
            return false;
        }

        year = reference.Year + offset;
        end = unit.End;
        return true;
    }

    private bool TryMonthWord(Token token, out int month, out int end, out bool abbreviation)
    {
        month = 0;
        end = token.End;
        abbreviation = false;
        if (token.Kind != TokenKind.Word || !_lexicon.TryGet(Span(token), out var entry) || !entry.Is(WordClass.Month)
            || (!IsCapitalized(token) && !IsLowercaseMonth(token, entry)))
        {
            return false;
        }

        month = entry.Month;
        abbreviation = entry.Is(WordClass.MonthAbbreviation);
        if (abbreviation && end < _text.Length && _text[end] == '.')
        {
            end++;
        }

        return true;
    }

    // ---------------------------------------------------------------- emission

    private int Emit(int start, int end, TemporalMentionKind kind, LocalDate? from, LocalDate? to, TemporalGranularity granularity,
        Period? duration = null, bool approximate = false, bool yearInferred = false, bool weekdayAnchored = false, bool orderInferred = false,
        Timex? timex = null)
    {
        if (from is null || to is null)
        {
            from = null;
            to = null;
            yearInferred = false;
        }

        if (kind == TemporalMentionKind.Date && granularity == TemporalGranularity.Year && timex is null && from is { } year
            && TryHalfBefore(start, out var halfStart, out var second))
        {
            // "the first half of 1989", "the second half of next year": half of the year.
            start = halfStart;
            from = new LocalDate(year.Year, second ? 7 : 1, 1);
            to = second ? new LocalDate(year.Year, 12, 31) : new LocalDate(year.Year, 6, 30);
            granularity = TemporalGranularity.Month;
        }

        // TimeML leaves the governing preposition out of the expression ("on [Thursday]", "for [three years]"); the
        // matchers read it for the tense and the kind, and the mention keeps it apart.
        string? preposition = null;
        var first = Next(start);
        if (first.Start == start && first.End < end && IsGoverningPreposition(first))
        {
            preposition = _text.Substring(first.Start, first.Length);
            start = Next(first.End).Start;
        }

        _mentions ??= ImmutableArray.CreateBuilder<TemporalMention>();
        _mentions.Add(new TemporalMention(kind, _text.Substring(start, end - start), start, from, to, granularity,
            duration, approximate, yearInferred, weekdayAnchored, orderInferred, timex, preposition));
        _floor = end;
        if (kind == TemporalMentionKind.Date && granularity is TemporalGranularity.Year or TemporalGranularity.Month)
        {
            _listEnd = end;
            _listGranularity = granularity;
        }

        if (kind == TemporalMentionKind.Date && granularity == TemporalGranularity.Day && from is { } named && from == to)
        {
            _storyDay = named;
            _storyMonth = named.PlusDays(1 - named.Day);
        }
        else if (kind == TemporalMentionKind.Date && granularity == TemporalGranularity.Month && from is { } monthStart && to is { } monthEnd
            && monthStart.Day == 1 && monthEnd == DateMath.EndOfMonth(monthStart.Year, monthStart.Month))
        {
            _storyMonth = monthStart;
        }

        if (kind == TemporalMentionKind.Date && granularity == TemporalGranularity.Day && from is { } day && from == to && !weekdayAnchored)
        {
            _lastDay = day;
            _lastDayEnd = end;
        }

        return end;
    }

    /// <summary>Reads "(the) first half of", "the second half of", "the last half of" right before a year.</summary>
    private bool TryHalfBefore(int position, out int start, out bool second)
    {
        start = position;
        second = false;
        var of = Prev(position);
        var half = Prev(of.Start);
        var which = Prev(half.Start);
        if (!Is(of, "of") || !Is(half, "half"))
        {
            return false;
        }

        var ordinal = Entry(which);
        if (ordinal.Is(WordClass.Ordinal) && ordinal.Ordinal is 1 or 2)
        {
            second = ordinal.Ordinal == 2;
        }
        else if (Is(which, "last") || Is(which, "latter"))
        {
            second = true;
        }
        else
        {
            return false;
        }

        start = Is(Prev(which.Start), "the") ? Prev(which.Start).Start : which.Start;
        return start >= _floor;
    }

    /// <summary>Reads the second day of "April 24 and 25": a bare day number joined by "and" to a day just written.</summary>
    private int OnSecondDay(Token number)
    {
        var link = Prev(number.Start);
        if (_lastDayEnd < 0 || number.Length > 2 || !(Is(link, "and") || Is(link, "or")) || TextTokens.Previous(_text, link.Start, 0).End != _lastDayEnd)
        {
            return -1;
        }

        // Only where the day ends a phrase: "on April 24 and 25.", "April 24 and 25 in Washington"; not "and 4 goals",
        // "and 4%", "3 and 4, 2024" (a year for both, left to the date matchers).
        var next = Next(number.End);
        var value = Value(number);
        var closes = !next.Exists
            || (next.Kind == TokenKind.Symbol && _text[next.Start] is '.' or ';' or ')' or '!' or '?')
            || (next.Kind == TokenKind.Symbol && _text[next.Start] == ',' && !TryYear(Next(next.End), out _))
            || Is(next, "in") || Is(next, "at") || Is(next, "when") || Is(next, "during") || Is(next, "respectively");
        if (value <= _lastDay.Day || value > CalendarSystem.Iso.GetDaysInMonth(_lastDay.Year, _lastDay.Month) || !EndsCleanly(number.End) || !closes)
        {
            return -1;
        }

        var day = new LocalDate(_lastDay.Year, _lastDay.Month, value);
        return Emit(number.Start, number.End, TemporalMentionKind.Date, day, day, TemporalGranularity.Day, yearInferred: true);
    }

    private bool IsGoverningPreposition(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length > 10)
        {
            return false;
        }

        var word = Span(token);
        if (word.Equals("at", StringComparison.OrdinalIgnoreCase) && (Is(Next(token.End), "least") || Is(Next(token.End), "most")))
        {
            return false; // "at least 30 days" is a bound
        }

        foreach (var preposition in GoverningPrepositions)
        {
            if (word.Equals(preposition, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "over the past year" governs; "over 10 years" is a bound and stays.
        return word.Equals("over", StringComparison.OrdinalIgnoreCase) && Is(Next(token.End), "the");
    }

    private static readonly string[] GoverningPrepositions =
    [
        "on", "in", "at", "for", "during", "within", "throughout", "from", "between", "since", "until", "till", "through", "by",
    ];

    private bool TryReference(long years, out LocalDate reference)
    {
        reference = default;
        if (_reference is not { } r || !DateMath.CanShift(r, years))
        {
            return false;
        }

        reference = r;
        return true;
    }

    // ---------------------------------------------------------------- heads

    private int OnWord(Token token, WordEntry entry)
    {
        var resume = -1;
        if (entry.Is(WordClass.Month))
        {
            resume = OnMonth(token);
        }

        if (resume < 0 && entry.Is(WordClass.Weekday))
        {
            resume = OnWeekday(token, entry, token.End);
        }

        if (resume < 0 && entry.Is(WordClass.RelativeDay))
        {
            resume = OnRelativeDay(token, entry);
        }

        if (resume < 0 && entry.Is(WordClass.Unit))
        {
            resume = OnUnit(token, entry);
        }

        if (resume < 0 && entry.Is(WordClass.SetWord))
        {
            resume = OnSetWord(token, entry);
        }

        if (resume < 0 && entry.Is(WordClass.Every))
        {
            resume = OnEvery(token);
        }

        if (resume < 0 && entry.Is(WordClass.Weekend))
        {
            resume = OnWeekend(token);
        }

        if (resume < 0 && entry.Is(WordClass.Night))
        {
            resume = OnNight(token);
        }

        if (resume < 0 && entry.Is(WordClass.Season))
        {
            resume = OnSeason(token, entry);
        }

        if (resume < 0 && entry.Is(WordClass.WeekdayAbbreviation))
        {
            resume = OnWeekdayAbbreviation(token, entry);
        }

        if (resume < 0 && entry.Is(WordClass.WeekdayPlural))
        {
            resume = OnWeekdayPlural(token);
        }

        if (resume < 0 && entry.Is(WordClass.Quarter))
        {
            resume = OnQuarter(token);
        }

        if (resume < 0 && entry.Is(WordClass.DecadeWord))
        {
            resume = OnDecadeWord(token, entry);
        }

        if (resume < 0 && entry.Is(WordClass.Holiday))
        {
            resume = OnHoliday(token);
        }

        if (resume < 0 && entry.Is(WordClass.YearWord))
        {
            resume = OnYearInWords(token);
        }

        if (resume < 0 && entry.Is(WordClass.Generic))
        {
            resume = OnGeneric(token, entry);
        }

        if (resume < 0 && entry.Is(WordClass.DayPart))
        {
            resume = OnDayPart(token);
        }

        return resume;
    }

    private int OnMonth(Token month)
    {
        var allowAnd = Is(Prev(month.Start), "between");
        if (!TryMonthFirst(month, allowAnd, allowRange: true, out var core))
        {
            return -1;
        }

        // "the first of May", "the twenty-first of June"
        var of = Prev(month.Start);
        if (core.Granularity == TemporalGranularity.Month && !core.IsRange && Is(of, "of") && TryOrdinalDayBefore(of.Start, out var ordinalDay, out var ordinalStart))
        {
            core.First.Day = ordinalDay;
            core.Granularity = TemporalGranularity.Day;
            core.Start = ordinalStart;
            return EmitDate(core, allowThe: true, weekdayHint: 0, requireCue: false);
        }

        return EmitDate(core, allowThe: false, weekdayHint: 0, requireCue: core.Granularity == TemporalGranularity.Month && !core.IsRange && core.First.Year == 0);
    }

    private int OnNumber(Token number)
    {
        if (number.Length == 1 && number.Start >= 1 && _text[number.Start - 1] == 'Q')
        {
            var quarter = OnQuarterCode(number);
            if (quarter >= 0)
            {
                return quarter;
            }
        }

        if (!StartsCleanly(number))
        {
            return ClusterEnd(number);
        }

        var clock = OnClockTime(number);
        if (clock >= 0)
        {
            return clock;
        }

        var secondDay = OnSecondDay(number);
        if (secondDay >= 0)
        {
            return secondDay;
        }

        var weekdayBefore = Has(Prev(number.Start), WordClass.Weekday);
        switch (TryNumeric(number, weekdayBefore, out var core, out var clusterEnd))
        {
            case NumericStatus.Date:
                return EmitDate(core, allowThe: false, weekdayHint: 0, requireCue: false);
            case NumericStatus.Rejected:
                return clusterEnd;
        }

        if (TryDecade(number, out core))
        {
            return EmitDate(core, allowThe: true, weekdayHint: 0, requireCue: false);
        }

        // "30 and 31 July" is a span even without "between": the month after the second day ties them.
        if (TryDayFirst(number, allowAnd: true, allowRange: true, out core))
        {
            return EmitDate(core, allowThe: core.Ordinal, weekdayHint: 0, requireCue: false);
        }

        var dayOfMonth = OnOrdinalDayOfMonth(number);
        if (dayOfMonth >= 0)
        {
            return dayOfMonth;
        }

        // "30 days", "30-day": the unit word is the head and reads the count back.
        var next = Next(number.End);
        if (Has(next, WordClass.Unit) || (IsDash(next) && next.Start == number.End && Has(Next(next.End), WordClass.Unit)))
        {
            return number.End;
        }

        if (TryYearCore(number, out core))
        {
            var emitted = EmitDate(core, allowThe: false, weekdayHint: 0, requireCue: !core.IsRange);
            return emitted >= 0 ? emitted : OnModifierYear(number);
        }

        return ClusterEnd(number);
    }

    private enum NumericStatus
    {
        NotNumeric,
        Rejected,
        Date,
    }

    /// <summary>Reads 23/7, 23/7/2025, 7/23/25, 23.07.2025, 23-07-2025, 2025-07-23 and 2025-07-23T10:00Z (date part).</summary>
    private NumericStatus TryNumeric(Token first, bool cued, out DateCore core, out int clusterEnd)
    {
        core = default;
        clusterEnd = ClusterEnd(first);
        if (clusterEnd == first.End)
        {
            return NumericStatus.NotNumeric;
        }

        var separator = _text[first.End];
        if (separator is not ('/' or '.' or '-'))
        {
            return separator == ',' || separator == ':' ? NumericStatus.Rejected : NumericStatus.NotNumeric;
        }

        // Split the cluster into at most three parts with one kind of separator.
        Span<int> starts = stackalloc int[3];
        Span<int> ends = stackalloc int[3];
        var parts = 0;
        var position = first.Start;
        while (position < clusterEnd)
        {
            if (parts == 3)
            {
                return NumericStatus.Rejected;
            }

            starts[parts] = position;
            while (position < clusterEnd && TextTokens.IsDigit(_text[position]))
            {
                position++;
            }

            ends[parts] = position;
            parts++;
            if (position < clusterEnd)
            {
                if (_text[position] != separator)
                {
                    return NumericStatus.Rejected;
                }

                position++;
            }
        }

        if (separator == '-' && parts == 2)
        {
            // "13-21 July" or "2019-2021": ranges, read by the day-first and year readers.
            return NumericStatus.NotNumeric;
        }

        var isoLike = parts == 3 && ends[0] - starts[0] == 4;
        var tail = clusterEnd < _text.Length ? _text[clusterEnd] : ' ';
        var timeFollows = isoLike && tail is 'T' or 't';
        if (!timeFollows && !EndsCleanly(clusterEnd))
        {
            return NumericStatus.Rejected;
        }

        core.Start = first.Start;
        core.End = clusterEnd;
        core.Granularity = TemporalGranularity.Day;
        var a = PartValue(starts[0], ends[0]);
        var b = PartValue(starts[1], ends[1]);
        if (isoLike)
        {
            if (ends[1] - starts[1] > 2 || ends[2] - starts[2] > 2)
            {
                return NumericStatus.Rejected;
            }

            core.First = new DateParts { Year = a, Month = b, Day = PartValue(starts[2], ends[2]) };
            return NumericStatus.Date;
        }

        if (ends[0] - starts[0] > 2 || ends[1] - starts[1] > 2)
        {
            return NumericStatus.Rejected;
        }

        var year = 0;
        if (parts == 3)
        {
            var yearDigits = ends[2] - starts[2];
            year = PartValue(starts[2], ends[2]);
            if (yearDigits == 2 && separator == '/')
            {
                // Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999.
                year += year < 50 ? 2000 : 1900;
            }
            else if (yearDigits != 4 || year < 1000)
            {
                return NumericStatus.Rejected;
            }
        }
        else
        {
            // A bare d/m is a date only after a date cue ("on 23/7", "since 19/7", "Wednesday 23/7"): fractions and scores are not.
            if (separator != '/' || (!cued && !HasNumericDateCue(first)) || Is(Next(clusterEnd), "of"))
            {
                return NumericStatus.Rejected;
            }
        }

        int day, month;
        if (a > 12 && b <= 12)
        {
            (day, month) = (a, b);
        }
        else if (b > 12 && a <= 12)
        {
            (day, month) = (b, a);
        }
        else if (a <= 12 && b <= 12)
        {
            (day, month) = ArticleDateOrder == DateOrder.DayFirst ? (a, b) : (b, a);
            core.OrderInferred = a != b;
        }
        else
        {
            return NumericStatus.Rejected;
        }

        core.First = new DateParts { Year = year, Month = month, Day = day };
        return NumericStatus.Date;
    }

    private DateOrder? _articleDateOrder;

    // The order of an ambiguous numeric date (4/7) follows the article's unambiguous ones: a text that writes 23/7 is
    // day-first, one that writes 7/23 month-first; a text with both, or neither, keeps the configured order.
    private DateOrder ArticleDateOrder => _articleDateOrder ??= DetectDateOrder(_text, _options.DateOrder);

    internal static DateOrder DetectDateOrder(string text, DateOrder fallback)
    {
        bool dayFirst = false, monthFirst = false;
        for (var slash = text.IndexOf('/'); slash > 0 && slash < text.Length - 1; slash = text.IndexOf('/', slash + 1))
        {
            var start = slash;
            while (start > 0 && slash - start < 3 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            var end = slash + 1;
            while (end < text.Length && end - slash <= 3 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var leftDigits = slash - start;
            var rightDigits = end - slash - 1;
            if (leftDigits is < 1 or > 2 || rightDigits is < 1 or > 2 || (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '/')))
            {
                continue;
            }

            var a = int.Parse(text.AsSpan(start, leftDigits), System.Globalization.CultureInfo.InvariantCulture);
            var b = int.Parse(text.AsSpan(slash + 1, rightDigits), System.Globalization.CultureInfo.InvariantCulture);
            if (a is >= 1 and <= 31 && b is >= 1 and <= 31)
            {
                dayFirst |= a > 12 && b <= 12;
                monthFirst |= b > 12 && a <= 12;
            }
        }

        return dayFirst == monthFirst ? fallback : dayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;
    }

    private int PartValue(int start, int end)
    {
        var value = 0;
        for (var i = start; i < end && i < start + 9; i++)
        {
            value = (value * 10) + (_text[i] - '0');
        }

        return end - start > 9 ? -1 : value;
    }

    private bool HasNumericDateCue(Token number)
    {
        var before = Prev(number.Start);
        if (IsSymbol(before, '('))
        {
            return true;
        }

        return Is(before, "on") || Is(before, "since") || Is(before, "from") || Is(before, "until") || Is(before, "till")
            || Is(before, "by") || Is(before, "before") || Is(before, "after") || Is(before, "between") || Is(before, "dated");
    }

    /// <summary>Reads "the 1990s", "1990's".</summary>
    private bool TryDecade(Token number, out DateCore core)
    {
        core = default;
        if (number.End >= _text.Length)
        {
            return false;
        }

        var year = Value(number);
        var start = number.Start;
        if (number.Length == 2 && number.Start > 0 && _text[number.Start - 1] is '\'' or '\u2019' && year % 10 == 0
            && (number.Start == 1 || !TextTokens.IsLetter(_text[number.Start - 2])))
        {
            // "the '90s": two-digit decades follow the two-digit year rule (00-49 are 2000-2049, 50-99 are 1950-1999).
            year += year < 50 ? 2000 : 1900;
            start = number.Start - 1;
        }
        else if (number.Length != 4 || year < 1000 || year % 10 != 0)
        {
            return false;
        }

        var next = Next(number.End);
        if (next.Start != number.End)
        {
            return false;
        }

        if (next.Kind == TokenKind.Symbol && _text[next.Start] is '\'' or '\u2019')
        {
            next = Next(next.End);
            if (next.Start != number.End + 1)
            {
                return false;
            }
        }

        if (next.Kind != TokenKind.Word || next.Length != 1 || _text[next.Start] != 's')
        {
            return false;
        }

        core.Start = start;
        core.End = next.End;
        core.First = new DateParts { Year = year };
        core.Granularity = TemporalGranularity.Decade;
        return true;
    }

    /// <summary>Reads "July 24", "Dec. 8, 2024", "July 2025", "December", "July 13-21", "from March to May 2024".</summary>
    private bool TryMonthFirst(Token monthToken, bool allowAnd, bool allowRange, out DateCore core)
    {
        core = default;
        if (!TryMonthWord(monthToken, out var month, out var end, out var abbreviation))
        {
            return false;
        }

        core.Start = monthToken.Start;
        core.First.Month = month;
        core.Granularity = TemporalGranularity.Month;
        var next = Next(end);
        if ((TryDay(next, out var day, out var dayEnd, out _) || TryOrdinalDay(next, out day, out dayEnd)) && !Has(Next(dayEnd), WordClass.Unit))
        {
            core.First.Day = day;
            core.Granularity = TemporalGranularity.Day;
            end = dayEnd;
            if (TryYearAfter(end, out var year, out var yearEnd) || TryRelativeYearAfter(end, out year, out yearEnd))
            {
                core.First.Year = year;
                end = yearEnd;
            }
        }
        else if (TryYear(next, out var year))
        {
            core.First.Year = year;
            end = next.End;
        }
        else if (!abbreviation && TryRelativeYearAfter(end, out year, out var relativeEnd))
        {
            // "January this year", "June last year": one TIMEX3 in TimeML
            core.First.Year = year;
            end = relativeEnd;
        }
        else if (abbreviation)
        {
            // "Mar", "Jan" alone are too often something else.
            return false;
        }

        core.End = end;
        if (allowRange)
        {
            TryRangeTail(ref core, allowAnd);
        }

        return true;
    }

    /// <summary>Reads "24 July", "24th of July 2025", "13-21 July", "between 13 and 21 July", "13 July to 2 August".</summary>
    private bool TryDayFirst(Token number, bool allowAnd, bool allowRange, out DateCore core)
    {
        core = default;
        if (!TryDay(number, out var day, out var end, out var ordinal))
        {
            return false;
        }

        var next = Next(end);
        if (ordinal && Is(next, "of"))
        {
            next = Next(next.End);
        }

        var joined = false;
        if (!ordinal && next.Start == end && next.Kind == TokenKind.Symbol && (IsDash(next) || _text[next.Start] == '.'))
        {
            // "7-Sep-2019", "7. Sept. 2019": a joined month must come with its year
            var month2 = Next(next.End);
            if (TryMonthWord(month2, out _, out var month2End, out _) && (IsDash(next) ? month2.Start == next.End : month2.Start > next.End)
                && TryJoinedYear(month2End, out _, out _))
            {
                next = month2;
                joined = true;
            }
        }

        if (TryMonthWord(next, out var month, out var monthEnd, out _))
        {
            core.Start = number.Start;
            core.First = new DateParts { Month = month, Day = day };
            core.Granularity = TemporalGranularity.Day;
            core.Ordinal = ordinal;
            core.End = monthEnd;
            if (joined && TryJoinedYear(monthEnd, out var joinedYear, out var joinedEnd))
            {
                core.First.Year = joinedYear;
                core.End = joinedEnd;
                return true;
            }

            if (TryYearAfter(monthEnd, out var year, out var yearEnd) || TryRelativeYearAfter(monthEnd, out year, out yearEnd))
            {
                core.First.Year = year;
                core.End = yearEnd;
            }

            if (allowRange)
            {
                TryRangeTail(ref core, allowAnd);
            }

            return true;
        }

        if (!allowRange || !IsRangeLink(next, allowAnd))
        {
            return false;
        }

        if (!TryDayFirst(Next(next.End), allowAnd: false, allowRange: false, out var second))
        {
            return false;
        }

        core.Start = number.Start;
        core.End = second.End;
        core.First = new DateParts { Month = second.First.Month, Day = day };
        core.Second = second.First;
        core.IsRange = true;
        core.Granularity = TemporalGranularity.Day;
        core.Ordinal = ordinal;
        return true;
    }

    private bool IsRangeLink(Token link, bool allowAnd) =>
        IsDash(link) || (Has(link, WordClass.RangeLink) && (allowAnd || !Is(link, "and")));

    /// <summary>Extends a day or month by "-21", "to 21", "to August 2", "to May 2024", "- 2 August".</summary>
    private void TryRangeTail(ref DateCore core, bool allowAnd)
    {
        var link = Next(core.End);
        if (!IsRangeLink(link, allowAnd))
        {
            return;
        }

        var token = Next(link.End);
        if (core.Granularity == TemporalGranularity.Month)
        {
            if (TryMonthFirst(token, false, false, out var month) && month.Granularity == TemporalGranularity.Month)
            {
                core.Second = month.First;
                core.End = month.End;
                core.IsRange = true;
            }

            return;
        }

        if (TryMonthFirst(token, false, false, out var other) || TryDayFirst(token, false, false, out other))
        {
            if (other.Granularity == TemporalGranularity.Day)
            {
                core.Second = other.First;
                core.End = other.End;
                core.IsRange = true;
            }

            return;
        }

        if (TryDay(token, out var day, out var dayEnd, out _) && !Has(Next(dayEnd), WordClass.Unit))
        {
            core.Second = new DateParts { Month = core.First.Month, Day = day };
            core.End = dayEnd;
            core.IsRange = true;
            if (core.First.Year == 0 && TryYearAfter(dayEnd, out var year, out var yearEnd))
            {
                core.Second.Year = year;
                core.End = yearEnd;
            }
        }
    }

    /// <summary>Reads "2024", "2019-2021", "2019–21", "from 2019 to 2021".</summary>
    private bool TryYearCore(Token number, out DateCore core)
    {
        core = default;
        if (!TryYear(number, out var year))
        {
            return false;
        }

        core.Start = number.Start;
        core.End = number.End;
        core.First.Year = year;
        core.Granularity = TemporalGranularity.Year;
        var link = Next(number.End);
        var before = Prev(number.Start);
        var wordLinked = Has(link, WordClass.RangeLink) && (Is(before, "from") || Is(before, "between")) && (Is(before, "between") || !Is(link, "and"));
        if (IsDash(link) || wordLinked)
        {
            var token = Next(link.End);
            var second = 0;
            if (TryYear(token, out var full))
            {
                second = full;
            }
            else if (IsDash(link) && token.Kind == TokenKind.Number && token.Length == 2 && token.Start == link.End && StartsCleanly(token) && EndsCleanly(token.End))
            {
                second = (year / 100 * 100) + Value(token);
            }

            if (second > year)
            {
                core.Second.Year = second;
                core.End = token.End;
                core.IsRange = true;
            }
        }

        return true;
    }

    private bool IsYearCue(Token token) =>
        IsListLink(token, TemporalGranularity.Year)
        || Is(token, "in") || Is(token, "since") || Is(token, "of") || Is(token, "by") || Is(token, "until") || Is(token, "till")
        || Is(token, "from") || Is(token, "during") || Is(token, "before") || Is(token, "after") || Is(token, "through")
        || Is(token, "throughout") || Is(token, "between") || Is(token, "year")
        || (Is(token, "to") && (Is(Prev(token.Start), "dating") || Is(Prev(token.Start), "dates") || Is(Prev(token.Start), "back")));

    /// <summary>Whether a comma, "and" or "or" right after a year (month) mention links the next year (month) into a list: "in
    /// 1994, 1995 and 1997", "in March, April and June". After a comma the item must go on the list or end the clause
    /// ("In 2001, 2002 people voted" is a count).</summary>
    private bool IsListLink(Token token, TemporalGranularity granularity)
    {
        if (!(IsSymbol(token, ',') || Is(token, "and") || Is(token, "or")) || _listEnd < 0 || _listGranularity != granularity
            || token.Start < _listEnd || token.Start - _listEnd > 2 || !_text.AsSpan(_listEnd, token.Start - _listEnd).IsWhiteSpace())
        {
            return false;
        }

        if (!IsSymbol(token, ','))
        {
            return true;
        }

        var after = Next(Next(token.End).End);
        return IsSymbol(after, ',') || Is(after, "and") || Is(after, "or") || EndsClause(Next(token.End).End);
    }

    /// <summary>Whether a word lets a month name stand alone: "in December", "since March"; "May" also being a name and a verb needs a stronger cue.</summary>
    private bool IsMonthCue(Token token, int month, int monthEnd)
    {
        if (IsListLink(token, TemporalGranularity.Month))
        {
            return month != 5 || EndsClause(monthEnd) || Is(Next(monthEnd), "and") || Is(Next(monthEnd), "or");
        }

        if (month == 5)
        {
            // "by May," and "before May." end their clause; "by May Smith" and "before May leaves" do not.
            return Is(token, "in") || Is(token, "since") || Is(token, "until") || Is(token, "till") || Is(token, "during")
                || Is(token, "through") || Is(token, "throughout")
                || ((Is(token, "by") || Is(token, "before") || Is(token, "after")) && EndsClause(monthEnd));
        }

        return (Has(token, WordClass.DateCue) && !Is(token, "to") && !Is(token, "and") && !Is(token, "as")) || Is(token, "for");
    }

    /// <summary>Whether a month name stands as a modifier after a determiner: "a June agreement", "the October slaying".</summary>
    private bool IsModifierMonth(Token before, in DateCore core)
    {
        if (core.First.Month == 5 || core.IsRange || core.First.Day != 0 || !Has(before, WordClass.YearDeterminer) || Has(before, WordClass.RangeLink)
            || Is(before, "for") || Is(before, "into") || Is(before, "than") || Is(before, "both") || Is(before, "every"))
        {
            return false;
        }

        var next = Next(core.End);
        return next.Kind == TokenKind.Word && char.IsLower(_text[next.Start]) && !Has(next, WordClass.NumberWord);
    }

    /// <summary>Whether a clause ends right after a position (a full stop, comma, semicolon, colon or the end of the text).</summary>
    private bool EndsClause(int position)
    {
        var next = Next(position);
        return !next.Exists || (next.Kind == TokenKind.Symbol && _text[next.Start] is '.' or ',' or ';' or ':' or '!' or '?');
    }

    /// <summary>Adds the words in front of a date (range start, part, modifier, "the", "on"/"in"), resolves and emits it.</summary>
    private int EmitDate(DateCore core, bool allowThe, int weekdayHint, bool requireCue)
    {
        var start = core.Start;
        var part = DatePart.None;
        var modifier = Modifier.None;
        var edged = false;
        Token before;
        if (core.IsRange)
        {
            before = Prev(start);
            if (Has(before, WordClass.RangeStart))
            {
                start = before.Start;
            }
        }
        else
        {
            before = Prev(start);
            if (IsDash(before) && before.End == start)
            {
                var word = Prev(before.Start);
                if (word.End == before.Start && Has(word, WordClass.Part))
                {
                    part = Entry(word).Part;
                    start = word.Start;
                }
            }
            else if (Has(before, WordClass.Part) && core.Granularity != TemporalGranularity.Day)
            {
                part = Entry(before).Part;
                start = before.Start;
            }
            else if (core.Granularity == TemporalGranularity.Year && core.First.Year != 0 && ReadEdge(start, out var yearEdgeStart) != DatePart.None)
            {
                // "by the end of 1990": TimeML keeps the whole year as the value (the part is a modifier), and the words in the span.
                start = yearEdgeStart;
                edged = true;
            }
            else if (core.Granularity == TemporalGranularity.Month)
            {
                // "at the end of July", "beginning of March". A written year keeps "the end of 2025" and "since the start
                // of 2024" as the whole year (the deadline and since readings); "the end of the year" is a part (OnBareUnit).
                var edge = ReadEdge(start, out var edgeStart);
                if (edge != DatePart.None)
                {
                    part = edge;
                    start = edgeStart;
                    edged = true;
                }
            }

            before = Prev(start);
            if (part == DatePart.None && core.Granularity == TemporalGranularity.Month && core.First.Year == 0)
            {
                modifier = ReadModifier(before);
                if (modifier != Modifier.None)
                {
                    start = before.Start;
                    before = Prev(start);
                }
            }

            if ((allowThe || part != DatePart.None) && !edged && Is(before, "the"))
            {
                start = before.Start;
                before = Prev(start);
            }
        }

        if (requireCue && part == DatePart.None && modifier == Modifier.None && !edged)
        {
            var cued = core.Granularity == TemporalGranularity.Year ? IsYearCue(before)
                : IsMonthCue(before, core.First.Month, core.End) || IsModifierMonth(before, core)
                    || (core.First.Month != 5 && core.First.Day == 0 && !core.IsRange && IsPossessive(new Token(core.Start, core.End, TokenKind.Word)));
            if (!cued)
            {
                return -1;
            }
        }

        if (!core.IsRange && !edged && (Is(before, "on") || Is(before, "in")))
        {
            start = before.Start;
        }

        string? clock = null;
        if (core.Granularity == TemporalGranularity.Day && !core.IsRange && part == DatePart.None && TryClockBefore(start, out var clockStart, out var clockText))
        {
            // "5 p.m. EST Nov. 9"
            start = clockStart;
            clock = clockText;
        }

        var resolution = Resolve(core, start, modifier, weekdayHint, out var from, out var to, out var yearInferred);
        if (resolution == Resolution.Invalid)
        {
            return core.End;
        }

        if (core.First.Year != 0 && core.Granularity != TemporalGranularity.Decade)
        {
            _lastYear = core.IsRange && core.Second.Year != 0 ? core.Second.Year : core.First.Year;
        }

        var granularity = core.Granularity;
        if (part != DatePart.None)
        {
            if (from is { } s && DateMath.TryPart(s, granularity, part, out var partFrom, out var partTo, out var partGranularity))
            {
                from = partFrom;
                to = partTo;
                granularity = partGranularity;
            }
            else
            {
                granularity = granularity switch
                {
                    TemporalGranularity.Month => TemporalGranularity.Day,
                    TemporalGranularity.Year => TemporalGranularity.Month,
                    TemporalGranularity.Decade => TemporalGranularity.Year,
                    _ => granularity,
                };
            }
        }

        return Emit(start, core.End, core.IsRange ? TemporalMentionKind.Range : TemporalMentionKind.Date, from, to, granularity,
            approximate: part != DatePart.None, yearInferred: yearInferred, orderInferred: core.OrderInferred,
            timex: clock is not null && from is { } day ? new Timex(TimexType.Time, TimexValues.Day(day) + "T" + clock) : null);
    }

    private Modifier ReadModifier(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return Modifier.None;
        }

        var entry = Entry(token);
        return entry.Is(WordClass.This) ? Modifier.This
            : entry.Is(WordClass.Last) && !Is(token, "past") ? Modifier.Last
            : entry.Is(WordClass.Next) ? Modifier.Next
            : Modifier.None;
    }

    /// <summary>Turns a written date or range into days, inferring a missing year from the reference and the tense.</summary>
    private Resolution Resolve(in DateCore core, int start, Modifier modifier, int weekdayHint, out LocalDate? from, out LocalDate? to, out bool yearInferred)
    {
        from = null;
        to = null;
        yearInferred = false;
        var first = core.First;
        var second = core.IsRange ? core.Second : core.First;
        if (!Plausible(first) || !Plausible(second))
        {
            return Resolution.Invalid;
        }

        if (core.IsRange)
        {
            if (first.Month == 0 && core.Granularity != TemporalGranularity.Year)
            {
                first.Month = second.Month;
            }

            if (first.Year == 0 && second.Year != 0)
            {
                first.Year = Before(first, second) ? second.Year : second.Year - 1;
            }
            else if (second.Year == 0 && first.Year != 0)
            {
                second.Year = Before(first, second) ? first.Year : first.Year + 1;
            }
        }

        if (first.Year == 0)
        {
            if (!TryReference(DateMath.InferenceSearchYears + 2, out var reference))
            {
                return Resolution.Unresolved;
            }

            int year;
            if (first.Day == 0)
            {
                var direction = modifier switch
                {
                    Modifier.Last => -2,
                    Modifier.Next => 2,
                    Modifier.This => 0,
                    _ => IsPast(start, core.End) ? -1 : 1,
                };
                year = DateMath.InferMonthYear(reference, first.Month, direction);

                // News leaves the year out of a past month only within about nine months of the story: a past tense that
                // would put the month ten or more months back ("extended the loans through January" written in November)
                // yields to the coming one. Plans may lie further ahead ("the trial will open in June" written in July).
                if (direction == -1 && ((reference.Year - year) * 12) + reference.Month - first.Month > HorizonMonths)
                {
                    year = DateMath.InferMonthYear(reference, first.Month, 1);
                }
            }
            else
            {
                // The grace lets a dateline that lags the events by a few days keep "July 24" in its own year.
                var tense = Tense(start, core.End);
                var past = tense == 0 ? _options.PreferPast : tense < 0;
                var grace = _options.InferenceGraceDays;
                var anchor = reference.PlusDays(past ? grace : -grace);
                if (!DateMath.TryInferYear(anchor, first.Month, first.Day, past, out year))
                {
                    return Resolution.Unresolved;
                }

                // Without a tense cue the nearer of the two candidates wins: "the deadline is Nov. 10" a week before it.
                if (tense == 0 && DateMath.TryInferYear(reference.PlusDays(past ? -grace : grace), first.Month, first.Day, !past, out var opposite)
                    && DateMath.IsNearer(reference, first.Month, first.Day, opposite, year))
                {
                    year = opposite;
                }

                // Likewise a day and month more than nine months back ("gave no reason for the Jan. 14 deadline" written on
                // Jan. 5) take the coming occurrence when it is near; a grace of zero asks for the tense alone.
                if (tense < 0 && grace > 0 && DateMath.TryInferYear(reference.PlusDays(past ? -grace : grace), first.Month, first.Day, !past, out var near)
                    && DateMath.DaysFrom(reference, year, first.Month, first.Day) > HorizonDays
                    && DateMath.DaysFrom(reference, near, first.Month, first.Day) <= 366 - HorizonDays)
                {
                    year = near;
                }

                // A weekday written next to the date ("Wednesday, July 23") picks the direction it agrees with.
                if (weekdayHint != 0 && (int)new LocalDate(year, first.Month, first.Day).DayOfWeek != weekdayHint
                    && DateMath.TryInferYear(reference.PlusDays(past ? -grace : grace), first.Month, first.Day, !past, out var other)
                    && (int)new LocalDate(other, first.Month, first.Day).DayOfWeek == weekdayHint)
                {
                    year = other;
                }
            }

            first.Year = year;
            yearInferred = true;
            second.Year = !core.IsRange || Before(first, second) ? year : year + 1;
        }

        if (!TryStart(first, core.Granularity, out var startDate) || !TryEnd(second, core.Granularity, out var endDate) || endDate < startDate)
        {
            return Resolution.Invalid;
        }

        from = startDate;
        to = endDate;
        return Resolution.Resolved;
    }

    private static bool Plausible(DateParts parts) =>
        parts.Day == 0 || (parts.Month is >= 1 and <= 12 && parts.Day <= CalendarSystem.Iso.GetDaysInMonth(2000, parts.Month));

    private static bool Before(DateParts first, DateParts second) =>
        first.Month < second.Month || (first.Month == second.Month && first.Day <= second.Day);

    private static bool TryStart(DateParts parts, TemporalGranularity granularity, out LocalDate date)
    {
        switch (granularity)
        {
            case TemporalGranularity.Day:
                return DateMath.TryDate(parts.Year, parts.Month, parts.Day, out date);
            case TemporalGranularity.Month:
                return DateMath.TryDate(parts.Year, parts.Month, 1, out date);
            default:
                return DateMath.TryDate(parts.Year, 1, 1, out date);
        }
    }

    private static bool TryEnd(DateParts parts, TemporalGranularity granularity, out LocalDate date)
    {
        switch (granularity)
        {
            case TemporalGranularity.Day:
                return DateMath.TryDate(parts.Year, parts.Month, parts.Day, out date);
            case TemporalGranularity.Month:
                date = default;
                return DateMath.TryDate(parts.Year, parts.Month, 1, out _) && Assign(DateMath.EndOfMonth(parts.Year, parts.Month), out date);
            case TemporalGranularity.Decade:
                return DateMath.TryDate(parts.Year + 9, 12, 31, out date);
            default:
                return DateMath.TryDate(parts.Year, 12, 31, out date);
        }
    }

    private static bool Assign(LocalDate value, out LocalDate date)
    {
        date = value;
        return true;
    }

    private int OnWeekday(Token weekday, WordEntry entry, int end)
    {
        // "Wednesday, July 23", "Wednesday 23 July", "Wednesday 23/7": the written date wins; the weekday only helps infer the year.
        var next = Next(end);
        var dateToken = IsSymbol(next, ',') ? Next(next.End) : next;
        if (TryDateAfterWeekday(dateToken, out var core))
        {
            core.Start = weekday.Start;
            return EmitDate(core, allowThe: false, weekdayHint: entry.Weekday, requireCue: false);
        }

        // "Wednesday next week", "Friday last week"
        var weekModifier = ReadModifier(next);
        if (weekModifier != Modifier.None && Is(Next(next.End), "week"))
        {
            var weekEnd = Next(next.End).End;
            LocalDate? inWeek = null;
            if (TryReference(1, out var weekReference))
            {
                var offset = weekModifier switch { Modifier.Last => -1, Modifier.Next => 1, _ => 0 };
                inWeek = DateMath.WeekStart(weekReference).PlusWeeks(offset).PlusDays(entry.Weekday - 1);
            }

            var weekStart = Is(Prev(weekday.Start), "on") ? Prev(weekday.Start).Start : weekday.Start;
            return Emit(weekStart, weekEnd, TemporalMentionKind.Date, inWeek, inWeek, TemporalGranularity.Day, weekdayAnchored: true);
        }

        // "Friday afternoon", "Thursday evening" carry the part (TAF, TEV); news annotators give a morning or a night as the day.
        // A clock time written before the weekday wins below.
        string? dayPart = null;
        if (Has(next, WordClass.DayPart))
        {
            end = next.End;
            dayPart = AfternoonOrEvening(next);
        }

        var start = weekday.Start;
        var before = Prev(start);
        if (TryClockBefore(start, out var clockStart, out var clock))
        {
            // "10 p.m. Wednesday", "noon Thursday"
            start = clockStart;
            dayPart = "T" + clock;
            before = Prev(start);
        }

        var modifier = ReadModifier(before);
        if (modifier == Modifier.None && Is(before, "past") && Is(Prev(before.Start), "this"))
        {
            // "this past Saturday"
            modifier = Modifier.Last;
            before = Prev(before.Start);
        }

        if (modifier != Modifier.None)
        {
            start = before.Start;
            before = Prev(start);
        }
        else if (Has(before, WordClass.Part) || Is(before, "earlier") || Is(before, "later"))
        {
            // "early Tuesday", "late Monday", "Earlier Sunday"
            start = before.Start;
            before = Prev(start);
        }

        if (Is(before, "on"))
        {
            start = before.Start;
        }

        LocalDate? day = null;
        if (TryReference(1, out var reference))
        {
            var target = entry.Weekday;
            var current = (int)reference.DayOfWeek;
            var back = (current - target + 7) % 7;
            var forward = (target - current + 7) % 7;
            day = modifier switch
            {
                Modifier.Last => reference.PlusDays(-(back == 0 ? 7 : back)),
                Modifier.Next => reference.PlusDays(forward == 0 ? 7 : forward),
                Modifier.This => DateMath.WeekStart(reference).PlusDays(target - 1),
                _ => (IsPossessive(weekday) ? !IsAhead(Prev(weekday.Start)) : IsPast(start, end) && !IsEarliestExpected(start))
                    ? reference.PlusDays(-back) : reference.PlusDays(forward),
            };
        }

        return Emit(start, end, TemporalMentionKind.Date, day, day, TemporalGranularity.Day, weekdayAnchored: true,
            timex: dayPart is not null && day is { } d ? new Timex(TimexType.Time, TimexValues.Day(d) + dayPart) : null);
    }

    /// <summary>Whether a noun after "today's" names the present in general: "today's world", "today's youth".</summary>
    private bool IsGenericNoun(Token noun) =>
        Is(noun, "world") || Is(noun, "youth") || Is(noun, "society") || Is(noun, "generation") || Is(noun, "children")
        || Is(noun, "kids") || Is(noun, "young") || Is(noun, "economy") || Is(noun, "culture") || Is(noun, "standards")
        || Is(noun, "dollars") || Is(noun, "terms") || Is(noun, "climate") || Is(noun, "age") || Is(noun, "times");

    /// <summary>Whether a word is followed by a possessive "'s": "Wednesday's ruling", "Friday's close".</summary>
    private bool IsPossessive(Token word)
    {
        var after = Next(word.End);
        return after.Kind == TokenKind.Symbol && after.Start == word.End && _text[after.Start] is '\'' or '\u2019'
            && Is(Next(after.End), "s") && Next(after.End).Start == after.End;
    }

    /// <summary>Whether a word before a possessive day looks ahead: "ahead of Sunday's vote", "until Friday's deadline".</summary>
    private bool IsAhead(Token before) =>
        Is(before, "until") || Is(before, "for") || Is(before, "upcoming")
        || (Is(before, "of") && Is(Prev(before.Start), "ahead"));

    private bool TryDateAfterWeekday(Token token, out DateCore core)
    {
        core = default;
        if (token.Kind == TokenKind.Word)
        {
            return TryMonthFirst(token, false, false, out core) && core.Granularity == TemporalGranularity.Day;
        }

        if (token.Kind != TokenKind.Number || !StartsCleanly(token))
        {
            return false;
        }

        return TryNumeric(token, cued: true, out core, out _) == NumericStatus.Date
            || TryDayFirst(token, false, false, out core);
    }

    private int OnRelativeDay(Token token, WordEntry entry)
    {
        // "USA Today", "Türkiye Today": a capitalized word glued to a name is a title.
        var before = Prev(token.Start);
        if (IsCapitalized(token) && IsCapitalized(before) && !IsSentenceStart(token.Start))
        {
            return -1;
        }

        // "in today's world", "for today's youth", "many of today's computers", "the people of tomorrow": the present or future
        // in general, which news annotators leave out; "in today's editions", "for today's quiz" are the day.
        var after = Next(token.End);
        if (!Is(token, "tonight") && ((IsPossessive(token) && (Is(before, "of") || IsGenericNoun(Next(Next(after.End).End))))
                || (Is(token, "tomorrow") && Is(before, "of"))))
        {
            return -1;
        }

        var start = token.Start;
        var shift = entry.RelativeDay;
        if ((shift == -1 && Is(before, "before")) || (shift == 1 && Is(before, "after")))
        {
            // "the day before yesterday", "the day after tomorrow"
            var dayWord = Prev(before.Start);
            if (Is(dayWord, "day"))
            {
                shift *= 2;
                start = dayWord.Start;
                var article = Prev(start);
                if (Is(article, "the"))
                {
                    start = article.Start;
                }
            }
        }

        var end = token.End;
        var next = Next(end);
        string? dayPart = null;
        if (Has(next, WordClass.DayPart) && !Is(token, "tonight"))
        {
            end = next.End;
            dayPart = AfternoonOrEvening(next);
        }

        if (start == token.Start && (Has(before, WordClass.Part) || Is(before, "earlier") || Is(before, "later")))
        {
            // "late yesterday", "earlier today"
            start = before.Start;
        }

        if (start == token.Start && TryClockBefore(start, out var clockStart, out var clock))
        {
            start = clockStart;
            dayPart = "T" + clock;
        }

        LocalDate? day = TryReference(1, out var reference) ? reference.PlusDays(shift) : null;
        return Emit(start, end, TemporalMentionKind.Date, day, day, TemporalGranularity.Day,
            timex: dayPart is not null && day is { } d ? new Timex(TimexType.Time, TimexValues.Day(d) + dayPart) : null);
    }

    /// <summary>Reads "last night" as the day before the reference.</summary>
    private int OnNight(Token night)
    {
        var before = Prev(night.Start);
        if (!Is(before, "last"))
        {
            return -1;
        }

        LocalDate? day = TryReference(1, out var reference) ? reference.PlusDays(-1) : null;
        return Emit(before.Start, night.End, TemporalMentionKind.Date, day, day, TemporalGranularity.Day,
            timex: new Timex(TimexType.Time, day is { } d ? TimexValues.Day(d) + "TNI" : null));
    }

    /// <summary>Reads "last weekend", "this weekend", "next weekend", "over the weekend", "at the weekend" as a Saturday and Sunday.</summary>
    private int OnWeekend(Token weekend)
    {
        var before = Prev(weekend.Start);
        var modifier = ReadModifier(before);
        var start = weekend.Start;
        if (modifier != Modifier.None)
        {
            start = before.Start;
        }
        else if (Is(before, "the"))
        {
            start = before.Start;
            var cue = Prev(start);
            if (Is(cue, "over") || Is(cue, "at") || Is(cue, "during") || Is(cue, "on"))
            {
                start = cue.Start;
            }
            else if (!Is(cue, "this"))
            {
                return -1;
            }
        }
        else
        {
            return -1;
        }

        LocalDate? saturday = null;
        if (TryReference(1, out var reference))
        {
            var thisSaturday = DateMath.WeekStart(reference).PlusDays(5);
            saturday = modifier switch
            {
                Modifier.Last => thisSaturday.PlusDays(-7),
                Modifier.Next => thisSaturday.PlusDays(7),
                Modifier.This => thisSaturday,
                _ => IsPast(start, weekend.End) && reference < thisSaturday ? thisSaturday.PlusDays(-7) : thisSaturday,
            };
        }

        return Emit(start, weekend.End, TemporalMentionKind.Date, saturday, saturday?.PlusDays(1), TemporalGranularity.Day);
    }

    /// <summary>Whether "as early as" or "as soon as" comes right before a position: the earliest expected day, in the future.</summary>
    private bool IsEarliestExpected(int position)
    {
        var before = Prev(position);
        if (Is(before, "on"))
        {
            before = Prev(before.Start);
        }

        var adverb = Prev(before.Start);
        return Is(before, "as") && (Is(adverb, "early") || Is(adverb, "soon")) && Is(Prev(adverb.Start), "as");
    }

    /// <summary>Whether two words open a quoted title: a capitalized unit after a capitalized word or a number that follows an
    /// opening quote ("This Week", "60 Minutes"). Prose writes the unit in lower case, even at the start of a quoted sentence.</summary>
    private bool IsQuotedTitle(Token first, Token unitToken)
    {
        if (!IsCapitalized(unitToken) || char.IsUpper(_text[unitToken.End - 1]) || !(IsCapitalized(first) || first.Kind == TokenKind.Number)
            || first.End + 1 != unitToken.Start || first.Start == 0)
        {
            return false;
        }

        var quote = _text[first.Start - 1];
        return quote is '"' or '\u201c' || (quote == '\'' && first.Start >= 2 && _text[first.Start - 2] == '\'');
    }

    private bool IsSentenceStart(int position)
    {
        var before = TextTokens.Previous(_text, position, 0);
        return !before.Exists || (before.Kind == TokenKind.Symbol && _text[before.Start] is '.' or '!' or '?' or '"' or '\u201c');
    }

    private int OnSetWord(Token token, WordEntry entry)
    {
        // "Daily Sabah", "Hurriyet Daily News", "The Weekly Standard": set words inside names are not sets.
        if (IsCapitalized(token) && (IsCapitalized(Next(token.End)) || (IsCapitalized(Prev(token.Start)) && !IsSentenceStart(token.Start))))
        {
            return -1;
        }

        // "its quarterly dividend", "annual sales": a rate that qualifies an amount is no recurring time.
        if ((Is(token, "quarterly") || Is(token, "annual") || Is(token, "biennial") || Is(token, "bimonthly")) && Next(token.End).Kind == TokenKind.Word)
        {
            return -1;
        }

        return Emit(token.Start, token.End, TemporalMentionKind.Set, null, null, DateMath.ToGranularity(entry.SetUnit),
            DateMath.ToPeriod(entry.SetUnit, entry.SetCount));
    }

    private int OnEvery(Token token)
    {
        var next = Next(token.End);
        var count = 1;
        if (Is(next, "other"))
        {
            count = 2;
            next = Next(next.End);
        }
        else if (Is(token, "every") && TryCount(next, out var written, out var article) && !article && written > 0)
        {
            count = written;
            next = Next(next.End);
        }

        var entry = Entry(next);
        if (entry.Is(WordClass.Weekday))
        {
            var end = next.End;
            var after = Next(end);
            if (Has(after, WordClass.DayPart))
            {
                end = after.End;
            }

            return Emit(token.Start, end, TemporalMentionKind.Set, null, null, TemporalGranularity.Day, Period.FromWeeks(count),
                timex: count == 1 ? new Timex(TimexType.Set, "XXXX-WXX-" + entry.Weekday.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null);
        }

        if (entry.Is(WordClass.Unit))
        {
            return Emit(token.Start, next.End, TemporalMentionKind.Set, null, null, DateMath.ToGranularity(entry.Unit), DateMath.ToPeriod(entry.Unit, count));
        }

        if (count == 1 && Is(next, "quarter") && !Is(Next(next.End), "of") && !(IsDash(Next(next.End)) && Next(next.End).Start == next.End))
        {
            // "every quarter": a quarterly rate (not "each quarter of the pie", "every quarter-point").
            return Emit(token.Start, next.End, TemporalMentionKind.Set, null, null, TemporalGranularity.Month, Period.FromMonths(3),
                timex: new Timex(TimexType.Set, "P1Q"));
        }

        if (count == 1 && entry.Is(WordClass.Month) && IsCapitalized(next) && Next(next.End).Kind != TokenKind.Number)
        {
            // "each July", "every December": the month of every year. A written-out month only: "every May" the verb has no capital.
            return Emit(token.Start, next.End, TemporalMentionKind.Set, null, null, TemporalGranularity.Month, Period.FromYears(1),
                timex: new Timex(TimexType.Set, "XXXX-" + entry.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return -1;
    }

    /// <summary>Reads a count: digits (at most six), or a number word ("a", "two", "twenty-four").</summary>
    private bool TryCount(Token token, out int count, out bool article)
    {
        count = 0;
        article = false;
        if (token.Kind == TokenKind.Number)
        {
            if (token.Length > MaxCountDigits || !StartsCleanly(token))
            {
                return false;
            }

            count = Value(token);
            return true;
        }

        var entry = Entry(token);
        if (!entry.Is(WordClass.NumberWord))
        {
            return false;
        }

        count = entry.Number;
        article = Is(token, "a") || Is(token, "an");
        return true;
    }

    private int OnUnit(Token unitToken, WordEntry entry)
    {
        var unit = entry.Unit;
        var before = Prev(unitToken.Start);
        if (IsQuotedTitle(before, unitToken))
        {
            return -1; // ABC's "This Week", CBS's "60 Minutes": a programme's name
        }

        var dash = Next(unitToken.End);
        if (IsDash(dash) && dash.Start == unitToken.End && Is(Next(dash.End), "long") && Next(dash.End).Start == dash.End
            && !(IsDash(before) && before.End == unitToken.Start))
        {
            // "a day-long meeting" (P1D), "a decades-long battle" (vague); "a two-year-long" is read below.
            var plural = _text[unitToken.End - 1] is 's' or 'S';
            return Emit(unitToken.Start, Next(dash.End).End, TemporalMentionKind.Duration, null, null, DateMath.ToGranularity(unit),
                plural ? null : DateMath.ToPeriod(unit, 1), approximate: plural);
        }

        if (unit == TimeUnit.Year && (Is(before, "a") || Is(before, "an")))
        {
            // "a year-earlier loss": the article belongs to the noun, not to a count of one year.
            var yearAgo = OnYearAgoAdjective(unitToken);
            if (yearAgo >= 0)
            {
                return yearAgo;
            }
        }

        int count;
        bool article;
        var hyphen = false;
        var vague = false;
        int coreStart;
        if (IsDash(before) && before.End == unitToken.Start)
        {
            var word = Prev(before.Start);
            if (word.End == before.Start && Has(word, WordClass.VagueCount) && Is(word, "several"))
            {
                // "a several-year tenure"
                return OnCountedUnit(unitToken, unit, 0, false, true, true, word.Start);
            }

            if (word.End != before.Start || !TryCount(word, out count, out article))
            {
                return -1;
            }

            hyphen = true;
            coreStart = word.Start;
        }
        else if (TryFraction(before, out count, out var fractionNumerator, out var fractionDenominator, out coreStart))
        {
            return OnCountedUnit(unitToken, unit, count, false, false, false, coreStart, fractionNumerator, fractionDenominator);
        }
        else if (Is(before, "half") && Is(Prev(before.Start), "a") && Is(Prev(Prev(before.Start).Start), "and")
            && TryCount(Prev(Prev(Prev(before.Start).Start).Start), out count, out article) && !article)
        {
            // "two and a half weeks"
            coreStart = Prev(Prev(Prev(before.Start).Start).Start).Start;
            return OnCountedUnit(unitToken, unit, count, false, false, false, coreStart, 1, 2);
        }
        else if (unit is TimeUnit.Day or TimeUnit.Week && (Is(before, "trading") || Is(before, "business") || Is(before, "working"))
            && TryCount(Prev(before.Start), out count, out article))
        {
            // "eight trading days", "ten business days", "a working week"
            coreStart = Prev(before.Start).Start;
        }
        else if ((Is(before, "more") || Is(before, "additional") || Is(before, "extra") || Is(before, "further"))
            && TryCount(Prev(before.Start), out count, out article) && !(article && Is(before, "more")))
        {
            // "20 more years", "an additional year", "two further weeks"
            coreStart = Prev(before.Start).Start;
        }
        else if (Is(before, "of") && Is(Prev(before.Start), "couple") && _text[unitToken.End - 1] is 's' or 'S'
            && (Is(Prev(Prev(before.Start).Start), "a") || Has(Prev(Prev(before.Start).Start), WordClass.Last | WordClass.Next)
                || Is(Prev(Prev(before.Start).Start), "past")))
        {
            // "a couple of years", "the next couple of weeks", "the past couple of days"
            count = 2;
            article = false;
            var couple = Prev(before.Start);
            coreStart = Is(Prev(couple.Start), "a") ? Prev(couple.Start).Start : couple.Start;
        }
        else if (TryCount(before, out count, out article))
        {
            coreStart = before.Start;
            var tens = Prev(before.Start);
            if (before.Kind == TokenKind.Word && IsDash(tens) && tens.End == before.Start)
            {
                // "twenty-four hours"
                var word = Prev(tens.Start);
                if (word.End == tens.Start && TryCount(word, out var tensCount, out _) && tensCount >= 20 && tensCount % 10 == 0 && count < 10)
                {
                    count += tensCount;
                    coreStart = word.Start;
                }
            }
            else if (before.Kind == TokenKind.Word && tens.Kind == TokenKind.Word && count is >= 1 and < 10 && !article
                && TryCount(tens, out var spacedTens, out _) && spacedTens >= 20 && spacedTens < 100 && spacedTens % 10 == 0)
            {
                // "twenty four hours", written without the hyphen
                count += spacedTens;
                coreStart = tens.Start;
            }
        }
        else if (Has(before, WordClass.VagueCount))
        {
            vague = true;
            coreStart = before.Start;
            if (Is(Prev(before.Start), "a"))
            {
                coreStart = Prev(before.Start).Start;
            }
        }
        else
        {
            return OnBareUnit(unitToken, entry, before);
        }

        return OnCountedUnit(unitToken, unit, count, article, vague, hyphen, coreStart);
    }

    private int OnCountedUnit(Token unitToken, TimeUnit unit, int count, bool article, bool vague, bool hyphen, int coreStart,
        int numerator = 0, int denominator = 1)
    {
        var end = unitToken.End;
        var after = Next(end);
        if (!hyphen && !vague && numerator == 0 && Is(after, "and"))
        {
            // "a year and a half", "an hour and a half"
            var a = Next(after.End);
            var half = Next(a.End);
            if ((Is(a, "a") || Is(a, "an")) && Is(half, "half"))
            {
                numerator = 1;
                denominator = 2;
                end = half.End;
                after = Next(end);
            }
        }

        if (Is(after, "old") || (IsDash(after) && after.Start == end && Is(Next(after.End), "old")))
        {
            // "35 years old", "a 10-year-old boy": ages.
            return -1;
        }

        var start = coreStart;
        var approximate = vague;
        var cued = false;
        var before = Prev(start);
        if (Has(before, WordClass.Approximator))
        {
            approximate = true;
            cued = true;
            if (!(Is(before, "only") || Is(before, "just") || Is(before, "barely")))
            {
                // TimeML keeps "about", "nearly", "over" in the expression; "only", "just", "barely" are focus words outside it.
                start = before.Start;
            }
        }
        else if (Is(before, "than") && Has(Prev(before.Start), WordClass.Comparative))
        {
            approximate = true;
            cued = true;
            start = Prev(before.Start).Start;
        }
        else if ((Is(before, "least") && Is(Prev(before.Start), "at")) || (Is(before, "to") && Is(Prev(before.Start), "up")))
        {
            approximate = true;
            cued = true;
            start = Prev(before.Start).Start;
        }

        before = Prev(start);
        if (!hyphen && !cued && numerator == 0 && (Is(before, "earlier") || Is(before, "ago")) && IsDash(Prev(before.Start))
            && Prev(before.Start).End == before.Start && Prev(Prev(before.Start).Start) is var yearWord && Is(yearWord, "year")
            && Is(Prev(yearWord.Start), "the"))
        {
            // "the year-earlier nine months": a length, its year named apart
            start = Prev(yearWord.Start).Start;
            cued = true;
            before = Prev(start);
        }
        else if (!hyphen && !cued && numerator == 0 && (Has(before, WordClass.Ordinal) || Is(before, "latest")) && Is(Prev(before.Start), "the"))
        {
            // "the first nine months", "the latest six months"
            start = Prev(before.Start).Start;
            cued = true;
            before = Prev(start);
        }
        else if (!hyphen && !cued && numerator == 0 && !article && Is(before, "the") && (Is(after, "ended") || Is(after, "ending") || Is(Prev(before.Start), "for") || Is(Prev(before.Start), "in")))
        {
            // "for the nine months", "the six months ended Oct. 1"
            start = before.Start;
            cued = true;
            before = Prev(start);
        }

        if (!hyphen && !vague && Is(after, "or") && Is(Next(after.End), "so") && Is(Next(Next(after.End).End), "ago"))
        {
            // "a week or so ago": about a week back
            after = Next(Next(after.End).End);
            approximate = true;
        }

        if (!hyphen && Is(after, "ago"))
        {
            // "more than a week ago" lies before the day a week back, "less than a week ago" after it.
            var cue = _text[start..coreStart].Trim().ToLowerInvariant();
            var bound = cue is "more than" or "over" or "at least" or "upwards of" ? -1 : cue is "less than" or "under" or "fewer than" ? 1 : 0;
            return EmitAgo(start, after.End, unit, count, vague, approximate, bound);
        }

        if (!hyphen && !vague && numerator == 0 && Is(after, "from") && (Is(Next(after.End), "now") || Is(Next(after.End), "today")))
        {
            // "six weeks from now"
            return EmitOffset(start, Next(after.End).End, unit, count, approximate);
        }

        if (!hyphen && !vague && numerator == 0 && (Is(after, "earlier") || Is(after, "later")) && !Has(before, WordClass.DurationCue))
        {
            return EmitOffset(start, after.End, unit, Is(after, "earlier") ? -count : count, approximate);
        }

        var anchor = Modifier.None;
        if (!hyphen && (Has(before, WordClass.Last) || Has(before, WordClass.Next)) && !Has(before, WordClass.This))
        {
            anchor = Has(before, WordClass.Last) ? Modifier.Last : Modifier.Next;
            cued = true;
            start = before.Start;
            before = Prev(start);
            if (Is(before, "the"))
            {
                start = before.Start;
                before = Prev(start);
            }

            if (Has(before, WordClass.DurationCue))
            {
                start = before.Start;
            }
        }
        else if (!hyphen && Has(before, WordClass.DurationCue) && !Is(before, "in"))
        {
            cued = true;
            start = before.Start;
        }

        var wordCount = !vague && _text[coreStart] is not (>= '0' and <= '9');
        var modal = Prev(coreStart);
        if (unit == TimeUnit.Day && count == 1 && !hyphen && !cued && Is(Next(coreStart), "one") && Next(coreStart).End == unitToken.Start - 1
            && (Is(modal, "will") || Is(modal, "would") || Is(modal, "could") || Is(modal, "may") || Is(modal, "might") || Is(modal, "can")
                || Is(modal, "shall") || Is(modal, "ll")))
        {
            // "Islam will one day be …", "she may one day lead": some time ahead.
            return Emit(coreStart, unitToken.End, TemporalMentionKind.Date, null, null, TemporalGranularity.Day,
                timex: new Timex(TimexType.Date, Timex.FutureReference));
        }

        if (!hyphen && !cued && numerator == 0 && (article || vague || (wordCount && count == 1))
            && !(Is(after, "of") || Is(after, "long") || Is(after, "later") || Is(after, "earlier")))
        {
            // "twice a day", "$5 a week", "one day": rates, vague amounts and idioms without a temporal cue.
            return -1;
        }

        Period? period = vague ? null : DateMath.ToPeriod(unit, count);
        if (period is not null && numerator != 0)
        {
            period += FractionPeriod(unit, numerator, denominator);
        }

        if (!hyphen && !vague && numerator == 0 && anchor == Modifier.None && !cued && Is(before, "in") && count > 0
            && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && Tense(start, end) > 0
            && TryReference(DateMath.YearsBound(unit, count), out var inReference))
        {
            // "will leave in ten days", "would be redeemed in five years": the point that far ahead, as TimeML writes it
            // (a DATE at the unit's granularity); the mention keeps its length.
            var ahead = DateMath.Shift(inReference, unit, count);
            return Emit(start, end, TemporalMentionKind.Duration, null, null, DateMath.ToGranularity(unit), period, approximate,
                timex: new Timex(TimexType.Date, TimexValues.Point(ahead, DateMath.ToGranularity(unit))));
        }

        LocalDate? from = null;
        LocalDate? to = null;
        if (!vague && numerator == 0 && anchor != Modifier.None && TryReference(DateMath.YearsBound(unit, count), out var reference))
        {
            from = anchor == Modifier.Last ? DateMath.Shift(reference, unit, -count) : reference;
            to = anchor == Modifier.Last ? reference : DateMath.Shift(reference, unit, count);
        }

        return Emit(start, end, TemporalMentionKind.Duration, from, to, DateMath.ToGranularity(unit), period, approximate,
            timex: period is null ? VagueLength(unit) : null);
    }

    /// <summary>Emits "a year earlier", "two days later" as the day, month or year that far from the reference.</summary>
    private int EmitOffset(int start, int end, TimeUnit unit, int count, bool approximate)
    {
        if (count < 0)
        {
            return EmitAgo(start, end, unit, -count, false, approximate);
        }

        var granularity = unit switch
        {
            TimeUnit.Month => TemporalGranularity.Month,
            TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => TemporalGranularity.Year,
            _ => TemporalGranularity.Day,
        };
        LocalDate? from = null;
        LocalDate? to = null;
        if (TryReference(DateMath.YearsBound(unit, count), out var reference))
        {
            var day = DateMath.Shift(reference, unit, count);
            (from, to) = granularity switch
            {
                TemporalGranularity.Month => (day.PlusDays(1 - day.Day), DateMath.EndOfMonth(day.Year, day.Month)),
                TemporalGranularity.Year => (new LocalDate(day.Year, 1, 1), new LocalDate(day.Year, 12, 31)),
                _ => (day, day),
            };
        }

        return Emit(start, end, TemporalMentionKind.Date, from, to, granularity, approximate: approximate);
    }

    private int EmitAgo(int start, int end, TimeUnit unit, int count, bool vague, bool approximate, int bound = 0)
    {
        var granularity = unit switch
        {
            TimeUnit.Month => TemporalGranularity.Month,
            TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => TemporalGranularity.Year,
            _ => TemporalGranularity.Day,
        };
        LocalDate? from = null;
        LocalDate? to = null;
        if (!vague && TryReference(DateMath.YearsBound(unit, count), out var reference))
        {
            var day = DateMath.Shift(reference, unit, -count);
            (from, to) = granularity switch
            {
                TemporalGranularity.Month => (day.PlusDays(1 - day.Day), DateMath.EndOfMonth(day.Year, day.Month)),
                TemporalGranularity.Year => (new LocalDate(day.Year, 1, 1), new LocalDate(day.Year, 12, 31)),
                _ => (day, day),
            };

            // An open bound spans up to as far again on its side (its TIMEX value stays the day the figure names).
            if (bound != 0 && granularity == TemporalGranularity.Day && count > 0)
            {
                var timexValue = new Timex(TimexType.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                (from, to) = bound < 0 ? (DateMath.Shift(reference, unit, -2 * count), day) : (day, reference);
                return Emit(start, end, TemporalMentionKind.Date, from, to, granularity, approximate: true, timex: timexValue);
            }
        }

        return Emit(start, end, TemporalMentionKind.Date, from, to, granularity, approximate: approximate || vague,
            timex: vague ? new Timex(TimexType.Date, Timex.PastReference) : YearAgoQuarter(start, unit, count)); // "several years ago"
    }

    /// <summary>Reads "the week of March 6": the ISO week that holds the day, one expression as TimeML writes it.</summary>
    private int OnWeekOfDate(Token weekToken, Token before)
    {
        var month = Next(Next(weekToken.End).End);
        if (!Is(before, "the") || !Has(month, WordClass.Month) || !TryMonthFirst(month, allowAnd: false, allowRange: false, out var core)
            || core.Granularity != TemporalGranularity.Day || core.IsRange)
        {
            return -1;
        }

        var count = _mentions?.Count ?? 0;
        var end = EmitDate(core, allowThe: false, weekdayHint: 0, requireCue: false);
        if (end < 0 || _mentions is null || _mentions.Count != count + 1 || _mentions[count].Start is not { } day || !DateMath.CanShift(day, 1))
        {
            return end;
        }

        // The day was read with the tense and year logic of any date; the week replaces it.
        _mentions.RemoveAt(count);
        var monday = DateMath.WeekStart(day);
        return Emit(before.Start, end, TemporalMentionKind.Date, monday, monday.PlusDays(6), TemporalGranularity.Week);
    }

    /// <summary>Reads "the next day", "the following morning", "the previous night": a day counted from the last day the story
    /// named (from the reference when it named none), a DATE as TimeML writes it, not a length.</summary>
    private int OnFollowingDay(Token dayToken, Token before)
    {
        var article = Prev(before.Start);
        var forward = Is(before, "next") || Is(before, "following");
        if (!(forward || Is(before, "previous")) || !Is(article, "the") || Is(Next(dayToken.End), "of") || Is(Next(dayToken.End), "or")
            || (IsDash(Next(dayToken.End)) && Next(dayToken.End).Start == dayToken.End))
        {
            return -1;
        }

        LocalDate? day = _storyDay ?? (TryReference(1, out var reference) ? reference : null);
        if (day is { } anchor && DateMath.CanShift(anchor, 1))
        {
            day = anchor.PlusDays(forward ? 1 : -1);
        }
        else
        {
            day = null;
        }

        return Emit(article.Start, dayToken.End, TemporalMentionKind.Date, day, day, TemporalGranularity.Day);
    }

    /// <summary>The TIMEX3 of a length of unknown count in units the granularity cannot name: "hours" (PTXH), "minutes" (PTXM),
    /// "centuries" (PXCE); null for the others, whose value the granularity gives (PXD, PXW, PXM, PXY, PXDE).</summary>
    private static Timex? VagueLength(TimeUnit unit) => unit switch
    {
        TimeUnit.Hour => new Timex(TimexType.Duration, "PTXH"),
        TimeUnit.Minute => new Timex(TimexType.Duration, "PTXM"),
        TimeUnit.Century => new Timex(TimexType.Duration, "PXCE"),
        _ => null,
    };

    private int OnBareUnit(Token unitToken, WordEntry entry, Token before)
    {
        var unit = entry.Unit;
        var plural = _text[unitToken.End - 1] is 's' or 'S';
        if (unit == TimeUnit.Week && Is(before, "the") && Is(Next(unitToken.End), "after") && Is(Next(Next(unitToken.End).End), "next"))
        {
            // "the week after next"
            LocalDate? afterNext = TryReference(1, out var afterNextReference) ? DateMath.WeekStart(afterNextReference).PlusWeeks(2) : null;
            return Emit(before.Start, Next(Next(unitToken.End).End).End, TemporalMentionKind.Date, afterNext, afterNext?.PlusDays(6), TemporalGranularity.Week);
        }

        if (unit == TimeUnit.Week && !plural && Is(Next(unitToken.End), "of"))
        {
            var week = OnOrdinalWeek(unitToken, before);
            if (week >= 0)
            {
                return week;
            }

            week = OnWeekOfDate(unitToken, before);
            if (week >= 0)
            {
                return week;
            }
        }

        if (unit == TimeUnit.Century && !plural)
        {
            var century = OnCentury(unitToken, before);
            if (century >= 0)
            {
                return century;
            }
        }

        var granularity = DateMath.ToGranularity(unit);
        if (plural)
        {
            // "in recent years", "in the coming months", "for decades": spans of unknown length.
            var start = unitToken.Start;
            if (unit == TimeUnit.Day && Is(before, "these") && !IsDash(Next(unitToken.End)))
            {
                // "these days": the present.
                return Emit(before.Start, unitToken.End, TemporalMentionKind.Date, null, null, TemporalGranularity.Day,
                    timex: new Timex(TimexType.Date, Timex.PresentReference));
            }

            var following = Next(unitToken.End);
            if (Is(before, "the") && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade
                && (Is(Prev(before.Start), "over") || Is(Prev(before.Start), "throughout") || Is(following, "since")
                    || (Is(following, "that") && Is(Next(following.End), "followed"))))
            {
                // "over the years", "in the years that followed", "the months since": a span of unknown length.
                return Emit(before.Start, unitToken.End, TemporalMentionKind.Duration, null, null, granularity, approximate: true);
            }

            if (Is(before, "the") && Is(Next(unitToken.End), "ahead"))
            {
                // "in the weeks ahead", "the months ahead": a span of unknown length from now.
                return Emit(before.Start, Next(unitToken.End).End, TemporalMentionKind.Duration, null, null, granularity, approximate: true,
                    timex: VagueLength(unit));
            }

            // "in recent years", "in past years": TimeBank writes the past in general (PAST_REF), not a length; the mention
            // stays a span of unknown length.
            var pastInGeneral = unit == TimeUnit.Year && (Is(before, "recent") || Is(before, "past")) && !Is(Prev(before.Start), "the")
                && !Is(Prev(before.Start), "most") && !IsDash(following);
            if (Has(before, WordClass.Recent) || Has(before, WordClass.Last) || Has(before, WordClass.Next))
            {
                start = before.Start;
                before = Prev(start);
                if (Is(before, "the"))
                {
                    start = before.Start;
                    before = Prev(start);
                }
            }
            else if (!Has(before, WordClass.DurationCue) || (Is(before, "in") && !EndsClause(unitToken.End)))
            {
                // "in years" is a length only where the clause ends: "the lowest in years."
                return -1;
            }

            if (Has(before, WordClass.DurationCue))
            {
                start = before.Start;
            }

            return Emit(start, unitToken.End, TemporalMentionKind.Duration, null, null, granularity, approximate: true,
                timex: pastInGeneral ? new Timex(TimexType.Date, Timex.PastReference) : VagueLength(unit));
        }

        if (!plural && unit == TimeUnit.Day)
        {
            var following = OnFollowingDay(unitToken, before);
            if (following >= 0)
            {
                return following;
            }
        }

        if (!plural && unit == TimeUnit.Month && (Is(before, "following") || Is(before, "previous")) && Is(Prev(before.Start), "the")
            && !Is(Next(unitToken.End), "of") && TryReference(1, out var monthReference))
        {
            // "the following month", "the previous month": from the last month (or day) the story named, else the reference.
            var anchor = _storyMonth is { } named && DateMath.CanShift(named, 1) ? named : monthReference.PlusDays(1 - monthReference.Day);
            var month = anchor.PlusMonths(Is(before, "following") ? 1 : -1);
            return Emit(Prev(before.Start).Start, unitToken.End, TemporalMentionKind.Date, month, DateMath.EndOfMonth(month.Year, month.Month),
                TemporalGranularity.Month);
        }

        var modifier = ReadModifier(before);
        var pastWord = Is(before, "past");
        if (unit == TimeUnit.Year && modifier != Modifier.None && IsPossessiveBeforeQuarter(unitToken.End))
        {
            return -1; // "this year's third quarter" is the quarter's
        }

        if (unit == TimeUnit.Year && modifier == Modifier.None && !pastWord)
        {
            var yearAgo = OnYearAgoAdjective(unitToken);
            if (yearAgo >= 0)
            {
                return yearAgo;
            }

            if (ReadEdge(before.Start, out _) == DatePart.None)
            {
                var anaphoric = OnAnaphoricYear(unitToken, before);
                if (anaphoric >= 0)
                {
                    return anaphoric;
                }
            }
        }

        if (modifier == Modifier.None && !pastWord)
        {
            // "the end of the month", "the start of the year": the current unit.
            if (!Is(before, "the") || unit is not (TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade) || ReadEdge(before.Start, out _) == DatePart.None)
            {
                return -1;
            }

            modifier = Modifier.This;
        }

        var begin = before.Start;
        var previous = Prev(begin);
        if (pastWord || (Is(previous, "the") && modifier is Modifier.Last or Modifier.Next))
        {
            // "the past week", "over the last year", "in the coming week": one unit back or forward from the reference.
            var forward = modifier == Modifier.Next;
            var article = Is(previous, "the");
            if (article)
            {
                begin = previous.Start;
                previous = Prev(begin);
            }

            if (Has(previous, WordClass.DurationCue))
            {
                begin = previous.Start;
            }

            LocalDate? from = null;
            LocalDate? to = null;
            if (TryReference(DateMath.YearsBound(unit, 1), out var r))
            {
                from = forward ? r : DateMath.Shift(r, unit, -1);
                to = forward ? DateMath.Shift(r, unit, 1) : r;
            }

            if (article && unit == TimeUnit.Year)
            {
                // "over the past year", "in the coming year": the mention keeps the rolling span, but TimeBank writes the
                // calendar year before or after the reference as a DATE, like "last year" and "next year".
                return Emit(begin, unitToken.End, TemporalMentionKind.Duration, from, to, granularity, DateMath.ToPeriod(unit, 1),
                    timex: new Timex(TimexType.Date, TryReference(1, out var yearReference) ? TimexValues.Year(yearReference.Year + (forward ? 1 : -1)) : null));
            }

            return Emit(begin, unitToken.End, TemporalMentionKind.Duration, from, to, granularity, DateMath.ToPeriod(unit, 1));
        }

        if (unit is not (TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade))
        {
            return -1;
        }

        if (modifier == Modifier.This && (Is(previous, "earlier") || Is(previous, "later")))
        {
            // "earlier this month" = start of the month to the reference; "later this year" = the reference to the end of the year.
            var earlier = Is(previous, "earlier");
            LocalDate? from = null;
            LocalDate? to = null;
            if (TryReference(12, out var r))
            {
                CalendarUnit(r, unit, 0, out var unitStart, out var unitEnd);
                from = earlier ? unitStart : r;
                to = earlier ? r : unitEnd;
            }

            // The value is the whole unit, as TimeML writes it (the part is a modifier).
            return Emit(previous.Start, unitToken.End, TemporalMentionKind.Date, from, to, granularity, approximate: true,
                timex: new Timex(TimexType.Date, TryReference(12, out var unitReference) ? TimexValues.Point(unitReference, granularity) : null));
        }

        var part = DatePart.None;
        if (Has(previous, WordClass.Part) && unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade)
        {
            // "late last year", "early next month"
            part = Entry(previous).Part;
            begin = previous.Start;
        }
        else if (unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade)
        {
            // "at the end of next month", "the start of last year", "the end of this week" (a week is not divided)
            var edge = ReadEdge(begin, out var edgeStart);
            if (edge != DatePart.None)
            {
                part = edge;
                begin = edgeStart;
            }
        }

        LocalDate? first = null;
        LocalDate? last = null;
        var finalGranularity = granularity;
        if (TryReference(12, out var reference))
        {
            var offset = modifier switch { Modifier.Last => -1, Modifier.Next => 1, _ => 0 };
            CalendarUnit(reference, unit, offset, out var unitStart, out var unitEnd);
            first = unitStart;
            last = unitEnd;
            if (part != DatePart.None && DateMath.TryPart(unitStart, granularity, part, out var partFrom, out var partTo, out var partGranularity))
            {
                first = partFrom;
                last = partTo;
                finalGranularity = partGranularity;
            }
        }

        // In a quarterly report "compared with $3 million last year" and "the corresponding period last year" are the same
        // quarter a year before; "down from $2 million last year" stays the year, as annotators read it.
        var sameQuarter = modifier == Modifier.Last && unit == TimeUnit.Year && part == DatePart.None && IsComparedPeriod(begin)
            ? YearAgoQuarter(begin, unit, 1) : null;
        return Emit(begin, unitToken.End, TemporalMentionKind.Date, first, last, finalGranularity, approximate: part != DatePart.None, timex: sameQuarter);
    }

    /// <summary>Whether a comparison ("compared with", "compare with") or a "period" closely precedes a position in its sentence.</summary>
    private bool IsComparedPeriod(int position)
    {
        // Earlier mentions lie behind the scanner's floor, so this reads the text directly.
        var limit = Math.Max(0, position - (ComparisonTokens * 16));
        var token = TextTokens.Previous(_text, position, limit);
        if (Is(token, "period"))
        {
            return true;
        }

        for (var i = 0; i < ComparisonTokens && token.Exists; i++)
        {
            if (token.Kind == TokenKind.Symbol && IsSentenceEnd(token))
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && token.Length >= 7 && Span(token).StartsWith("compare", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            token = TextTokens.Previous(_text, token.Start, limit);
        }

        return false;
    }

    private static void CalendarUnit(LocalDate reference, TimeUnit unit, int offset, out LocalDate start, out LocalDate end)
    {
        switch (unit)
        {
            case TimeUnit.Week:
                start = DateMath.WeekStart(reference).PlusWeeks(offset);
                end = start.PlusDays(6);
                break;
            case TimeUnit.Month:
                var month = reference.PlusMonths(offset);
                start = new LocalDate(month.Year, month.Month, 1);
                end = DateMath.EndOfMonth(month.Year, month.Month);
                break;
            case TimeUnit.Year:
                start = new LocalDate(reference.Year + offset, 1, 1);
                end = new LocalDate(reference.Year + offset, 12, 31);
                break;
            default:
                var decade = (int)Math.Floor(reference.Year / 10.0) * 10 + (10 * offset);
                start = new LocalDate(decade, 1, 1);
                end = new LocalDate(decade + 9, 12, 31);
                break;
        }
    }

    /// <summary>Reads "end of", "the start of", "at the beginning of" ending right before a position.</summary>
    /// <returns>The part the edge word names (end is the late part, start and beginning the early part), or none.</returns>
    private DatePart ReadEdge(int position, out int start)
    {
        start = position;
        var of = Prev(position);
        if (!Is(of, "of"))
        {
            return DatePart.None;
        }

        var edge = Prev(of.Start);
        var entry = Entry(edge);
        if (!entry.Is(WordClass.Edge))
        {
            return DatePart.None;
        }

        start = edge.Start;
        var article = Prev(start);
        if (Is(article, "the"))
        {
            start = article.Start;
            var cue = Prev(start);
            if (Is(cue, "at"))
            {
                start = cue.Start;
            }
        }

        return entry.Part;
    }

    /// <summary>Reads "last summer", "in the spring", "this winter", "summer 2024", "the fall of 2023" as meteorological seasons.</summary>
    private int OnSeason(Token season, WordEntry entry)
    {
        var end = season.End;
        var year = 0;
        var next = Next(end);
        if (Is(next, "of"))
        {
            // "the fall of Damascus" is no season.
            var yearToken = Next(next.End);
            if (!TryYear(yearToken, out year))
            {
                return -1;
            }

            end = yearToken.End;
        }
        else if (TryYear(next, out year))
        {
            end = next.End;
        }

        var start = season.Start;
        var before = Prev(start);
        var modifier = year == 0 ? ReadModifier(before) : Modifier.None;
        if (year == 0 && modifier == Modifier.None && Is(before, "past") && Is(Prev(before.Start), "this"))
        {
            // "this past spring"
            modifier = Modifier.Last;
            before = Prev(before.Start);
        }

        var part = Has(before, WordClass.Part) && !Is(before, "mid");
        if (part && modifier == Modifier.None)
        {
            // "the early summer", "in late spring": the season's part (TimeML keeps the whole season as the value).
            start = before.Start;
            before = Prev(start);
        }

        if (modifier != Modifier.None)
        {
            start = before.Start;
        }
        else
        {
            var article = Is(before, "the");
            if (article)
            {
                start = before.Start;
                before = Prev(start);
            }

            var cued = Is(before, "in") || Is(before, "during") || Is(before, "since") || Is(before, "until") || Is(before, "till")
                || Is(before, "by") || Is(before, "through") || Is(before, "throughout") || Is(before, "over") || Is(before, "before")
                || Is(before, "after") || Is(before, "into") || (part && article);
            if (year == 0 && (!cued || (!article && Is(season, "fall"))))
            {
                return -1;
            }

            if (Is(before, "in"))
            {
                start = before.Start;
            }
        }

        var month = entry.Month;
        var inferred = false;
        if (year == 0 && TryReference(2, out var reference))
        {
            inferred = true;
            switch (modifier)
            {
                case Modifier.Last:
                    year = reference.Year;
                    while (SeasonEnd(year, month) >= reference)
                    {
                        year--;
                    }

                    break;
                case Modifier.Next:
                    year = reference.Year - 1;
                    while (new LocalDate(year, month, 1) <= reference)
                    {
                        year++;
                    }

                    break;
                case Modifier.This:
                    year = month == 12 && reference.Month <= 2 ? reference.Year - 1 : reference.Year;
                    break;
                default:
                    if (IsPast(start, end))
                    {
                        year = reference.Year + 1;
                        while (new LocalDate(year, month, 1) > reference)
                        {
                            year--;
                        }
                    }
                    else
                    {
                        year = reference.Year - 1;
                        while (SeasonEnd(year, month) < reference)
                        {
                            year++;
                        }
                    }

                    break;
            }
        }

        LocalDate? from = null;
        LocalDate? to = null;
        if (year is >= 1 and < 9999)
        {
            from = new LocalDate(year, month, 1);
            to = SeasonEnd(year, month);
        }

        return Emit(start, end, TemporalMentionKind.Date, from, to, TemporalGranularity.Month, yearInferred: inferred);
    }

    private static LocalDate SeasonEnd(int year, int firstMonth)
    {
        var last = new LocalDate(year, firstMonth, 1).PlusMonths(2);
        return DateMath.EndOfMonth(last.Year, last.Month);
    }

    /// <summary>Reads "on Thu", "last Fri", "Sat." (capitalized, after "on" or a modifier, or with its dot) as a weekday.</summary>
    private int OnWeekdayAbbreviation(Token token, WordEntry entry)
    {
        if (!IsCapitalized(token))
        {
            return -1;
        }

        var dot = token.End < _text.Length && _text[token.End] == '.';
        var before = Prev(token.Start);
        var cued = Is(before, "on") || ReadModifier(before) != Modifier.None;
        if (!cued && !(dot && before.Kind != TokenKind.Word) && !(dot && before.Kind == TokenKind.Word && !IsCapitalized(before)))
        {
            return -1;
        }

        return OnWeekday(token, entry, dot ? token.End + 1 : token.End);
    }

    /// <summary>Reads "on Fridays" as a weekly set.</summary>
    private int OnWeekdayPlural(Token token)
    {
        var before = Prev(token.Start);
        if (!Is(before, "on"))
        {
            return -1;
        }

        return Emit(before.Start, token.End, TemporalMentionKind.Set, null, null, TemporalGranularity.Day, Period.FromWeeks(1));
    }

    /// <summary>Reads the count in front of a unit written "1.5" or "3 1/2": a whole part and a fraction below one.</summary>
    private bool TryFraction(Token last, out int whole, out int numerator, out int denominator, out int start)
    {
        whole = numerator = denominator = 0;
        start = last.Start;
        if (last.Kind != TokenKind.Number || !EndsCleanly(last.End))
        {
            return false;
        }

        var separator = Prev(last.Start);
        if (separator.Kind != TokenKind.Symbol || separator.End != last.Start)
        {
            return false;
        }

        var left = Prev(separator.Start);
        if (left.Kind != TokenKind.Number || left.End != separator.Start || !StartsCleanly(left))
        {
            return false;
        }

        if (_text[separator.Start] == '.')
        {
            if (last.Length > 3 || left.Length > MaxCountDigits)
            {
                return false;
            }

            whole = Value(left);
            numerator = Value(last);
            denominator = last.Length == 1 ? 10 : last.Length == 2 ? 100 : 1000;
            start = left.Start;
            return true;
        }

        if (_text[separator.Start] != '/' || left.Length > 2 || last.Length > 2)
        {
            return false;
        }

        numerator = Value(left);
        denominator = Value(last);
        var wholeToken = Prev(left.Start);
        if (numerator <= 0 || denominator <= numerator || wholeToken.Kind != TokenKind.Number || wholeToken.End == left.Start
            || wholeToken.Length > MaxCountDigits || !StartsCleanly(wholeToken))
        {
            return false;
        }

        whole = Value(wholeToken);
        start = wholeToken.Start;
        return true;
    }

    /// <summary>The fraction of a unit as a period of the next smaller unit, rounded.</summary>
    private static Period FractionPeriod(TimeUnit unit, int numerator, int denominator)
    {
        var factor = unit switch
        {
            TimeUnit.Minute or TimeUnit.Hour => 60,
            TimeUnit.Day => 24,
            TimeUnit.Week => 7,
            TimeUnit.Fortnight => 14,
            TimeUnit.Month => 30,
            TimeUnit.Year => 12,
            TimeUnit.Decade => 10,
            _ => 100,
        };
        var lower = (int)((((long)numerator * factor * 2) + denominator) / (2L * denominator));
        return unit switch
        {
            TimeUnit.Minute => Period.FromSeconds(lower),
            TimeUnit.Hour => Period.FromMinutes(lower),
            TimeUnit.Day => Period.FromHours(lower),
            TimeUnit.Week or TimeUnit.Fortnight or TimeUnit.Month => Period.FromDays(lower),
            TimeUnit.Year => Period.FromMonths(lower),
            _ => Period.FromYears(lower),
        };
    }

    // ---------------------------------------------------------------- tense

    /// <summary>Decides whether a partial expression points to the past, from the nearest tense cue in its sentence.</summary>
    private bool IsPast(int start, int end)
    {
        var tense = Tense(start, end);
        return tense == 0 ? _options.PreferPast : tense < 0;
    }

    /// <summary>The tense of the sentence around an expression: -1 past, 1 future or scheduled, 0 no cue.</summary>
    private int Tense(int start, int end)
    {
        var left = ScanCue(start, backward: true, out var leftDistance, out var leftCue);
        var right = ScanCue(end, backward: false, out var rightDistance, out var rightCue);
        var useLeft = left != 0 && (right == 0 || leftDistance <= rightDistance);

        // A past perfect puts even a deadline in the past: "had filed reports by Wednesday", "had been due to expire Friday".
        if ((useLeft ? left : right) != 0 && (useLeft ? leftDistance : rightDistance) <= PastPerfectTokens
            && IsPastPerfect(useLeft ? leftCue : rightCue))
        {
            return -1;
        }

        if (IsScheduled(start))
        {
            return 1;
        }

        return useLeft ? left : right;
    }

    /// <summary>Whether a cue is "had" or follows it: "had filed", "had been due".</summary>
    private bool IsPastPerfect(Token cue)
    {
        if (Is(cue, "had"))
        {
            return true;
        }

        var before = Prev(cue.Start);
        return Is(before, "had") || (Is(before, "been") && Is(Prev(before.Start), "had"));
    }

    /// <summary>Finds the nearest tense cue on one side within the sentence: -1 past, 1 future, 0 none.</summary>
    private int ScanCue(int position, bool backward, out int distance, out Token cueToken)
    {
        cueToken = default;
        var limit = backward ? Math.Max(0, position - TenseWindow) : Math.Min(_text.Length, position + TenseWindow);
        for (distance = 0; distance < TenseTokens; distance++)
        {
            var token = backward ? TextTokens.Previous(_text, position, limit) : TextTokens.Next(_text, position, limit);
            if (!token.Exists || CrossesLine(backward ? token.End : position, backward ? position : token.Start))
            {
                return 0;
            }

            if (token.Kind == TokenKind.Symbol && (IsSentenceEnd(token) || IsQuote(token)))
            {
                // A quotation keeps its own tense: "''He will leave at 4 a.m. Thursday,'' Castro said."
                return 0;
            }

            if (token.Kind == TokenKind.Word)
            {
                var cue = CueOf(token);
                if (cue != 0)
                {
                    cueToken = token;
                    return cue;
                }
            }

            position = backward ? token.Start : token.End;
        }

        return 0;
    }

    /// <summary>Whether a symbol is a quotation mark: " “ ” « » ``, or '' (two apostrophes).</summary>
    private bool IsQuote(Token symbol)
    {
        var c = _text[symbol.Start];
        if (c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '`')
        {
            return true;
        }

        return c == '\'' && ((symbol.Start > 0 && _text[symbol.Start - 1] == '\'') || (symbol.Start + 1 < _text.Length && _text[symbol.Start + 1] == '\''));
    }

    private bool CrossesLine(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_text[i] is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSentenceEnd(Token symbol)
    {
        var c = _text[symbol.Start];
        if (c is '!' or '?')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        if (symbol.End < _text.Length && char.IsAsciiDigit(_text[symbol.End]))
        {
            return false; // "$10.83", "3.5%": a decimal point
        }

        // "Dec. 8", "Adm. Aktürk", "U.S.": a dot after a short capitalized word is an abbreviation.
        var before = TextTokens.Previous(_text, symbol.Start, Math.Max(0, symbol.Start - 8));
        return !(before.Kind == TokenKind.Word && before.End == symbol.Start && before.Length <= 4 && char.IsUpper(_text[before.Start]));
    }

    private int CueOf(Token word)
    {
        if (word.Length > TemporalLexicon.MaxWordLength)
        {
            return 0;
        }

        // "is to resume", "are to meet": a plan.
        if (Is(word, "to"))
        {
            return Has(Prev(word.Start), WordClass.BeVerb) ? 1 : 0;
        }

        if (_lexicon.TryGet(Span(word), out var entry))
        {
            if (entry.Is(WordClass.FutureCue))
            {
                // "next to the embassy" is a place; "the plan", "its plans" are nouns.
                return (Is(word, "next") && Is(Next(word.End), "to")) || ((Is(word, "plan") || Is(word, "plans")) && AfterDeterminer(word)) ? 0 : 1;
            }

            if (entry.Is(WordClass.NotPastEd))
            {
                return 0;
            }

            if (entry.Is(WordClass.PastCue))
            {
                return PassiveAfterBe(word) ? 0 : -1;
            }
        }

        // Regular past forms: "erupted", "reached". A participle after "be"/"is" ("will be held") is not past, nor one used as an
        // adjective after a determiner ("a still unspecified date", "the proposed merger").
        var n = word.Length;
        if (n >= 5 && (_text[word.End - 1] | 0x20) == 'd' && (_text[word.End - 2] | 0x20) == 'e' && (_text[word.End - 3] | 0x20) != 'e')
        {
            return PassiveAfterBe(word) || AfterDeterminer(word) ? 0 : -1;
        }

        return 0;
    }

    /// <summary>Whether a word follows a determiner, at most one adverb between: "a still unspecified date", "the proposed
    /// sale", "its recently announced plan", "the plan".</summary>
    private bool AfterDeterminer(Token word)
    {
        var before = TextTokens.Previous(_text, word.Start, Math.Max(0, word.Start - 24));
        if (before.Kind == TokenKind.Word && (Is(before, "still") || Is(before, "yet") || Is(before, "not") || Is(before, "newly")
            || (before.Length > 4 && (_text[before.End - 1] | 0x20) == 'y' && (_text[before.End - 2] | 0x20) == 'l')))
        {
            before = TextTokens.Previous(_text, before.Start, Math.Max(0, before.Start - 16));
        }

        return before.Kind == TokenKind.Word && (Is(before, "a") || Is(before, "an") || Is(before, "the") || Is(before, "its")
            || Is(before, "their") || Is(before, "his") || Is(before, "her") || Is(before, "our") || Is(before, "this") || Is(before, "these")
            || Is(before, "those") || Is(before, "some") || Is(before, "any") || Is(before, "no"));
    }

    private bool PassiveAfterBe(Token word)
    {
        var before = TextTokens.Previous(_text, word.Start, Math.Max(0, word.Start - 16));
        return before.Kind == TokenKind.Word && Has(before, WordClass.BeVerb);
    }
}
