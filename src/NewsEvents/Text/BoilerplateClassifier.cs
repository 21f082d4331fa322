using System;
using System.Collections.Generic;

namespace NewsEvents.Text;

/// <summary>Sets aside lines that are not story text: legal notices and what follows them, image markup, photo captions,
/// agency tags, bylines, section labels, related and trailing headlines.</summary>
/// <remarks>Stateless and thread-safe; linear in the text length.</remarks>
internal static class BoilerplateClassifier
{
    /// <summary>A section label has at most this many words; longer headline-like lines between paragraphs are related headlines.</summary>
    private const int MaxSectionLabelWords = 7;

    /// <summary>Share of a trailing line's content words found elsewhere in the story, below which the line is unrelated.</summary>
    private const double UnrelatedOverlap = 0.25;

    /// <summary>Classifies <paramref name="units"/> from <paramref name="first"/> on; credits found on the way are added to <paramref name="credits"/>.</summary>
    public static void Classify(
        string text, List<TextUnit> units, int first, ReaderLexicon lexicon, List<string> credits, List<(BoilerplateKind Kind, int Start, int End, string Reason)> extra)
    {
        var afterLegalNotice = false;
        var captions = new HashSet<string>(StringComparer.Ordinal);
        for (var index = first; index < units.Count; index++)
        {
            var unit = units[index];
            if (unit.Kind is not null)
            {
                continue;
            }

            var line = text.AsSpan(unit.Start, unit.Length);
            var isLegal = IsLegalNotice(line, unit.Start, text.Length, lexicon);
            if (afterLegalNotice)
            {
                unit.SetAside(
                    isLegal ? BoilerplateKind.LegalNotice : BoilerplateKind.AppendedContent,
                    isLegal ? "legal or copyright notice" : "appended after a legal notice");
                continue;
            }

            if (isLegal)
            {
                unit.SetAside(BoilerplateKind.LegalNotice, "legal or copyright notice");
                afterLegalNotice = true;
                continue;
            }

            if (!LineShape.HasLetterOrDigit(line))
            {
                unit.SetAside(BoilerplateKind.ImageMarkup, "no letters or digits: markup or separator");
                continue;
            }

            if (line.Contains("![", StringComparison.Ordinal) || line.Contains("<img", StringComparison.OrdinalIgnoreCase))
            {
                unit.SetAside(BoilerplateKind.ImageMarkup, "image markup");
                continue;
            }

            if (LineShape.IsAgencyTag(line, lexicon))
            {
                unit.SetAside(BoilerplateKind.AgencyTag, "agency tag alone on a line");
                credits.Add(line[1..^1].ToString());
                continue;
            }

            var normalized = NormalizeCaption(line);
            if (line.Length <= 300 && (ContainsAny(line, lexicon.PhotoCues) || line[^1] == '|'))
            {
                unit.SetAside(BoilerplateKind.PhotoCaption, line[^1] == '|' ? "caption cell markup" : "photo caption or credit cue");
                captions.Add(normalized);

                // The caption without its credit ("Rescuers carry a child. Photo by X" → "Rescuers carry a child.") is often repeated.
                var cue = FirstIndexOfAny(line, lexicon.PhotoCues);
                if (cue > 0)
                {
                    captions.Add(NormalizeCaption(line[..cue]));
                }
                continue;
            }

            if (captions.Contains(normalized))
            {
                unit.SetAside(BoilerplateKind.PhotoCaption, "repeats a photo caption");
                continue;
            }

            if (StartsWithAny(line, lexicon.RelatedCues))
            {
                unit.SetAside(BoilerplateKind.RelatedHeadline, "read-also cue");
                continue;
            }

            if (TryByline(line, lexicon, credits))
            {
                unit.SetAside(BoilerplateKind.Byline, "byline or credit line");
                continue;
            }

            SplitTrailingTag(text, unit, lexicon, extra, credits);
            line = text.AsSpan(unit.Start, unit.Length);

            // A line that continues on the next one ("...military and\ntechnical support") is wrapped story text.
            var wraps = !unit.BlankAfter && index + 1 < units.Count && LineShape.StartsLower(text.AsSpan(units[index + 1].Start, units[index + 1].Length));
            unit.HeadlineLike = !wraps && LineShape.IsHeadlineLike(line);
        }

        ClassifyHeadlines(text, units, first, lexicon);
    }

    private static void ClassifyHeadlines(string text, List<TextUnit> units, int first, ReaderLexicon lexicon)
    {
        var vocabulary = new TopicalVocabulary(lexicon);
        foreach (var unit in units)
        {
            if (unit.Kind is null && !unit.HeadlineLike)
            {
                vocabulary.AddStoryLine(text.AsSpan(unit.Start, unit.Length));
            }
        }

        // Trailing lines: headlines after the story, and isolated lines that share little with it.
        var firstStory = -1;
        for (var index = first; index < units.Count; index++)
        {
            if (units[index].Kind is null && !units[index].HeadlineLike)
            {
                firstStory = index;
                break;
            }
        }

        // Only the last prose line may be an unrelated addition; above it, only headline-like lines are (a short story's
        // one-sentence paragraphs share few words with each other, and are its body, not additions).
        var proseSetAside = false;
        for (var index = units.Count - 1; index > firstStory && index >= first; index--)
        {
            var unit = units[index];
            if (unit.Kind is not null)
            {
                continue;
            }

            if (unit.HeadlineLike)
            {
                unit.SetAside(BoilerplateKind.AppendedContent, "headline-like line after the story");
                continue;
            }

            if (proseSetAside)
            {
                break;
            }

            // A paragraph of two or more sentences is story text however few words it shares ("The tremor struck at 05:37 GMT
            // … About 80 people were injured."): what sites append after a story is one line, a teaser or a promotion.
            if (unit.BlankBefore && !LineShape.HasTwoSentences(text.AsSpan(unit.Start, unit.Length)) &&
                vocabulary.IsUnrelated(text.AsSpan(unit.Start, unit.Length), UnrelatedOverlap))
            {
                unit.SetAside(BoilerplateKind.AppendedContent, "isolated trailing line that shares few words with the story");
                proseSetAside = true;
                continue;
            }

            break;
        }

        for (var index = first; index < units.Count; index++)
        {
            var unit = units[index];
            if (unit.Kind is not null || !unit.HeadlineLike)
            {
                continue;
            }

            var line = text.AsSpan(unit.Start, unit.Length);
            if (firstStory < 0 || index < firstStory)
            {
                unit.SetAside(BoilerplateKind.HeaderMetadata, "headline-like line before the story");
            }
            else if (LineShape.CountWords(line, MaxSectionLabelWords) <= MaxSectionLabelWords && !LineShape.HasQuoteOrColon(line))
            {
                unit.SetAside(BoilerplateKind.SectionLabel, "short headline-like line between paragraphs");
            }
            else
            {
                unit.SetAside(BoilerplateKind.RelatedHeadline, "headline-like line between paragraphs that is not a sentence");
            }
        }
    }

