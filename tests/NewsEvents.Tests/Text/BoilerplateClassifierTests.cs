namespace NewsEvents.Tests.Text;

/// <summary>Boilerplate removal on made-up articles: what is set aside, with which kind, and what story text is kept.</summary>
public class BoilerplateClassifierTests
{
    public sealed record BoilerplateCase(string Name, string Text, (string Snippet, BoilerplateKind Kind)[] Blocks, int Sentences)
    {
        public string? Dateline { get; init; }

        public string[] Credits { get; init; } = [];

        public string? Title { get; init; }

        public override string ToString() => Name;
    }

    private const string Body1 = "Flooding in the river delta displaced thousands of farmers on Sunday, provincial officials said.";
    private const string Body2 = "The provincial flood agency said water levels in the delta would keep rising until Wednesday.";
    private const string Body3 = "Farmers in the delta said the flooding had destroyed most of the rice harvest.";

    private static BoilerplateCase C(string name, string text, int sentences, params (string, BoilerplateKind)[] blocks) => new(name, text, blocks, sentences);

    public static IEnumerable<BoilerplateCase> Cases() =>
    [
        C("legal notice and everything after it", $"{Body1}\n{Body2}\nAll rights reserved. Reproduction without permission is prohibited.\nA new smartphone model went on sale in Seoul.\nThe football season opens next week.", 2,
            ("All rights reserved", BoilerplateKind.LegalNotice), ("smartphone", BoilerplateKind.AppendedContent), ("football", BoilerplateKind.AppendedContent)),
        C("copyright sign", $"{Body1}\n{Body2}\n© 2025 Delta Daily News", 2, ("© 2025", BoilerplateKind.LegalNotice)),
        C("read also line between paragraphs", $"{Body1}\nRead also: Drought hits the northern highlands\n{Body2}", 2, ("Read also", BoilerplateKind.RelatedHeadline)),
        C("related line between paragraphs", $"{Body1}\nRelated: Markets slide as oil prices jump\n{Body2}", 2, ("Related:", BoilerplateKind.RelatedHeadline)),
        C("section labels between paragraphs", $"{Body1}\nRising waters\n{Body2}\nA harvest lost\n{Body3}", 3,
            ("Rising waters", BoilerplateKind.SectionLabel), ("A harvest lost", BoilerplateKind.SectionLabel)),
        C("quoted related headline between paragraphs", $"{Body1}\n\nPresident vows 'no more delays' on dam project, warns contractors\n{Body2}", 2,
            ("President vows", BoilerplateKind.RelatedHeadline)),
        C("image markup and photo credit", $"{Body1}\n![flood](https://example.org/flood.jpg)\nVillagers wade through water. Photo: Reuters\n{Body2}", 2,
            ("![flood]", BoilerplateKind.ImageMarkup), ("Photo: Reuters", BoilerplateKind.PhotoCaption)),
        C("duplicated caption lines", $"{Body1}\nRescuers carry a child to a boat. Photo by Jane Roe/AFP\nRescuers carry a child to a boat.\n{Body2}", 2,
            ("Photo by Jane Roe", BoilerplateKind.PhotoCaption), ("Rescuers carry a child to a boat.", BoilerplateKind.PhotoCaption)),
        C("byline after the title", $"Floods sweep the delta\n\nBy Maria Chen\n\n{Body1}\n{Body2}", 2,
            ("Floods sweep the delta", BoilerplateKind.HeaderMetadata), ("By Maria Chen", BoilerplateKind.Byline)) with { Title = "Floods sweep the delta" },
        C("dateline with em dash", $"WASHINGTON — {Body1}\n{Body2}", 2, ("WASHINGTON —", BoilerplateKind.Dateline)) with { Dateline = "WASHINGTON" },
        C("dateline with agency", $"KYIV (AFP) - {Body1}\n{Body2}", 2, ("KYIV (AFP) -", BoilerplateKind.Dateline)) with { Dateline = "KYIV", Credits = ["AFP"] },
        C("title-case dateline with date and agency", $"Ankara, July 23 (AA) - {Body1}\n{Body2}", 2, ("Ankara, July 23 (AA) -", BoilerplateKind.Dateline)) with { Dateline = "Ankara", Credits = ["AA"] },
        C("dateline alone on a line", $"Floods sweep the delta\n\nDHAKA\n{Body1}\n{Body2}", 2,
            ("Floods sweep the delta", BoilerplateKind.HeaderMetadata), ("DHAKA", BoilerplateKind.Dateline)) with { Dateline = "DHAKA", Title = "Floods sweep the delta" },
        C("agency tag ends the last paragraph", $"{Body1}\n{Body2} (AA)", 2, ("(AA)", BoilerplateKind.AgencyTag)) with { Credits = ["AA"] },
        C("agency tag alone", $"{Body1}\n{Body2}\n(ANSA)", 2, ("(ANSA)", BoilerplateKind.AgencyTag)) with { Credits = ["ANSA"] },
        C("isolated unrelated trailing sentence", $"{Body1}\n\n{Body2}\n\n{Body3}\n\nA famous violinist gave a surprise concert at the opera house yesterday evening.", 3,
            ("famous violinist", BoilerplateKind.AppendedContent)),
        C("trailing unrelated headlines", $"{Body1}\n{Body2}\n\nTech start-ups race to build cheaper batteries\nWhy city parks matter more than ever", 2,
            ("Tech start-ups", BoilerplateKind.AppendedContent), ("city parks", BoilerplateKind.AppendedContent)),
        C("separator line", $"{Body1}\n* * *\n{Body2}", 2, ("* * *", BoilerplateKind.ImageMarkup)),
        C("reporting credits line", $"{Body1}\n{Body2}\nReporting by Tom Hale; Editing by Ann Ford", 2, ("Reporting by", BoilerplateKind.Byline)),
        C("credit list in parentheses", $"{Body1}\n{Body2}\nLe Minh (According to Reuters, Xinhua)", 2, ("Le Minh", BoilerplateKind.Byline)) with { Credits = ["Reuters", "Xinhua"] },
        C("trailing paragraph of two sentences is story text however few words it shares",
            $"{Body1}\n\nThe levee broke at 05:40 GMT, 30 km north of Harlow. About 80 homes were swept away and two bridges closed.", 3),
        C("only the last of several one-sentence trailing paragraphs may be an addition",
            $"{Body1}\n\nThe levee broke at 05:40 GMT, 30 km north of Harlow.\n\nA famous violinist gave a surprise concert at the opera house yesterday evening.", 2,
            ("famous violinist", BoilerplateKind.AppendedContent)),
        C("related trailing isolated line that shares the story words is kept", $"{Body1}\n\n{Body2}\n\nOfficials said farmers in the delta would receive flood relief by Wednesday.", 3),
        C("story sentence that mentions copyright is kept", $"The court ruled on the copyright dispute between two publishers on Friday.\n{Body1}\n{Body2}", 3),
        C("wrapped paragraph lines stay story text", "Flooding in the river delta displaced thousands of\nfarmers on Sunday, officials said. Water levels\nwill keep rising.", 2),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Read_MadeUpArticle_SetsAsideExpectedBlocksAndKeepsStory(BoilerplateCase testCase)
    {
        var article = ArticleReader.Read(testCase.Text, new ArticleMetadata("made-up"));
        var report = "blocks: " + string.Join(" | ", article.Boilerplate) + "\nsentences: " + string.Join(" | ", article.Sentences.Select(s => s.Text));
        Assert.Multiple(() =>
        {
            foreach (var (snippet, kind) in testCase.Blocks)
            {
                Assert.That(article.Boilerplate.Where(b => b.Text.Contains(snippet, StringComparison.Ordinal)).Select(b => b.Kind), Has.Member(kind), $"{snippet}\n{report}");
                Assert.That(article.Sentences.Any(s => s.Text.Contains(snippet, StringComparison.Ordinal)), Is.False, $"{snippet} left in a sentence\n{report}");
            }

            Assert.That(article.Sentences, Has.Length.EqualTo(testCase.Sentences), report);
            Assert.That(article.Boilerplate, Has.Length.EqualTo(testCase.Blocks.Length), report);
            Assert.That(article.Dateline, Is.EqualTo(testCase.Dateline), report);
            Assert.That(article.Credits, Is.EqualTo(testCase.Credits), report);
            Assert.That(article.Title, Is.EqualTo(testCase.Title), report);
        });
    }
}
