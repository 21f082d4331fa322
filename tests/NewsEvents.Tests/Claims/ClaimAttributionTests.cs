using NewsEvents.Claims;

namespace NewsEvents.Tests.Claims;

/// <summary>Attribution, terms, time and place rules on news-style text beyond the seeds.</summary>
public class ClaimAttributionTests
{
    // event type | speaker ("-" = outlet) | via (comma list, "-" = none) | text
    private const string AttributionTable = """
        Attack|turkey-defense-sources|-|Israel struck Syrian positions overnight, Turkish defense sources said.
        Attack|zeki-akturk|-|Zeki Aktürk said that Israel struck Syrian positions overnight.
        Attack|united-nations|-|According to the United Nations, Israel struck Syrian positions overnight.
        Attack|united-nations|-|Israel struck Syrian positions overnight, according to the United Nations.
        Attack|zeki-akturk|anadolu-agency|Zeki Aktürk said Israel struck Syrian positions overnight, as quoted by the Anadolu Agency.
        Attack|zeki-akturk|-|"We saw that Israel struck Syrian positions again and again overnight," Zeki Aktürk said.
        Attack|hakan-fidan|-|Hakan Fidan stated, "There is no doubt that Israel struck Syrian positions again overnight."
        Attack|-|-|Israel struck Syrian positions overnight.
        Attack|-|reuters|The news was first reported by Reuters. Israel struck Syrian positions overnight.
        ProvideSupport|tom-barrack|-|Tom Barrack told reporters that the United States is providing training to Syria.
        ProvideSupport|zeki-akturk|-|Zeki Aktürk spoke in Ankara. "Our teams are now providing training to the new Syrian army every single day," he said.
        Fight|turkey-defense-sources|-|Turkish defense sources spoke on Monday. According to the officials, Druze militias and Bedouin tribes clashed again.
        """;

