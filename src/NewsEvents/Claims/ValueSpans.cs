using System;

namespace NewsEvents.Claims;

/// <summary>Builds the value span of a claim: the exact words of the article its value was read from.</summary>
internal static class ValueSpans
{
    /// <summary>
    /// Gets the span at <paramref name="start"/> of <paramref name="length"/> characters of the article text, or
    /// <see langword="null"/> when that is empty or not inside the text.
    /// </summary>
    public static Evidence? Of(Article article, int start, int length) => Of(article, start, length, null);

    // The span, taking its text from known when that is the same words (no second copy of them).
    private static Evidence? Of(Article article, int start, int length, string? known)
    {
        if (length <= 0 || start < 0 || start + length > article.Text.Length)
        {
            return null;
        }

        var words = article.Text.AsSpan(start, length);
        return new Evidence(article.Id, start, known is not null && words.SequenceEqual(known) ? known : words.ToString());
    }

    /// <summary>
    /// Gets the span of a value read from the words at <paramref name="start"/>: when the value's text is those words with
    /// a word before them ("on Friday" for the mention "Friday"), the span takes that word in too, so that the span's text
    /// is the value's text wherever the article allows.
    /// </summary>
    public static Evidence? Of(Article article, string valueText, int start, int length)
    {
        var end = start + length;
        var from = end - valueText.Length;
        return valueText.Length > length && from >= 0 && end <= article.Text.Length &&
               article.Text.AsSpan(from, valueText.Length).SequenceEqual(valueText)
            ? Of(article, from, valueText.Length, valueText)
            : Of(article, start, length, valueText);
    }
}
