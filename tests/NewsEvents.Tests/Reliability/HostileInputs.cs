using System.Text;

namespace NewsEvents.Tests.Reliability;

/// <summary>Hostile and broken texts, each built on demand (some are megabytes long), named for test output.</summary>
public static class HostileInputs
{
    public sealed record Input(string Name, Func<string> Build)
    {
        public override string ToString() => Name;
    }

    private const string Sentence = "Officials said on 23/7 that over 1,100 people had fled Sweida since July 13, and 80 were killed last Saturday. ";

    internal static IEnumerable<Input> All()
    {
        yield return new("empty", () => string.Empty);
        yield return new("white space", () => " \t\r\n \u00A0\u2003\n\n  ");
        yield return new("one newline", () => "\n");
        yield return new("1 MB line without punctuation", () => Repeat("word ", 1024 * 1024 / 5));
        yield return new("1 MB of one letter", () => new string('a', 1024 * 1024));
        yield return new("1 MB of digits", () => new string('7', 1024 * 1024));
        yield return new("NUL and control characters", () => "Police\0 said\u0001 on 12\0 July\u0007 that \u001b[31m300\u001b[0m people\u0008 fled.\u007f\u0085\u2028Next\u2029line\f\v.");
        yield return new("all C0 controls", () => string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)) + Sentence);
        yield return new("invalid UTF-8 decoded leniently", () => Encoding.UTF8.GetString([0x4F, 0x6E, 0x20, 0xFF, 0xC3, 0x28, 0x20, 0x31, 0x32, 0x20, 0xE2, 0x82, 0x20, 0x4A, 0x75, 0x6C, 0x79, 0xF0, 0x9F]));
        yield return new("lone surrogates", () => "On \uD800 12 July\uDC00, \uDBFF over 1,100 \uDFFF people fled. \uD83D");
        yield return new("UTF-16 LE with BOM read as UTF-8", () => Encoding.UTF8.GetString([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sentence)]));
        yield return new("UTF-16 BE without BOM read as UTF-8", () => Encoding.UTF8.GetString(Encoding.BigEndianUnicode.GetBytes(Sentence)));
        yield return new("UTF-16 LE without BOM read as Latin-1", () => Encoding.Latin1.GetString(Encoding.Unicode.GetBytes(Sentence)));
        yield return new("Windows-1252 bytes read as UTF-8", () => Encoding.UTF8.GetString([0x93, 0x4F, 0x6E, 0x20, 0x32, 0x33, 0x2F, 0x37, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x31, 0x30, 0x30, 0x80]));
        yield return new("Windows-1252 smart punctuation read as Latin-1", () => Encoding.Latin1.GetString([0x93, 0x4F, 0x6E, 0x20, 0x32, 0x33, 0x2F, 0x37, 0x94, 0x85, 0x97, 0x20, 0x31, 0x30, 0x30, 0x80]));
        yield return new("zero-width and bidi characters", () => "On 2\u200B3 July\u200F, \u202Eover 1,100\u202C people \uFEFFfled \u2066Sweida\u2069 \u200D\u200C80 killed\u061C.");
        yield return new("Arabic-Indic digits", () => "On \u0661\u0662 July \u0662\u0660\u0662\u0665, \u0661\u0660\u0660 people fled; \u0663\u0661/\u0667 and \u06F1\u06F2\u06F3.");
        yield return new("fullwidth digits", () => "On \uFF11\uFF12 July \uFF12\uFF10\uFF12\uFF15, \uFF13\uFF10\uFF10 people fled on \uFF12\uFF13/\uFF17.");
        yield return new("mathematical and superscript digits", () => "On \U0001D7D9\U0001D7DA July, \u00B9\u00B2\u00B3 people and \u2460\u2461 houses.");
        yield return new("10,000-digit number", () => "Police said " + new string('9', 10_000) + " people fled.");
        yield return new("10,000-digit decimal", () => "Police said 0." + new string('3', 10_000) + " million people fled.");
        yield return new("31/2", () => "The ceasefire began on 31/2 and ended on 31/2/2025.");
        yield return new("99/99/9999", () => "The meeting on 99/99/9999 and 00/00/0000 and 29/2/2023 and 29/2/2024 was postponed.");
        yield return new("year 99999", () => "In 99999 and in the year 99999, on July 4, 99999 and 1 January 10000, nothing happened.");
        yield return new("year 0 and negatives", () => "In year 0, on 0/0/0, -5 July -2025 and July 0, 2025.");
        yield return new("100,000 commas", () => "1" + Repeat(",000", 100_000) + " people");
        yield return new("100,000 lone commas", () => "Over " + Repeat(", ", 100_000) + "people");
        yield return new("100,000 ands", () => "Turkey" + Repeat(" and Syria", 100_000) + " agreed.");
        yield return new("numbers joined by 100,000 ands", () => "between 1" + Repeat(" and 2", 100_000) + " people");
        yield return new("100,000 dates", () => Repeat("13/7 to 21/7, ", 100_000));
        yield return new("100,000 open quotes", () => Repeat("\"said ", 100_000));
        yield return new("100,000 open parentheses", () => Repeat("(", 100_000) + "AA" + Repeat(")", 10));
        yield return new("100,000 hyphens and dots", () => Repeat("- .", 100_000));
        yield return new("100,000 number words", () => Repeat("hundred thousand ", 100_000) + "people");
        yield return new("100,000 short paragraphs", () => Repeat("A.\n\n", 100_000));
        yield return new("markup-like text", () => "<html><script>alert(1)</script><p>On 23/7, 80 people</p>" + Repeat("<div>", 50_000));
        yield return new("news sentence repeated 10,000 times", () => Repeat(Sentence, 10_000));
    }

    internal static string Repeat(string unit, int times)
    {
        var builder = new StringBuilder(unit.Length * times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
