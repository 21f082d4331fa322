using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NewsEvents.Claims;

/// <summary>A word or punctuation token with its span in the article text and its lower-case form.</summary>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Lower">Lower-case form; possessive endings are normalized to <c>'s</c> and curly quotes to straight ones.</param>
/// <param name="IsWord">Whether the token is a word (letters or digits) rather than punctuation.</param>
internal readonly record struct Token(int Start, int End, string Lower, bool IsWord);

/// <summary>Splits text into word and punctuation tokens in one linear pass.</summary>
internal static class ClaimTokenizer
{
    // One shared string per ASCII character, so punctuation tokens allocate nothing (never written after initialization).
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>Tokenizes a span of a text.</summary>
    public static List<Token> Tokenize(string text, int offset, int length)
    {
        var tokens = new List<Token>(Math.Max(0, length) / 5 + 4); // about one token per five characters of news text
        var end = offset + length;
        var i = offset;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = WordEnd(text, i, end);
                tokens.Add(new Token(i, j, LowerWord(text.AsSpan(i, j - i)), true));
                i = j;
                continue;
            }

            if (IsPossessiveEnding(text, i, end) && tokens.Count > 0 && tokens[^1].End == i)
            {
                tokens.Add(new Token(i, i + 2, "'s", true));
                i += 2;
                continue;
            }

            var lower = c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => "\"",
                '\u2018' or '\u2019' => "'",
                '\u2013' or '\u2014' => "-",
                _ => c < AsciiStrings.Length ? AsciiStrings[c] : c.ToString(),
            };
            tokens.Add(new Token(i, i + 1, lower, false));
            i++;
        }

        return tokens;
    }

    /// <summary>Counts the word tokens <see cref="Tokenize"/> would make of a span of a text, without making them.</summary>
    public static int CountWords(string text, int offset, int length)
    {
        var words = 0;
        var lastEnd = -1; // the end of the last token, to tell a possessive ending from a quote mark
        var end = offset + length;
        var i = offset;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = lastEnd = WordEnd(text, i, end);
                words++;
                continue;
            }

            if (IsPossessiveEnding(text, i, end) && lastEnd == i)
            {
                i = lastEnd = i + 2;
                words++;
                continue;
            }

            i = lastEnd = i + 1;
        }

        return words;
    }

    /// <summary>The end of the word that starts at <paramref name="i"/> (a letter or digit), before <paramref name="end"/>.</summary>
    private static int WordEnd(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end)
        {
            var d = text[j];
            if (char.IsLetterOrDigit(d) || d == '\u0301')
            {
                j++;
            }
            else if ((d == '.' || d == ',') && j + 1 < end && char.IsDigit(text[j + 1]) && char.IsDigit(text[j - 1]))
            {
                j++; // 1,100 and 2.5 stay one token
            }
            else if (IsApostrophe(d) && j + 1 < end && char.IsLetter(text[j + 1]) &&
                     !(char.ToLowerInvariant(text[j + 1]) == 's' && (j + 2 >= end || !char.IsLetter(text[j + 2]))))
            {
                j++; // it's / won't / al-Sharaa'a style inner apostrophes, but not the possessive 's
            }
            else
            {
                break;
            }
        }

        return j;
    }

    // An apostrophe and an s that end a word: the possessive 's when it follows a word token directly.
    private static bool IsPossessiveEnding(string text, int i, int end) =>
        IsApostrophe(text[i]) && i + 1 < end && char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= end || !char.IsLetter(text[i + 2]));

    /// <summary>Lower-cases a word (invariant culture) with one allocation.</summary>
    private static string LowerWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 256)
        {
            return word.ToString().ToLowerInvariant();
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.ToLowerInvariant(buffer);
        return new string(buffer);
    }

    /// <summary>Splits a lexicon phrase into lower-case token strings.</summary>
    public static ImmutableArray<string> Split(string phrase)
    {
        var tokens = Tokenize(phrase, 0, phrase.Length);
        var builder = ImmutableArray.CreateBuilder<string>(tokens.Count);
        foreach (var t in tokens)
        {
            builder.Add(t.Lower);
        }

        return builder.ToImmutable();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
