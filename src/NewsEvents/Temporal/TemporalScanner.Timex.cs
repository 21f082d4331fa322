using System;
using NodaTime;

namespace NewsEvents.Temporal;

/// <summary>Matchers for TimeML expressions beyond calendar dates: generic references, quarters, years used as
/// modifiers, anaphoric years and offsets ("a year earlier").</summary>
internal sealed partial class TemporalScanner
{
    /// <summary>How far back (characters) a quarter mentioned earlier still anchors "the quarter", "a year ago".</summary>
    private const int QuarterContext = 4000;

    /// <summary>How far back (tokens) a sentence is searched for "the nine months" before "a year earlier".</summary>
    private const int MonthsSentenceTokens = 40;

    // Per-run context: the scanner is created for one text and thrown away, so this is no shared state.
    private int _quarterYear;
    private int _quarter;
    private int _quarterAt = -QuarterContext - 1;

    // The year last written out in the text, which "that year" refers to; 0 before the first.
    private int _lastYear;

    private bool InQuarterContext(int position) => _quarter != 0 && position - _quarterAt <= QuarterContext;

    /// <summary>Reads "now", "currently", "recently", "the past", "the future", "at the time", "soon" as generic references.</summary>
    private int OnGeneric(Token token, WordEntry entry)
    {
        var start = token.Start;
        var end = token.End;
        var before = Prev(start);
        var next = Next(end);
        string value;
        switch (entry.Generic)
        {
            case GenericReference.Present when Is(token, "current"):
                // The adjective before a noun: "current market conditions", "his current wife". A calendar unit after it
                // ("the current quarter") belongs to the unit matchers; "current account" is a balance, "the current" a flow.
                if (IsCapitalized(token) || next.Kind != TokenKind.Word || IsCapitalized(next) || Is(before, "then")
                    || Has(next, WordClass.Unit | WordClass.Quarter) || Is(next, "fiscal") || Is(next, "account") || Is(next, "accounts")
                    || Is(next, "affairs") || Has(next, WordClass.BeVerb) || Is(next, "was") || Is(next, "were"))
                {
                    return -1;
                }

                value = Timex.PresentReference;
                break;
            case GenericReference.Present:
                if (IsDash(next) && next.Start == end)
                {
                    return -1; // "now-defunct"
                }

                if (Is(token, "now") && IsSymbol(next, ',') && next.Start == end && IsSentenceStart(start))
                {
                    return -1; // "Now, he says, ...": a discourse marker
                }

                value = Timex.PresentReference;
                break;
            case GenericReference.Past when Is(token, "past"):
                // "the past" alone; "the past three months" and "the past week" belong to the unit matchers.
                if (!Is(before, "the") || next.Kind == TokenKind.Number
                    || Has(next, WordClass.Unit | WordClass.NumberWord | WordClass.VagueCount | WordClass.Quarter | WordClass.Ordinal | WordClass.Weekday | WordClass.Weekend | WordClass.Season)
                    || Is(next, "several") || Is(next, "few") || Is(next, "couple"))
                {
                    return -1;
                }

                start = before.Start;
                value = Timex.PastReference;
                break;
            case GenericReference.Past when Is(token, "time"):
                // "at the time", "at that time": the past moment the story is about.
                if (!(Is(before, "the") || Is(before, "that")) || !Is(Prev(before.Start), "at") || Is(next, "of") || Is(next, "when")
                    || (IsDash(next) && next.Start == end))
                {
                    return -1;
                }

                start = before.Start;
                value = Timex.PastReference;
                break;
            case GenericReference.Past:
                if (Is(before, "more") || Is(before, "most") || Is(before, "until") || Is(before, "only"))
                {
                    start = Is(before, "until") ? start : before.Start;
                }

                value = Timex.PastReference;
                break;
            case GenericReference.Future when Is(token, "soon"):
                if (Is(before, "as") || Is(next, "after") || Is(next, "as") || Is(next, "afterward") || Is(next, "thereafter"))
                {
                    return -1;
                }

                value = Timex.FutureReference;
                break;
            case GenericReference.Future when Is(token, "term"):
                // "in the near term", "over the short term", "in the long term"; not "short-term debt", "the term of office".
                if (!(Is(before, "near") || Is(before, "short") || Is(before, "long")) || !Is(Prev(before.Start), "the")
                    || (IsDash(next) && next.Start == end) || Is(next, "of") || (next.Kind == TokenKind.Word && !Has(next, WordClass.BeVerb)
                        && !Is(next, "and") && !Is(next, "or") && !Is(next, "as") && !Is(next, "but") && !Is(next, "because")))
                {
                    return -1;
                }

                start = Prev(before.Start).Start;
                value = Timex.FutureReference;
                break;
            case GenericReference.Future when Is(token, "date"):
                // "at a later date", "on a future date"
                if (!(Is(before, "later") || Is(before, "future")) || !Is(Prev(before.Start), "a"))
                {
                    return -1;
                }

                start = Prev(before.Start).Start;
                value = Timex.FutureReference;
                break;
            case GenericReference.Future:
                // "the future", "the near future", "future quarters"; not "the future of the party".
                if (Is(next, "of"))
                {
                    return -1;
                }

                if (Is(before, "near") || Is(before, "distant") || Is(before, "foreseeable") || Is(before, "immediate"))
                {
                    start = before.Start;
                    before = Prev(start);
                }

                if (Is(before, "the"))
                {
                    start = before.Start;
                }
                else if (!Has(next, WordClass.Quarter | WordClass.Unit))
                {
                    return -1;
                }

                if (Has(next, WordClass.Quarter | WordClass.Unit))
                {
                    end = next.End;
                }

                value = Timex.FutureReference;
                break;
            default:
                return -1;
        }

        return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Day, timex: new Timex(TimexType.Date, value));
    }

    /// <summary>Reads "the third quarter", "third-quarter", "the fiscal first quarter", "the year-ago quarter", "the latest period", "Q3 2019".</summary>
    private static readonly string[] GameWords =
    [
        "touchdown", "field goal", "yard", "interception", "fumble", "punt", "kickoff", "quarterback", "halftime", "to play",
        "remaining in the", "left in the", "scored", "scoring", "basket", "rebound", "three-pointer", "free throw", "drive",
        "possession", "the lead", "points", "timeout", "sack",
    ];

    private static readonly string[] BusinessWords =
    [
        "earning", "revenue", "profit", "sales", "percent", "per cent", "%", "$", "fiscal", "growth", "economy", "gdp",
        "quarterly", "results", "shares", "loss", "income", "dividend", "forecast", "analyst",
    ];

    // A sentence that speaks of a game (touchdowns, yards, points) and not of money or an economy.
    private bool IsGameQuarter(int at)
    {
        var from = at;
        while (from > 0 && at - from < 300 && _text[from - 1] is not ('.' or '!' or '?' or '\n'))
        {
            from--;
        }

        var to = at;
        while (to < _text.Length && to - at < 300 && _text[to] is not ('.' or '!' or '?' or '\n'))
        {
            to++;
        }

        var sentence = _text.AsSpan(from, to - from);
        foreach (var word in BusinessWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var word in GameWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private int OnQuarter(Token token)
    {
        var isPeriod = Is(token, "period");
        var plural = false;
        var end = token.End;
        var start = token.Start;
        var before = Prev(start);
        if (IsDash(before) && before.End == start)
        {
            before = Prev(before.Start);
        }

        var ordinal = 0;
        var yearAgo = false;
        var latest = false;
        var current = false;
        var modifier = Modifier.None;
        var year = 0;
        var cued = false;

        // Read the words in front, right to left, as long as they belong to the quarter.
        for (var guard = 0; guard < 6 && before.Exists; guard++)
        {
            var entry = Entry(before);
            if (ordinal == 0 && entry.Is(WordClass.Ordinal) && entry.Ordinal <= 4 && !isPeriod)
            {
                ordinal = entry.Ordinal;
            }
            else if (Is(before, "ago") || Is(before, "earlier"))
            {
                // "year-ago", "year-earlier"
                var dash = Prev(before.Start);
                var yearWord = IsDash(dash) && dash.End == before.Start ? Prev(dash.Start) : default;
                if (!Is(yearWord, "year"))
                {
                    break;
                }

                yearAgo = true;
                before = yearWord;
            }
            else if (entry.Is(WordClass.Fiscal) || IsDash(before) || Is(before, "comparable") || Is(before, "same") || Is(before, "flat")
                || Is(before, "strong") || Is(before, "weak"))
            {
                // "fiscal", "fiscal-first", "the comparable quarter"
            }
            else if (Is(before, "latest") || Is(before, "recent"))
            {
                latest = true;
            }
            else if (Is(before, "current") || Is(before, "this"))
            {
                current = true;
            }
            else if (Is(before, "last") || Is(before, "previous") || Is(before, "prior") || Is(before, "preceding"))
            {
                modifier = Modifier.Last;
            }
            else if (Is(before, "next") || Is(before, "coming") || Is(before, "following"))
            {
                modifier = Modifier.Next;
            }
            else if (year == 0 && TryYear(before, out var written))
            {
                year = written;
            }
            else if (Is(before, "s") && before.Start >= 1 && _text[before.Start - 1] is '\'' or '\u2019'
                && Prev(before.Start - 1) is var yearWord && Is(yearWord, "year") && ReadModifier(Prev(yearWord.Start)) is var yearModifier and not Modifier.None
                && TryReference(2, out var possessiveReference))
            {
                // "this year's third quarter", "next year's first quarter", "last year's quarter"
                year = possessiveReference.Year + (yearModifier == Modifier.Last ? -1 : yearModifier == Modifier.Next ? 1 : 0);
                start = Prev(yearWord.Start).Start;
                cued = true;
                before = Prev(start);
                break;
            }
            else if (Is(before, "the") || Is(before, "its") || Is(before, "their") || Is(before, "that") || Is(before, "a") || Is(before, "each"))
            {
                // TimeML keeps "the" of a noun ("the third quarter", "that quarter") but no determiner of an adjective
                // ("a [third-quarter] loss") and no possessive ("its [fourth quarter]").
                cued = true;
                var adjective = IsDash(Prev(token.Start)) && Prev(token.Start).End == token.Start;
                if (!adjective && (Is(before, "the") || (Is(before, "that") && ordinal == 0)))
                {
                    start = before.Start;
                }

                break;
            }
            else
            {
                break;
            }

            start = before.Start;
            before = Prev(before.Start);
        }

        if (_text[token.End - 1] is 's' or 'S')
        {
            plural = true;
        }

        if (plural)
        {
            return OnQuarterCount(token);
        }

        // "late in the fourth quarter", "with 10:03 to play in the third quarter": a period of a game, not of the calendar.
        if (year == 0 && !yearAgo && !latest && !current && modifier == Modifier.None && ordinal != 0 && IsGameQuarter(token.Start))
        {
            return -1;
        }

        var after = Next(end);
        if (Is(after, "of") || Is(after, "ended") || Is(after, "ending"))
        {
            // "the third quarter of 1989"; "a quarter of the shares" is a fraction.
            var yearToken = Next(after.End);
            if (Is(after, "of") && TryYear(yearToken, out var ofYear))
            {
                year = ofYear;
                end = yearToken.End;
            }
            else if (Is(after, "of") && ordinal == 0)
            {
                return -1;
            }
        }
        else if (year == 0 && TryYear(after, out var afterYear) && ordinal != 0)
        {
            year = afterYear;
            end = after.End;
        }
        else if (!yearAgo && year == 0 && Is(after, "a") && Next(after.End) is var yearWord && Is(yearWord, "year")
            && Next(yearWord.End) is var agoWord && (Is(agoWord, "ago") || Is(agoWord, "earlier")))
        {
            // "the quarter a year ago", "the period a year earlier": one expression, the same quarter a year before.
            yearAgo = true;
            end = agoWord.End;
        }

        var anaphoric = ordinal == 0 && !current && modifier == Modifier.None;
        if (isPeriod && !(yearAgo || latest || year != 0))
        {
            return -1;
        }

        if (isPeriod && InQuarterContext(token.Start) && InMonthsSentence(start) && year is >= 1 and <= 9998)
        {
            // "In the first nine months, … in the 1988 period": the year's
            return Emit(start, end, TemporalMentionKind.Date, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), TemporalGranularity.Year);
        }

        if (isPeriod && (!InQuarterContext(token.Start) || InMonthsSentence(start)))
        {
            return -1;
        }

        if (anaphoric && !yearAgo && !latest && year == 0 && !cued)
        {
            return -1;
        }

        if (IsDash(after) && after.Start == end)
        {
            return -1; // "quarter-point", "quarter-century"
        }

        if (ordinal == 0 && start == token.Start)
        {
            return -1; // a bare "quarter"
        }

        if (Is(Prev(start), "a") && ordinal == 0)
        {
            return -1;
        }

        int quarter;
        int quarterYear;
        if (!TryReference(2, out var reference) && year == 0)
        {
            return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Month);
        }

        var referenceQuarter = ((reference.Month - 1) / 3) + 1;
        if (ordinal != 0)
        {
            quarter = ordinal;
            if (year != 0)
            {
                quarterYear = year;
            }
            else if (modifier == Modifier.Next)
            {
                quarterYear = quarter > referenceQuarter ? reference.Year : reference.Year + 1;
            }
            else if (modifier == Modifier.Last)
            {
                quarterYear = quarter < referenceQuarter ? reference.Year : reference.Year - 1;
            }
            else if (IsPast(start, end) || quarter <= referenceQuarter)
            {
                quarterYear = quarter <= referenceQuarter ? reference.Year : reference.Year - 1;
            }
            else
            {
                quarterYear = reference.Year;
            }

            if (yearAgo)
            {
                quarterYear--;
            }
        }
        else if (current)
        {
            (quarterYear, quarter) = (reference.Year, referenceQuarter);
        }
        else if (modifier != Modifier.None)
        {
            var index = (reference.Year * 4) + referenceQuarter - 1 + (modifier == Modifier.Last ? -1 : 1);
            (quarterYear, quarter) = (index / 4, (index % 4) + 1);
        }
        else if (InQuarterContext(token.Start))
        {
            (quarterYear, quarter) = (_quarterYear, _quarter);
            if (yearAgo)
            {
                quarterYear--;
            }
            else if (year != 0)
            {
                quarterYear = year;
            }
        }
        else
        {
            // The latest quarter that has ended: what a results story reports.
            var index = (reference.Year * 4) + referenceQuarter - 2;
            (quarterYear, quarter) = (index / 4, (index % 4) + 1);
            if (yearAgo)
            {
                quarterYear--;
            }
            else if (year != 0)
            {
                quarterYear = year;
            }
        }

        if (quarterYear is < 1 or > 9998)
        {
            return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Month);
        }

        var from = new LocalDate(quarterYear, ((quarter - 1) * 3) + 1, 1);

        // "fourth-quarter earnings", "the fourth quarter ended Sept. 30" opening a story of the current calendar quarter: a
        // fiscal quarter whose results are out, so it has ended too. Once a quarter is reported, a later one is a forecast.
        var reported = !InQuarterContext(token.Start) && ordinal != 0 && year == 0 && modifier == Modifier.None && (quarterYear * 4) + quarter == (reference.Year * 4) + referenceQuarter
            && IsResultsWord(Next(end));
        if (!yearAgo && (reported || from.PlusMonths(3) <= reference.PlusDays(7))
            && !(InQuarterContext(token.Start) && (quarterYear * 4) + quarter < (_quarterYear * 4) + _quarter))
        {
            // Only a quarter that has ended anchors "the quarter" and "a year ago" later on: results are reported for those.
            // An earlier quarter named for comparison ("after a flat second quarter") leaves the reported one in place.
            _quarterYear = quarterYear;
            _quarter = quarter;
            _quarterAt = end;
        }
        else if (InQuarterContext(token.Start))
        {
            _quarterAt = end;
        }

        return Emit(start, end, TemporalMentionKind.Date, from, from.PlusMonths(3).PlusDays(-1), TemporalGranularity.Month);
    }

    /// <summary>Whether a word after a quarter reports its results: "[third-quarter] earnings", "the quarter ended".</summary>
    private bool IsResultsWord(Token token) =>
        Is(token, "earnings") || Is(token, "profit") || Is(token, "profits") || Is(token, "net") || Is(token, "loss") || Is(token, "losses")
        || Is(token, "results") || Is(token, "sales") || Is(token, "revenue") || Is(token, "revenues") || Is(token, "income") || Is(token, "ended");

    /// <summary>Whether the sentence before a position reports a span of months ("For the nine months, net rose … a year
    /// earlier"): its comparison is then with the year before, not with the quarter a year before.</summary>
    private bool InMonthsSentence(int position)
    {
        // Earlier mentions ("the nine months") lie behind the scanner's floor, so this reads the text directly.
        var limit = Math.Max(0, position - (MonthsSentenceTokens * 12));
        var token = TextTokens.Previous(_text, position, limit);
        for (var i = 0; i < MonthsSentenceTokens && token.Exists; i++)
        {
            if (token.Kind == TokenKind.Symbol && IsSentenceEnd(token))
            {
                return false;
            }

            if (Is(token, "months"))
            {
                var count = TextTokens.Previous(_text, token.Start, limit);
                if (count.Kind == TokenKind.Number || Has(count, WordClass.NumberWord))
                {
                    return true;
                }
            }

            token = TextTokens.Previous(_text, token.Start, limit);
        }

        return false;
    }

    /// <summary>Whether "'s" and a quarter follow a position: "[this year]'s third quarter".</summary>
    private bool IsPossessiveBeforeQuarter(int position)
    {
        if (position + 1 >= _text.Length || _text[position] is not ('\'' or '\u2019'))
        {
            return false;
        }

        var s = Next(position + 1);
        if (!Is(s, "s") || s.Start != position + 1)
        {
            return false;
        }

        var next = Next(s.End);
        if (Has(next, WordClass.Ordinal) || Is(next, "fiscal"))
        {
            next = Next(next.End);
        }

        if (IsDash(next))
        {
            next = Next(next.End);
        }

        return Is(next, "quarter");
    }

    /// <summary>The value of "a year ago", "a year earlier" inside a quarterly report: the same quarter a year before.</summary>
    private Timex? YearAgoQuarter(int position, TimeUnit unit, int count)
    {
        if (unit != TimeUnit.Year || count != 1 || !InQuarterContext(position) || InMonthsSentence(position))
        {
            return null;
        }

        return new Timex(TimexType.Date, TimexValues.Year(_quarterYear - 1) + "-Q" + _quarter.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Reads a four-digit year used as a modifier: "the 2000 Olympics", "his 1996 campaign", "fiscal 1989", "for 1990".</summary>
    private int OnModifierYear(Token number)
    {
        if (!TryYear(number, out var year) || year < 1800 || year > 2100)
        {
            return -1;
        }

        var before = Prev(number.Start);
        var start = number.Start;
        if (IsDash(before) && before.End == number.Start && Prev(before.Start) is var prefix && prefix.End == before.Start
            && (Is(prefix, "post") || Is(prefix, "pre")) && Next(number.End) is var noun && noun.Kind == TokenKind.Word)
        {
            // "post-1959 politics", "pre-1990 levels": the year the adjective is built on.
            _lastYear = year;
            return Emit(prefix.Start, number.End, TemporalMentionKind.Date, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), TemporalGranularity.Year);
        }

        var possessive = before.Kind == TokenKind.Word && Is(before, "s") && before.Start >= 1 && _text[before.Start - 1] is '\'' or '\u2019';
        if (Has(before, WordClass.Fiscal))
        {
            start = before.Start;
        }
        else if (!possessive && !Has(before, WordClass.YearDeterminer))
        {
            return -1;
        }

        var next = Next(number.End);
        if (next.Kind == TokenKind.Number || Has(next, WordClass.Unit) || Has(next, WordClass.Ordinal) || Has(next, WordClass.Quarter)
            || (next.Kind == TokenKind.Symbol && _text[next.Start] is '%' or '$'))
        {
            return -1;
        }

        var from = new LocalDate(year, 1, 1);
        _lastYear = year;
        return Emit(start, number.End, TemporalMentionKind.Date, from, new LocalDate(year, 12, 31), TemporalGranularity.Year);
    }

    /// <summary>Reads a year in words, "nineteen ninety-six", with a month ("January nineteen ninety-seven") or season ("the winter of
    /// nineteen ninety-four") in front.</summary>
    private int OnYearInWords(Token nineteen)
    {
        var tensToken = Next(nineteen.End);
        var tens = Entry(tensToken);
        if (!tens.Is(WordClass.NumberWord) || tens.Number < 20 || tens.Number > 90 || tens.Number % 10 != 0)
        {
            return -1;
        }

        var year = 1900 + tens.Number;
        var end = tensToken.End;
        var dash = Next(end);
        if (IsDash(dash) && dash.Start == end)
        {
            var unitToken = Next(dash.End);
            var unit = Entry(unitToken);
            if (unitToken.Start == dash.End && unit.Is(WordClass.NumberWord) && unit.Number is >= 1 and <= 9)
            {
                year += unit.Number;
                end = unitToken.End;
            }
        }

        var after = Next(end);
        if (Has(after, WordClass.Unit) || (IsDash(after) && after.Start == end))
        {
            return -1; // "nineteen ninety-six days", "nineteen twenty-year-olds"
        }

        var start = nineteen.Start;
        var before = Prev(start);
        _lastYear = year;
        if (TryMonthWord(before, out var month, out var monthEnd, out _) && monthEnd <= start)
        {
            var first = new LocalDate(year, month, 1);
            return Emit(before.Start, end, TemporalMentionKind.Date, first, DateMath.EndOfMonth(year, month), TemporalGranularity.Month);
        }

        if (Is(before, "of") && Entry(Prev(before.Start)) is var season && season.Is(WordClass.Season))
        {
            var seasonToken = Prev(before.Start);
            start = seasonToken.Start;
            if (Is(Prev(start), "the"))
            {
                start = Prev(start).Start;
            }

            var from = new LocalDate(year, season.Month, 1);
            var last = from.PlusMonths(2);
            return Emit(start, end, TemporalMentionKind.Date, from, DateMath.EndOfMonth(last.Year, last.Month), TemporalGranularity.Month);
        }

        return Emit(start, end, TemporalMentionKind.Date, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), TemporalGranularity.Year);
    }

    /// <summary>Reads counted quarters: "the past two quarters" (P2Q), "several quarters" (PXQ), and "the first two quarters of
    /// 1990" (1990-H1).</summary>
    private int OnQuarterCount(Token quarters)
    {
        var countToken = Prev(quarters.Start);
        var vague = false;
        var count = 0;
        if (Has(countToken, WordClass.VagueCount) && (Is(countToken, "several") || Is(countToken, "few")))
        {
            vague = true;
        }
        else if (!TryCount(countToken, out count, out var article) || article || count is < 1 or > 12)
        {
            return -1;
        }

        var start = countToken.Start;
        var before = Prev(start);
        if (vague && Is(countToken, "few") && Is(before, "a"))
        {
            start = before.Start;
            before = Prev(start);
        }

        var end = quarters.End;
        var of = Next(end);
        if (!vague && count <= 3 && Entry(before) is var ordinal && ordinal.Is(WordClass.Ordinal) && ordinal.Ordinal == 1 && Is(of, "of")
            && TryYear(Next(of.End), out var year))
        {
            // "the first two quarters of 1990": the months they cover.
            start = Is(Prev(before.Start), "the") ? Prev(before.Start).Start : before.Start;
            var first = new LocalDate(year, 1, 1);
            _lastYear = year;
            return Emit(start, Next(of.End).End, TemporalMentionKind.Date, first, first.PlusMonths(count * 3).PlusDays(-1), TemporalGranularity.Month);
        }

        var ofWhat = Next(of.End);
        if (Is(of, "of") && ((count == 3 && !Has(before, WordClass.Last | WordClass.Next) && !Is(before, "past")) || Is(ofWhat, "the")
            || Is(ofWhat, "a") || Is(ofWhat, "an") || Is(ofWhat, "its") || Is(ofWhat, "their") || Is(ofWhat, "all") || Is(ofWhat, "his")
            || Is(ofWhat, "her") || Is(ofWhat, "our") || Is(ofWhat, "those") || Is(ofWhat, "these")))
        {
            return -1; // "three quarters of voters", "two quarters of the pie": a fraction
        }

        if (Has(before, WordClass.Last | WordClass.Next) || Is(before, "past"))
        {
            // "the past two quarters", "the next three quarters"
            start = before.Start;
            before = Prev(start);
            if (Is(before, "the"))
            {
                start = before.Start;
            }
        }

        Period? period = vague ? null : Period.FromMonths(count * 3);
        var value = vague ? "PXQ" : "P" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Q";
        return Emit(start, end, TemporalMentionKind.Duration, null, null, TemporalGranularity.Month, period, approximate: vague,
            timex: new Timex(TimexType.Duration, value));
    }

    /// <summary>Reads a year written after "the year": digits ("2000"), or words ("two thousand", "two thousand and one",
    /// "nineteen ninety-six").</summary>
    private bool TryNamedYear(Token first, out int year, out int end)
    {
        end = first.End;
        if (TryYear(first, out year))
        {
            return true;
        }

        var head = Entry(first);
        if (!head.Is(WordClass.NumberWord) || first.Kind != TokenKind.Word)
        {
            return false;
        }

        var second = Next(first.End);
        if (Is(second, "thousand") && head.Number is >= 1 and <= 9)
        {
            // "two thousand", "two thousand and one", "two thousand nine"
            year = head.Number * 1000;
            end = second.End;
            var after = Next(end);
            var unitToken = Is(after, "and") ? Next(after.End) : after;
            var unit = Entry(unitToken);
            if (unit.Is(WordClass.NumberWord) && unit.Number is >= 1 and <= 19 && !Is(unitToken, "a") && !Is(unitToken, "an")
                && !Has(Next(unitToken.End), WordClass.Unit))
            {
                year += unit.Number;
                end = unitToken.End;
            }

            return true;
        }

        var tens = Entry(second);
        if (head.Number is < 11 or > 19 || !tens.Is(WordClass.NumberWord) || tens.Number < 20 || tens.Number > 90 || tens.Number % 10 != 0)
        {
            return false;
        }

        // "nineteen ninety", "nineteen ninety-six"
        year = (head.Number * 100) + tens.Number;
        end = second.End;
        var dash = Next(end);
        var ones = Next(dash.End);
        if (IsDash(dash) && dash.Start == end && ones.Start == dash.End && Entry(ones) is var one && one.Is(WordClass.NumberWord)
            && one.Number is >= 1 and <= 9 && !Is(ones, "a") && !Is(ones, "an"))
        {
            year += one.Number;
            end = ones.End;
        }

        return true;
    }

    /// <summary>Reads holidays with a fixed or computed day: "Thanksgiving (Day)", "Christmas (Day, Eve)", "Halloween", "Election Day" (US).</summary>
    private int OnHoliday(Token token)
    {
        if (!IsCapitalized(token))
        {
            return -1;
        }

        var end = token.End;
        var next = Next(end);
        var easter = Is(token, "easter");
        var dayWord = (Is(next, "day") || (easter && Is(next, "sunday"))) && IsCapitalized(next);
        var eve = Is(next, "eve") && IsCapitalized(next);
        var easterMonday = easter && Is(next, "monday") && IsCapitalized(next);
        var easterWeek = easter && Is(next, "week");
        if (easterMonday || easterWeek)
        {
            end = next.End;
        }

        if (Is(token, "election") && !dayWord)
        {
            return -1;
        }

        if (dayWord || eve)
        {
            end = next.End;
        }

        var start = token.Start;
        var before = Prev(start);
        var modifier = ReadModifier(before);
        if (modifier != Modifier.None)
        {
            start = before.Start;
        }

        if (!TryReference(2, out var reference))
        {
            return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Day);
        }

        LocalDate DayIn(int year)
        {
            if (Is(token, "thanksgiving"))
            {
                // the fourth Thursday of November
                var first = new LocalDate(year, 11, 1);
                return first.PlusDays(((int)IsoDayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7 + 21);
            }

            if (Is(token, "election"))
            {
                // the Tuesday after the first Monday of November
                var first = new LocalDate(year, 11, 1);
                return first.PlusDays(((int)IsoDayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7 + 1);
            }

            if (easter)
            {
                var sunday = DateMath.EasterSunday(year);
                return easterMonday ? sunday.PlusDays(1) : eve ? sunday.PlusDays(-1) : easterWeek ? sunday.PlusDays(-6) : sunday;
            }

            return Is(token, "halloween") ? new LocalDate(year, 10, 31) : new LocalDate(year, 12, eve ? 24 : 25);
        }

        var past = modifier switch { Modifier.Last => true, Modifier.Next => false, _ => IsPast(start, end) };
        var day = DayIn(reference.Year);
        if (modifier == Modifier.This)
        {
            // the one of the reference's year
        }
        else if (past && (day > reference || (modifier == Modifier.Last && day == reference)))
        {
            day = DayIn(reference.Year - 1);
        }
        else if (!past && (day < reference || (modifier == Modifier.Next && day == reference)))
        {
            day = DayIn(reference.Year + 1);
        }

        if (easterWeek)
        {
            // "Easter week": the week that ends on Easter Sunday (the day read is its Monday).
            return Emit(start, end, TemporalMentionKind.Date, day, day.PlusDays(6), TemporalGranularity.Week);
        }

        return Emit(start, end, TemporalMentionKind.Date, day, day, TemporalGranularity.Day);
    }

    /// <summary>Reads a day written as an ordinal word: "seventh", "twenty-first", "thirtieth".</summary>
    private bool TryOrdinalDay(Token token, out int day, out int end)
    {
        day = 0;
        end = token.End;
        var entry = Entry(token);
        var after = Next(token.End);
        if ((IsDash(after) && after.Start == token.End && !entry.Is(WordClass.NumberWord)) || Has(after, WordClass.Quarter | WordClass.Unit))
        {
            return false; // "March second-quarter results", "May first half"
        }

        if (entry.Is(WordClass.Ordinal))
        {
            day = entry.Ordinal;
            return day is >= 1 and <= 31;
        }

        // "twenty-first", "thirty-first"
        if (entry.Is(WordClass.NumberWord) && entry.Number is 20 or 30)
        {
            var dash = Next(token.End);
            var unit = Next(dash.End);
            var unitEntry = Entry(unit);
            if (IsDash(dash) && dash.Start == token.End && unit.Start == dash.End && unitEntry.Is(WordClass.Ordinal) && unitEntry.Ordinal is >= 1 and <= 9)
            {
                day = entry.Number + unitEntry.Ordinal;
                end = unit.End;
                return day <= 31;
            }
        }

        return false;
    }

    /// <summary>Reads an ordinal-word day that ends right before a position: "the first" (of May), "the twenty-first".</summary>
    private bool TryOrdinalDayBefore(int position, out int day, out int start)
    {
        day = 0;
        start = position;
        var word = Prev(position);
        var entry = Entry(word);
        if (!entry.Is(WordClass.Ordinal) || entry.Ordinal > 31)
        {
            return false;
        }

        day = entry.Ordinal;
        start = word.Start;
        var dash = Prev(word.Start);
        if (IsDash(dash) && dash.End == word.Start && Entry(Prev(dash.Start)) is { } tens && tens.Is(WordClass.NumberWord) && tens.Number is 20 or 30 && day <= 9)
        {
            day += tens.Number;
            start = Prev(dash.Start).Start;
        }

        // Needs "the" in front: "first of all" and "second of the two" are not dates.
        return Is(Prev(start), "the") && day <= 31;
    }

    /// <summary>Reads "the eighties", "the late nineties" as a decade of the 1900s.</summary>
    private int OnDecadeWord(Token token, WordEntry entry)
    {
        var start = token.Start;
        var before = Prev(start);
        var part = DatePart.None;
        if (Has(before, WordClass.Part))
        {
            part = Entry(before).Part;
            start = before.Start;
            before = Prev(start);
        }

        if (!Is(before, "the"))
        {
            return -1; // "in his eighties" is an age
        }

        start = before.Start;
        var decadeStart = 1900 + entry.Number;
        var from = new LocalDate(decadeStart, 1, 1);
        var to = new LocalDate(decadeStart + 9, 12, 31);
        var granularity = TemporalGranularity.Decade;
        if (part != DatePart.None && DateMath.TryPart(from, TemporalGranularity.Decade, part, out var partFrom, out var partTo, out var partGranularity))
        {
            (from, to, granularity) = (partFrom, partTo, partGranularity);
        }

        return Emit(start, token.End, TemporalMentionKind.Date, from, to, granularity, approximate: part != DatePart.None,
            timex: new Timex(TimexType.Date, TimexValues.Decade(decadeStart)));
    }

    /// <summary>Reads "the 19th century", "the twentieth century", "this century", "last century" as the hundred years xx00-xx99.</summary>
    private int OnCentury(Token unitToken, Token before)
    {
        int ordinal;
        int start;
        var modifier = ReadModifier(before);
        if (modifier != Modifier.None && !Is(before, "past"))
        {
            if (!TryReference(200, out var reference))
            {
                return Emit(before.Start, unitToken.End, TemporalMentionKind.Date, null, null, TemporalGranularity.Decade);
            }

            ordinal = (reference.Year / 100) + 1 + (modifier == Modifier.Last ? -1 : modifier == Modifier.Next ? 1 : 0);
            start = before.Start;
        }
        else if (before.Kind == TokenKind.Word && Has(before, WordClass.OrdinalSuffix) && Prev(before.Start) is { Kind: TokenKind.Number } number
            && number.End == before.Start && number.Length <= 2)
        {
            ordinal = Value(number);
            start = number.Start;
        }
        else if (TryOrdinalDayBefore(unitToken.Start, out var written, out var writtenStart))
        {
            ordinal = written;
            start = writtenStart;
        }
        else
        {
            return -1;
        }

        if (ordinal is < 1 or > 99)
        {
            return -1;
        }

        if (Is(Prev(start), "the"))
        {
            start = Prev(start).Start;
        }

        var first = (ordinal - 1) * 100;
        if (first < 1)
        {
            return -1;
        }

        return Emit(start, unitToken.End, TemporalMentionKind.Date, new LocalDate(first, 1, 1), new LocalDate(first + 99, 12, 31), TemporalGranularity.Decade,
            timex: new Timex(TimexType.Date, TimexValues.Century(first)));
    }

    /// <summary>Reads "the second week of May", "the last week of June 2024", "the first week of the year" as an ISO week: the nth week
    /// of a month is the one holding its day 7n-3 (the 4th, 11th, 18th ...), the last the one holding its fourth-last day.</summary>
    private int OnOrdinalWeek(Token weekToken, Token before)
    {
        var last = Is(before, "last") || Is(before, "final");
        var entry = Entry(before);
        if (!last && !(entry.Is(WordClass.Ordinal) && entry.Ordinal is >= 1 and <= 5))
        {
            return -1;
        }

        var start = before.Start;
        if (!Is(Prev(start), "the"))
        {
            return -1;
        }

        start = Prev(start).Start;
        var of = Next(weekToken.End);
        var target = Next(of.End);
        int year;
        int month;
        int end;
        if (TryMonthWord(target, out month, out end, out _))
        {
            if (TryYearAfter(end, out var written, out var yearEnd))
            {
                year = written;
                end = yearEnd;
            }
            else if (TryReference(DateMath.InferenceSearchYears + 2, out var reference))
            {
                year = DateMath.InferMonthYear(reference, month, IsPast(start, end) ? -1 : 1);
            }
            else
            {
                return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Week);
            }
        }
        else if (Is(target, "the") && Is(Next(target.End), "year") && TryReference(2, out var yearReference))
        {
            // "the last week of the year"
            (year, month, end) = (yearReference.Year, 0, Next(target.End).End);
        }
        else
        {
            return -1;
        }

        if (year is < 1 or > 9998)
        {
            return -1;
        }

        LocalDate day;
        if (month == 0)
        {
            day = last ? new LocalDate(year, 12, 28) : new LocalDate(year, 1, 4);
        }
        else
        {
            var length = CalendarSystem.Iso.GetDaysInMonth(year, month);
            var dayOfMonth = last ? length - 3 : Math.Min(length, ((entry.Ordinal - 1) * 7) + 4);
            day = new LocalDate(year, month, dayOfMonth);
        }

        var monday = DateMath.WeekStart(day);
        return Emit(start, end, TemporalMentionKind.Date, monday, monday.PlusDays(6), TemporalGranularity.Week);
    }

    /// <summary>Whether a lower-case month name is a month: a number stands beside it ("in march 2019", "3 september", "june 5");
    /// "may" and "march", also verbs, need a year after them ("may 2020", "march 3, 2019").</summary>
    private bool IsLowercaseMonth(Token token, WordEntry entry)
    {
        if (entry.Is(WordClass.MonthAbbreviation) || token.Length < 3)
        {
            return false;
        }

        var next = Next(token.End);
        var yearNext = TryYear(next, out _) || (next.Kind == TokenKind.Number && next.Length <= 2 && TryYearAfter(next.End, out _, out _));
        if (entry.Month is 3 or 5)
        {
            return yearNext;
        }

        if (yearNext || (next.Kind == TokenKind.Number && next.Length <= 2 && !Has(Next(next.End), WordClass.Unit)))
        {
            return true;
        }

        var before = Prev(token.Start);
        if (Has(before, WordClass.OrdinalSuffix) && before.Start > 0 && TextTokens.IsDigit(_text[before.Start - 1]))
        {
            return true;
        }

        return before.Kind == TokenKind.Number && before.Length <= 2;
    }

    /// <summary>Reads "the 14th of next month", "the 5th of this month" and a bare "the 14th" (at a clause end) as a day of a month.</summary>
    private int OnOrdinalDayOfMonth(Token number)
    {
        if (!TryDay(number, out var day, out var end, out var ordinal) || !ordinal || !Is(Prev(number.Start), "the"))
        {
            return -1;
        }

        var start = Prev(number.Start).Start;
        var of = Next(end);
        var offset = 0;
        var relative = false;
        if (Is(of, "of") && ReadModifier(Next(of.End)) is var modifier and not Modifier.None && Is(Next(Next(of.End).End), "month"))
        {
            offset = modifier switch { Modifier.Last => -1, Modifier.Next => 1, _ => 0 };
            end = Next(Next(of.End).End).End;
            relative = true;
        }
        else if (!EndsClause(end))
        {
            return -1; // "the 5th floor", "the 3rd round"
        }

        if (!TryReference(1, out var reference))
        {
            return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Day);
        }

        var month = reference.PlusMonths(offset);
        if (!relative)
        {
            // A bare "the 14th": this month's, or the nearest one in the tense's direction.
            var past = IsPast(start, end);
            if (past && day > reference.Day)
            {
                month = reference.PlusMonths(-1);
            }
            else if (!past && day < reference.Day)
            {
                month = reference.PlusMonths(1);
            }
        }

        if (day > CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month))
        {
            return end;
        }

        var date = new LocalDate(month.Year, month.Month, day);
        return Emit(start, end, TemporalMentionKind.Date, date, date, TemporalGranularity.Day, yearInferred: true);
    }

    /// <summary>Reads a year after a month joined by a dash or written after it: "Sep-2019", "Sept. 2019".</summary>
    private bool TryJoinedYear(int position, out int year, out int end)
    {
        end = position;
        year = 0;
        if (position < _text.Length && TextTokens.IsDash(_text[position]))
        {
            var token = Next(position + 1);
            if (token.Start == position + 1 && TryYear(token, out year))
            {
                end = token.End;
                return true;
            }

            return false;
        }

        return TryYearAfter(position, out year, out end);
    }

    /// <summary>Reads "Q3", "Q3 2019", "Q4 of 2024" as a calendar quarter.</summary>
    private int OnQuarterCode(Token digit)
    {
        var quarter = Value(digit);
        var start = digit.Start - 1;
        if (quarter is < 1 or > 4 || (start > 0 && (TextTokens.IsLetter(_text[start - 1]) || TextTokens.IsDigit(_text[start - 1])))
            || (digit.End < _text.Length && (TextTokens.IsLetter(_text[digit.End]) || TextTokens.IsDigit(_text[digit.End]))))
        {
            return -1;
        }

        var end = digit.End;
        var next = Next(end);
        var year = 0;
        if (Is(next, "of"))
        {
            var yearToken = Next(next.End);
            if (TryYear(yearToken, out year))
            {
                end = yearToken.End;
            }
        }
        else if (TryYearAfter(end, out year, out var yearEnd))
        {
            end = yearEnd;
        }

        if (year == 0)
        {
            if (!TryReference(2, out var reference))
            {
                return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Month);
            }

            var referenceQuarter = ((reference.Month - 1) / 3) + 1;
            year = IsPast(start, end)
                ? (quarter <= referenceQuarter ? reference.Year : reference.Year - 1)
                : (quarter >= referenceQuarter ? reference.Year : reference.Year + 1);
        }

        var from = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return Emit(start, end, TemporalMentionKind.Date, from, from.PlusMonths(3).PlusDays(-1), TemporalGranularity.Month);
    }

    /// <summary>Reads "the year", "the full year", "the current (fiscal) year", "that year", "year-end" as the year they point at.</summary>
    private int OnAnaphoricYear(Token unitToken, Token before)
    {
        var start = unitToken.Start;
        var end = unitToken.End;
        var offset = 0;
        var next = Next(end);
        var cue = before;
        if (Has(cue, WordClass.Fiscal))
        {
            start = cue.Start;
            cue = Prev(cue.Start);
        }

        var current = Is(cue, "current");
        var following = false;
        if (Is(cue, "full") || current || Is(cue, "entire") || Is(cue, "whole"))
        {
            start = cue.Start;
            cue = Prev(cue.Start);
        }
        else if (Is(cue, "previous") || Is(cue, "prior") || Is(cue, "preceding"))
        {
            offset = -1;
            start = cue.Start;
            cue = Prev(cue.Start);
        }
        else if (Is(cue, "following"))
        {
            offset = 1;
            following = true;
            start = cue.Start;
            cue = Prev(cue.Start);
        }

        var anaphor = false;
        if (Is(cue, "same") && Is(Prev(cue.Start), "the"))
        {
            anaphor = true;
            start = Prev(cue.Start).Start;
        }
        else if (Is(cue, "that") && start == unitToken.Start)
        {
            anaphor = true;
            start = cue.Start;
            var edge = Prev(start);
            if (Is(edge, "later") || Is(edge, "earlier"))
            {
                start = edge.Start; // "later that year"
            }
        }
        else if (Is(cue, "the"))
        {
            start = cue.Start;
            if (Next(cue.End).Start == unitToken.Start && TryNamedYear(next, out var named, out var namedEnd))
            {
                // "the year 2000", "the year two thousand": the year named after it.
                _lastYear = named;
                return Emit(start, namedEnd, TemporalMentionKind.Date, new LocalDate(named, 1, 1), new LocalDate(named, 12, 31), TemporalGranularity.Year);
            }
        }
        else if (start == unitToken.Start && IsDash(next) && next.Start == end && Is(Next(next.End), "end"))
        {
            // "year-end"
            end = Next(next.End).End;
        }
        else if (start == unitToken.Start && Is(next, "end"))
        {
            // "by year end"
            end = next.End;
            next = Next(end);
        }
        else if (start == unitToken.Start && next.Kind == TokenKind.Symbol && next.Start == end && _text[next.Start] is '\'' or '\u2019'
            && Is(Next(next.End), "s") && Is(Next(Next(next.End).End), "end"))
        {
            // "by year's end"
            end = Next(Next(next.End).End).End;
            next = Next(end);
        }
        else
        {
            return -1;
        }

        if (Is(next, "of") || Is(next, "before") || Is(next, "after") || Is(next, "earlier") || Is(next, "ago") || Is(next, "to")
            || (IsDash(next) && next.Start == end) || (!current && (Is(next, "in") || Is(next, "that") || Is(next, "when"))) || Is(Prev(start), "of"))
        {
            return -1;
        }

        if (!anaphor && (Is(next, "ended") || Is(next, "ending")))
        {
            // "the year ended March 31": a fiscal year, a length of one year.
            return Emit(start, end, TemporalMentionKind.Duration, null, null, TemporalGranularity.Year, Period.FromYears(1));
        }

        if (anaphor)
        {
            // "that year", "the same year": the year last written in the text.
            if (_lastYear == 0)
            {
                return -1;
            }

            return Emit(start, end, TemporalMentionKind.Date, new LocalDate(_lastYear, 1, 1), new LocalDate(_lastYear, 12, 31), TemporalGranularity.Year);
        }

        if (!TryReference(2, out var reference))
        {
            return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Year);
        }

        // "On May 22, 1995, he was promoted, and the following year …": the year after the one last written.
        var year = (following && _lastYear is > 0 and < 9999 ? _lastYear : reference.Year) + offset;
        return Emit(start, end, TemporalMentionKind.Date, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), TemporalGranularity.Year);
    }

    /// <summary>Reads "year-ago", "year-earlier" used alone as an adjective ("year-earlier results"): the year before, or the same quarter a year before.</summary>
    private int OnYearAgoAdjective(Token unitToken)
    {
        var dash = Next(unitToken.End);
        var word = Next(dash.End);
        if (!IsDash(dash) || dash.Start != unitToken.End || word.Start != dash.End || !(Is(word, "ago") || Is(word, "earlier")))
        {
            return -1;
        }

        var after = Next(word.End);
        if (Has(after, WordClass.Quarter) || Has(after, WordClass.Ordinal) || IsDash(Prev(unitToken.Start)))
        {
            return -1; // "the year-ago quarter" is the quarter's
        }

        if (TryCount(after, out _, out var article) && !article && Is(Prev(unitToken.Start), "the") && Entry(Next(after.End)) is var counted
            && counted.Is(WordClass.Unit) && counted.Unit is TimeUnit.Month or TimeUnit.Week && _text[Next(after.End).End - 1] is 's' or 'S')
        {
            return -1; // "the year-earlier nine months" is the length's
        }

        if (!TryReference(2, out var reference))
        {
            return Emit(unitToken.Start, word.End, TemporalMentionKind.Date, null, null, TemporalGranularity.Year);
        }

        var year = reference.Year - 1;
        return Emit(unitToken.Start, word.End, TemporalMentionKind.Date, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), TemporalGranularity.Year,
            timex: YearAgoQuarter(unitToken.Start, TimeUnit.Year, 1));
    }

    /// <summary>Whether the words right before an expression schedule it ("payable Jan. 2", "expire Nov. 21", "effective Feb. 1",
    /// "set for Monday") or make it a deadline ("by Jan. 14", "until March 6").</summary>
    private bool IsScheduled(int start)
    {
        var before = Prev(start);
        if (Is(before, "by") || Is(before, "until") || Is(before, "till"))
        {
            return true;
        }

        if (Is(before, "for") && (Is(Prev(before.Start), "set") || Is(Prev(before.Start), "scheduled") || Is(Prev(before.Start), "slated")))
        {
            return true;
        }

        if (Is(before, "on") || Is(before, "to") || Is(before, "for") || Is(before, "from") || Is(before, "at"))
        {
            before = Prev(before.Start);
        }

        // "took effect Aug. 9", "went into effect Monday": done, not scheduled.
        if (Is(before, "effect") && (Is(Prev(before.Start), "took") || Is(Prev(before.Start), "into")))
        {
            return false;
        }

        return Has(before, WordClass.ScheduledCue);
    }

    /// <summary>Reads "this morning", "late this afternoon", "this evening" as a part of the reference day.</summary>
    private int OnDayPart(Token token)
    {
        var before = Prev(token.Start);
        if (IsQuotedTitle(before, token))
        {
            return -1; // the programme "This Morning"
        }

        var suffix = DayPartSuffix(token);
        if (Is(before, "at") && (Is(token, "noon") || Is(token, "midday")))
        {
            // "at midday" alone is noon of the reference day; "at noon Thursday" is read at the weekday.
            var next = Next(token.End);
            if (next.Kind == TokenKind.Number || Has(next, WordClass.Weekday | WordClass.RelativeDay | WordClass.Month) || Is(next, "on")
                || Is(next, "of") || Is(next, "local") || Has(next, WordClass.Last | WordClass.Next | WordClass.This))
            {
                return -1;
            }

            LocalDate? noonDay = TryReference(1, out var noonReference) ? noonReference : null;
            return Emit(token.Start, token.End, TemporalMentionKind.Date, noonDay, noonDay, TemporalGranularity.Day,
                timex: new Timex(TimexType.Time, noonDay is { } d ? TimexValues.Day(d) + "T12:00" : null));
        }

        if ((Is(token, "morning") || Is(token, "night")) && (Is(before, "next") || Is(before, "following") || Is(before, "previous")))
        {
            // "the next morning", "the previous night": the day, as a morning or a night after a weekday is.
            var following = OnFollowingDay(token, before);
            if (following >= 0)
            {
                return following;
            }
        }

        var mid = before;
        if (IsDash(mid) && mid.End == token.Start)
        {
            mid = Prev(mid.Start);
        }

        if (Is(mid, "mid") && (Is(token, "afternoon") || Is(token, "morning")) && TryReference(1, out var midReference))
        {
            // "by mid afternoon", "at mid-afternoon yesterday": that part of the reference day, or of the day named after it.
            var midEnd = token.End;
            var dayAfter = Next(midEnd);
            if (Is(dayAfter, "yesterday") || Is(dayAfter, "today"))
            {
                midReference = Is(dayAfter, "yesterday") ? midReference.PlusDays(-1) : midReference;
                midEnd = dayAfter.End;
            }
            else if (Has(dayAfter, WordClass.Weekday | WordClass.Month | WordClass.RelativeDay) || dayAfter.Kind == TokenKind.Number)
            {
                return -1; // "mid-morning Friday": the weekday's matcher reads it
            }

            return Emit(mid.Start, midEnd, TemporalMentionKind.Date, midReference, midReference, TemporalGranularity.Day,
                timex: new Timex(TimexType.Time, TimexValues.Day(midReference) + suffix));
        }

        if (!Is(before, "this") || suffix is null || Is(token, "night"))
        {
            return -1;
        }

        var start = before.Start;
        var earlier = Prev(start);
        if (Has(earlier, WordClass.Part) || Is(earlier, "earlier") || Is(earlier, "later"))
        {
            start = earlier.Start;
        }

        Timex? timex = TryReference(1, out var reference) ? new Timex(TimexType.Time, TimexValues.Day(reference) + suffix) : new Timex(TimexType.Time, null);
        LocalDate? day = TryReference(1, out reference) ? reference : null;
        return Emit(start, token.End, TemporalMentionKind.Date, day, day, TemporalGranularity.Day, timex: timex);
    }

    /// <summary>Reads a clock time that ends right before a position: "10 p.m.", "3:40 pm", "noon", "midnight".</summary>
    /// <param name="position">Where the day expression starts.</param>
    /// <param name="start">Where the clock time starts.</param>
    /// <param name="clock">The time as TimeML writes it, "22:00".</param>
    /// <returns>Whether a clock time is there.</returns>
    private bool TryClockBefore(int position, out int start, out string clock)
    {
        start = position;
        clock = string.Empty;
        var word = Prev(position);
        if (Is(word, "noon") || Is(word, "midday") || Is(word, "midnight"))
        {
            start = word.Start;
            clock = Is(word, "midnight") ? "24:00" : "12:00";
            return true;
        }

        // "p.m." / "a.m." / "pm" / "am" right before the day: read back over a comma, a zone and the dots.
        if (IsSymbol(word, ','))
        {
            word = Prev(word.Start);
        }

        if (IsZone(word))
        {
            word = Prev(word.Start);
        }

        if (IsSymbol(word, '.'))
        {
            word = Prev(word.Start);
        }

        var t = word;
        var afternoon = false;
        if (Is(t, "pm") || Is(t, "am"))
        {
            afternoon = Is(t, "pm");
        }
        else if (Is(t, "m"))
        {
            var dot = Prev(t.Start);
            var letter = Prev(dot.Start);
            if (!IsSymbol(dot, '.') || !(Is(letter, "p") || Is(letter, "a")))
            {
                return false;
            }

            afternoon = Is(letter, "p");
            t = letter;
        }
        else
        {
            return false;
        }

        var number = Prev(t.Start);
        var minutes = 0;
        if (number.Kind == TokenKind.Number && number.Start >= 3 && _text[number.Start - 1] == ':' && number.Length == 2)
        {
            minutes = Value(number);
            number = Prev(number.Start - 1);
        }

        if (number.Kind != TokenKind.Number || number.Length > 2)
        {
            return false;
        }

        var hour = Value(number);
        if (hour is < 1 or > 12 || minutes > 59)
        {
            return false;
        }

        hour = (hour % 12) + (afternoon ? 12 : 0);
        start = number.Start;
        clock = hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":" + minutes.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Reads a clock time: "10:35 a.m.", "7 p.m.", "0900 GMT", "15:40 local time", as a time of the reference day.</summary>
    /// <remarks>A day written right after it ("10 p.m. Wednesday") is left to the day's matcher, which takes the time in.</remarks>
    private int OnClockTime(Token number)
    {
        if (number.Length > 4)
        {
            return -1;
        }

        int hour;
        var minutes = 0;
        var end = number.End;
        var zoneOrMeridiem = false;
        if (number.Length <= 2 && end + 2 < _text.Length && _text[end] == ':' && TextTokens.IsDigit(_text[end + 1]) && TextTokens.IsDigit(_text[end + 2])
            && (end + 3 >= _text.Length || !TextTokens.IsDigit(_text[end + 3])))
        {
            hour = Value(number);
            minutes = ((_text[end + 1] - '0') * 10) + (_text[end + 2] - '0');
            end += 3;
        }
        else if (number.Length is 1 or 2)
        {
            hour = Value(number);
        }
        else if (number.Length == 4)
        {
            // "0900 GMT": military time needs a zone after it.
            hour = Value(number) / 100;
            minutes = Value(number) % 100;
        }
        else
        {
            return -1;
        }

        if (hour > 24 || minutes > 59)
        {
            return -1;
        }

        var next = Next(end);
        if (Is(next, "am") || Is(next, "pm") || ((Is(next, "a") || Is(next, "p")) && next.End < _text.Length && _text[next.End] == '.'
            && Is(Next(next.End + 1), "m")))
        {
            if (hour is < 1 or > 12)
            {
                return -1;
            }

            var afternoon = _text[next.Start] is 'p' or 'P';
            hour = (hour % 12) + (afternoon ? 12 : 0);
            end = Is(next, "am") || Is(next, "pm") ? next.End : Next(next.End + 1).End;
            if (end < _text.Length && _text[end] == '.')
            {
                // "a.m." keeps its last dot unless the dot ends the sentence too ("at 10 p.m. He left").
                var following = Next(end + 1);
                var sentenceEnd = !following.Exists || (IsCapitalized(following) && !Has(following, WordClass.Weekday | WordClass.RelativeDay | WordClass.Month) && !IsZone(following));
                next = following;
                if (!sentenceEnd)
                {
                    end++;
                }
            }
            else
            {
                next = Next(end);
            }

            zoneOrMeridiem = true;
        }
        else if (Is(next, "in") && Is(Next(next.End), "the") && Is(Prev(number.Start), "at") && hour is >= 1 and <= 12
            && Next(Next(next.End).End) is var part && (Is(part, "morning") || Is(part, "afternoon") || Is(part, "evening")))
        {
            // "at 4 in the morning", "at 3 in the afternoon"
            hour = (hour % 12) + (Is(part, "morning") ? 0 : 12);
            end = part.End;
            next = Next(end);
            zoneOrMeridiem = true;
        }
        else if (number.Length == 4 && !IsZone(next))
        {
            return -1;
        }
        else if (end == number.End && number.Length != 4)
        {
            return -1; // a bare number is no time
        }

        if (IsZone(next))
        {
            end = next.End;
            zoneOrMeridiem = true;
            next = Next(end);
        }
        else if (Is(next, "local") && Is(Next(next.End), "time"))
        {
            end = Next(next.End).End;
            zoneOrMeridiem = true;
            next = Next(end);
        }

        if (IsSymbol(next, ','))
        {
            next = Next(next.End);
        }

        if (!zoneOrMeridiem || Has(next, WordClass.Weekday) || Has(next, WordClass.RelativeDay) || (Has(next, WordClass.Month) && IsCapitalized(next)))
        {
            return -1; // "10 p.m. Wednesday", "5 p.m. EST Nov. 9": the day's matcher takes the time in
        }

        var start = number.Start;
        var before = Prev(start);
        if (Is(before, "around") || Is(before, "about") || Is(before, "approximately"))
        {
            start = before.Start;
        }

        var clock = "T" + hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":" + minutes.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        var timex = TryReference(1, out var reference) ? new Timex(TimexType.Time, TimexValues.Day(reference) + clock) : new Timex(TimexType.Time, null);
        if (TryReference(1, out reference) && TryWeekdayAfterAside(next, out var asideWeekday))
        {
            // "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)": the weekday after the aside
            // names the day of the time.
            timex = new Timex(TimexType.Time, TimexValues.Day(BareWeekday(reference, asideWeekday, start, end)) + clock);
        }

        return Emit(start, end, TemporalMentionKind.Date, null, null, TemporalGranularity.Day, timex: timex);
    }

    /// <summary>Reads the weekday after a short parenthesis that restates a time ("(0735 GMT) Friday") or the weekday that
    /// closes it ("(4 a.m. EDT Thursday)").</summary>
    private bool TryWeekdayAfterAside(Token open, out int weekday)
    {
        weekday = 0;
        if (!IsSymbol(open, '('))
        {
            return false;
        }

        var token = Next(open.End);
        var last = default(Token);
        for (var i = 0; i < 8 && token.Exists && !IsSymbol(token, ')'); i++)
        {
            last = token;
            token = Next(token.End);
        }

        if (!IsSymbol(token, ')'))
        {
            return false;
        }

        var after = Next(token.End);
        var day = Has(after, WordClass.Weekday) ? after : Has(last, WordClass.Weekday) ? last : default;
        if (!day.Exists)
        {
            return false;
        }

        weekday = Entry(day).Weekday;
        return weekday is >= 1 and <= 7;
    }

    /// <summary>The day a weekday without a modifier names around the reference: the last one in a past sentence, else the next.</summary>
    private LocalDate BareWeekday(LocalDate reference, int weekday, int start, int end)
    {
        var current = (int)reference.DayOfWeek;
        var back = (current - weekday + 7) % 7;
        var forward = (weekday - current + 7) % 7;
        return IsPast(start, end) && !IsEarliestExpected(start) ? reference.PlusDays(-back) : reference.PlusDays(forward);
    }

    private bool IsZone(Token token) =>
        token.Kind == TokenKind.Word && token.Length is 3 or 4 && IsCapitalized(token)
        && (Is(token, "gmt") || Is(token, "utc") || Is(token, "est") || Is(token, "edt") || Is(token, "cst") || Is(token, "cdt")
            || Is(token, "pst") || Is(token, "pdt") || Is(token, "cet") || Is(token, "cest") || Is(token, "bst") || Is(token, "ist"));

    /// <summary>The TimeML suffix of an afternoon or an evening (TAF, TEV), or null for any other word.</summary>
    private string? AfternoonOrEvening(Token part) => Is(part, "afternoon") ? "TAF" : Is(part, "evening") ? "TEV" : null;

    /// <summary>The TimeML suffix of a part of the day: MO, AF, EV, NI, or null.</summary>
    private string? DayPartSuffix(Token part)
    {
        if (Is(part, "morning"))
        {
            return "TMO";
        }

        if (Is(part, "afternoon"))
        {
            return "TAF";
        }

        if (Is(part, "evening"))
        {
            return "TEV";
        }

        if (Is(part, "night") || Is(part, "tonight"))
        {
            return "TNI";
        }

        if (Is(part, "noon") || Is(part, "midday"))
        {
            return "T12:00";
        }

        return null;
    }
}
