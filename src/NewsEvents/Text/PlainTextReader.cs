using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;

namespace NewsEvents.Text;

/// <summary>Reads plain article text: header date, title, dateline, boilerplate, paragraphs, sentences, credits and relays.</summary>
/// <remarks>Stateless and thread-safe; linear in the text length.</remarks>
internal static class PlainTextReader
{
    public static Article Read(string text, ArticleMetadata metadata, ReaderLexicon lexicon)
    {
        var units = LineScanner.Scan(text);
        var extra = new List<(BoilerplateKind Kind, int Start, int End, string Reason)>();
        var credits = new List<string>();
        string? title = null;
        string? dateline = null;
        ReferenceDate? headerDate = null;

        var index = 0;
        if (units.Count > 0 && TryHeaderDate(text, units[0], out var date, out var headerEnd))
        {
            var header = text[units[0].Start..headerEnd];
            headerDate = new ReferenceDate(date, ReferenceDateBasis.Dateline, evidence: $"header '{header}'");
            var rest = SentenceSplitter.SkipBlank(text, headerEnd, units[0].End);
            if (rest >= units[0].End)
            {
                units[0].SetAside(BoilerplateKind.HeaderMetadata, "header date");
                index = 1;
            }
            else
            {
                extra.Add((BoilerplateKind.HeaderMetadata, units[0].Start, headerEnd, "header date"));
                units[0].Start = rest;
            }
        }

        if (index < units.Count && IsTitle(text, units, index, headerDate is not null, metadata.Title, lexicon))
        {
            title = text[units[index].Start..units[index].End];
            units[index].SetAside(BoilerplateKind.HeaderMetadata, "title line");
            index++;
        }

        // Bylines sit between the title and the dateline.
        while (index + 1 < units.Count && StartsWithAny(Span(text, units[index]), lexicon.BylinePrefixes) &&
            LineShape.CountWords(Span(text, units[index]), 12) <= 12 && !LineShape.EndsWithSentencePunctuation(Span(text, units[index])))
        {
            units[index].SetAside(BoilerplateKind.Byline, "byline before the story");
            index++;
        }

        if (index + 1 < units.Count && LineShape.IsUpperCasePlace(Span(text, units[index])))
        {
            dateline = Span(text, units[index]).TrimEnd(",-–—: ").ToString();
            units[index].SetAside(BoilerplateKind.Dateline, "dateline alone on a line");
            index++;
        }
        else if (index < units.Count && TryInlineDateline(Span(text, units[index]), lexicon, out var consumed, out var place, out var agency))
        {
            dateline = place;
            var unit = units[index];
            extra.Add((BoilerplateKind.Dateline, unit.Start, unit.Start + TrimmedLength(text, unit.Start, unit.Start + consumed), "dateline at the start of the first paragraph"));
            unit.Start = SentenceSplitter.SkipBlank(text, unit.Start + consumed, unit.End);
            if (agency is not null)
            {
                credits.Add(agency);
            }
        }

        BoilerplateClassifier.Classify(text, units, index, lexicon, credits, extra);

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var spans = new List<(int Offset, int Length)>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphStart = -1;
        var paragraphEnd = -1;
        TextUnit? previous = null;
        foreach (var unit in units)
        {
            if (unit.Kind is not null)
            {
                previous = null;
                continue;
            }

            var continues = previous is not null && !unit.BlankBefore && LineShape.StartsLower(Span(text, unit)) &&
                LineShape.LastContentChar(Span(text, previous)) is not ('.' or '!' or '?' or '…');
            if (!continues && paragraphStart >= 0)
            {
                AddParagraph(text, paragraphStart, paragraphEnd, lexicon, paragraphs, spans, sentences);
            }

            if (!continues)
            {
                paragraphStart = unit.Start;
            }

            paragraphEnd = unit.End;
            previous = unit;
        }

        if (paragraphStart >= 0)
        {
            AddParagraph(text, paragraphStart, paragraphEnd, lexicon, paragraphs, spans, sentences);
        }

        var relays = new List<string>();
        AgencyFinder.FindRelays(text, spans, lexicon, relays);

        var blocks = new List<BoilerplateBlock>();
        foreach (var unit in units)
        {
            if (unit.Kind is { } kind)
            {
                blocks.Add(new BoilerplateBlock(kind, unit.Start, text[unit.Start..unit.End], unit.Reason));
            }
        }

        foreach (var (kind, start, end, reason) in extra)
        {
            if (end > start)
            {
                blocks.Add(new BoilerplateBlock(kind, start, text[start..end], reason));
            }
        }

        blocks.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var referenceDate = metadata.Published is null ? headerDate : null;
        return new Article(
            metadata.Id,
            text,
            metadata.Outlet,
            metadata.Title ?? title,
            metadata.Published,
            referenceDate,
            dateline,
            Distinct(credits),
            relays.ToImmutableArray(),
            paragraphs.ToImmutable(),
            sentences.ToImmutable(),
            blocks.ToImmutableArray(),
            metadata.Url);
    }

