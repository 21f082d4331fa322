namespace NewsEvents.Tests.Text;

/// <summary>Relayed agencies, titles and header dates on made-up articles.</summary>
[SetCulture("tr-TR")]
public class ArticleReaderAttributionTests
{
    public sealed record RelayCase(string Name, string Text, string[] Relays)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<RelayCase> RelayCases() =>
    [
        new("according to Reuters", "The port was shelled overnight, according to Reuters.", ["Reuters"]),
        new("told AFP", "“We have no water,” a resident told AFP on Monday.", ["AFP"]),
        new("told AFP with full name elsewhere", "The figures were confirmed by Agence France-Presse. “It is over,” a medic told AFP.", ["Agence France-Presse"]),
        new("as quoted by state-run agency with abbreviation", "“We will act,” the minister said, as quoted by the state-run Anadolu Agency (AA).", ["Anadolu Agency"]),
        new("first reported by", "The move was first reported by the state-run Anadolu Agency and relayed by television.", ["Anadolu Agency"]),
        new("abbreviation with full name elsewhere", "Anadolu Agency staff were present. Three people died, according to AA.", ["Anadolu Agency"]),
        new("official news agency", "The strike hit a depot, according to the official Syrian Arab News Agency (SANA).", ["Syrian Arab News Agency"]),
        new("unknown agency ending in Agency", "Two villages were evacuated, according to the Kurdistan Press Agency.", ["Kurdistan Press Agency"]),
        new("two agencies", "The blast was heard downtown, according to Reuters. A witness told The Associated Press it was loud.", ["Reuters", "The Associated Press"]),
        new("according to officials is not a relay", "The ceasefire holds, according to officials from the ministry.", []),
        new("according to UN figures is not a relay", "Over 500 people died, according to UN figures.", []),
        new("told reporters is not a relay", "The spokesman told reporters in the capital that talks would resume.", []),
        new("cue inside a word is not a relay", "The reaccording to Reuters typo is ignored by nobody.", []),
    ];

    [TestCaseSource(nameof(RelayCases))]
    public void Read_RelayCue_FindsRelayedAgencies(RelayCase testCase)
    {
        var article = ArticleReader.Read(testCase.Text, new ArticleMetadata("relay"));
        Assert.That(article.Relays, Is.EqualTo(testCase.Relays), testCase.Name);
    }

    [Test]
    public void Read_HeadlineThenBlankLineThenBody_TakesTitleAndKeepsItOutOfSentences()
    {
        var article = ArticleReader.Read("Port reopens after storm\n\nShips queued on Monday. Cranes resumed work.", new ArticleMetadata("t"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Port reopens after storm"));
            Assert.That(article.Sentences.Select(s => s.Text), Is.EqualTo(new[] { "Ships queued on Monday.", "Cranes resumed work." }));
        });
    }

    [Test]
    public void Read_FirstLineIsASentence_HasNoTitle()
    {
        var article = ArticleReader.Read("Ships queued on Monday.\nCranes resumed work.", new ArticleMetadata("t"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.Null);
            Assert.That(article.Sentences, Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void Read_MetadataTitle_WinsAndMatchingLineIsNotASentence()
    {
        var article = ArticleReader.Read("Port reopens\nShips queued on Monday.", new ArticleMetadata("t", title: "Port reopens"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Port reopens"));
            Assert.That(article.Sentences.Select(s => s.Text), Is.EqualTo(new[] { "Ships queued on Monday." }));
        });
    }

    [TestCase(" date 2025-07-23 Port reopens\n\nShips queued.", 2025, 7, 23, "Port reopens")]
    [TestCase("Date: 2024-02-29\nPort reopens\n\nShips queued.", 2024, 2, 29, "Port reopens")]
    public void Read_HeaderDate_SetsReferenceDateWithDatelineBasis(string text, int year, int month, int day, string title)
    {
        var article = ArticleReader.Read(text, new ArticleMetadata("h"));
        Assert.Multiple(() =>
        {
            Assert.That(article.ReferenceDate.Date, Is.EqualTo(new LocalDate(year, month, day)));
            Assert.That(article.ReferenceDate.Basis, Is.EqualTo(ReferenceDateBasis.Dateline));
            Assert.That(article.Title, Is.EqualTo(title));
            Assert.That(article.Sentences.Select(s => s.Text), Is.EqualTo(new[] { "Ships queued." }));
        });
    }

    [TestCase(" date 2025-02-30 Ships queued.")]
    [TestCase("Dates were set for the talks.")]
    [TestCase("date 20250723 Ships queued.")]
    public void Read_NoValidHeaderDate_LeavesReferenceDateUnknown(string text)
    {
        var article = ArticleReader.Read(text, new ArticleMetadata("h"));
        Assert.That(article.ReferenceDate, Is.EqualTo(ReferenceDate.Unknown));
    }
}
