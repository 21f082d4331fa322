using System;

namespace NewsEvents.Temporal;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    None,
    Word,
    Number,
    Symbol,
}

/// <summary>A run of letters, a run of ASCII digits, or one other non-space character.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public bool Exists => Kind != TokenKind.None;
}

/// <summary>Character classes and token reading, forwards and backwards, with no allocation.</summary>
/// <remarks>Reading is a pure function of the text and a position, so matchers can look ahead or behind freely.</remarks>
internal static class TextTokens
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') < 26 || (c >= 0xC0 && char.IsLetter(c));

    public static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x80 && char.IsWhiteSpace(c));

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';

    /// <summary>Reads the first token at or after a position.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to start.</param>
    /// <returns>The token, or a token of kind <see cref="TokenKind.None"/> at the end.</returns>
    public static Token Next(string text, int position) => Next(text, position, text.Length);

    /// <summary>Reads the first token at or after a position, reading no character at or after a limit.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to start.</param>
    /// <param name="limit">Offset where reading stops; a token cut by it ends there.</param>
    /// <returns>The token, or a token of kind <see cref="TokenKind.None"/> at the limit.</returns>
    public static Token Next(string text, int position, int limit)
    {
        var n = limit;
        while (position < n && IsSpace(text[position]))
        {
            position++;
        }

        if (position >= n)
        {
            return default;
        }

        var start = position;
        var c = text[position];
        if (IsDigit(c))
        {
            while (position < n && IsDigit(text[position]))
            {
                position++;
            }

            return new Token(start, position, TokenKind.Number);
        }

        if (IsLetter(c))
        {
            while (position < n && IsLetter(text[position]))
            {
                position++;
            }

            return new Token(start, position, TokenKind.Word);
        }

        return new Token(start, start + 1, TokenKind.Symbol);
    }

    /// <summary>Reads the last token that ends at or before a position and starts at or after a floor.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to look back from.</param>
    /// <param name="floor">The token must not start before this offset.</param>
    /// <returns>The token, or a token of kind <see cref="TokenKind.None"/>.</returns>
    public static Token Previous(string text, int position, int floor)
    {
        while (position > floor && IsSpace(text[position - 1]))
        {
            position--;
        }

        if (position <= floor)
        {
            return default;
        }

        var end = position;
        var c = text[position - 1];
        if (IsDigit(c))
        {
            while (position > floor && IsDigit(text[position - 1]))
            {
                position--;
            }

            // A run cut by the floor is not a whole token.
            return position > 0 && position == floor && IsDigit(text[position - 1]) ? default : new Token(position, end, TokenKind.Number);
        }

        if (IsLetter(c))
        {
            while (position > floor && IsLetter(text[position - 1]))
            {
                position--;
            }

            return position > 0 && position == floor && IsLetter(text[position - 1]) ? default : new Token(position, end, TokenKind.Word);
        }

        return new Token(position - 1, end, TokenKind.Symbol);
    }
}
