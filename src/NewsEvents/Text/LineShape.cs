using System;

namespace NewsEvents.Text;

/// <summary>Surface cues of one line: word count, terminal punctuation, capitalization, quotes.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class LineShape
{
    public const int MaxHeadlineWords = 25;

    public const int MaxHeadlineLength = 200;

    /// <summary>Counts whitespace-separated words, stopping early once past <paramref name="limit"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> line, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (SentenceSplitter.IsBlank(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count > limit)
                {
                    return count;
                }
            }
        }

        return count;
    }

    /// <summary>Returns the last character that is not a closing quote or bracket, or '\0'.</summary>
    public static char LastContentChar(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            if (line[i] is not ('"' or '\'' or '”' or '’' or '»' or ')' or ']') && !SentenceSplitter.IsBlank(line[i]))
            {
                return line[i];
            }
        }

        return '\0';
    }

    public static bool EndsWithSentencePunctuation(ReadOnlySpan<char> line) =>
        LastContentChar(line) is '.' or '!' or '?' or '…' or ':' or ';' or ',' or '‽';

    /// <summary>A short line that starts with a capital (maybe after a quote) and has no terminal punctuation.</summary>
    public static bool IsHeadlineLike(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadlineLength || EndsWithSentencePunctuation(line) || CountWords(line, MaxHeadlineWords) > MaxHeadlineWords)
        {
            return false;
        }

        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }

    /// <summary>An upper-case place name alone: "ANKARA", "NEW YORK", "WASHINGTON, D.C.".</summary>
    public static bool IsUpperCasePlace(ReadOnlySpan<char> line)
    {
        if (line.Length > 40 || CountWords(line, 5) > 4)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!(c is ' ' or ',' or '.' or '-' or '\'' or '’' || SentenceSplitter.IsBlank(c)))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>Whether the line quotes someone: a quote mark that is not an apostrophe inside a word.</summary>
    public static bool HasQuoteOrColon(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '"' or '“' or '”' or '‘' or '«' or '»' || (c == ':' && i < line.Length - 1))
            {
                return true;
            }

            if (c is '\'' or '’')
            {
                var letterBefore = i > 0 && char.IsLetter(line[i - 1]);
                var letterAfter = i < line.Length - 1 && char.IsLetter(line[i + 1]);
                if (letterBefore != letterAfter)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool HasLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a line holds two or more sentences: an end mark, a space, then a capital letter or a quote.</summary>
    public static bool HasTwoSentences(ReadOnlySpan<char> line)
    {
        for (var i = 0; i + 2 < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && (char.IsUpper(line[i + 2]) || line[i + 2] is '"' or '\u201C'))
            {
                return true;
            }
        }

        return false;
    }

    public static bool StartsLower(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="candidate"/> is an agency tag: "(AA)", "(ILKHA)", "(dpa)" when known.</summary>
    public static bool IsAgencyTag(ReadOnlySpan<char> candidate, ReaderLexicon lexicon)
    {
        if (candidate.Length < 4 || candidate.Length > 14 || candidate[0] != '(' || candidate[^1] != ')')
        {
            return false;
        }

        var inner = candidate[1..^1];
        var upper = true;
        foreach (var c in inner)
        {
            if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }

            upper &= !char.IsLower(c);
        }

        return upper ? char.IsLetter(inner[0]) : lexicon.AgencyByForm.ContainsKey(inner.ToString());
    }
}
