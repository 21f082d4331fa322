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
        while (Next(text, ref i, end, tokens.Count > 0 ? tokens[^1].End : -1, out var start, out var kind))
        {
            tokens.Add(kind switch
            {
                TokenKind.Word => new Token(start, i, LowerWord(text.AsSpan(start, i - start)), true),
                TokenKind.Possessive => new Token(start, i, "'s", true),
                _ => new Token(start, i, Mark(text[start]), false),
            });
        }

        return tokens;
    }

    /// <summary>Counts the word tokens <see cref="Tokenize"/> would make of a span of a text, without making them.</summary>
    public static int CountWords(string text, int offset, int length)
    {
        var words = 0;
        var lastEnd = -1;
        var end = offset + length;
        var i = offset;
        while (Next(text, ref i, end, lastEnd, out _, out var kind))
        {
            words += kind == TokenKind.Mark ? 0 : 1;
            lastEnd = i;
        }

        return words;
    }

    private enum TokenKind
    {
        Word,
        Possessive,
        Mark,
    }

    // The next token after white space: its start, its kind, and i moved past it; false at the end. A possessive ending
    // ("'s") is a token only right after the last one (lastEnd), else its quote mark is punctuation.
    private static bool Next(string text, ref int i, int end, int lastEnd, out int start, out TokenKind kind)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        start = i;
        kind = TokenKind.Mark;
        if (i >= end)
        {
            return false;
        }

        if (char.IsLetterOrDigit(text[i]))
        {
            i = WordEnd(text, i, end);
            kind = TokenKind.Word;
        }
        else if (IsPossessiveEnding(text, i, end) && lastEnd == i)
        {
            i += 2;
            kind = TokenKind.Possessive;
        }
        else
        {
            i++;
        }

        return true;
    }

    // Punctuation in one form: curly quotes straight, dashes as a hyphen; one shared string per ASCII character.
    private static string Mark(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => "\"",
        '\u2018' or '\u2019' => "'",
        '\u2013' or '\u2014' => "-",
        _ => c < AsciiStrings.Length ? AsciiStrings[c] : c.ToString(),
    };

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