    /// <summary>Sets aside an agency tag that ends a paragraph after its last sentence: "... peacebuilding. (ILKHA)".</summary>
    private static void SplitTrailingTag(string text, TextUnit unit, ReaderLexicon lexicon, List<(BoilerplateKind Kind, int Start, int End, string Reason)> extra, List<string> credits)
    {
        var line = text.AsSpan(unit.Start, unit.Length);
        if (line.Length < 6 || line[^1] != ')')
        {
            return;
        }

        var open = line.LastIndexOf('(');
        if (open <= 0 || !LineShape.IsAgencyTag(line[open..], lexicon))
        {
            return;
        }

        var before = line[..open].TrimEnd();
        if (before.IsEmpty || LineShape.LastContentChar(before) is not ('.' or '!' or '?' or '…') || before[^1] is ')')
        {
            return;
        }

        extra.Add((BoilerplateKind.AgencyTag, unit.Start + open, unit.End, "agency tag after the last sentence of a paragraph"));
        credits.Add(line[(open + 1)..^1].ToString());
        unit.End = unit.Start + before.Length;
    }

    private static bool IsLegalNotice(ReadOnlySpan<char> line, int offset, int textLength, ReaderLexicon lexicon)
    {
        if (ContainsAny(line, lexicon.LegalStrongCues))
        {
            return true;
        }

        // Weak cues ("copyright") also occur in stories; trust them only in short lines in the second half of the text.
        return offset > textLength / 2 && LineShape.CountWords(line, 60) <= 60 && ContainsAny(line, lexicon.LegalWeakCues);
    }

    /// <summary>"By Jane Doe", "Reporting by ...", or "Nguyen Tien (According to AFP, AP, Euro News)".</summary>
    private static bool TryByline(ReadOnlySpan<char> line, ReaderLexicon lexicon, List<string> credits)
    {
        if (LineShape.CountWords(line, 20) > 20)
        {
            return false;
        }

        if (StartsWithAny(line, lexicon.BylinePrefixes) && LineShape.LastContentChar(line) is not ('.' or '!' or '?') && LineShape.CountWords(line, 12) <= 12)
        {
            return true;
        }

        var open = line.IndexOf('(');
        if (open < 0 || line[^1] != ')' || LineShape.CountWords(line[..open], 6) > 6 || LineShape.EndsWithSentencePunctuation(line[..open]))
        {
            return false;
        }

        var inner = line[(open + 1)..^1].Trim();
        foreach (var cue in lexicon.CreditCues)
        {
            if (inner.StartsWith(cue, StringComparison.Ordinal) && inner.Length > cue.Length && !char.IsLetter(inner[cue.Length]))
            {
                AddList(inner[cue.Length..], credits);
                return true;
            }
        }

        return false;
    }

    private static void AddList(ReadOnlySpan<char> list, List<string> credits)
    {
        list = list.TrimStart(':').Trim();
        while (!list.IsEmpty)
        {
            var cut = list.IndexOfAny(',', ';', '/');
            var and = list.IndexOf(" and ", StringComparison.Ordinal);
            var amp = list.IndexOf(" & ", StringComparison.Ordinal);
            var next = cut;
            var skip = 1;
            foreach (var (position, width) in new[] { (and, 5), (amp, 3) })
            {
                if (position >= 0 && (next < 0 || position < next))
                {
                    next = position;
                    skip = width;
                }
            }

            var item = (next < 0 ? list : list[..next]).Trim();
            if (LineShape.HasLetterOrDigit(item))
            {
                credits.Add(item.ToString());
            }

            list = next < 0 ? ReadOnlySpan<char>.Empty : list[(next + skip)..].Trim();
        }
    }

    private static int FirstIndexOfAny(ReadOnlySpan<char> line, System.Collections.Immutable.ImmutableArray<string> cues)
    {
        var first = -1;
        foreach (var cue in cues)
        {
            var index = line.IndexOf(cue, StringComparison.Ordinal);
            if (index >= 0 && (first < 0 || index < first))
            {
                first = index;
            }
        }

        return first;
    }

    private static string NormalizeCaption(ReadOnlySpan<char> line) => line.TrimEnd('|').Trim().ToString();

    internal static bool ContainsAny(ReadOnlySpan<char> line, System.Collections.Immutable.ImmutableArray<string> cues)
    {
        foreach (var cue in cues)
        {
            if (line.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, System.Collections.Immutable.ImmutableArray<string> cues)
    {
        foreach (var cue in cues)
        {
            if (line.StartsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
