using NewsEvents.Claims;
using NewsEvents.Reconciliation;
using NodaTime;

namespace NewsEvents.Tests.Claims;

/// <summary>
/// Event mentions: every word that names a happening becomes a mention of an event, typed or not (eventive verbs, event
/// nouns, nominalizations, light verbs), never a name, an auxiliary, a state or the first word of a compound that names a
/// thing; mentions of one happening are one event within an article, and across the articles of one story.
/// </summary>
public class EventMentionTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly LocalDate Published = new(2025, 3, 14);

    public static IEnumerable<TestCaseData> Detected()
    {
        static TestCaseData Case(string sentence, string trigger, string lemma, string why) =>
            new TestCaseData(sentence, trigger, lemma).SetName("Detect_" + why).SetDescription(why);

        yield return Case("A strong quake damaged hundreds of homes on the island.", "quake", "quake", "EventNoun");
        yield return Case("A strong quake damaged hundreds of homes on the island.", "damaged", "damage", "RegularPastVerb");
        yield return Case("The tremor struck shortly before dawn, residents recalled.", "struck", "strike", "IrregularPastVerb");
        yield return Case("Neighbours gathered outside the bakery after the shooting.", "shooting", "shoot", "NominalizationNamesItsVerb");
        yield return Case("The two brewers announced the deal after months of haggling.", "deal", "deal", "BusinessNoun");
        yield return Case("Talks resumed in the capital on Friday morning.", "Talks", "talks", "PluralEventNounOpensSentence");
        yield return Case("Guards opened fire on the convoy near the bridge.", "opened fire", "open fire", "LightVerbIdiom");
        yield return Case("The new governor took office in a short ceremony.", "took office", "take office", "TwoWordVerb");
        yield return Case("A rival brewer made an offer for the family firm.", "made an offer", "offer", "LightVerbWithEventNoun");
        yield return Case("The chain completed the acquisition of its smaller rival.", "acquisition", "acquire", "DerivedNoun");
        yield return Case("The blaze gutted the old warehouse by the river.", "blaze", "blaze", "BlazeNoun");
        yield return Case("Two hikers were found dead in the valley below the ridge.", "dead", "die", "OutcomeAdjectiveNamesItsVerb");
        yield return Case("The singer checked into a clinic near the coast.", "checked into", "check into", "PhrasalVerb");
        yield return Case("All twelve crew members survived the crash on the ridge.", "survived", "survive", "StativeVerbNewsReportsAsHappening");
        yield return Case("Coast guards foiled the hijacking of a tanker off the cape.", "foiled", "foil", "FoiledIsAHappening");
        yield return Case("The actor will host the Vellmar Awards next spring.", "Awards", "awards", "NamedEventHead");
        yield return Case("Ticket sales for the Harlow Marathon opened on Monday.", "Marathon", "marathon", "NamedEventAfterAName");
        yield return Case("She watched the Oscars at home with friends.", "Oscars", "oscars", "NamedEventAfterThe");
    }

    public static IEnumerable<TestCaseData> NotDetected()
    {
        static TestCaseData Case(string sentence, string word, string why) =>
            new TestCaseData(sentence, word).SetName("NoMention_" + why).SetDescription(why);

        yield return Case("The retailer held a fire sale of its winter stock.", "fire", "FireSaleIsNoFire");
        yield return Case("The puzzle game became a killer app for the console.", "killer", "KillerAppIsNoKilling");
        yield return Case("The last pitch was well outside the strike zone.", "strike", "StrikeZoneIsNoStrike");
        yield return Case("She has been waiting for the results since noon.", "has", "Auxiliary");
        yield return Case("She has been waiting for the results since noon.", "been", "PastParticipleOfBe");
        yield return Case("The weather seems calm along the coast.", "seems", "StativeVerb");
        yield return Case("It would be the first time in a decade.", "would", "Modal");
        yield return Case("It would be the first time in a decade.", "time", "NounThatNamesNoHappening");
        yield return Case("The mayor met the Fire Brigade chief in Linden.", "Fire", "CapitalizedNameInsideSentence");
        yield return Case("Gunmen attacked a convoy near the border town on Monday.", "near", "NearIsAPreposition");
        yield return Case("The blast sounded like thunder across the valley.", "like", "LikeIsAPreposition");
        yield return Case("Open the gates, the guard shouted at the crowd.", "Open", "CapitalAtSentenceStartIsNoName");
    }

    [TestCaseSource(nameof(Detected))]
    public void Analyze_EventWord_IsAMentionWithItsExactSpan(string sentence, string trigger, string lemma)
    {
        var analysis = Analyze("m1", sentence);
        var mentions = analysis.Events.SelectMany(e => e.Mentions).ToList();
        var found = mentions.SingleOrDefault(m => m.Trigger == trigger);
        Assert.That(found, Is.Not.Null, string.Join(", ", mentions.Select(m => m.Trigger)));
        Assert.Multiple(() =>
        {
            Assert.That(found!.Lemma, Is.EqualTo(lemma));
            Assert.That(found.Offset, Is.EqualTo(sentence.IndexOf(trigger, StringComparison.Ordinal)));
            Assert.That(sentence.Substring(found.Offset, found.Length), Is.EqualTo(trigger));

            // The scorer's contract: every mention has an occurred claim whose evidence covers it and whose value is the trigger.
            Assert.That(analysis.Claims.Any(c => c.Property == ClaimProperty.Occurred && c.Value.Text == trigger &&
                                                 c.Evidence.Offset <= found.Offset && found.Offset < c.Evidence.Offset + c.Evidence.Length), Is.True);
        });
    }

    [TestCaseSource(nameof(NotDetected))]
    public void Analyze_WordThatNamesNoHappening_IsNoMention(string sentence, string word)
    {
        var analysis = Analyze("m2", sentence);
        var mentions = analysis.Events.SelectMany(e => e.Mentions).ToList();
        // "fire sale" may be a mention (of a sale), never "fire" alone.
        Assert.That(mentions.Where(m => m.Trigger == word || m.Lemma == word.ToLowerInvariant()), Is.Empty, string.Join(", ", mentions.Select(m => m.Trigger)));
    }

    [TestCase("A strong quake hit the coast of Norvia. The earthquake was felt far inland.", "quake", "earthquake", true, TestName = "Coreference_SynonymsInOneSynset_OneEvent")]
    [TestCase("Gunmen killed three guards at the depot. The killing shocked the town.", "killed", "killing", true, TestName = "Coreference_VerbAndItsNominalization_OneEvent")]
    [TestCase("The blaze spread through the market. Firefighters doused the blaze by noon.", "spread", "doused", false, TestName = "Coreference_DifferentHappenings_TwoEvents")]
    [TestCase("The mayor explained the plan to reporters. The governor explained the budget.", "explained", "explained", false, TestName = "Coreference_SpeechReports_NeverMerge")]
    public void Analyze_TwoMentions_CoreferAsExpected(string text, string first, string second, bool same)
    {
        var analysis = Analyze("m3", text);
        var firstOffset = text.IndexOf(first, StringComparison.Ordinal);
        var secondOffset = text.LastIndexOf(second, StringComparison.Ordinal);
        var a = analysis.Events.Single(e => e.Mentions.Any(m => m.Offset == firstOffset));
        var b = analysis.Events.Single(e => e.Mentions.Any(m => m.Offset == secondOffset));
        Assert.That(a.Id == b.Id, Is.EqualTo(same), TestEntities.Describe(analysis));
    }

    [Test]
    public void Reconcile_OneStoryInTwoArticles_LinksItsMentionsAndKeepsAnotherStoryApart()
    {
        var report = Reconcile(
            ("n-a", "A magnitude 6.4 earthquake struck the Norvia province of Tessaly on Tuesday, toppling houses in the town of Brenn. " +
                    "Rescuers in Brenn searched the rubble through the night."),
            ("n-b", "Rescuers in Brenn dug through rubble after a strong quake hit Tessaly in northern Norvia on Tuesday. " +
                    "The tremor toppled dozens of houses, Norvia officials said."),
            ("c-a", "A powerful earthquake shook the island of Caldera on Sunday, damaging the harbour at Port Alma. " +
                    "The quake had a magnitude of 5.9, the Caldera seismic office said."));
        var quakeA = report.Events.Single(e => e.Mentions.Any(m => m.ArticleId == "n-a" && m.Trigger == "earthquake"));
        Assert.Multiple(() =>
        {
            Assert.That(quakeA.Mentions.Any(m => m.ArticleId == "n-b" && m.Trigger == "quake"), Is.True, string.Join(", ", quakeA.Mentions));
            Assert.That(quakeA.Articles, Does.Not.Contain("c-a"));
            Assert.That(quakeA.Type, Is.EqualTo(EventType.Other));
        });
    }

    [Test]
    public void Reconcile_UntypedEventsInTwoArticles_AreNeitherCorroborationsNorConflicts()
    {
        var report = Reconcile(
            ("u-a", "Rescuers in Brenn searched the rubble after the landslide in Tessaly on Tuesday."),
            ("u-b", "Rescuers in Brenn may have searched the rubble after the landslide in Tessaly on Tuesday."));
        var untyped = report.Events.Where(e => e.Type == EventType.Other && !e.IsStory).Select(e => e.Id).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(untyped, Is.Not.Empty);
            Assert.That(report.Corroborations.Where(c => untyped.Contains(c.EventId)), Is.Empty);
            Assert.That(report.Conflicts.Where(c => untyped.Contains(c.EventId)), Is.Empty);
            Assert.That(report.Singletons.Intersect(report.Claims.Where(c => untyped.Contains(c.EventId)).Select(c => c.Id)), Is.Empty);
        });
    }

    [TestCase("struck", true)]
    [TestCase("attack", true)]
    [TestCase("earthquake", true)]
    [TestCase("Killed", false)]
    [TestCase("zzqx", false)]
    public void EventWords_Intern_AFormOfTheTableIsOneString(string word, bool form)
    {
        var first = EventWords.Default.Intern(("a " + word).AsSpan(2));
        var second = EventWords.Default.Intern((word + " b").AsSpan(0, word.Length));
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(word));
            Assert.That(second, Is.EqualTo(word));
            Assert.That(ReferenceEquals(first, second), Is.EqualTo(form), "a form of the table is shared; other text is copied");
        });
    }

    [Test]
    public void Analyze_OneArticle_EventsShareItsArticleList_ClaimsOfOneSentenceShareItsEvidence()
    {
        // Memory, not meaning: an article's thousand mention events and claims must not each hold a copy of the same list
        // or of the same sentence's evidence.
        var analysis = NewsPipeline.CreateDefault().Analyze(ArticleReader.Read(
            "Troops shelled the village of Arnhal on Monday, killing four people and wounding nine, officials said. " +
            "The shelling destroyed a school, and a second attack damaged the clinic. Residents said the attack lasted an hour.",
            new ArticleMetadata("memory", published: new LocalDate(2025, 3, 5))));
        var mentionEvents = analysis.Events.Where(e => !e.IsStory).ToList();
        var firstSentence = analysis.Claims.Where(c => c.Evidence.Offset == 0 && c.EventId != "story").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(mentionEvents, Has.Count.GreaterThan(2));
            Assert.That(mentionEvents.Select(e => e.Articles).Distinct().Count(), Is.LessThanOrEqualTo(2), "one list per extraction phase");
            Assert.That(firstSentence, Has.Count.GreaterThan(2));
            Assert.That(firstSentence.Select(c => c.Evidence).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.LessThanOrEqualTo(2),
                "one evidence per sentence and phase");
            var attacks = analysis.Claims.Where(c => c.Property == ClaimProperty.Occurred && c.Value.Text == "attack").ToList();
            Assert.That(attacks, Has.Count.EqualTo(2));
            Assert.That(attacks[0].Value, Is.SameAs(attacks[1].Value), "one value per trigger word");
        });
    }

    [Test]
    public void EventWords_Default_LoadsWordNetTableOnce()
    {
        Assert.Multiple(() =>
        {
            var first = EventWords.Default;
            Assert.That(EventWords.Default, Is.SameAs(first));
            Assert.That(EventWords.Default.Count, Is.GreaterThan(15000));
            Assert.That(EventWords.Default.TryVerb("struck", out var strike) && strike.Lemma == "strike", Is.True);
            Assert.That(EventWords.Default.TryNoun("killings", out var killing) && killing.Root == "kill", Is.True);
            Assert.That(EventWords.Default.TryNoun("temblor", out var temblor) && EventWords.Default.TryNoun("earthquake", out var quake) &&
                        temblor.SynsetId == quake.SynsetId && quake.SynsetId!.EndsWith("-n", StringComparison.Ordinal), Is.True);
            Assert.That(EventWords.Default.IsCompound("strike", "zone"), Is.True);
        });
    }

    private static ArticleAnalysis Analyze(string id, string text) =>
        Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: Published)));

    private static ReconciliationReport Reconcile(params (string Id, string Text)[] articles) =>
        Reconciler.Reconcile([.. articles.Select(a => Analyze(a.Id, a.Text))], null);
}
