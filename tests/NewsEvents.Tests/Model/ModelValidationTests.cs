using System.Globalization;

namespace NewsEvents.Tests.Model;

/// <summary>Every model invariant rejects a bad instance with a message naming the type, the property and the value.</summary>
public sealed class ModelValidationTests
{
    private static readonly LocalDate Day = new(2025, 7, 23);

    public static IEnumerable<TestCaseData> InvalidConstructions()
    {
        TestCaseData Case(string name, TestDelegate make, params string[] fragments) =>
            new TestCaseData(make, fragments).SetName("Construction_" + name + "_Throws");

        yield return Case("SourceEmptyId", () => _ = new Source(" ", "AA"), "Source.Id", "\" \"");
        yield return Case("SourceUndefinedKind", () => _ = new Source("aa", "AA", (SourceKind)42), "Source.Kind", "42");
        yield return Case("ActorEmptyName", () => _ = new Actor("turkey", "", ActorKind.State), "Actor.Name");
        yield return Case("ActorPaddedId", () => _ = new Actor(" turkey", "Turkey", ActorKind.State), "Actor.Id", "\" turkey\"");
        yield return Case("ActorSelfAffiliation", () => _ = new Actor("turkey", "Turkey", ActorKind.State, affiliation: "turkey"), "Actor.Affiliation", "itself");
        yield return Case("ActorEmptyAlias", () => _ = new Actor("turkey", "Turkey", ActorKind.State, ["Türkiye", " "]), "Actor.Aliases");
        yield return Case("PlaceWithinItself", () => _ = new Place("syria", "Syria", PlaceKind.Country, within: "syria"), "Place.Within", "itself");
        yield return Case("PlaceUndefinedKind", () => _ = new Place("syria", "Syria", (PlaceKind)(-1)), "Place.Kind", "-1");
        yield return Case("TemporalEndBeforeStart", () => _ = new TemporalValue("x", Day, Day.PlusDays(-1), TemporalGranularity.Day), "TemporalValue.End", "2025-07-22", "2025-07-23");
        yield return Case("TemporalUndefinedGranularity", () => _ = new TemporalValue("x", Day, Day, (TemporalGranularity)9), "TemporalValue.Granularity");
        yield return Case("QuantityMaxBelowMin", () => _ = new QuantityValue("x", 10, 5), "QuantityValue.Max", "5", "10");
        yield return Case("QuantityNoBounds", () => _ = new QuantityValue("x", null, null), "QuantityValue.Min");
        yield return Case("ActorValueEmptyId", () => _ = new ActorValue("Ankara", " "), "actorId");
        yield return Case("PlaceValueEmptyId", () => _ = new PlaceValue("Sweida", ""), "placeId");
        yield return Case("TermsEmptyProposition", () => _ = new TermsValue("x", "", Polarity.Positive), "proposition");
        yield return Case("TermsUndefinedPolarity", () => _ = new TermsValue("x", "p", (Polarity)5), "TermsValue.Polarity", "5");
        yield return Case("EvidenceNegativeOffset", () => _ = new Evidence("001", -1, "text"), "Evidence.Offset", "-1");
        yield return Case("EvidenceEmptyText", () => _ = new Evidence("001", 0, ""), "Evidence.Text");
        yield return Case("ClaimEvidenceFromOtherArticle", () => _ = Claim(evidenceArticle: "002"), "Claim.Evidence", "claim's article");
        yield return Case("ClaimValueDoesNotFitProperty", () => _ = Claim(property: ClaimProperty.Deaths), "Claim.Value", "Deaths");
        yield return Case("ClaimEmptyEvent", () => _ = Claim(eventId: ""), "Claim.EventId");
        yield return Case("AttributionBlankSpeaker", () => _ = new Attribution(" "), "Attribution.Speaker");
        yield return Case("AttributionBlankVia", () => _ = new Attribution(null, ["aa", ""]), "Attribution.Via");
        yield return Case("EventRepeatedArticle", () => _ = new Event("e1", EventType.Attack, articles: ["001", "001"]), "Event.Articles", "repeat");
        yield return Case("EventRepeatedArticleAmongMany", () => _ = new Event("e1", EventType.Attack, articles: [.. ManyArticles(40), "a017"]),
            "Event.Articles", "repeat");
        yield return Case("EventBlankParticipant", () => _ = new Event("e1", EventType.Attack, [new Participant(" ", ParticipantRole.Agent)]), "Event.Participants");
        yield return Case("ConflictOneSide", () => _ = new Conflict("c1", "e1", ClaimProperty.Date, ConflictKind.Temporal, ConflictSeverity.Hard,
            [new ConflictSide(new TextValue("x"), ["c"], ["a"])], "x"), "Conflict.Sides", "two sides");
        yield return Case("ConflictSideWithoutClaims", () => _ = new ConflictSide(new TextValue("x"), [], ["a"]), "Claims");
        yield return Case("CorroborationTooManySources", () => _ = new Corroboration("e1", ClaimProperty.Occurred, new TextValue("x"), ["c1", "c2"], ["a", "b"], 3),
            "Corroboration.IndependentSources", "3");
        yield return Case("CorroborationOneArticle", () => _ = new Corroboration("e1", ClaimProperty.Occurred, new TextValue("x"), ["c1", "c2"], ["a"], 1),
            "Corroboration.Articles");
        yield return Case("SentenceNegativeOffset", () => _ = new Sentence(-3, "A.", 0), "Sentence.Offset", "-3");
        yield return Case("ArticleSentenceOutsideText", () => _ = new Article("001", "Short.", sentences: [new Sentence(3, "Short.", 0)]), "Article.Sentences");
        yield return Case("ArticleSentenceTextMismatch", () => _ = new Article("001", "Short one.", sentences: [new Sentence(0, "Other", 0)]), "Article.Sentences");
        yield return Case("ArticleBoilerplateOutsideText", () => _ = new Article("001", "Hi.",
            boilerplate: [new BoilerplateBlock(BoilerplateKind.LegalNotice, 2, "Legal", "r")]), "Article.Boilerplate");
        yield return Case("ArticleAbsurdYear", () => _ = new Article("001", "x", published: new LocalDate(200, 1, 1)), "Article.Published", "0200-01-01");
        yield return Case("MetadataEmptyId", () => _ = new ArticleMetadata(""), "ArticleMetadata.Id");
        yield return Case("ReferenceDateYearMismatch", () => _ = new ReferenceDate(Day, ReferenceDateBasis.Metadata, 2024), "ReferenceDate.Year", "2024");
        yield return Case("ReferenceDateNoneWithDate", () => _ = new ReferenceDate(Day, ReferenceDateBasis.None), "ReferenceDate.Basis");
        yield return Case("TemporalMentionEndWithoutStart", () => _ = new TemporalMention(TemporalMentionKind.Date, "x", 0, null, Day, TemporalGranularity.Day), "TemporalMention.End");
        yield return Case("QuantityMentionNegativeOffset", () => _ = new QuantityMention("5", -1, 5, 5), "QuantityMention.Offset", ModelRules.NotNegative);
        yield return Case("EvidenceBlankText", () => _ = new Evidence("001", 0, " \t"), "Evidence.Text", ModelRules.TextRequired);
        yield return Case("TemporalMentionBlankText", () => _ = new TemporalMention(TemporalMentionKind.Date, " ", 0, Day, Day, TemporalGranularity.Day),
            "TemporalMention.Text", ModelRules.TextRequired);
        yield return Case("QuantityMentionBlankText", () => _ = new QuantityMention(" ", 0, 5, 5), "QuantityMention.Text", ModelRules.TextRequired);
        yield return Case("BoilerplateBlockBlankText", () => _ = new BoilerplateBlock(BoilerplateKind.LegalNotice, 0, "  ", "legal"),
            "BoilerplateBlock.Text", ModelRules.TextRequired);
        yield return Case("ClaimBlankEventIdThroughWith", () => _ = Claim() with { EventId = " " }, "Claim.EventId", ModelRules.IdRequired);
        yield return Case("ActorBlankAliasThroughWith", () => _ = new Actor("turkey", "Turkey", ActorKind.State) with { Aliases = ["Ankara", ""] },
            "Actor.Aliases", ModelRules.TextRequired);
        yield return Case("TemporalMentionNegativeOffsetThroughWith", () => _ = new TemporalMention(TemporalMentionKind.Date, "today", 0, Day, Day,
            TemporalGranularity.Day) with { Offset = -2 }, "TemporalMention.Offset", "-2", ModelRules.NotNegative);
    }