    private static void AddParagraph(
        string text,
        int start,
        int end,
        ReaderLexicon lexicon,
        ImmutableArray<Paragraph>.Builder paragraphs,
        List<(int Offset, int Length)> spans,
        ImmutableArray<Sentence>.Builder sentences)
    {
        var before = spans.Count;
        SentenceSplitter.Split(text, start, end, lexicon, spans);
        if (spans.Count == before)
        {
            return;
        }

        paragraphs.Add(new Paragraph(start, end - start));
        for (var i = before; i < spans.Count; i++)
        {
            sentences.Add(new Sentence(spans[i].Offset, text.Substring(spans[i].Offset, spans[i].Length), paragraphs.Count - 1));
        }
    }

    /// <summary>A title is the first line when it is headline-like and followed by a blank line or by the body.</summary>
    private static bool IsTitle(string text, List<TextUnit> units, int index, bool afterHeader, string? knownTitle, ReaderLexicon lexicon)
    {
        var line = Span(text, units[index]);
        if (knownTitle is not null && line.SequenceEqual(knownTitle.AsSpan().Trim()))
        {
            return true;
        }

        if (index + 1 >= units.Count || LineShape.IsUpperCasePlace(line) || !LineShape.IsHeadlineLike(line) || StartsWithAny(line, lexicon.BylinePrefixes))
        {
            return false;
        }

        var next = Span(text, units[index + 1]);
        if (!units[index].BlankAfter && LineShape.StartsLower(next))
        {
            // The line wraps onto the next one: it is the start of a paragraph.
            return false;
        }

        return afterHeader || units[index].BlankAfter || !LineShape.IsHeadlineLike(next) || LineShape.IsUpperCasePlace(next);
    }

    /// <summary>" date 2025-07-23" (also "Date: 2025-07-23") at the very start of the text.</summary>
    private static bool TryHeaderDate(string text, TextUnit unit, out NodaTime.LocalDate date, out int end)
    {
        date = default;
        end = unit.Start;
        var line = Span(text, unit);
        const string Keyword = "date";
        if (!line.StartsWith(Keyword, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var i = Keyword.Length;
        if (i < line.Length && line[i] == ':')
        {
            i++;
        }

        var digits = i;
        while (digits < line.Length && line[digits] == ' ')
        {
            digits++;
        }

        if (digits == Keyword.Length || digits + 10 > line.Length || (digits + 10 < line.Length && !SentenceSplitter.IsBlank(line[digits + 10])))
        {
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(line.Slice(digits, 10).ToString());
        if (!result.Success || result.Value.Year < 1000)
        {
            return false;
        }

        date = result.Value;
        end = unit.Start + digits + 10;
        return true;
    }

    /// <summary>"ANKARA (AA) - ", "WASHINGTON — ", "Ankara, July 23 (AA) - " at the start of the first paragraph.</summary>
    private static bool TryInlineDateline(ReadOnlySpan<char> line, ReaderLexicon lexicon, out int consumed, out string place, out string? agency)
    {
        consumed = 0;
        place = string.Empty;
        agency = null;
        var i = 0;
        var letters = 0;
        var upperOnly = true;
        var words = 0;
        while (i < line.Length && words < 4)
        {
            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '.' or '-' or '\'' or '’'))
            {
                upperOnly &= !char.IsLower(line[i]);
                letters += char.IsLetter(line[i]) ? 1 : 0;
                i++;
            }

            if (i == start || !char.IsUpper(line[start]))
            {
                i = start;
                break;
            }

            words++;
            if (i < line.Length && line[i] == ' ' && i + 1 < line.Length && char.IsUpper(line[i + 1]) && (upperOnly || words < 3))
            {
                i++;
                continue;
            }

            break;
        }

        if (letters < 3 || i == 0)
        {
            return false;
        }

        place = line[..i].TrimEnd(' ').ToString();
        var j = i;

        // ", July 23" or ", Syria" before the agency or the dash.
        if (j < line.Length && line[j] == ',')
        {
            var k = j + 1;
            while (k < line.Length && k - j < 30 && (char.IsLetterOrDigit(line[k]) || line[k] is ' ' or '.' or ','))
            {
                k++;
            }

            j = k;
        }

        while (j < line.Length && line[j] == ' ')
        {
            j++;
        }

        if (j < line.Length && line[j] == '(')
        {
            var close = line[j..].IndexOf(')');
            if (close > 0 && close < 16 && LineShape.IsAgencyTag(line.Slice(j, close + 1), lexicon))
            {
                agency = line.Slice(j + 1, close - 1).ToString();
                j += close + 1;
            }
        }

        while (j < line.Length && line[j] == ' ')
        {
            j++;
        }

        if (j + 1 >= line.Length || line[j] is not ('-' or '–' or '—') || line[j + 1] != ' ' || (!upperOnly && agency is null) || (upperOnly && letters < 3))
        {
            return false;
        }

        consumed = j + 1;
        return true;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, ImmutableArray<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int TrimmedLength(string text, int start, int end)
    {
        while (end > start && SentenceSplitter.IsBlank(text[end - 1]))
        {
            end--;
        }

        return end - start;
    }

    private static ReadOnlySpan<char> Span(string text, TextUnit unit) => text.AsSpan(unit.Start, unit.Length);

    private static ImmutableArray<string> Distinct(List<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in items)
        {
            if (seen.Add(item))
            {
                builder.Add(item);
            }
        }

        return builder.ToImmutable();
    }
}
