using System.IO;
using System.Text.Json;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Text;

/// <summary>The reader on the five seed articles, against TestData/Text/seeds-reader.json.</summary>
[SetCulture("tr-TR")]
public class ArticleReaderSeedTests
{
    public sealed record ExpectedBoilerplate(string Text, BoilerplateKind[] Kinds);

    public sealed record SeedExpectation(string Id, int Sentences, ExpectedBoilerplate[] Boilerplate, string[] NonStory)
    {
        public override string ToString() => Id;
    }

    public static IEnumerable<SeedExpectation> Expectations()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Text", "seeds-reader.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var seed in document.RootElement.GetProperty("seeds").EnumerateArray())
        {
            yield return new SeedExpectation(
                seed.GetProperty("id").GetString()!,
                seed.GetProperty("sentences").GetInt32(),
                seed.GetProperty("boilerplate").EnumerateArray()
                    .Select(b => new ExpectedBoilerplate(
                        b.GetProperty("text").GetString()!,
                        b.GetProperty("kinds").EnumerateArray().Select(k => Enum.Parse<BoilerplateKind>(k.GetString()!)).ToArray()))
                    .ToArray(),
                seed.GetProperty("nonStory").EnumerateArray().Select(s => s.GetString()!).ToArray());
        }
    }

    private static Article ReadSeed(string id) => ArticleReader.Read(Seeds.Text(id), new ArticleMetadata(id));

    [TestCaseSource(nameof(Expectations))]
    public void Read_Seed_SetsAsideEveryListedBoilerplateWithASensibleKind(SeedExpectation expected)
    {
        var article = ReadSeed(expected.Id);
        Assert.Multiple(() =>
        {
            foreach (var item in expected.Boilerplate)
            {
                var blocks = article.Boilerplate.Where(b => b.Text.Contains(item.Text, StringComparison.Ordinal)).ToList();
                Assert.That(blocks, Is.Not.Empty, $"boilerplate \"{item.Text}\" is not set aside");
                Assert.That(blocks.Select(b => b.Kind), Has.Some.AnyOf(item.Kinds.Cast<object>().ToArray()), $"kind of \"{item.Text}\"");
                Assert.That(article.Sentences.Where(s => s.Text.Contains(item.Text, StringComparison.Ordinal)), Is.Empty, $"boilerplate \"{item.Text}\" is in a sentence");
            }
        });
    }

    [TestCaseSource(nameof(Expectations))]
    public void Read_Seed_EveryStoryLineIsCoveredBySentences(SeedExpectation expected)
    {
        var text = Seeds.Text(expected.Id);
        var article = ReadSeed(expected.Id);
        var covered = new bool[text.Length];
        foreach (var sentence in article.Sentences)
        {
            Array.Fill(covered, true, sentence.Offset, sentence.Length);
        }

        // Agency tags and datelines are cut off story lines; they may remain uncovered.
        foreach (var block in article.Boilerplate.Where(b => b.Kind is BoilerplateKind.AgencyTag or BoilerplateKind.Dateline))
        {
            Array.Fill(covered, true, block.Offset, block.Length);
        }

        var skip = expected.Boilerplate.Select(b => b.Text).Concat(expected.NonStory).ToList();
        var offset = 0;
        Assert.Multiple(() =>
        {
            foreach (var line in text.Split('\n'))
            {
                var isStory = !string.IsNullOrWhiteSpace(line) && !skip.Any(s => line.Contains(s, StringComparison.Ordinal));
                if (isStory)
                {
                    var missing = Enumerable.Range(offset, line.Length).Where(i => !char.IsWhiteSpace(text[i]) && !covered[i]).ToList();
                    Assert.That(missing, Is.Empty, $"story line not covered by sentences: {line}");
                }

                offset += line.Length + 1;
            }
        });
    }

    [TestCaseSource(nameof(Expectations))]
    public void Read_Seed_FindsTheRightNumberOfStorySentences(SeedExpectation expected)
    {
        var article = ReadSeed(expected.Id);
        Assert.That(article.Sentences, Has.Length.EqualTo(expected.Sentences), string.Join("\n", article.Sentences.Select(s => s.Text)));
    }

    [TestCaseSource(nameof(Expectations))]
    public void Read_Seed_KeepsTheTextUnchangedAndSentencesOutsideBoilerplate(SeedExpectation expected)
    {
        var text = Seeds.Text(expected.Id);
        var article = ReadSeed(expected.Id);
        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Is.SameAs(text).Or.EqualTo(text));
            foreach (var sentence in article.Sentences)
            {
                Assert.That(article.Boilerplate.Any(b => b.Offset < sentence.End && sentence.Offset < b.Offset + b.Length), Is.False, sentence.Text);
                Assert.That(article.Title is null || !sentence.Text.Contains(article.Title, StringComparison.Ordinal), Is.True, sentence.Text);
            }
        });
    }

    [Test]
    public void Read_Seed003_FindsHeaderDateDatelineAndTitle()
    {
        var article = ReadSeed("003_3119cb0e92ed0cd5");
        Assert.Multiple(() =>
        {
            Assert.That(article.ReferenceDate.Date, Is.EqualTo(new LocalDate(2025, 7, 23)));
            Assert.That(article.ReferenceDate.Basis, Is.EqualTo(ReferenceDateBasis.Dateline));
            Assert.That(article.Dateline, Is.EqualTo("ANKARA"));
            Assert.That(article.Title, Is.EqualTo("Syria formally requests support from Türkiye’s army: Defense sources"));
            Assert.That(article.Published, Is.Null);
        });
    }

    [Test]
    public void Read_Seed003WithPublishedMetadata_MetadataWins()
    {
        var article = ArticleReader.Read(Seeds.Text("003_3119cb0e92ed0cd5"), new ArticleMetadata("003", published: new LocalDate(2025, 7, 24)));
        Assert.Multiple(() =>
        {
            Assert.That(article.ReferenceDate.Date, Is.EqualTo(new LocalDate(2025, 7, 24)));
            Assert.That(article.ReferenceDate.Basis, Is.EqualTo(ReferenceDateBasis.Metadata));
            Assert.That(article.Dateline, Is.EqualTo("ANKARA"));
        });
    }

    [Test]
    public void Read_Seed002_FindsTitleAndAgencyTag()
    {
        var article = ReadSeed("002_bf985b269310d3b1");
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Türkiye confirms defense cooperation with Syrian government"));
            Assert.That(article.Credits, Does.Contain("ILKHA"));
            Assert.That(article.Sentences.Any(s => s.Text.EndsWith("peacebuilding.", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public void Read_Seed001_FindsCreditsFromTheByline()
    {
        var article = ReadSeed("001_1aa643a952d2a023");
        Assert.Multiple(() =>
        {
            Assert.That(article.Credits, Is.EqualTo(new[] { "AFP", "AP", "Euro News" }));
            Assert.That(article.Title, Is.Null);
        });
    }

    [TestCase("000_3a03000dc137063e")]
    [TestCase("004_6f0372442f866925")]
    public void Read_SeedRelayingAnadolu_RelaysContainAnadoluAgency(string id)
    {
        var article = ReadSeed(id);
        Assert.That(article.Relays, Is.EqualTo(new[] { "Anadolu Agency" }));
    }

    [TestCase("001_1aa643a952d2a023")]
    [TestCase("002_bf985b269310d3b1")]
    [TestCase("003_3119cb0e92ed0cd5")]
    public void Read_SeedWithoutRelayCue_RelaysAreEmpty(string id)
    {
        Assert.That(ReadSeed(id).Relays, Is.Empty);
    }

    [Test]
    public void Read_Seed004_KeepsTitleAbbreviationsInsideSentences()
    {
        var article = ReadSeed("004_6f0372442f866925");
        Assert.Multiple(() =>
        {
            Assert.That(article.Sentences.Any(s => s.Text.StartsWith("Spokesman Rear Adm. Zeki Aktürk told reporters", StringComparison.Ordinal)), Is.True);
            Assert.That(article.Sentences.Any(s => s.Text.StartsWith("On Wednesday, Syrian Air Force commander Brig. Assem Hawari met Turkish Chief of the General Staff Gen. Metin Gürak", StringComparison.Ordinal)), Is.True);
        });
    }
}
