using System.IO;

namespace NewsEvents.Tests.Cli;

[TestFixture]
public sealed class ArticleMetadataFileTests
{
    private static IEnumerable<TestCaseData> Malformed()
    {
        yield return new TestCaseData("", "side.json: line 0, position 0, path '$': empty document; expected an array of objects").SetName("Parse_Empty_Throws");
        yield return new TestCaseData("{}", "side.json: line 1, position 1, path '$': found an object; expected an array of objects").SetName("Parse_NotAnArray_Throws");
        yield return new TestCaseData("[1]", "side.json: line 1, position 2, path '$[0]': found a number; each element must be an object").SetName("Parse_ElementNotObject_Throws");
        yield return new TestCaseData("[{\"source\": \"X\"}]", "side.json: line 1, position 2, path '$[0]': missing required property 'id'").SetName("Parse_MissingId_Throws");
        yield return new TestCaseData("[{\"id\": \"\"}]", "side.json: line 1, position 10, path '$[0].id': id must be a non-empty string without leading or trailing white space").SetName("Parse_EmptyId_Throws");
        yield return new TestCaseData("[{\"id\": 7}]", "side.json: line 1, position 9, path '$[0].id': 'id' is a number; must be a string or null").SetName("Parse_NumericId_Throws");
        yield return new TestCaseData("[{\"id\": \"a\", \"title\": [\"x\"]}]", "side.json: line 1, position 23, path '$[0].title': 'title' is an array; must be a string or null").SetName("Parse_WrongType_Throws");
        yield return new TestCaseData("[{\"id\": \"a\", \"published\": \"2025-7-23\"}]", "side.json: line 1, position 37, path '$[0].published': 'published' was \"2025-7-23\"; must be a date yyyy-MM-dd or an ISO date-time such as 2025-07-23T14:05:00Z, with a year from 1000 to 9999").SetName("Parse_BadDate_Throws");
        yield return new TestCaseData("[{\"id\": \"a\", \"published\": \"2025-02-29\"}]", "side.json: line 1, position 38, path '$[0].published': 'published' was \"2025-02-29\"; must be a date yyyy-MM-dd or an ISO date-time such as 2025-07-23T14:05:00Z, with a year from 1000 to 9999").SetName("Parse_NoSuchDay_Throws");
        yield return new TestCaseData("[{\"id\": \"a\", \"published\": \"2025-07-23T25:00:00Z\"}]", "side.json: line 1, position 48, path '$[0].published': 'published' was \"2025-07-23T25:00:00Z\"; must be a date yyyy-MM-dd or an ISO date-time such as 2025-07-23T14:05:00Z, with a year from 1000 to 9999").SetName("Parse_BadDateTime_Throws");
        yield return new TestCaseData("[{\"id\": \"a\"},\n {\"id\": \"a\"}]", "side.json: line 2, position 2, path '$[1]': duplicate id 'a'").SetName("Parse_DuplicateId_Throws");
        yield return new TestCaseData("[{\"id\": \"a\", \"ID\": \"b\"}]", "side.json: line 1, position 18, path '$[0].ID': duplicate property 'ID'").SetName("Parse_DuplicateProperty_Throws");
        yield return new TestCaseData("[{\"id\": \"a\"}] []", "side.json: line 1, position 14, path '$': Additional text encountered after finished reading JSON content: [").SetName("Parse_TrailingDocument_Throws");
        yield return new TestCaseData("[{\"id\": \"a\"", "side.json: line 1, position 11, path '$[0].id': unexpected end of document").SetName("Parse_Truncated_Throws");
        yield return new TestCaseData("[{\"id\": 'a}]", "side.json: line 1, position 12, path '$[0].id': Unterminated string. Expected delimiter: '").SetName("Parse_BrokenString_Throws");
        yield return new TestCaseData("[{\"id\": \"a\", \"x\": " + new string('[', 20) + new string(']', 20) + "}]",
            "side.json: line 1, position 33, path '$[0].x[0][0][0][0][0][0][0][0][0][0][0][0][0][0]': The reader's MaxDepth of 16 has been exceeded").SetName("Parse_TooDeep_Throws");
    }

    [TestCaseSource(nameof(Malformed))]
    public void Parse_Malformed_ThrowsFormatExceptionNamingSourceLinePositionAndPath(string json, string message)
    {
        Assert.That(() => ArticleMetadataFile.Parse(json, "side.json"), Throws.TypeOf<FormatException>().With.Message.EqualTo(message));
    }

    [TestCase("2025-07-23T14:05:00Z")]
    [TestCase("2025-07-23T14:05:00.123Z")]
    [TestCase("2025-07-23T23:30:00-05:00")]
    [TestCase("2025-07-23T14:05:00+03:00")]
    [TestCase("2025-07-23T14:05")]
    [TestCase("2025-07-23T14:05:00")]
    public void Parse_PublishedDateTime_GivesItsCalendarDate(string published)
    {
        var entries = ArticleMetadataFile.Parse($"[{{\"id\": \"a\", \"published\": \"{published}\"}}]", "side.json");

        Assert.That(entries.Single().Published, Is.EqualTo(new LocalDate(2025, 7, 23)));
    }

    [Test]
    public void Parse_ValidSidecar_ReadsFieldsIgnoresUnknownAndTreatsMissingAsNull()
    {
        const string json = """
            [
              {"id": "001", "source": "BBC News", "title": null, "published": "2005-11-28", "url": "https://example.org/1", "extra": {"a": [1, 2]}},
              {"ID": "002", "Source": "AP"},
              {"id": "003", "published": null}
            ]
            """;

        var result = ArticleMetadataFile.Parse(json, "side.json");

        Assert.That(result, Is.EqualTo(new[]
        {
            new ArticleMetadata("001", "BBC News", null, new LocalDate(2005, 11, 28), "https://example.org/1"),
            new ArticleMetadata("002", "AP"),
            new ArticleMetadata("003"),
        }));
    }

    [Test]
    public void Parse_EmptyArray_ReturnsEmpty()
    {
        Assert.That(ArticleMetadataFile.Parse(" [ ] ", "side.json"), Is.Empty);
    }

    [Test]
    [SetCulture("tr-TR")]
    public void Parse_TurkishCulture_MatchesPropertyNamesAndDates()
    {
        var result = ArticleMetadataFile.Parse("""[{"ID": "i", "TITLE": "t", "PUBLISHED": "2025-07-23"}]""", "side.json");

        Assert.That(result, Is.EqualTo(new[] { new ArticleMetadata("i", null, "t", new LocalDate(2025, 7, 23)) }));
    }

    [Test]
    public void Load_InvalidUtf8_ThrowsFormatException()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsevents-meta-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, [0x5B, 0xFF, 0x5D]);
        try
        {
            Assert.That(() => ArticleMetadataFile.Load(path), Throws.TypeOf<FormatException>().With.Message.EqualTo(path + ": not UTF-8 text"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_ByteOrderMark_IsSkipped()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsevents-meta-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "[{\"id\": \"a\"}]"u8.ToArray()]);
        try
        {
            Assert.That(ArticleMetadataFile.Load(path), Is.EqualTo(new[] { new ArticleMetadata("a") }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_MissingFile_ThrowsFileNotFound()
    {
        Assert.That(() => ArticleMetadataFile.Load(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N"))),
            Throws.InstanceOf<FileNotFoundException>());
    }
}
