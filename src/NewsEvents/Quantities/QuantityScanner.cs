using System;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsEvents.Quantities;

/// <summary>One left-to-right scan of a text that finds quantities; see <see cref="QuantityTagger"/> for the conventions.</summary>
/// <remarks>
/// Linear in the text: every attempt starts at a token that is a digit, a currency sign or a trigger word and looks
/// ahead a bounded number of words; a failed attempt allocates nothing.
/// </remarks>
internal readonly struct QuantityScanner
{
    private const int MaxIntegerDigits = 15;
    private const int MaxFractionDigits = 6;
    private const int MaxGap = 3;
    private const int MaxTollDistance = 8;

    private readonly string _text;
    private readonly WordTable<QuantityWord> _words;

    public QuantityScanner(string text, QuantityLexicon lexicon)
    {
        _text = text;
        _words = lexicon.Words;
    }

    public ImmutableArray<QuantityMention> Scan()
    {
        ImmutableArray<QuantityMention>.Builder? found = null;
        var text = _text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c) || IsCurrency(c))
            {
                if (TryMatch(i, out var mention, out var end, out var resume))
                {
                    if (c == '$' && DollarPrefixStart(i) is var prefix && prefix < i)
                    {
                        // "US$2bn", "HK$40": the country letters belong to the amount.
                        mention = new QuantityMention(text.Substring(prefix, end - prefix), prefix, mention.Min, mention.Max, mention.Approximate, mention.Unit);
                    }

                    Add(ref found, mention);
                    i = end;
                }
                else
                {
                    i = Math.Max(resume, IsDigit(c) ? SkipNumberish(i) : i + 1);
                }
            }
            else if (IsLetter(c))
            {
                var wordEnd = TokenEnd(i);
                if (_words.Find(text.AsSpan(i, wordEnd - i)) is { IsTrigger: true }
                    && TryMatch(i, out var mention, out var end, out var resume))
                {
                    Add(ref found, mention);
                    i = end;
                }
                else
                {
                    i = wordEnd;
                }
            }
            else
            {
                i++;
            }
        }

        return found is null ? ImmutableArray<QuantityMention>.Empty : found.ToImmutable();
    }

    /// <summary>Adds a mention, or joins it to the one before as one range: "more than 20 but fewer than 30", "at least 5 and at most 9".</summary>
    private void Add(ref ImmutableArray<QuantityMention>.Builder? found, QuantityMention mention)
    {
        found ??= ImmutableArray.CreateBuilder<QuantityMention>();
        if (found.Count > 0 && found[^1] is { Min: not null, Max: null } lower && mention is { Min: null, Max: { } high }
            && lower.Min <= high && (lower.Unit is null || mention.Unit is null || lower.Unit == mention.Unit)
            && IsPairLink(lower.Offset + lower.Length, mention.Offset))
        {
            var end = mention.Offset + mention.Length;
            found[^1] = new QuantityMention(_text.Substring(lower.Offset, end - lower.Offset), lower.Offset, lower.Min, high, approximate: true, mention.Unit ?? lower.Unit);
            return;
        }

        found.Add(mention);
    }

    /// <summary>Whether only " but ", " and " or ", but " separates two bounds.</summary>
    private bool IsPairLink(int from, int to)
    {
        var p = from;
        if (p < to && _text[p] == ',')
        {
            p++;
        }

        var ws = SkipGap(p);
        var we = Word(ws);
        return ws > p && we > ws && (EqualsWord(ws, we, "but") || EqualsWord(ws, we, "and")) && SkipGap(we) == to && to > we;
    }

    /// <summary>The start of a country prefix glued to a dollar sign ("US$", "HK$", "A$"), or the sign itself.</summary>
    private int DollarPrefixStart(int dollar)
    {
        var p = dollar;
        while (p > 0 && dollar - p < 2 && _text[p - 1] is >= 'A' and <= 'Z')
        {
            p--;
        }

        return p < dollar && (p == 0 || !IsLetterOrDigit(_text[p - 1])) ? p : dollar;
    }

    private bool TryMatch(int start, out QuantityMention mention, out int end, out int resume)
    {
        mention = null!;
        end = start;
        resume = start + 1;
        var p = start;
        var modifier = QuantityModifier.None;
        var allowAnd = false;
        if (IsLetter(_text[p]))
        {
            var first = Word(p);
            if (_words.Find(_text.AsSpan(p, first - p)) is { Phrases.IsEmpty: false } word)
            {
                foreach (var phrase in word.Phrases)
                {
                    if (MatchPhrase(p, phrase, out var after) && after < _text.Length)
                    {
                        var next = SkipGap(after);
                        if (next > after)
                        {
                            modifier = phrase.Modifier;

                            // "between 10 and 20", but "from 10 to 20" only.
                            allowAnd = modifier == QuantityModifier.Between && !EqualsWord(p, first, "from");
                            p = next;
                            break;
                        }
                    }
                }
            }
        }

        if (p >= _text.Length || !TryCore(p, allowAnd, out var core, out resume))
        {
            return false;
        }

        if (modifier == QuantityModifier.Between && !core.IsRange)
        {
            return false;
        }

        // "-3.2%", "minus 5 percent": a sign glued to the number or the word before it.
        var signStart = -1;
        if (start == core.Start && core.IsExact && !core.IsRange && core.Low > 0)
        {
            if (core.Start > 0 && _text[core.Start - 1] is '-' or '\u2212' && (core.Start == 1 || _text[core.Start - 2] is ' ' or '(' or '\n' or '\u00A0'))
            {
                signStart = core.Start - 1;
            }
            else if (PreviousWordIs(core.Start, "minus"))
            {
                signStart = SkipBackToWord(core.Start);
            }
        }

        var q = core.End;
        var approximate = core.Approximate || (modifier != QuantityModifier.None && modifier != QuantityModifier.Between);

        // "a dozen or so"
        if (IsWordAfter(q, "or", out var orEnd) && IsWordAfter(orEnd, "so", out var soEnd))
        {
            approximate = true;
            q = soEnd;
        }

        // A month or a clock word after the number makes it a date or a time: "10 March", "13-21 July", "10 pm".
        if (NextWordInfo(q) is { } follower && (follower.IsMonth || follower.IsTime) && !core.IsVague)
        {
            resume = q;
            return false;
        }

        if (core.IsDigits && IsClockSuffix(SkipGap(q)))
        {
            resume = q;
            return false;
        }

        var unitKind = core.UnitKind;
        string? unit = core.FixedUnit;
        var unitStart = core.UnitStart;
        var unitEnd = core.UnitEnd;
        var strongUnit = core.StrongUnit;
        if (unitKind == UnitKind.None)
        {
            FindUnit(q, core.AllowsOf, core.IsOne, out unitStart, out unitEnd, out unitKind, out strongUnit);
        }

        if (unitKind == UnitKind.Percent)
        {
            unit = "percent";
        }

        var hasUnit = unit is not null || unitEnd > unitStart;
        if (hasUnit && unitEnd > q)
        {
            q = unitEnd;
        }

        if (core.IsOne && (!(strongUnit || unit is not null) || PreviousWordIs(core.Start, "no")
            || (core.UnitKind == UnitKind.None && unitEnd > unitStart && _words.Find(_text.AsSpan(unitStart, unitEnd - unitStart)) is { IsNotAfterOne: true })))
        {
            // A lone "one", "no one person", "one day".
            return false;
        }

        if (core.YearLike && !(strongUnit && unitKind == UnitKind.Count))
        {
            resume = core.End;
            return false;
        }

        if (modifier == QuantityModifier.None && !hasUnit && core.IsDigits && !core.HasScale && !core.IsRange
            && core.End + 1 < _text.Length && _text[core.End] == ' ' && IsDigit(_text[core.End + 1]))
        {
            // "212 555 1234": groups of digits in a row are a phone or reference number.
            resume = SkipDigitGroups(core.Start);
            return false;
        }

        if (modifier == QuantityModifier.None && !hasUnit && core.IsDigits && !core.HasScale && !core.IsRange
            && PreviousWordLooksLikeName(core.Start))
        {
            resume = core.End;
            return false;
        }

        unit ??= hasUnit ? _text.Substring(unitStart, unitEnd - unitStart).ToLowerInvariant() : TollBefore(start);
        var countable = unitKind is not UnitKind.Continuous and not UnitKind.Percent;
        decimal? min = core.Low;
        decimal? max = core.High;
        if (signStart >= 0 && unitKind != UnitKind.Count)
        {
            // A count is never negative: "-5 people" is a dash, not a sign.
            (min, max) = (-max, -min);
            start = signStart;
        }

        if (core.IsExact && core.Low is { } v)
        {
            var integer = countable && decimal.Truncate(v) == v;
            switch (modifier)
            {
                case QuantityModifier.Above:
                    min = integer ? v + 1 : v;
                    max = null;
                    break;
                case QuantityModifier.AtLeast:
                    max = null;
                    break;
                case QuantityModifier.Nearly:
                case QuantityModifier.AtMost:
                    min = null;
                    break;
                case QuantityModifier.Below:
                    min = null;
                    max = integer ? v - 1 : v;
                    break;
            }
        }

        end = q;
        min = Normalize(min);
        max = Normalize(max);
        mention = new QuantityMention(_text.Substring(start, q - start), start, min, max, approximate, unit);
        return true;
    }

    private void FindUnit(int q, bool allowsOf, bool singular, out int unitStart, out int unitEnd, out UnitKind unitKind, out bool strong)
    {
        unitStart = unitEnd = q;
        unitKind = UnitKind.None;
        strong = false;
        var p = q;
        if (NextWord(p, out var ws, out var we) is { } percent)
        {
            if (percent.Unit == UnitKind.Percent)
            {
                (unitStart, unitEnd, unitKind, strong) = (ws, we, UnitKind.Percent, true);
                return;
            }

            if (EqualsWord(ws, we, "per") && NextWord(we, out var cs, out var ce) is not null && EqualsWord(cs, ce, "cent"))
            {
                (unitStart, unitEnd, unitKind, strong) = (ws, ce, UnitKind.Percent, true);
                return;
            }
        }

        if (allowsOf && IsWordAfter(p, "of", out var ofEnd))
        {
            p = ofEnd;
        }

        var statusStart = -1;
        var statusEnd = -1;
        var firstStart = -1;
        var firstEnd = -1;
        for (var n = 0; n < 4; n++)
        {
            var info = NextWord(p, out ws, out we);
            if (we == ws)
            {
                break;
            }

            if (firstStart < 0 && info is not { IsAdjective: true } && info is not { IsStatus: true } && !IsCapitalized(ws, we))
            {
                (firstStart, firstEnd) = (ws, we);
            }

            if ((info is { Unit: UnitKind.Count or UnitKind.Continuous, IsNotUnit: false } || (singular && info is { IsSingularUnit: true }))
                && IsLowerAscii(ws, we))
            {
                (unitStart, unitEnd, unitKind, strong) = (ws, we, info.Unit, true);
                p = we;
                continue;
            }

            if (unitKind != UnitKind.None)
            {
                return;
            }

            if (info is { IsStatus: true })
            {
                if (statusStart < 0)
                {
                    (statusStart, statusEnd) = (ws, we);
                }

                p = we;
                continue;
            }

            if (info is { IsAdjective: true } || (n < 2 && IsCapitalized(ws, we)))
            {
                p = we;
                continue;
            }

            break;
        }

        if (unitKind != UnitKind.None)
        {
            return;
        }

        if (statusStart >= 0 && (firstStart < 0 || firstStart > statusStart) && !LooksPlural(firstStart, firstEnd))
        {
            (unitStart, unitEnd, unitKind) = (statusStart, statusEnd, UnitKind.Count);
            return;
        }

        // Fallback: a plural-looking lower-case noun right after the number ("12 ambulances").
        if (LooksPlural(firstStart, firstEnd))
        {
            (unitStart, unitEnd, unitKind) = (firstStart, firstEnd, UnitKind.Count);
        }
    }

    private bool LooksPlural(int start, int end)
    {
        var length = end - start;
        if (start < 0 || length < 4 || !IsLowerAscii(start, end) || _text[end - 1] != 's')
        {
            return false;
        }

        var before = _text[end - 2];
        if (before is 's' or 'u' or 'i')
        {
            return false;
        }

        return _words.Find(_text.AsSpan(start, length)) is not { } info
            || !(info.IsNotUnit || info.IsMonth || info.Number is not null || info.PluralScale is not null || !info.Phrases.IsEmpty);
    }

    private bool TryCore(int p, bool allowAnd, out Core core, out int resume)
    {
        resume = p + 1;
        if (!TrySingle(p, out core, out resume))
        {
            return false;
        }

        if (!core.IsExact || core.UnitKind != UnitKind.None)
        {
            return true;
        }

        // Ranges: "10-20", "10–20", "10 to 20", "two or three", "between 10 and 20".
        var q = core.End;
        var joined = false;
        int upperStart;
        if (q + 1 < _text.Length && IsDash(_text[q]) && (IsDigit(_text[q + 1]) || IsCurrency(_text[q + 1])) && core.IsDigits)
        {
            joined = true;
            upperStart = q + 1;
        }
        else
        {
            var gap = SkipGap(q);
            if (gap < _text.Length && IsDash(_text[gap]) && core.IsDigits && gap + 1 < _text.Length && _text[gap + 1] == ' '
                && SkipGap(gap + 1) is var afterDash && afterDash < _text.Length && IsDigit(_text[afterDash]))
            {
                upperStart = afterDash;
            }
            else if (NextWord(SuspendedHyphen(q), out var ws, out var we) is not null
                && ((EqualsWord(ws, we, "to") && !ChangeBefore(core.Start)) || EqualsWord(ws, we, "or") || (allowAnd && EqualsWord(ws, we, "and"))))
            {
                upperStart = SkipGap(we);
                if (upperStart == we || upperStart >= _text.Length)
                {
                    return true;
                }
            }
            else
            {
                return true;
            }
        }

        var isOr = !joined && NextWord(q, out var os, out var oe) is not null && EqualsWord(os, oe, "or");
        if (!TrySingle(upperStart, out var upper, out var upperResume, isUpperBound: true) || !upper.IsExact)
        {
            if (joined)
            {
                resume = Math.Max(upperResume, SkipNumberish(upperStart));
                return false;
            }

            return true;
        }

        var low = core.Low!.Value;
        if (!core.HasScale && upper.HasScale && low <= upper.PreScale)
        {
            low *= upper.ScaleValue;
        }

        if (upper.Low!.Value < low)
        {
            if (joined)
            {
                // "3-1" is a score, "2014-15" a season: not a quantity.
                resume = SkipNumberish(upperStart);
                return false;
            }

            return true;
        }

        if (joined && upper.End < _text.Length - 1 && IsDash(_text[upper.End]) && IsDigit(_text[upper.End + 1]))
        {
            // "2025-07-23", "555-123-4567": dates and phone numbers.
            resume = SkipNumberish(upper.End);
            return false;
        }

        core = core with
        {
            End = upper.End,
            Low = low,
            High = upper.Low,
            IsRange = true,
            Approximate = core.Approximate || upper.Approximate || isOr,
            HasScale = core.HasScale || upper.HasScale,
            YearLike = core.YearLike && upper.YearLike,
            IsOne = false,
            UnitKind = upper.UnitKind,
            FixedUnit = core.FixedUnit ?? upper.FixedUnit,
            UnitStart = upper.UnitStart,
            UnitEnd = upper.UnitEnd,
        };
        return true;
    }

    private bool TrySingle(int p, out Core core, out int resume, bool isUpperBound = false)
    {
        core = default;
        resume = p + 1;
        if (p >= _text.Length)
        {
            return false;
        }

        var c = _text[p];
        if (IsCurrency(c))
        {
            if (p + 1 >= _text.Length || !IsDigit(_text[p + 1]) || !TryDigits(p + 1, out core, out resume))
            {
                return false;
            }

            core = core with
            {
                Start = p,
                YearLike = false,
                UnitKind = UnitKind.Continuous,
                FixedUnit = c switch { '€' => "euros", '£' => "pounds", '¥' => "yen", '₹' => "rupees", _ => "dollars" },
            };
            return true;
        }

        if (IsDigit(c))
        {
            if (!isUpperBound && !DigitsMayStartHere(p))
            {
                if (p > 0 && _text[p - 1] == '+')
                {
                    // "+90 212 555 1234": the whole phone number.
                    resume = SkipDigitGroups(p);
                    return false;
                }

                resume = SkipNumberish(p);
                return false;
            }

            if (MonthBefore(p))
            {
                resume = SkipDateTail(SkipNumberish(p));
                return false;
            }

            return TryDigits(p, out core, out resume);
        }

        return IsLetter(c) && TryWords(p, out core);
    }

    private bool TryDigits(int p, out Core core, out int resume)
    {
        core = default;
        var text = _text;
        var q = p;
        long integer = 0;
        var digits = 0;
        while (q < text.Length && IsDigit(text[q]))
        {
            if (digits < 18)
            {
                integer = (integer * 10) + (text[q] - '0');
            }

            digits++;
            q++;
        }

        resume = SkipNumberish(p);
        var firstGroup = digits;
        if (firstGroup > 1 && text[p] == '0')
        {
            return false;
        }

        var grouped = false;
        var separator = q < text.Length && text[q] is ',' or ' ' or '\u2009' or '\u202F' or '\u00A0' ? text[q] : ',';
        while (firstGroup <= 3 && q + 3 < text.Length + 0 && text[q] == separator && IsDigit(text[q + 1]) && IsDigit(text[q + 2]) && IsDigit(text[q + 3])
            && (q + 4 >= text.Length || !IsDigit(text[q + 4])))
        {
            for (var k = 1; k <= 3; k++)
            {
                if (digits < 18)
                {
                    integer = (integer * 10) + (text[q + k] - '0');
                }

                digits++;
            }

            grouped = true;
            q += 4;
        }

        if (digits > MaxIntegerDigits)
        {
            return false;
        }

        if (grouped && separator != ',' && q + 1 < text.Length && text[q] is ' ' or '\u00A0' or '\u2009' or '\u202F' && IsDigit(text[q + 1]))
        {
            // "1 800 555 0199": groups of digits that run on are a phone or reference number, not one spaced figure.
            resume = SkipDigitGroups(p);
            return false;
        }

        if (q + 1 < text.Length && text[q] == ',' && IsDigit(text[q + 1]))
        {
            // "1,2,3" or "1,00,000": a list or an unusual grouping, not one number.
            return false;
        }

        decimal value = integer;
        var fraction = false;
        if (q + 1 < text.Length && text[q] == '.' && IsDigit(text[q + 1]))
        {
            var f = q + 1;
            decimal scale = 1;
            while (f < text.Length && IsDigit(text[f]))
            {
                if (f - q > MaxFractionDigits)
                {
                    return false;
                }

                scale /= 10;
                value += (text[f] - '0') * scale;
                f++;
            }

            if (f + 1 < text.Length && text[f] == '.' && IsDigit(text[f + 1]))
            {
                return false;
            }

            fraction = true;
            q = f;
        }

        if (q < text.Length && (text[q] is ':' or '/' or '\\') && q + 1 < text.Length && IsDigit(text[q + 1]))
        {
            return false;
        }

        core = new Core
        {
            Start = p,
            End = q,
            Low = value,
            High = value,
            IsExact = true,
            IsDigits = true,
            YearLike = digits == 4 && !grouped && !fraction && value is >= 1000 and <= 2199,
            PreScale = value,
            ScaleValue = 1,
        };

        if (q < text.Length && text[q] == '%')
        {
            core = core with { End = q + 1, UnitKind = UnitKind.Percent, FixedUnit = "percent", YearLike = false };
            return true;
        }

        if (q < text.Length && IsLetter(text[q]))
        {
            var r = TokenEnd(q);
            var info = _words.Find(text.AsSpan(q, r - q));
            if (r < text.Length && IsDigit(text[r]) || info is null)
            {
                return false;
            }

            // "fell about 600m down a gully", "a 10m boat": a glued "m" with no money before it and no counted noun after it
            // is metres; "$600m", "600m people" are millions.
            if (r - q == 1 && (text[q] | 0x20) == 'm' && info.AttachedScale is not null && IsMetres(p, r))
            {
                core = core with { End = r, UnitKind = UnitKind.Continuous, UnitStart = q, UnitEnd = r, YearLike = false, StrongUnit = true };
                return true;
            }

            if (info.AttachedScale is { } attached)
            {
                core = core with { End = r, Low = value * attached, High = value * attached, HasScale = true, ScaleValue = attached, YearLike = false };
                return true;
            }

            if (info.Unit is UnitKind.Continuous or UnitKind.Count)
            {
                core = core with { End = r, UnitKind = info.Unit, UnitStart = q, UnitEnd = r, YearLike = false, StrongUnit = true };
                return true;
            }

            return false;
        }

        if (q + 1 < text.Length && IsDash(text[q]) && IsLetter(text[q + 1]))
        {
            return TryHyphenUnit(ref core, q);
        }

        // A separate scale word: "1.2 million", "2.5 bn", "two dozen".
        if (NextWord(q, out var ws, out var we) is { } next && (next.Scale ?? next.AbbreviatedScale) is { } scaleValue)
        {
            core = core with
            {
                End = we,
                Low = value * scaleValue,
                High = value * scaleValue,
                HasScale = true,
                ScaleValue = scaleValue,
                Approximate = next.ScaleIsApproximate,
                YearLike = false,
            };
        }

        // A currency code after the amount: "40 EUR", "2bn USD", "40 MEUR" (millions of euros).
        if (NextWord(core.End, out var cs, out var ce) is { Currency: { } currency } && CurrencyCodeScale(cs, ce) is { } codeScale)
        {
            core = core with
            {
                End = ce,
                Low = core.Low * codeScale,
                High = core.High * codeScale,
                HasScale = core.HasScale || codeScale > 1,
                YearLike = false,
                UnitKind = UnitKind.Continuous,
                FixedUnit = currency,
            };
        }

        return true;
    }

    /// <summary>The scale a currency code written in capitals carries: 1, 1,000 for "KEUR", a million for "MEUR"; null for "eur" or "Eur".</summary>
    private decimal? CurrencyCodeScale(int start, int end)
    {
        if (end - start == 2)
        {
            return EqualsWordExact(start, "Rs") ? 1 : null;
        }

        for (var k = start; k < end; k++)
        {
            if (_text[k] is < 'A' or > 'Z' && !(k == start && _text[k] == 'k'))
            {
                return null;
            }
        }

        return end - start == 4 ? (_text[start] == 'M' ? 1_000_000m : 1_000m) : 1;
    }

    private bool EqualsWordExact(int start, string word) => string.CompareOrdinal(_text, start, word, 0, word.Length) == 0;

    /// <summary>Reads a currency code before an amount: "EUR 40", "Rs. 500", "USD 2bn", "MEUR 40".</summary>
    private bool TryCurrencyCode(int p, int end, string currency, out Core core)
    {
        core = default;
        if (CurrencyCodeScale(p, end) is not { } codeScale)
        {
            return false;
        }

        var q = end;
        if (q < _text.Length && _text[q] == '.')
        {
            q++;
        }

        if (q < _text.Length && _text[q] is ' ' or '\u00A0')
        {
            q++;
        }

        if (q >= _text.Length || !IsDigit(_text[q]) || !TryDigits(q, out core, out _) || core.UnitKind != UnitKind.None)
        {
            return false;
        }

        core = core with
        {
            Start = p,
            Low = core.Low * codeScale,
            High = core.High * codeScale,
            YearLike = false,
            UnitKind = UnitKind.Continuous,
            FixedUnit = currency,
        };
        return true;
    }

    private bool TryHyphenUnit(ref Core core, int dash)
    {
        // "30-day", "three-year": the counted thing joined by a hyphen; an upper-case tail is a name ("7-Eleven").
        var start = dash + 1;
        var end = Word(start);
        if (end < _text.Length && (IsDigit(_text[end]) || _text[end] == '_') || !IsLowerAscii(start, end) || end - start < 2)
        {
            return false;
        }

        var tail = _words.Find(_text.AsSpan(start, end - start));
        if (tail is { IsNotUnit: true } or { IsCompositionNoun: true })
        {
            // "a 10-member delegation", "one-man rule": the make-up of one thing, not a count.
            return false;
        }

        if (end + 1 < _text.Length && IsDash(_text[end]) && IsLetter(_text[end + 1]) && EqualsWord(end + 1, Word(end + 1), "old"))
        {
            // "18-year-old": an age.
            return false;
        }

        if (tail is { IsStrengthSuffix: true })
        {
            // "5,000-strong force": the count of the noun that follows, through adjectives and names.
            var p = end;
            for (var n = 0; n < MaxGap; n++)
            {
                var info = NextWord(p, out var ws, out var we);
                if (we == ws)
                {
                    break;
                }

                if (info is { IsAdjective: true } || IsCapitalized(ws, we))
                {
                    p = we;
                    continue;
                }

                if (IsLowerAscii(ws, we) && we - ws >= 3 && (info is null || info.Unit == UnitKind.Count || info.IsSingularUnit))
                {
                    core = core with { End = we, UnitKind = UnitKind.Count, UnitStart = ws, UnitEnd = we, YearLike = false, StrongUnit = true };
                    return true;
                }

                break;
            }

            core = core with { End = end, UnitKind = UnitKind.Count, UnitStart = end, UnitEnd = end, YearLike = false };
            return true;
        }

        var known = tail is { Unit: UnitKind.Count or UnitKind.Continuous };
        core = core with { End = end, UnitKind = UnitKind.Count, UnitStart = start, UnitEnd = end, YearLike = false, StrongUnit = known };
        return true;
    }

    private bool TryWords(int p, out Core core)
    {
        core = default;
        var end = Word(p);
        var first = _words.Find(_text.AsSpan(p, end - p));
        if (first is null)
        {
            return false;
        }

        if (first.Currency is { } currency)
        {
            return TryCurrencyCode(p, end, currency, out core);
        }

        if (first.StartsAmount)
        {
            return TryArticleAmount(p, end, first, out core);
        }

        if (first.PluralScale is { } plural)
        {
            // "hundreds", "tens of thousands", "hundreds of millions": at least two of the unit.
            var last = end;
            if (IsWordAfter(end, "of", out var ofEnd) && NextWord(ofEnd, out var ws, out var we) is { PluralScale: { } inner } && inner > plural)
            {
                plural *= inner;
                last = we;
            }

            core = Vague(p, last, 2 * plural, null);
            return true;
        }

        if (first.FewMin is { } fewMin && !first.FewNeedsArticle)
        {
            return Few(p, end, first, out core);
        }

        if (first.Number is null)
        {
            return false;
        }

        return TryNumberWords(p, startsWithArticle: false, out core);
    }

    private bool TryArticleAmount(int p, int end, QuantityWord first, out Core core)
    {
        core = default;
        var isHalf = EqualsWord(p, end, "half");
        var afterFirst = end;
        if (isHalf)
        {
            if (!IsWordAfter(end, "a", out afterFirst) && !IsWordAfter(end, "an", out afterFirst))
            {
                // "half of the staff", "more than half the seats": a share, written as a percentage.
                return !PreviousWordIsAny(p, "the", "a", "first", "second", "and", "in", "by") && ShareFollows(end)
                    && TryShare(p, end, 1, 2, out core);
            }
        }
        else if (NextWord(end, out var fs, out var fe) is { Denominator: { } denominator } && (EqualsWord(p, end, "a") || EqualsWord(p, end, "an"))
            && !PreviousWordIsAny(p, "and"))
        {
            // "a quarter of a million", "a third of the city", "a half"
            return TryFractionTail(p, fs, fe, 1, denominator, out core);
        }
        else if (!EqualsWord(p, end, "a"))
        {
            return false;
        }

        var next = NextWord(afterFirst, out var ws, out var we);
        if (next is null)
        {
            return false;
        }

        if (next.Scale is { } scale)
        {
            if (isHalf)
            {
                core = new Core { Start = p, End = we, Low = scale / 2, High = scale / 2, IsExact = true, HasScale = true, Approximate = next.ScaleIsApproximate, ScaleValue = scale, PreScale = 0.5m, AllowsOf = next.ScaleIsApproximate };
                return true;
            }

            return TryNumberWords(p, startsWithArticle: true, out core);
        }

        if (next.FewMin is { } && !isHalf)
        {
            return Few(p, we, next, out core);
        }

        return false;
    }

    /// <summary>Reads "and a half" or "and a quarter" after a whole number.</summary>
    private bool TryAndAFraction(int and, out decimal fraction, out int end)
    {
        fraction = 0;
        end = and;
        if (!IsWordAfter(and, "a", out var article) || NextWord(article, out var ws, out var we) is not { Denominator: { } denominator and (2 or 4) }
            || !(EqualsWord(ws, we, "half") || EqualsWord(ws, we, "quarter")))
        {
            return false;
        }

        fraction = 1m / denominator;
        end = we;
        return true;
    }

    /// <summary>Reads a fraction word after a small number: "three-quarters", "two thirds", "one-fifth".</summary>
    private bool TryFractionAfter(int start, int numberEnd, decimal numerator, out Core core)
    {
        core = default;
        int fs, fe;
        QuantityWord? word;
        if (numberEnd + 1 < _text.Length && IsDash(_text[numberEnd]) && IsLetter(_text[numberEnd + 1]))
        {
            fs = numberEnd + 1;
            fe = Word(fs);
            word = _words.Find(_text.AsSpan(fs, fe - fs));
        }
        else
        {
            word = NextWord(numberEnd, out fs, out fe);
        }

        if (word is not { Denominator: { } denominator } || numerator >= denominator)
        {
            return false;
        }

        return TryFractionTail(start, fs, fe, numerator, denominator, out core);
    }

    /// <summary>After a fraction word: "of a million" scales it; "of the staff", "the seats" or the end of the clause make it a share.</summary>
    private bool TryFractionTail(int start, int fractionStart, int fractionEnd, decimal numerator, int denominator, out Core core)
    {
        core = default;
        if (IsWordAfter(fractionEnd, "of", out var ofEnd) && (IsWordAfter(ofEnd, "a", out var articleEnd) || IsWordAfter(ofEnd, "an", out articleEnd))
            && NextWord(articleEnd, out _, out var scaleEnd) is { Scale: { } scale } scaleWord && !scaleWord.ScaleIsApproximate)
        {
            var value = numerator * scale / denominator;
            core = new Core
            {
                Start = start, End = scaleEnd, Low = value, High = value, IsExact = true, HasScale = true, ScaleValue = scale,
                PreScale = numerator / denominator,
            };
            return true;
        }

        return ShareFollows(fractionEnd) && TryShare(start, fractionEnd, numerator, denominator, out core);
    }

    /// <summary>Whether a fraction is a share of something: "of", "the", a possessive, or the end of the clause follows.</summary>
    private bool ShareFollows(int end)
    {
        var p = SkipGap(end);
        if (p >= _text.Length || _text[p] is '.' or ',' or ';' or ')' or '"')
        {
            return true;
        }

        var we = Word(p);
        return we > p && (EqualsWord(p, we, "of") || EqualsWord(p, we, "the") || EqualsWord(p, we, "its") || EqualsWord(p, we, "their")
            || EqualsWord(p, we, "his") || EqualsWord(p, we, "her") || EqualsWord(p, we, "all"));
    }

    /// <summary>A share as a percentage, rounded to two decimals and then approximate ("a third" = 33.33 percent).</summary>
    private static bool TryShare(int start, int end, decimal numerator, int denominator, out Core core)
    {
        var exact = numerator * 100m / denominator;
        var value = Math.Round(exact, 2);
        core = new Core
        {
            Start = start, End = end, Low = value, High = value, IsExact = true, Approximate = value != exact, ScaleValue = 1, PreScale = value,
            UnitKind = UnitKind.Percent, FixedUnit = "percent",
        };
        return true;
    }

    private bool PreviousWordIsAny(int p, string a, string b = "", string c = "", string d = "", string e = "", string f = "", string g = "") =>
        PreviousWordIs(p, a) || (b.Length > 0 && PreviousWordIs(p, b)) || (c.Length > 0 && PreviousWordIs(p, c)) || (d.Length > 0 && PreviousWordIs(p, d))
        || (e.Length > 0 && PreviousWordIs(p, e)) || (f.Length > 0 && PreviousWordIs(p, f)) || (g.Length > 0 && PreviousWordIs(p, g));

    private bool Few(int start, int end, QuantityWord word, out Core core)
    {
        var multiplier = 1m;
        var last = end;
        if (NextWord(end, out _, out var we) is { Scale: { } scale })
        {
            multiplier = scale;
            last = we;
        }

        core = Vague(start, last, word.FewMin!.Value * multiplier, word.FewMax * multiplier);
        if (word.FewMax == word.FewMin)
        {
            core = core with { IsExact = true, IsVague = false };
        }

        return true;
    }

    private static Core Vague(int start, int end, decimal low, decimal? high) => new()
    {
        Start = start,
        End = end,
        Low = low,
        High = high,
        Approximate = true,
        IsVague = true,
        AllowsOf = true,
        ScaleValue = 1,
        PreScale = low,
    };

    /// <summary>Reads number words: "thirty-five", "one hundred and twenty", "a thousand", "two million".</summary>
    private bool TryNumberWords(int start, bool startsWithArticle, out Core core)
    {
        core = default;
        decimal total = 0;
        decimal current = 0;
        decimal lastBig = decimal.MaxValue;
        var state = WordState.None;
        var words = 0;
        var approximate = false;
        var p = start;
        var end = start;
        var allowsOf = false;
        decimal lastScale = 1;
        if (startsWithArticle)
        {
            // Starts with "a": "a hundred", "a thousand", "a dozen".
            current = 1;
            state = WordState.Units;
            p = SkipGap(Word(start));
        }

        while (p < _text.Length && IsLetter(_text[p]))
        {
            var we = Word(p);
            var w = _words.Find(_text.AsSpan(p, we - p));
            if (w is null)
            {
                break;
            }

            if (w.Number is { } n && !w.IsTens)
            {
                if (state is not (WordState.None or WordState.Hundred or WordState.Big or WordState.And) && !(state == WordState.Tens && n < 10))
                {
                    break;
                }

                current += n;
                state = WordState.Units;
            }
            else if (w.Number is { } tens && w.IsTens)
            {
                if (state is not (WordState.None or WordState.Hundred or WordState.Big or WordState.And))
                {
                    break;
                }

                current += tens;
                state = WordState.Tens;

                // "thirty-five"
                if (we + 1 < _text.Length && IsDash(_text[we]) && IsLetter(_text[we + 1]))
                {
                    var ue = Word(we + 1);
                    if (_words.Find(_text.AsSpan(we + 1, ue - we - 1)) is { Number: { } u, IsTens: false } && u is >= 1 and <= 9)
                    {
                        current += u;
                        state = WordState.Units;
                        we = ue;
                    }
                }
            }
            else if (w.Scale is { } s && !w.ScaleIsApproximate && s == 100)
            {
                if (state is not (WordState.Units or WordState.Tens) || current >= 100)
                {
                    break;
                }

                current *= 100;
                state = WordState.Hundred;
                lastScale = 100;
            }
            else if (w.Scale is { } big && !w.ScaleIsApproximate)
            {
                if (state is not (WordState.Units or WordState.Tens or WordState.Hundred) || big >= lastBig)
                {
                    break;
                }

                total += current * big;
                current = 0;
                lastBig = big;
                lastScale = big;
                state = WordState.Big;
            }
            else if (w.Scale is { } dozen && w.ScaleIsApproximate)
            {
                if (state is not (WordState.Units or WordState.Tens) || total > 0)
                {
                    break;
                }

                current *= dozen;
                approximate = true;
                allowsOf = true;
                words++;
                end = we;
                break;
            }
            else if (EqualsWord(p, we, "and") && state is WordState.Hundred or WordState.Big
                && NextWord(we, out _, out _) is { Number: not null })
            {
                state = WordState.And;
                p = SkipGap(we);
                continue;
            }
            else if (EqualsWord(p, we, "and") && state is WordState.Units or WordState.Tens && total == 0 && current == decimal.Truncate(current)
                && TryAndAFraction(we, out var fraction, out var fractionEnd))
            {
                // "two and a half", "two and a half million", "three and a quarter hours"
                current += fraction;
                state = WordState.Units;
                words++;
                end = fractionEnd;
                var afterFraction = SkipGap(fractionEnd);
                if (afterFraction == fractionEnd)
                {
                    break;
                }

                p = afterFraction;
                continue;
            }
            else
            {
                break;
            }

            words++;
            end = we;
            var after = SkipGap(we);
            if (after == we)
            {
                break;
            }

            p = after;
        }

        if (words == 0 || state == WordState.And)
        {
            return false;
        }

        var value = total + current;
        if (!startsWithArticle && total == 0 && lastScale == 1 && value is >= 1 and <= 10 && value == decimal.Truncate(value)
            && TryFractionAfter(start, end, value, out core))
        {
            // "three-quarters of voters", "two thirds of a million"
            return true;
        }

        core = new Core
        {
            Start = start,
            End = end,
            Low = value,
            High = value,
            IsExact = true,
            Approximate = approximate,
            IsOne = words == 1 && value == 1 && !startsWithArticle,
            HasScale = lastScale > 1,
            ScaleValue = lastScale,
            PreScale = lastScale > 1 ? value / lastScale : value,
            AllowsOf = allowsOf,
        };

        if (end + 1 < _text.Length && IsDash(_text[end]) && IsLetter(_text[end + 1]))
        {
            var hyphenated = core;
            if (TryHyphenUnit(ref hyphenated, end))
            {
                core = hyphenated;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private bool DigitsMayStartHere(int p)
    {
        if (p == 0)
        {
            return true;
        }

        var before = _text[p - 1];
        var beforeThat = p >= 2 ? _text[p - 2] : ' ';
        return before switch
        {
            '-' or '\u2010' or '\u2011' or '\u2013' => !IsLetterOrDigit(beforeThat),
            '/' or ':' or '#' or '+' or '@' or '_' or '\\' or '&' or '=' => false,
            '.' or ',' => !IsLetterOrDigit(beforeThat),
            _ => !IsLetterOrDigit(before),
        };
    }

    private int SkipDigitGroups(int p)
    {
        var q = SkipNumberish(p);
        while (q + 1 < _text.Length && _text[q] == ' ' && IsDigit(_text[q + 1]))
        {
            q = SkipNumberish(q + 1);
        }

        return q;
    }

    private bool MonthBefore(int p)
    {
        var q = p - 1;
        var spaces = 0;
        while (q >= 0 && _text[q] is ' ' or '\u00A0' or '.' && spaces < MaxGap)
        {
            q--;
            spaces++;
        }

        return TryWordEndingAt(q, spaces, 10, out var start, out var end) && _words.Find(_text.AsSpan(start, end - start)) is { IsMonth: true };
    }

    /// <summary>
    /// The word of letters only that ends at <paramref name="q"/>, where the caller stopped after skipping the gap before a
    /// number; false when there was no gap, the word is longer than <paramref name="maxLength"/> or runs into digits.
    /// </summary>
    private bool TryWordEndingAt(int q, int spaces, int maxLength, out int start, out int end)
    {
        start = end = 0;
        if (spaces == 0 || q < 0 || !IsLetter(_text[q]))
        {
            return false;
        }

        end = q + 1;
        var length = 0;
        while (q >= 0 && IsLetter(_text[q]) && length <= maxLength)
        {
            q--;
            length++;
        }

        if (q >= 0 && IsLetterOrDigit(_text[q]))
        {
            return false;
        }

        start = q + 1;
        return true;
    }

    /// <summary>
    /// Whether a change verb comes right before <paramref name="p"/>, possibly through "from": "rose from 10 to 25" and
    /// "fell 10 to 8" are two values, not a range.
    /// </summary>
    private bool ChangeBefore(int p)
    {
        var q = p - 1;
        for (var words = 0; words < 2 && q >= 0; words++)
        {
            var spaces = 0;
            while (q >= 0 && _text[q] is ' ' or '\u00A0' && spaces < MaxGap)
            {
                q--;
                spaces++;
            }

            if (!TryWordEndingAt(q, spaces, 20, out var start, out var end))
            {
                return false;
            }

            if (_words.Find(_text.AsSpan(start, end - start)) is { IsChangeVerb: true })
            {
                return true;
            }

            if (!EqualsWord(start, end, "from"))
            {
                return false;
            }

            q = start - 1;
        }

        return false;
    }

    /// <summary>Whether the word right before <paramref name="p"/>, across a short gap, is <paramref name="lower"/>.</summary>
    private bool PreviousWordIs(int p, string lower)
    {
        var q = p - 1;
        var spaces = 0;
        while (q >= 0 && _text[q] is ' ' or '\u00A0' && spaces < MaxGap)
        {
            q--;
            spaces++;
        }

        return TryWordEndingAt(q, spaces, lower.Length, out var start, out var end) && EqualsWord(start, end, lower);
    }

    /// <summary>
    /// The unit that a toll a few words before a bare number gives it ("the death toll rose to 45" → "deaths",
    /// "the casualty toll" → "casualties"); null when no toll precedes within the clause.
    /// </summary>
    private string? TollBefore(int p)
    {
        var q = p - 1;
        for (var words = 0; words < MaxTollDistance && q >= 0; words++)
        {
            var spaces = 0;
            while (q >= 0 && _text[q] is ' ' or '\u00A0' && spaces < MaxGap)
            {
                q--;
                spaces++;
            }

            if (spaces > 0 && q >= 0 && IsDigit(_text[q]))
            {
                // "the toll rose from 10 to 25": an earlier number of the same toll.
                var digits = 0;
                while (q >= 0 && (IsDigit(_text[q]) || _text[q] is ',' or '.') && digits < MaxIntegerDigits + 8)
                {
                    q--;
                    digits++;
                }

                continue;
            }

            if (!TryWordEndingAt(q, spaces, 20, out var start, out var end))
            {
                return null;
            }

            if (_words.Find(_text.AsSpan(start, end - start)) is { TollUnit: { } unit } && EqualsWord(start, end, "toll"))
            {
                var r = start - 1;
                var gap = 0;
                while (r >= 0 && _text[r] is ' ' or '\u00A0' && gap < MaxGap)
                {
                    r--;
                    gap++;
                }

                return TryWordEndingAt(r, gap, 20, out var ms, out var me) && !EqualsWord(ms, me, "toll")
                    && _words.Find(_text.AsSpan(ms, me - ms)) is { TollUnit: { } specific } ? specific : unit;
            }

            q = start - 1;
        }

        return null;
    }

    private bool PreviousWordLooksLikeName(int p)
    {
        var q = p - 1;
        var spaces = 0;
        while (q >= 0 && _text[q] is ' ' or '\u00A0' && spaces < MaxGap)
        {
            q--;
            spaces++;
        }

        if (q >= 0 && _text[q] == '.')
        {
            q--;
        }

        if (!TryWordEndingAt(q, spaces, 20, out var start, out var end))
        {
            return false;
        }

        if (_words.Find(_text.AsSpan(start, end - start)) is { IsIdentifierNoun: true })
        {
            return true;
        }

        // A capitalized word right before a bare number names something ("Resolution 2254", "IDEF 2025"),
        // unless it starts a sentence.
        return char.IsUpper(_text[start]) && !SentenceStartsAt(start);
    }

    private bool SentenceStartsAt(int p)
    {
        var q = p - 1;
        while (q >= 0 && _text[q] is ' ' or '\u00A0' or '"' or '\u201C' or '\'' or '(' && p - q < 4)
        {
            q--;
        }

        return q < 0 || _text[q] is '.' or '!' or '?' or '\n' or '\r' or ':';
    }

    private int SkipDateTail(int q)
    {
        // "July 13 to 21", "July 13-21", "March 3 and 4": the second day belongs to the date.
        var p = SkipGap(q);
        if (p < _text.Length && IsDash(_text[p]))
        {
            p = SkipGap(p + 1);
        }
        else if (NextWord(q, out var ws, out var we) is not null
            && (EqualsWord(ws, we, "to") || EqualsWord(ws, we, "and") || EqualsWord(ws, we, "until") || EqualsWord(ws, we, "through") || EqualsWord(ws, we, "till")))
        {
            p = SkipGap(we);
        }
        else
        {
            return q;
        }

        var d = p;
        while (d < _text.Length && IsDigit(_text[d]) && d - p < 3)
        {
            d++;
        }

        return d > p && d - p <= 2 && (d >= _text.Length || !IsLetterOrDigit(_text[d])) ? d : q;
    }

    private bool IsClockSuffix(int p) =>
        p + 3 < _text.Length && (_text[p] | 0x20) is 'a' or 'p' && _text[p + 1] == '.' && (_text[p + 2] | 0x20) == 'm' && _text[p + 3] == '.';

    private bool MatchPhrase(int p, ModifierPhrase phrase, out int after)
    {
        after = p;
        var q = p;
        for (var k = 0; k < phrase.Words.Length; k++)
        {
            if (k > 0)
            {
                var next = SkipGap(q);
                if (next == q)
                {
                    return false;
                }

                q = next;
            }

            if (q >= _text.Length || !IsLetter(_text[q]))
            {
                return false;
            }

            var end = Word(q);
            if (!EqualsWord(q, end, phrase.Words[k]))
            {
                return false;
            }

            q = end;
        }

        after = q;
        return true;
    }

    private static readonly FrozenSet<string> AfterMetres = new[]
    {
        "down", "up", "from", "to", "of", "into", "onto", "above", "below", "under", "over", "in", "on", "at", "and", "or", "while",
        "when", "before", "after", "away", "off", "through", "across", "along", "high", "long", "deep", "tall", "wide", "short",
        "the", "a", "an", "his", "her", "their", "its", "back", "further", "farther", "beneath", "toward", "towards", "near", "behind",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A glued "m" reads as metres unless money stands before the figure or a word after it could be what is counted.
    private bool IsMetres(int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && _text[before] == ' ')
        {
            before--;
        }

        var wordStart = before;
        while (wordStart > 0 && IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        if (before >= 0 && (IsCurrency(_text[before]) ||
                            (before - wordStart is >= 1 and <= 3 && _text.AsSpan(wordStart, before - wordStart + 1).ContainsAnyExceptInRange('A', 'Z') is false)))
        {
            return false; // "$600m", "£600m", "USD 600m"; not "A 600m drop"
        }

        var p = SkipGap(end);
        if (p == end || p >= _text.Length || !IsLetter(_text[p]))
        {
            return true; // "fell 600m.", "600m (2,000ft)", "600m,"
        }

        if (wordStart >= 0 && before - wordStart <= 1 && _text.AsSpan(wordStart, before - wordStart + 1) is var article &&
            (article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return true; // "a 10m boat": a measure qualifying the noun
        }

        var e = Word(p);
        return AfterMetres.Contains(_text[p..e]);
    }

    private QuantityWord? NextWordInfo(int q) => NextWord(q, out _, out _);

    /// <summary>
    /// After a number, a hyphen left hanging before a space ("a 24- to 30-foot boat", "two- or three-year terms") belongs to
    /// the compound the range ends in: the range goes on after it. Returns the position after the hyphen, or the position itself.
    /// </summary>
    private int SuspendedHyphen(int q) =>
        q + 1 < _text.Length && IsDash(_text[q]) && _text[q + 1] == ' ' ? q + 1 : q;

    /// <summary>Reads the letter word after a short gap of spaces; returns its lexicon entry.</summary>
    private QuantityWord? NextWord(int q, out int start, out int end)
    {
        start = end = q;
        var p = SkipGap(q);
        if (p == q || p >= _text.Length || !IsLetter(_text[p]))
        {
            return null;
        }

        var e = Word(p);
        if (e < _text.Length && IsDigit(_text[e]))
        {
            return null;
        }

        start = p;
        end = e;
        return _words.Find(_text.AsSpan(p, e - p));
    }

    private bool IsWordAfter(int q, string word, out int end)
    {
        NextWord(q, out var ws, out end);
        if (end > ws && EqualsWord(ws, end, word))
        {
            return true;
        }

        end = q;
        return false;
    }

    private bool EqualsWord(int start, int end, string lower)
    {
        if (end - start != lower.Length)
        {
            return false;
        }

        for (var k = 0; k < lower.Length; k++)
        {
            var c = _text[start + k];
            if ((c < 128 ? (char)(c | 0x20) : c) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private bool IsLowerAscii(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_text[k] is < 'a' or > 'z')
            {
                return false;
            }
        }

        return end > start;
    }

    private bool IsCapitalized(int start, int end) => end - start >= 3 && _text[start] is >= 'A' and <= 'Z' && IsLowerAscii(start + 1, end);

    /// <summary>The start of the word that ends right before a position, past a short gap.</summary>
    private int SkipBackToWord(int p)
    {
        var q = p;
        while (q > 0 && _text[q - 1] is ' ' or '\u00A0' && p - q < MaxGap)
        {
            q--;
        }

        while (q > 0 && IsLetter(_text[q - 1]))
        {
            q--;
        }

        return q;
    }

    private int SkipGap(int q)
    {
        var p = q;
        while (p < _text.Length && _text[p] is ' ' or '\t' or '\u00A0' or '\u202F' && p - q < MaxGap)
        {
            p++;
        }

        return p;
    }

    private int Word(int p)
    {
        var q = p;
        while (q < _text.Length && IsLetter(_text[q]))
        {
            q++;
        }

        return q;
    }

    private int TokenEnd(int p)
    {
        var q = p;
        while (q < _text.Length && IsLetterOrDigit(_text[q]))
        {
            q++;
        }

        return q;
    }

    private int SkipNumberish(int p)
    {
        var q = p;
        while (q < _text.Length)
        {
            var c = _text[q];
            if (IsLetterOrDigit(c))
            {
                q++;
            }
            else if (c is ',' or '.' or ':' or '/' or '-' && q + 1 < _text.Length && IsDigit(_text[q + 1]))
            {
                q++;
            }
            else
            {
                break;
            }
        }

        return Math.Max(q, p + 1);
    }

    /// <summary>Drops trailing zeros that scaling leaves ("2.5bn" is 2500000000, not 2500000000.0).</summary>
    private static decimal? Normalize(decimal? value) => value is { } v ? v / 1.000000000000000000000000000000000m : null;

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₹';

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2010' or '\u2011';

    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    private static bool IsLetterOrDigit(char c) => c < 128 ? IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetterOrDigit(c);

    private enum WordState
    {
        None,
        Units,
        Tens,
        Hundred,
        Big,
        And,
    }

    /// <summary>The number part of a quantity, before modifiers and the counted noun are applied.</summary>
    private readonly record struct Core
    {
        public int Start { get; init; }

        public int End { get; init; }

        public decimal? Low { get; init; }

        public decimal? High { get; init; }

        public bool IsExact { get; init; }

        public bool IsVague { get; init; }

        public bool IsRange { get; init; }

        public bool Approximate { get; init; }

        public bool IsDigits { get; init; }

        public bool YearLike { get; init; }

        public bool HasScale { get; init; }

        public decimal ScaleValue { get; init; }

        public decimal PreScale { get; init; }

        public bool IsOne { get; init; }

        public bool AllowsOf { get; init; }

        public bool StrongUnit { get; init; }

        public UnitKind UnitKind { get; init; }

        public string? FixedUnit { get; init; }

        public int UnitStart { get; init; }

        public int UnitEnd { get; init; }
    }
}
