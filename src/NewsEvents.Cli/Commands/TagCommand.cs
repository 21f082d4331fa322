using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using NewsEvents.Internal;

namespace NewsEvents.Cli.Commands;

/// <summary>The <c>tag</c> command: temporal and quantity mentions of stdin as JSON lines.</summary>
/// <remarks>
/// Each mention is one JSON object <c>{"kind","text","offset","start","end","granularity","min","max"}</c>, plus
/// <c>"unit"</c> and <c>"approximate"</c> for quantities. Durations and sets carry null min/max: their length is not
/// converted to days.
/// </remarks>
internal static class TagCommand
{
    /// <summary>The longest input line accepted in <c>--jsonl</c> mode, in characters.</summary>
    internal const int MaxLineLength = 10 * 1024 * 1024;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    public static int Run(ParseResult result, TagSymbols symbols, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var jsonl = result.GetValue(symbols.JsonLines);
        LocalDate? reference = null;
        if (result.GetValue(symbols.Reference) is { } value)
        {
            if (!IsoDates.TryParse(value, out var parsed))
            {
                return Usage.Fail(stderr, $"tag: --reference was '{value}'; must be {IsoDates.Expected}");
            }

            reference = parsed;
        }

        var temporal = new TemporalTagger();
        if (!jsonl)
        {
            var text = stdin.ReadToEnd();
            foreach (var mention in Mentions(temporal, text, reference))
            {
                stdout.WriteLine(mention.ToString(Formatting.None));
            }

            return ExitCodes.Ok;
        }

        var failed = false;
        var lineNumber = 0;
        while (stdin.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JToken? id = null;
            string? error;
            JObject? output = null;
            if (line.Length > MaxLineLength)
            {
                error = $"line is {line.Length} characters long; must be at most {MaxLineLength}";
            }
            else
            {
                error = TryReadRequest(line, reference, out id, out var text, out var lineReference);
                if (error is null)
                {
                    output = new JObject
                    {
                        ["id"] = id,
                        ["mentions"] = new JArray(Mentions(temporal, text!, lineReference)),
                    };
                }
            }

            if (error is not null)
            {
                failed = true;
                stderr.WriteLine($"newsevents: tag: stdin line {lineNumber.ToString(CultureInfo.InvariantCulture)}: {error}");
                output = new JObject { ["id"] = id ?? JValue.CreateNull(), ["line"] = lineNumber, ["error"] = error };
            }

            stdout.WriteLine(output!.ToString(Formatting.None));
        }

        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    /// <summary>Reads one <c>{"id","text","reference"}</c> request; returns an error message, or null when it is valid.</summary>
    private static string? TryReadRequest(string line, LocalDate? fallback, out JToken? id, out string? text, out LocalDate? reference)
    {
        id = null;
        text = null;
        reference = fallback;
        JObject request;
        try
        {
            using var reader = new JsonTextReader(new StringReader(line))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                Culture = CultureInfo.InvariantCulture,
                MaxDepth = 64,
            };
            if (JToken.ReadFrom(reader) is not JObject o)
            {
                return "malformed JSON: expected an object {\"id\", \"text\", \"reference\"}";
            }

            if (reader.Read())
            {
                return $"malformed JSON: unexpected content after the object at position {reader.LinePosition.ToString(CultureInfo.InvariantCulture)}";
            }

            request = o;
        }
        catch (JsonReaderException e)
        {
            return "malformed JSON: " + e.Message;
        }

        var idToken = request["id"];
        if (idToken is JValue { Type: JTokenType.String or JTokenType.Integer } value)
        {
            id = value;
        }
        else
        {
            return idToken is null || idToken.Type == JTokenType.Null ? "missing \"id\"" : "\"id\" must be a string or an integer";
        }

        if (request["text"] is not JValue { Type: JTokenType.String } textValue)
        {
            return "missing \"text\" (a string)";
        }

        text = (string)textValue!;
        var referenceToken = request["reference"];
        if (referenceToken is null || referenceToken.Type == JTokenType.Null)
        {
            return null;
        }

        if (referenceToken.Type != JTokenType.String || !IsoDates.TryParse((string)referenceToken!, out var parsed))
        {
            return $"\"reference\" was {referenceToken.ToString(Formatting.None)}; must be {IsoDates.Expected}";
        }

        reference = parsed;
        return null;
    }

    /// <summary>Tags a text and returns its temporal and quantity mentions in text order.</summary>
    private static List<JObject> Mentions(TemporalTagger temporal, string text, LocalDate? reference)
    {
        var dates = temporal.Tag(text, reference);
        var quantities = QuantityTagger.Default.Tag(text);
        var result = new List<JObject>(dates.Length + quantities.Length);
        int d = 0, q = 0;
        while (d < dates.Length || q < quantities.Length)
        {
            // Merge by offset; a temporal mention goes first when both start at the same place.
            if (q >= quantities.Length || (d < dates.Length && dates[d].Offset <= quantities[q].Offset))
            {
                AddTemporal(result, dates[d++]);
            }
            else
            {
                result.Add(ToJson(quantities[q++]));
            }
        }

        return result;
    }

