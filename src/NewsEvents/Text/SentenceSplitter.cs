using System;
using System.Collections.Generic;

namespace NewsEvents.Text;

/// <summary>Splits a span of story text into sentences, surviving abbreviations, initials, decimals and quotes.</summary>
/// <remarks>Stateless and thread-safe; one pass over the span, so linear in its length.</remarks>
internal static class SentenceSplitter
{
    /// <summary>The longest pseudo-sentence produced from text without sentence punctuation.</summary>
    public const int MaxSentenceLength = 2000;

    /// <summary>Splits <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) and adds (offset, length) pairs.</summary>
    public static void Split(string text, int start, int end, ReaderLexicon lexicon, List<(int Offset, int Length)> sentences)
    {
        var sentenceStart = SkipBlank(text, start, end);
        var lastSpace = -1;
        var i = sentenceStart;
        while (i < end)
        {
            if (i - sentenceStart >= MaxSentenceLength)
            {
                // No punctuation for too long: cut at the last blank, or hard-cut outside a surrogate pair.
                var cut = lastSpace > sentenceStart + (MaxSentenceLength / 2) ? lastSpace : i;
                if (cut > sentenceStart && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }

                Add(text, sentenceStart, cut, sentences);
                sentenceStart = SkipBlank(text, cut, end);
                lastSpace = -1;
                i = sentenceStart;
                continue;
            }

            var c = text[i];
            if (IsTerminator(c))
            {
                var runEnd = i;
                while (runEnd < end && runEnd - i < 16 && IsTerminator(text[runEnd]))
                {
                    runEnd++;
                }

                var closeEnd = runEnd;
                while (closeEnd < end && closeEnd - runEnd < 16 && IsCloser(text[closeEnd]))
                {
                    closeEnd++;
                }

                if (closeEnd == end)
                {
                    i = end;
                    break;
                }

                if (IsBlank(text[closeEnd]))
                {
                    var next = SkipBlank(text, closeEnd, end);
                    if (next == end || IsBoundary(text, sentenceStart, i, runEnd, next, end, lexicon))
                    {
                        Add(text, sentenceStart, closeEnd, sentences);
                        sentenceStart = next;
                        lastSpace = -1;
                        i = next;
                        continue;
                    }
                }

                i = closeEnd;
                continue;
            }

            if (IsBlank(c))
            {
                lastSpace = i;
            }

            i++;
        }

        Add(text, sentenceStart, end, sentences);
    }

    private static bool IsBoundary(string text, int sentenceStart, int terminator, int runEnd, int next, int end, ReaderLexicon lexicon)
    {
        var following = text[next];
        if (char.IsLower(following))
        {
            // "a.m. on", "“We won!” he said", unknown abbreviations: a lowercase continuation never starts a sentence.
            return false;
        }

        if (runEnd - terminator != 1 || text[terminator] != '.')
        {
            return true;
        }

        // The word that the period ends, with inner periods ("U.S", "a.m", "J").
        var wordStart = terminator;
        while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart - 1 > sentenceStart && char.IsLetterOrDigit(text[wordStart - 2]))))
        {
            wordStart--;
        }

        if (wordStart == terminator || terminator - wordStart > 12)
        {
            return true;
        }

        var word = text.AsSpan(wordStart, terminator - wordStart);
        if (Has(lexicon.TitleAbbreviations, word))
        {
            return false;
        }

        if (char.IsDigit(following) && Has(lexicon.NumberAbbreviations, word))
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial: "J. R. R. Tolkien", "George W. Bush".
            return false;
        }

        var isAcronym = word.Contains('.');
        if (isAcronym || Has(lexicon.InlineAbbreviations, word))
        {
            // "U.S. officials" versus "in the U.S. The": only a typical sentence opener ends the sentence.
            var nextWordEnd = next;
            while (nextWordEnd < end && nextWordEnd - next < 20 && char.IsLetter(text[nextWordEnd]))
            {
                nextWordEnd++;
            }

            return Has(lexicon.SentenceStarters, text.AsSpan(next, nextWordEnd - next));
        }

        return true;
    }

    // Words are at most a few characters here, so a short-lived string keeps this simple on every target framework.
    private static bool Has(System.Collections.Frozen.FrozenSet<string> set, ReadOnlySpan<char> word) => set.Contains(word.ToString());

    private static void Add(string text, int start, int end, List<(int Offset, int Length)> sentences)
    {
        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        start = SkipBlank(text, start, end);
        if (end > start && !text.AsSpan(start, end - start).IsWhiteSpace())
        {
            sentences.Add((start, end - start));
        }
    }

    internal static int SkipBlank(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>Whitespace, control, zero-width and bidi characters: never content, never part of a sentence's edge.</summary>
    internal static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '‽';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';
}
