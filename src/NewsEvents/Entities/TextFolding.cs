using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NewsEvents.Entities;

/// <summary>Folds words for matching: lower case, no diacritics, no apostrophes; and reduces them to a consonant skeleton.</summary>
/// <remarks>The same folding is used for gazetteer aliases and for article text, and by tools/gazetteer/generate.mjs.</remarks>
internal static class TextFolding
{
    /// <summary>Returns true for the apostrophe-like characters that may appear inside names ("Dar'a", "Workers’").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or 'ʻ' or 'ʿ' or 'ʾ' or '`';

    // The folding of each character up to the combining diacritics (Latin, IPA, spacing modifiers, marks), computed once
    // by the general folding below. A word folds character by character: decomposition works on each character alone,
    // and the marks it separates (the only characters canonical ordering moves) are dropped.
    private const char LastTabled = '\u036F';
    private static readonly string[] FoldedChars = FoldEachChar();

    // The same table for the characters that fold to exactly one character (most of them), NotOneChar for the others:
    // the common case copies one char instead of a string.
    private const char NotOneChar = '\uFFFF';
    private static readonly char[] FoldedOneChars = [.. FoldedChars.Select(f => f.Length == 1 ? f[0] : NotOneChar)];

    /// <summary>The most characters one character folds to ("ß" folds to "ss").</summary>
    public static readonly int MaxFoldedLength = FoldedChars.Max(f => f.Length);

    /// <summary>The longest word <see cref="FoldWord(ReadOnlySpan{char}, Span{char})"/> folds; longer words are folded by normalizing.</summary>
    public const int MaxTabledWordLength = 128;

    /// <summary>Folds one word: strips diacritics and apostrophes and lower-cases it, culture-invariantly.</summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxTabledWordLength)
        {
            return FoldByNormalizing(word);
        }

        // Most words of news text fold from the table, on the stack, with one allocation.
        Span<char> buffer = stackalloc char[word.Length * MaxFoldedLength];
        var n = FoldWord(word, buffer);
        return n >= 0 ? new string(buffer[..n]) : FoldByNormalizing(word);
    }

    /// <summary>
    /// Folds one word of at most <see cref="MaxTabledWordLength"/> characters into <paramref name="buffer"/> (at least
    /// <see cref="MaxFoldedLength"/> times the word's length) without allocating; returns the folded length, or -1 when
    /// the word has a character beyond the table and must be folded by <see cref="FoldWord(ReadOnlySpan{char})"/>.
    /// </summary>
    public static int FoldWord(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c > LastTabled)
            {
                if (!IsApostrophe(c))
                {
                    return -1;
                }
            }
            else if (FoldedOneChars[c] is var one && one != NotOneChar)
            {
                buffer[n++] = one;
            }
            else
            {
                var folded = FoldedChars[c];
                folded.CopyTo(buffer[n..]);
                n += folded.Length;
            }
        }

        return n;
    }

    private static string[] FoldEachChar()
    {
        var table = new string[LastTabled + 1];
        for (var c = '\0'; c <= LastTabled; c++)
        {
            table[c] = FoldByNormalizing([c]);
        }

        return table;
    }

    private static string FoldByNormalizing(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsApostrophe(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'ı': builder.Append('i'); break;
                case 'ø': builder.Append('o'); break;
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                case 'đ' or 'ð': builder.Append('d'); break;
                case 'ł': builder.Append('l'); break;
                case 'þ': builder.Append("th"); break;
                case 'ħ': builder.Append('h'); break;
                default: builder.Append(lower); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds a whole phrase to its folded words joined by single spaces.</summary>
    public static string FoldPhrase(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var builder = new StringBuilder(text.Length);
        foreach (var token in tokens)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(token.FoldedSpan);
        }

        return builder.ToString();
    }

    /// <summary>Turns a phrase into an identifier: folded words joined by hyphens ("Zeki Aktürk" → "zeki-akturk").</summary>
    public static string Slug(string text) => FoldPhrase(text).Replace(' ', '-');

    /// <summary>
    /// Reduces a folded word to a consonant skeleton that transliteration variants share:
    /// digraphs merged (kh→k, sh→s, ph→f, th→t, dh→d, gh→g, ou→u), q/c→k, a leading vowel kept as 'a',
    /// later vowels and the semivowels w and y dropped, doubled letters collapsed ("ahmed", "ahmad" → "ahmd"; "mohammed", "muhammad" → "mhmd").
    /// </summary>
    public static string Skeleton(string folded)
    {
        Span<char> buffer = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        return new string(buffer[..Skeleton(folded, buffer)]);
    }

    /// <summary>Writes the skeleton of a folded word (<see cref="Skeleton(string)"/>) into a span at least as long as the word; returns its length.</summary>
    public static int Skeleton(ReadOnlySpan<char> folded, Span<char> skeleton)
    {
        // Each step reads one or two characters and writes at most one, so the skeleton is never longer than the word.
        var n = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            char mapped;
            if (next == 'h' && c is 'k' or 's' or 'p' or 't' or 'd' or 'g' or 'z')
            {
                mapped = c switch { 'p' => 'f', _ => c };
                i++;
            }
            else
            {
                mapped = c switch { 'q' or 'c' => 'k', 'v' => 'w', _ => c };
            }

            var isVowel = mapped is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
            if (n == 0)
            {
                skeleton[n++] = isVowel && mapped is not ('w' or 'y') ? 'a' : mapped;
                continue;
            }

            if (isVowel || !char.IsAsciiLetterOrDigit(mapped))
            {
                continue;
            }

            if (skeleton[n - 1] != mapped)
            {
                skeleton[n++] = mapped;
            }
        }

        return n;
    }

    /// <summary>Computes the Damerau–Levenshtein (optimal string alignment) distance, giving up above <paramref name="limit"/>.</summary>
    public static int EditDistance(string a, string b, int limit) => EditDistance(a.AsSpan(), b.AsSpan(), limit);

    /// <summary>Computes the Damerau–Levenshtein (optimal string alignment) distance, giving up above <paramref name="limit"/>.</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the table; for the words of names they fit on the stack.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        rows.Clear();
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }
}
