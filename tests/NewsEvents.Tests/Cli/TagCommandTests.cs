using System.IO;
using Newtonsoft.Json.Linq;
using NewsEvents.Cli;

namespace NewsEvents.Tests.Cli;

[TestFixture]
public sealed class TagCommandTests
{
    private static IEnumerable<TestCaseData> BadLines()
    {
        yield return new TestCaseData("{\"id\": \"a\", \"text\": ", null, "malformed JSON").SetArgDisplayNames("truncated");
        yield return new TestCaseData("not json at all", null, "malformed JSON").SetArgDisplayNames("garbage");
        yield return new TestCaseData("[1, 2]", null, "expected an object").SetArgDisplayNames("array");
        yield return new TestCaseData("{\"text\": \"5 people\"}", null, "missing \"id\"").SetArgDisplayNames("no id");
        yield return new TestCaseData("{\"id\": \"x\"}", "x", "missing \"text\"").SetArgDisplayNames("no text");
        yield return new TestCaseData("{\"id\": \"x\", \"text\": 5}", "x", "missing \"text\"").SetArgDisplayNames("text not a string");
        yield return new TestCaseData("{\"id\": \"x\", \"text\": \"a\", \"reference\": \"23/07/2025\"}", "x", "\"reference\"").SetArgDisplayNames("bad reference");
        yield return new TestCaseData("{\"id\": \"x\", \"text\": \"a\", \"reference\": \"2025-02-30\"}", "x", "\"reference\"").SetArgDisplayNames("impossible date");
        yield return new TestCaseData("{\"id\": \"x\", \"text\": \"a\"} trailing", null, "malformed JSON").SetArgDisplayNames("trailing content");
    }

    private static IEnumerable<TestCaseData> BadArguments()
    {
        yield return new TestCaseData((object)new[] { "tag", "--frobnicate" }).SetArgDisplayNames("unknown option");
        yield return new TestCaseData((object)new[] { "tag", "--reference" }).SetArgDisplayNames("missing date");
        yield return new TestCaseData((object)new[] { "tag", "--reference", "July 23" }).SetArgDisplayNames("bad date");
        yield return new TestCaseData((object)new[] { "tag", "--reference=" }).SetArgDisplayNames("empty date after =");
        yield return new TestCaseData((object)new[] { "tag", "--reference=July 23" }).SetArgDisplayNames("bad date after =");
        yield return new TestCaseData((object)new[] { "tag", "--jsonl=yes" }).SetArgDisplayNames("value for a flag");
        yield return new TestCaseData((object)new[] { "tag", "story.txt" }).SetArgDisplayNames("file argument");
    }