    /// <summary>Adds a temporal mention; a range also gets its last end as a "range-end" mention, since TimeML writes each end as its own TIMEX3.</summary>
    private static void AddTemporal(List<JObject> result, TemporalMention m)
    {
        var json = ToJson(m);
        result.Add(json);
        if (m.Kind != TemporalMentionKind.Range || m.End is not { } last || !TrySplitRange(m.Text, out var firstLength, out var secondStart)
            || EndValue(last, m.Granularity) is not { } endValue)
        {
            return;
        }

        var timex = (JObject)json["timex"]!;
        timex["text"] = m.Text[..firstLength];
        timex["offset"] = m.Offset;
        var endText = m.Text[secondStart..];
        result.Add(new JObject
        {
            ["kind"] = "range-end",
            ["text"] = endText,
            ["offset"] = m.Offset + secondStart,
            ["start"] = DatePattern.Format(last),
            ["end"] = DatePattern.Format(last),
            ["granularity"] = Kebab(m.Granularity.ToString()),
            ["min"] = null,
            ["max"] = null,
            ["period"] = null,
            ["preposition"] = null,
            ["timex"] = new JObject { ["type"] = m.Timex.TypeName, ["value"] = endValue },
        });
    }

    /// <summary>Finds the word or dash that joins the two ends of a range ("Aug. 26 to Oct. 20", "1994 and 1997", "Oct-Dec 2019").</summary>
    /// <param name="text">The range's text.</param>
    /// <param name="firstLength">The length of the first end.</param>
    /// <param name="secondStart">Where the second end starts.</param>
    /// <returns>True when a link with text on both sides was found.</returns>
    internal static bool TrySplitRange(string text, out int firstLength, out int secondStart)
    {
        foreach (var link in RangeLinks)
        {
            var at = text.IndexOf(link, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at + link.Length < text.Length)
            {
                (firstLength, secondStart) = (at, at + link.Length);
                return true;
            }
        }

        foreach (var dash in "\u2013\u2014-")
        {
            var at = text.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && at + 1 < text.Length)
            {
                firstLength = text[at - 1] == ' ' ? at - 1 : at;
                secondStart = text[at + 1] == ' ' ? at + 2 : at + 1;
                return firstLength > 0 && secondStart < text.Length;
            }
        }

        (firstLength, secondStart) = (0, 0);
        return false;
    }

    private static readonly string[] RangeLinks = [" to ", " through ", " thru ", " until ", " till ", " and "];

    /// <summary>The TimeML value of a range's last day at the range's granularity, or null for other granularities.</summary>
    private static string? EndValue(LocalDate last, TemporalGranularity granularity) => granularity switch
    {
        TemporalGranularity.Day => DatePattern.Format(last),
        TemporalGranularity.Month => last.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + last.Month.ToString("00", CultureInfo.InvariantCulture),
        TemporalGranularity.Year => last.Year.ToString("0000", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static JObject ToJson(TemporalMention m) => new()
    {
        ["kind"] = Kebab(m.Kind.ToString()),
        ["text"] = m.Text,
        ["offset"] = m.Offset,
        ["start"] = m.Start is { } s ? DatePattern.Format(s) : null,
        ["end"] = m.End is { } e ? DatePattern.Format(e) : null,
        ["granularity"] = Kebab(m.Granularity.ToString()),
        ["min"] = null,
        ["max"] = null,
        ["period"] = m.Duration is { } p ? PeriodPattern.Roundtrip.Format(p) : null,
        ["preposition"] = m.Preposition,
        ["timex"] = new JObject { ["type"] = m.Timex.TypeName, ["value"] = m.Timex.Value },
    };

    private static JObject ToJson(QuantityMention m) => new()
    {
        ["kind"] = "quantity",
        ["text"] = m.Text,
        ["offset"] = m.Offset,
        ["start"] = null,
        ["end"] = null,
        ["granularity"] = null,
        ["min"] = Number(m.Min),
        ["max"] = Number(m.Max),
        ["unit"] = m.Unit,
        ["approximate"] = m.Approximate,
    };

    /// <summary>A number as the report schema writes it: whole numbers without a fraction ("1101", not "1101.0").</summary>
    private static JToken Number(decimal? value) => value switch
    {
        null => JValue.CreateNull(),
        { } v when v == decimal.Truncate(v) && v >= long.MinValue && v <= long.MaxValue => new JValue((long)v),
        { } v => new JValue(v),
    };

    /// <summary>Turns a PascalCase enum name into kebab-case ("DayOfWeek" → "day-of-week").</summary>
    internal static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