    [TestCaseSource(nameof(InvalidConstructions))]
    public void Construction_InvalidInstance_ThrowsArgumentExceptionNamingTheRule(TestDelegate make, string[] fragments)
    {
        var e = Assert.Throws<ArgumentException>(make);
        Assert.That(fragments, Has.All.Matches<string>(f => e!.Message.Contains(f, StringComparison.Ordinal)), e!.Message);
    }

    private static string[] ManyArticles(int count) => [.. Enumerable.Range(0, count).Select(i => "a" + i.ToString("D3", CultureInfo.InvariantCulture))];

    [TestCase(2)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(5000)]
    public void Construction_EventOfManyDistinctArticles_Holds(int count)
    {
        Assert.That(new Event("e1", EventType.Attack, articles: [.. ManyArticles(count)]).Articles, Has.Length.EqualTo(count));
    }

    [TestCase(17, 16, 0)]
    [TestCase(17, 0, 16)]
    [TestCase(5000, 4999, 2500)]
    public void Construction_EventOfManyArticlesWithOneRepeated_Throws(int count, int at, int repeating)
    {
        var ids = ManyArticles(count);
        ids[at] = ids[repeating];
        Assert.That(() => new Event("e1", EventType.Attack, articles: [.. ids]), Throws.ArgumentException.With.Message.Contains("repeat"));
    }

