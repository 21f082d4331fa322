using System.IO;
using System.Text;
using NewsEvents.Cli.Input;

namespace NewsEvents.Tests.Cli;

[TestFixture]
public sealed class TextDecoderTests
{
    // windows-1252: 0x93 and 0x94 are curly double quotes, 0x92 a curly apostrophe, 0xE9 "é".
    private static readonly byte[] Windows1252Story = [.. "The minister"u8, 0x92, .. "s "u8, 0x93, .. "final"u8, 0x94, .. " offer reached the caf"u8, 0xE9, .. "."u8];
    private const string Story = "The minister\u2019s \u201Cfinal\u201D offer reached the caf\u00E9.";

    private static byte[] Page(string head, byte[] body) =>
        [.. Encoding.ASCII.GetBytes("<!DOCTYPE html><html><head>" + head + "</head><body><p>"), .. body, .. "</p></body></html>"u8];

    /// <summary>HTML pages that are not UTF-8 but declare their charset: head markup, body bytes, the text expected in the result.</summary>
    private static IEnumerable<TestCaseData> Declared()
    {
        yield return new TestCaseData("<meta charset=\"windows-1252\">", Windows1252Story, Story).SetArgDisplayNames("meta charset");
        yield return new TestCaseData("<META CHARSET=Windows-1252>", Windows1252Story, Story).SetArgDisplayNames("upper case, unquoted");
        yield return new TestCaseData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", Windows1252Story, Story)
            .SetArgDisplayNames("http-equiv content");
        yield return new TestCaseData("<meta content='text/html;charset=iso-8859-1' http-equiv='content-type' />", Windows1252Story, Story)
            .SetArgDisplayNames("Latin-1 label, read as windows-1252 like browsers");
        yield return new TestCaseData("<!-- <meta charset=\"utf-8\"> --><title>x</title><meta charset=\"windows-1252\">", Windows1252Story, Story)
            .SetArgDisplayNames("declaration in a comment is ignored");
        yield return new TestCaseData("<meta charset=\"iso-8859-7\">", (byte[])[.. "Athens: "u8, 0xE1, 0xE2, 0xE3], "Athens: \u03B1\u03B2\u03B3")
            .SetArgDisplayNames("Greek ISO-8859-7");
        yield return new TestCaseData("<meta charset=\"windows-1252\">", Encoding.UTF8.GetBytes(Story), Story)
            .SetArgDisplayNames("valid UTF-8 wins over a stale declaration");
    }

    [TestCaseSource(nameof(Declared))]
    public void TryDecode_HtmlDeclaringItsCharset_DecodesWithIt(string head, byte[] body, string expected)
    {
        var decoded = TextDecoder.TryDecode(Page(head, body), html: true, out var text, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.True, error);
            Assert.That(text, Does.Contain(expected));
        });
    }

    /// <summary>Bytes that stay rejected: head markup, whether they are HTML, a fragment of the error.</summary>
    private static IEnumerable<TestCaseData> Rejected()
    {
        yield return new TestCaseData("<meta charset=\"windows-1252\">", false, "not UTF-8 text").SetArgDisplayNames("plain text keeps the UTF-8 rule");
        yield return new TestCaseData("<title>no declaration</title>", true, "no <meta charset> declares another encoding").SetArgDisplayNames("HTML without a declaration");
        yield return new TestCaseData("<meta charset=\"x-no-such-charset\">", true, "'x-no-such-charset' is not supported").SetArgDisplayNames("unknown charset");
        yield return new TestCaseData("<meta charset=\"utf-8\">", true, "not UTF-8 text").SetArgDisplayNames("declared UTF-8 but is not");
        yield return new TestCaseData("<meta name=\"x\" content=\"text/html; charset=windows-1252\">", true, "no <meta charset>")
            .SetArgDisplayNames("content without http-equiv");
    }

    [TestCaseSource(nameof(Rejected))]
    public void TryDecode_NotUtf8AndNoUsableDeclaration_FailsWithReason(string head, bool html, string reason)
    {
        var decoded = TextDecoder.TryDecode(Page(head, Windows1252Story), html, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.False);
            Assert.That(error, Does.Contain(reason));
        });
    }

    [Test]
    public void Analyze_Windows1252HtmlFile_ReadsItWithItsCurlyQuotes()
    {
        using var folder = new TempFolder();
        byte[] page =
        [
            .. "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf"u8, 0xE9,
            .. " talks</title></head><body><p>"u8, .. Windows1252Story, .. "</p></body></html>"u8,
        ];
        var path = folder.WriteBytes("talks.html", page);

        var result = CliHarness.Run("analyze", path, "--verbose", "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.ArticlesRead, Is.EqualTo(new[] { "talks" }));
            Assert.That(result.Stdout, Does.Contain("\"title\": \"Caf\u00E9 talks\""));
        });
    }

    [Test]
    public void Analyze_Windows1252TextFile_StillFailsAsNotUtf8()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("talks.txt", Windows1252Story);

        var result = CliHarness.Run("analyze", path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Has.Some.EqualTo($"newsevents: {path}: not UTF-8 text"));
        });
    }
}