    [Test]
    public void Run_PlainText_PrintsOneQuantityPerLineInTextOrder()
    {
        var (code, output, error) = Run(["tag", "--reference", "2025-07-23"], "Over 1,100 people died and nearly 80 students were expelled.");

        var quantities = Lines(output).Where(o => (string?)o["kind"] == "quantity").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(error, Is.Empty);
            Assert.That(quantities.Select(o => (string?)o["text"]), Is.EqualTo(new[] { "Over 1,100 people", "nearly 80 students" }));
            Assert.That(Lines(output).Select(o => (int)o["offset"]!), Is.Ordered);
        });
        var first = quantities[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.Properties().Select(p => p.Name), Is.EqualTo(new[]
            {
                "kind", "text", "offset", "start", "end", "granularity", "min", "max", "unit", "approximate",
            }));
            Assert.That((int)first["offset"]!, Is.EqualTo(0));
            Assert.That((decimal?)first["min"], Is.EqualTo(1101m));
            Assert.That(first["max"]!.Type, Is.EqualTo(JTokenType.Null));
            Assert.That(first["start"]!.Type, Is.EqualTo(JTokenType.Null));
            Assert.That((string?)first["unit"], Is.EqualTo("people"));
            Assert.That((bool)first["approximate"]!, Is.True);
            Assert.That((decimal?)quantities[1]["max"], Is.EqualTo(80m));
        });
    }

    [Test]
    public void Run_PlainText_WritesWholeNumbersWithoutFraction()
    {
        var (code, output, _) = Run(["tag"], "over 1,100 people and 2.5 percent");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("\"min\":1101,").And.Contain("\"min\":2.5,"));
        });
    }

    [Test]
    public void Run_PlainTextWithoutMentions_PrintsNothing()
    {
        var (code, output, _) = Run(["tag"], "Nothing to see here.");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public void Run_Jsonl_WritesOneResultPerInputLine()
    {
        const string Input = "{\"id\": \"a\", \"text\": \"Hundreds of airstrikes hit within 30 days.\", \"reference\": \"2025-07-23\"}\n"
            + "{\"id\": 7, \"text\": \"No numbers.\"}\n";

        var (code, output, error) = Run(["tag", "--jsonl", "--reference", "2025-07-01"], Input);

        var lines = Lines(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(error, Is.Empty);
            Assert.That(lines, Has.Count.EqualTo(2));
            Assert.That(lines[0].Properties().Select(p => p.Name), Is.EqualTo(new[] { "id", "mentions" }));
            Assert.That((string?)lines[0]["id"], Is.EqualTo("a"));
            Assert.That((int)lines[1]["id"]!, Is.EqualTo(7));
        });
        var quantities = lines[0]["mentions"]!.Where(m => (string?)m["kind"] == "quantity").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(quantities.Select(m => (string?)m["text"]), Is.EqualTo(new[] { "Hundreds of airstrikes", "30 days" }));
            Assert.That((decimal?)quantities[0]["min"], Is.EqualTo(200m));
            Assert.That((decimal?)quantities[1]["min"], Is.EqualTo(30m));
            Assert.That((string?)quantities[1]["unit"], Is.EqualTo("days"));
            Assert.That(lines[1]["mentions"]!.Where(m => (string?)m["kind"] == "quantity"), Is.Empty);
        });
    }

    [Test]
    public void Run_Jsonl_TemporalMentionsCarryTimexPeriodAndPreposition()
    {
        const string Input = "{\"id\": \"a\", \"text\": \"Profits fell in the third quarter and the strike lasted for three weeks.\", \"reference\": \"2013-11-02\"}\n";

        var (code, output, _) = Run(["tag", "--jsonl"], Input);

        var mentions = Lines(output)[0]["mentions"]!.Where(m => (string?)m["kind"] != "quantity").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(mentions.Select(m => (string?)m["text"]), Is.EqualTo(new[] { "the third quarter", "three weeks" }));
            Assert.That(mentions.Select(m => (string?)m["timex"]!["type"]), Is.EqualTo(new[] { "DATE", "DURATION" }));
            Assert.That(mentions.Select(m => (string?)m["timex"]!["value"]), Is.EqualTo(new[] { "2013-Q3", "P3W" }));
            Assert.That(mentions.Select(m => (string?)m["period"]), Is.EqualTo(new[] { null, "P3W" }));
            Assert.That(mentions.Select(m => (string?)m["preposition"]), Is.EqualTo(new[] { null, "for" }));
        });
    }

    [TestCase("Shares were bought from Aug. 26 to Oct. 20 in the market.", "Aug. 26", "2025-08-26", "Oct. 20", "2025-10-20")]
    [TestCase("The firm grew between 1994 and 1997 in the north.", "1994", "1994", "1997", "1997")]
    [TestCase("Prices fell from March to June in the capital.", "March", "2025-03", "June", "2025-06")]
    [TestCase("The mine was shut from 2001 to 2003, officials said.", "2001", "2001", "2003", "2003")]
    public void Run_Jsonl_RangeGivesOneTimexPerEnd(string text, string firstText, string firstValue, string endText, string endValue)
    {
        var input = new JObject { ["id"] = "a", ["text"] = text, ["reference"] = "2025-11-02" }.ToString(Newtonsoft.Json.Formatting.None) + "\n";

        var (code, output, _) = Run(["tag", "--jsonl"], input);

        var mentions = Lines(output)[0]["mentions"]!.Where(m => (string?)m["kind"] != "quantity").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(mentions.Select(m => (string?)m["kind"]), Is.EqualTo(new[] { "range", "range-end" }));
            Assert.That((string?)mentions[0]["timex"]!["text"], Is.EqualTo(firstText));
            Assert.That((int?)mentions[0]["timex"]!["offset"], Is.EqualTo(text.IndexOf(firstText, StringComparison.Ordinal)));
            Assert.That((string?)mentions[0]["timex"]!["value"], Is.EqualTo(firstValue));
            Assert.That((string?)mentions[1]["text"], Is.EqualTo(endText));
            Assert.That((int?)mentions[1]["offset"], Is.EqualTo(text.IndexOf(endText, StringComparison.Ordinal)));
            Assert.That((string?)mentions[1]["timex"]!["value"], Is.EqualTo(endValue));
        });
    }

    [TestCase("2025-07-23T14:05:00Z")]
    [TestCase("2025-07-23T14:05:00+02:00")]
    [TestCase("2025-07-23T14:05")]
    public void Run_IsoDateTimeReference_IsAcceptedAsItsDate(string reference)
    {
        var (plainCode, plain, _) = Run(["tag", "--reference", reference], "The board met on Monday.");
        var (jsonCode, json, _) = Run(["tag", "--jsonl"], $"{{\"id\": \"a\", \"text\": \"The board met on Monday.\", \"reference\": \"{reference}\"}}\n");

        Assert.Multiple(() =>
        {
            Assert.That(plainCode, Is.EqualTo(0));
            Assert.That(jsonCode, Is.EqualTo(0));
            Assert.That((string?)Lines(plain)[0]["start"], Is.EqualTo("2025-07-21"));
            Assert.That((string?)Lines(json)[0]["mentions"]![0]!["timex"]!["value"], Is.EqualTo("2025-07-21"));
        });
    }

    [TestCaseSource(nameof(BadLines))]
    public void Run_JsonlBadLine_ReportsTheLineAndGoesOn(string badLine, string? expectedId, string expectedError)
    {
        var input = "{\"id\": \"ok1\", \"text\": \"5 people\"}\n" + badLine + "\n{\"id\": \"ok2\", \"text\": \"7 days\"}\n";

        var (code, output, error) = Run(["tag", "--jsonl"], input);

        var lines = Lines(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(lines, Has.Count.EqualTo(3));
            Assert.That((string?)lines[0]["id"], Is.EqualTo("ok1"));
            Assert.That((string?)lines[2]["id"], Is.EqualTo("ok2"));
            Assert.That(lines[2]["mentions"]!.Select(m => (string?)m["text"]), Does.Contain("7 days"));
            Assert.That(lines[1].Properties().Select(p => p.Name), Is.EqualTo(new[] { "id", "line", "error" }));
            Assert.That((string?)lines[1]["id"], Is.EqualTo(expectedId));
            Assert.That((int)lines[1]["line"]!, Is.EqualTo(2));
            Assert.That((string?)lines[1]["error"], Does.Contain(expectedError));
            Assert.That(error, Does.Contain("line 2"));
            Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [Test]
    public void Run_JsonlLineOverTenMegabytes_IsRejected()
    {
        var huge = "{\"id\": \"big\", \"text\": \"" + new string('x', 10 * 1024 * 1024) + "\"}";

        var (code, output, error) = Run(["tag", "--jsonl"], huge + "\n");

        var line = Lines(output).Single();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That((int)line["line"]!, Is.EqualTo(1));
            Assert.That((string?)line["error"], Does.Contain("at most"));
            Assert.That(error, Does.Contain("line 1"));
        });
    }

    [Test]
    public void Run_JsonlBlankLines_AreSkippedButCounted()
    {
        var (code, output, error) = Run(["tag", "--jsonl"], "\n\n{oops\n");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That((int)Lines(output).Single()["line"]!, Is.EqualTo(3));
            Assert.That(error, Does.Contain("line 3"));
        });
    }

    [TestCaseSource(nameof(BadArguments))]
    public void Run_BadArguments_ExitsWithUsageError(string[] args)
    {
        var (code, output, error) = Run(args, "5 people");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.StartWith("newsevents: "));
        });
    }

    /// <summary>Help requests: arguments after "tag".</summary>
    private static IEnumerable<TestCaseData> HelpRequests()
    {
        yield return new TestCaseData((object)new[] { "tag", "--help" }).SetArgDisplayNames("--help");
        yield return new TestCaseData((object)new[] { "tag", "-h" }).SetArgDisplayNames("-h");
        yield return new TestCaseData((object)new[] { "tag", "--jsonl", "--help" }).SetArgDisplayNames("after another option");
        yield return new TestCaseData((object)new[] { "tag", "--reference=2025-07-23", "-h" }).SetArgDisplayNames("after an = option");
    }

    [TestCaseSource(nameof(HelpRequests))]
    public void Run_Help_PrintsUsageExitsZeroWithoutReadingInput(string[] args)
    {
        var (code, output, error) = Run(args, "{ not read }");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.EqualTo(NewsEvents.Cli.Commands.Usage.For("tag")));
            Assert.That(output, Does.StartWith("newsevents tag - ").And.Contain("Options of tag").And.Not.Contain("Options of analyze"));
            Assert.That(error, Is.Empty);
        });
    }

    /// <summary>The same request in the "--name value" and "--name=value" forms.</summary>
    private static IEnumerable<TestCaseData> EqualsForms()
    {
        yield return new TestCaseData(new[] { "tag", "--reference", "2025-07-23" }, new[] { "tag", "--reference=2025-07-23" }, "He left last Monday.")
            .SetArgDisplayNames("--reference");
        yield return new TestCaseData(new[] { "tag", "--jsonl", "--reference", "2025-07-23" }, new[] { "tag", "--jsonl", "--reference=2025-07-23" },
            "{\"id\": 1, \"text\": \"Talks resume next Friday.\"}").SetArgDisplayNames("--reference with --jsonl");
    }

    [TestCaseSource(nameof(EqualsForms))]
    public void Run_OptionWithEqualsSign_SameOutputAsSeparateValue(string[] separate, string[] joined, string input)
    {
        var expected = Run(separate, input);

        var actual = Run(joined, input);

        Assert.Multiple(() =>
        {
            Assert.That(actual.Code, Is.EqualTo(0), actual.Error);
            Assert.That(actual.Output, Is.EqualTo(expected.Output));
            Assert.That(Lines(actual.Output), Is.Not.Empty);
            Assert.That(actual.Output, Does.Contain("2025-07-"));
        });
    }

    [TestCase("Day", "day")]
    [TestCase("DayOfWeek", "day-of-week")]
    public void Kebab_PascalCase_ReturnsKebabCase(string name, string expected)
    {
        Assert.That(NewsEvents.Cli.Commands.TagCommand.Kebab(name), Is.EqualTo(expected));
    }

    private static (int Code, string Output, string Error) Run(string[] args, string input)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdin, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static List<JObject> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
}