    [Test]
    public void Construction_NullArticleText_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new Article("001", null!));
    }

    [Test]
    public void Validators_CanValidateUserInstancesWithoutThrowing()
    {
        var claim = Claim();
        var result = NewsEvents.Claim.Rules.CreateValidator().Validate(claim);
        Assert.That(result.IsValid, Is.True);
    }

    private static Claim Claim(ClaimProperty property = ClaimProperty.Date, string eventId = "e1", string evidenceArticle = "001") =>
        new("c1", eventId, property, "001", new TemporalValue("on 23/7", Day, Day, TemporalGranularity.Day), Attribution.Outlet, Factuality.Fact,
            new Evidence(evidenceArticle, 0, "on 23/7"));
}

/// <summary>The internal validators accept every generated instance (see also ModelPropertyTests for both directions).</summary>
public sealed class ModelValidatorAgreementTests
{
    [Test]
    public void Validators_AcceptEveryGeneratedInstance()
    {
        var articles = Article.Rules.CreateValidator();
        var claims = Claim.Rules.CreateValidator();
        var evidence = Evidence.Rules.CreateValidator();
        var actors = Actor.Rules.CreateValidator();
        var places = Place.Rules.CreateValidator();
        var sources = Source.Rules.CreateValidator();
        var temporals = TemporalValue.Rules.CreateValidator();
        var quantities = QuantityValue.Rules.CreateValidator();
        var temporalMentions = TemporalMention.Rules.CreateValidator();
        var quantityMentions = QuantityMention.Rules.CreateValidator();
        for (var seed = 0; seed < 300; seed++)
        {
            var g = new NewsEvents.Tests.Support.ModelGenerator(seed);
            var article = g.Article();
            var claim = g.Claim(article.Id);
            Assert.Multiple(() =>
            {
                Assert.That(articles.Validate(article).IsValid, Is.True, $"seed {seed}");
                Assert.That(claims.Validate(claim).IsValid, Is.True, $"seed {seed}");
                Assert.That(evidence.Validate(claim.Evidence).IsValid, Is.True, $"seed {seed}");
                Assert.That(actors.Validate(g.Actor()).IsValid, Is.True, $"seed {seed}");
                Assert.That(places.Validate(g.Place()).IsValid, Is.True, $"seed {seed}");
                Assert.That(sources.Validate(g.Source()).IsValid, Is.True, $"seed {seed}");
                Assert.That(temporals.Validate(g.Temporal()).IsValid, Is.True, $"seed {seed}");
                Assert.That(quantities.Validate(g.Quantity()).IsValid, Is.True, $"seed {seed}");
                Assert.That(temporalMentions.Validate(g.TemporalMention()).IsValid, Is.True, $"seed {seed}");
                Assert.That(quantityMentions.Validate(g.QuantityMention()).IsValid, Is.True, $"seed {seed}");
            });
        }
    }
}
