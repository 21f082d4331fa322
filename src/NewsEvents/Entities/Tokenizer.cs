using System;
using System.Collections.Generic;

namespace NewsEvents.Entities;

/// <summary>One word of text with its folded form and the typographic facts the matcher needs.</summary>
/// <param name="Start">Offset of the first character (in the coordinates given to the tokenizer).</param>
/// <param name="End">Offset just past the last character of the word (an apostrophe-s suffix is not part of it).</param>
/// <param name="FoldedText">The folded word: a whole string, or for a word the lexicon does not know, a part of the sentence's <see cref="FoldBuffer"/>.</param>
/// <param name="Capitalized">The word starts with an upper-case letter.</param>
/// <param name="AllCaps">Every letter is upper case and there are at least two.</param>
/// <param name="Possessive">The word is followed by "'s" or a bare apostrophe ("Syria’s", "Damascus’").</param>
/// <param name="Before">The nearest non-space character before the word, or '\0'.</param>
/// <param name="After">The nearest non-space character after the word (and its possessive suffix), or '\0'.</param>
/// <param name="Known">The word as the resolver's lexicon knows it, when it was tokenized with one and knows it; else null.</param>
internal readonly record struct Token(int Start, int End, ReadOnlyMemory<char> FoldedText, bool Capitalized, bool AllCaps, bool Possessive, char Before, char After, LexiconWord? Known = null)
{
    /// <summary>Gets whether the word is an Arabic article that names may carry or drop ("al-Sharaa" = "Sharaa", "As-Suwayda").</summary>
    /// <remarks>Computed once: the matcher asks it of every token several times.</remarks>
    public bool IsArticle { get; } = FoldedText.Span is "al" or "el" || (After == '-' && FoldedText.Span is "as" or "ash" or "ad" or "ar" or "an" or "at" or "az" or "ath" or "adh" or "ad");

    /// <summary>Gets the folded word as a string: its own string when it has one, else a new one (for the rarer uses that keep it).</summary>
    public string Folded => FoldedText.ToString();

    /// <summary>Gets the folded word, without a string for it.</summary>
    public ReadOnlySpan<char> FoldedSpan => FoldedText.Span;

    /// <summary>Whether the folded word is <paramref name="word"/>.</summary>
    public bool FoldedIs(string word) => FoldedText.Span.SequenceEqual(word);

    /// <summary>Whether the word is in a cue list; always false for a token tokenized without a lexicon.</summary>
    public bool Has(WordCue cue) => Known is { } known && (known.Cues & cue) != 0;
}

/// <summary>Splits text into words in one linear pass.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>[start..end); token offsets are relative to <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(0, end - start) / 6 + 4); // news words average about six characters with a space
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Tokenizes <paramref name="text"/>[start..end) into a list, which is cleared first (one list serves sentence after sentence).</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens) => Tokenize(text, start, end, tokens, null, null);

    /// <summary>
    /// Tokenizes <paramref name="text"/>[start..end) into a list, which is cleared first; a word the lexicon knows gets the
    /// lexicon's string and facts (<see cref="Token.Known"/>), and an unknown word is folded into <paramref name="folds"/>
    /// (cleared first) when one is given, else into a string of its own.
    /// </summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens, WordLexicon? lexicon, FoldBuffer? folds)
    {
        tokens.Clear();
        folds?.Clear();
        Span<char> buffer = stackalloc char[TextFolding.MaxTabledWordLength * TextFolding.MaxFoldedLength];
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                }
                else if (TextFolding.IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessiveS(text, i, end))
                {
                    i++; // inner apostrophe: "Dar'a", "Ma'rib"
                }
                else
                {
                    break;
                }
            }

            var wordEnd = i;
            var possessive = false;
            if (i < end && TextFolding.IsApostrophe(text[i]))
            {
                if (IsPossessiveS(text, i, end))
                {
                    possessive = true;
                    i += 2;
                }
                else if (i > wordStart && (text[i - 1] is 's' or 'S'))
                {
                    possessive = true;
                    i++;
                }
            }

            var span = text.AsSpan(wordStart, wordEnd - wordStart);
            var letters = 0;
            var upper = 0;
            foreach (var c in span)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c))
                    {
                        upper++;
                    }
                }
            }

            var folded = Fold(span, buffer, lexicon, folds, out var known);
            tokens.Add(new Token(
                wordStart,
                wordEnd,
                folded,
                char.IsUpper(span[0]),
                letters >= 2 && upper == letters,
                possessive,
                NonSpaceBefore(text, wordStart, start),
                NonSpaceAfter(text, i, end),
                known));
        }
    }

    /// <summary>Folds a word, on the stack when it can, and returns the lexicon's string for a known word, else the fold buffer's copy or a new string.</summary>
    private static ReadOnlyMemory<char> Fold(ReadOnlySpan<char> word, Span<char> buffer, WordLexicon? lexicon, FoldBuffer? folds, out LexiconWord? known)
    {
        known = null;
        var length = word.Length <= TextFolding.MaxTabledWordLength ? TextFolding.FoldWord(word, buffer) : -1;
        if (length < 0)
        {
            var folded = TextFolding.FoldWord(word);
            return (lexicon is not null && lexicon.TryFind(folded, out known) ? known.Word : folded).AsMemory();
        }

        if (lexicon is not null && lexicon.TryFind(buffer[..length], out known))
        {
            return known.Word.AsMemory();
        }

        return folds is not null ? folds.Add(buffer[..length]) : new string(buffer[..length]).AsMemory();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsPossessiveS(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static char NonSpaceBefore(string text, int index, int start)
    {
        for (var i = index - 1; i >= start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    private static char NonSpaceAfter(string text, int index, int end)
    {
        for (var i = index; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }
}

/// <summary>Holds the folded words of one sentence that have no string of their own; one buffer serves sentence after sentence.</summary>
/// <remarks>A token keeps the array its word was written to: when the buffer grows it starts a new array and leaves the old one to the tokens that use it.</remarks>
internal sealed class FoldBuffer
{
    private char[] _chars = new char[256];
    private int _length;

    /// <summary>Forgets the words of the previous sentence (whose tokens are no longer used).</summary>
    public void Clear() => _length = 0;

    /// <summary>Copies a folded word into the buffer and returns where it is.</summary>
    public ReadOnlyMemory<char> Add(ReadOnlySpan<char> word)
    {
        if (_length + word.Length > _chars.Length)
        {
            _chars = new char[Math.Max(_chars.Length * 2, word.Length)];
            _length = 0;
        }

        word.CopyTo(_chars.AsSpan(_length));
        var memory = new ReadOnlyMemory<char>(_chars, _length, word.Length);
        _length += word.Length;
        return memory;
    }
}
