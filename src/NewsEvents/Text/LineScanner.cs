using System.Collections.Generic;

namespace NewsEvents.Text;

/// <summary>Cuts text into trimmed non-blank lines, remembering which are isolated by blank lines.</summary>
/// <remarks>Stateless and thread-safe; linear in the text length.</remarks>
internal static class LineScanner
{
    public static List<TextUnit> Scan(string text)
    {
        var units = new List<TextUnit>();
        var blankBefore = true;
        var position = 0;
        while (position <= text.Length)
        {
            var lineEnd = position;
            while (lineEnd < text.Length && !IsLineBreak(text[lineEnd]))
            {
                lineEnd++;
            }

            var start = SentenceSplitter.SkipBlank(text, position, lineEnd);
            var end = lineEnd;
            while (end > start && SentenceSplitter.IsBlank(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                if (units.Count > 0 && blankBefore)
                {
                    units[^1].BlankAfter = true;
                }

                units.Add(new TextUnit(start, end, blankBefore));
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }

            if (lineEnd >= text.Length)
            {
                break;
            }

            // "\r\n" is one break, not a line and a blank line.
            position = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        if (units.Count > 0)
        {
            units[^1].BlankAfter = true;
        }

        return units;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