    public static IEnumerable<TestCaseData> AttributionCases() =>
        AttributionTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line.Split('|'))
            .Select(p => new TestCaseData(Enum.Parse<EventType>(p[0]), p[1], p[2], p[3]).SetName("Attribution_" + p[0] + "_" + Slug(p[3])));

    [TestCaseSource(nameof(AttributionCases))]
    public void Extract_AttributionPattern_NamesSpeakerAndRelay(EventType type, string speaker, string via, string text)
    {
        var analysis = TestEntities.Analyze(text);
        var ev = analysis.Events.FirstOrDefault(e => e.Type == type);
        Assert.That(ev, Is.Not.Null, TestEntities.Describe(analysis));
        var occurred = analysis.Claims.Single(c => c.EventId == ev!.Id && c.Property == ClaimProperty.Occurred);
        Assert.Multiple(() =>
        {
            Assert.That(occurred.Attribution.Speaker, Is.EqualTo(speaker == "-" ? null : speaker), TestEntities.Describe(analysis));
            Assert.That(string.Join(",", occurred.Attribution.Via), Is.EqualTo(via == "-" ? string.Empty : via));
        });
    }

    // terms proposition | polarity | certainty | text
    private const string TermsTable = """
        syria enter suwayda|Negative|Certain|A ceasefire was agreed in Suwayda. Under the truce, the Syrian government agreed to refrain from entering the province.
        syria enter suwayda|Positive|Certain|A US-brokered ceasefire was announced, allowing Syrian government forces to enter Sweida.
        russia withdraw kharkiv|Positive|Certain|The deal requires Russia to withdraw from Kharkiv and allows Russia to withdraw from Kharkiv within a month.
        israel enter rafah|Negative|Certain|The truce bars Israel from entering Rafah.
        hamas release hostages|Positive|Probable|The agreement reportedly allows Hamas to release hostages in stages.
        turkey establish military-bases|Positive|Probable|Turkey seeks a defense pact with Syria, reportedly including a provision allowing Ankara to establish military bases.
        """;

    public static IEnumerable<TestCaseData> TermsCases() =>
        TermsTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line.Split('|'))
            .Select(p => new TestCaseData(p[0], Enum.Parse<Polarity>(p[1]), Enum.Parse<Certainty>(p[2]), p[3]).SetName("Terms_" + Slug(p[3])));

    [TestCaseSource(nameof(TermsCases))]
    public void Extract_TermsOfDeal_NormalizesPropositionAndPolarity(string proposition, Polarity polarity, Certainty certainty, string text)
    {
        var analysis = TestEntities.Analyze(text);
        var terms = analysis.Claims.Where(c => c.Property == ClaimProperty.Terms).ToList();
        Assert.That(terms, Is.Not.Empty, TestEntities.Describe(analysis));
        var term = terms.Last();
        var value = (TermsValue)term.Value;
        Assert.Multiple(() =>
        {
            Assert.That(value.Proposition, Is.EqualTo(proposition));
            Assert.That(value.Polarity, Is.EqualTo(polarity));
            Assert.That(term.Factuality.Certainty, Is.EqualTo(certainty));
            Assert.That(analysis.Events.Single(e => e.Id == term.EventId).Type, Is.AnyOf(EventType.Agree, EventType.Ceasefire));
        });
    }

    [Test]
    public void Extract_ReportedEvent_StatementGetsAnnouncementDateAndRequestNone()
    {
        const string text = "Turkish defense sources said on Wednesday that Syria has requested military support from Turkey.";
        var temporal = TestEntities.Dates(text, ("on Wednesday", new LocalDate(2025, 7, 23), new LocalDate(2025, 7, 23)));
        var analysis = TestEntities.Analyze(text, temporal);
        var statement = analysis.Events.Single(e => e.Type == EventType.Statement);
        var request = analysis.Events.Single(e => e.Type == EventType.RequestSupport);
        Assert.Multiple(() =>
        {
            Assert.That(statement.Time?.Start, Is.EqualTo(new LocalDate(2025, 7, 23)));
            Assert.That(request.Time, Is.Null);
            Assert.That(analysis.Claims.Where(c => c.EventId == request.Id).Select(c => c.Attribution.Speaker).Distinct(), Is.EqualTo(new[] { "turkey-defense-sources" }));
        });
    }

    [TestCase("Clashes erupted in Aleppo on Monday.", EventType.Fight, "aleppo")]
    [TestCase("Israel launched airstrikes on Rafah in Gaza on Monday.", EventType.Attack, "rafah")]
    [TestCase("Fierce clashes erupted in Syria's southern Suwayda province on Monday.", EventType.Fight, "suwayda")]
    [TestCase("Russia deployed advisers to Syria on Monday.", EventType.ProvideSupport, "syria")]
    public void Extract_OnePlaceInClause_BecomesEventPlaceAndDate(string text, EventType type, string place)
    {
        var temporal = TestEntities.Dates(text, ("on Monday", new LocalDate(2025, 7, 21), new LocalDate(2025, 7, 21)));
        var analysis = TestEntities.Analyze(text, temporal);
        var ev = analysis.Events.Single(e => e.Type == type);
        Assert.Multiple(() =>
        {
            Assert.That(ev.Place, Is.EqualTo(place));
            Assert.That(analysis.Claims.Count(c => c.EventId == ev.Id && c.Property == ClaimProperty.Place), Is.EqualTo(1));
            Assert.That(ev.Time?.Start, Is.EqualTo(new LocalDate(2025, 7, 21)));
        });
    }

    [Test]
    public void Extract_TwoUnrelatedPlaces_NoEventPlace()
    {
        var analysis = TestEntities.Analyze("Clashes erupted in Aleppo and in Gaza.");
        Assert.That(analysis.Events.Single(e => e.Type == EventType.Fight).Place, Is.Null);
    }

    [Test]
    public void Extract_NoTemporalExpression_NoDateClaim()
    {
        var analysis = TestEntities.Analyze("Israel struck Syrian positions.");
        Assert.Multiple(() =>
        {
            Assert.That(analysis.Claims.Any(c => c.Property == ClaimProperty.Date), Is.False);
            Assert.That(analysis.Events.Single().Time, Is.Null);
        });
    }

    [Test]
    public void Extract_CasualtiesAfterFighting_AreDeathsOfTheFight()
    {
        const string text = "Clashes between Druze militias and Bedouin tribes left 12 people dead according to the United Nations.";
        var quantities = ImmutableArray.Create(new QuantityMention("12 people", text.IndexOf("12 people", StringComparison.Ordinal), 12, 12, unit: "people"));
        var analysis = TestEntities.Analyze(text, default, quantities);
        var deaths = analysis.Claims.Single(c => c.Property == ClaimProperty.Deaths);
        Assert.Multiple(() =>
        {
            Assert.That(analysis.Events.Select(e => e.Type), Is.EqualTo(new[] { EventType.Fight }));
            Assert.That(((QuantityValue)deaths.Value).Min, Is.EqualTo(12m));
            Assert.That(deaths.Attribution.Speaker, Is.EqualTo("united-nations"));
        });
    }

    // The nearest casualty word owns a figure, the one after it on a tie, and never across "and" backwards.
    [TestCase("At least 12 people were killed and 30 were injured in the attack.", "30", ClaimProperty.Injured)]
    [TestCase("At least 12 people were killed and 30 were injured in the attack.", "At least 12", ClaimProperty.Deaths)]
    [TestCase("The attack left 4 dead and wounded 9 others.", "9", ClaimProperty.Injured)]
    [TestCase("Gunmen attacked the village, killing 7.", "7", ClaimProperty.Deaths)]
    public void Extract_Casualties_GoToTheNearestCasualtyWord(string text, string figure, ClaimProperty expected)
    {
        var quantities = QuantityTagger.Default.Tag(text);
        var analysis = TestEntities.Analyze(text, default, quantities);
        var claim = analysis.Claims.Single(c => c.Property is ClaimProperty.Deaths or ClaimProperty.Injured && c.Value.Text.StartsWith(figure, StringComparison.Ordinal));
        Assert.That(claim.Property, Is.EqualTo(expected));
    }

    private static string Slug(string sentence) =>
        string.Join("_", sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(7).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())));
}
