using NewsEvents.Claims;
using NewsEvents.Reconciliation;
using static NewsEvents.Tests.Reconciliation.AnalysisBuilder;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Mention-level event coreference of the report (<see cref="MentionCoreference"/>): events of one story that share a
/// mention's form become one event when their slots allow it, and the comparison of claims is untouched by it.
/// </summary>
public sealed class MentionCoreferenceTests
{
    // Two states, a community and two people the directory knows by kind (invented names).
    private static readonly EventLinker Linker = new(EntityDirectory.Build(
    [
        new AnalysisBuilder("directory")
            .Actor("ruritania", "Ruritania")
            .Actor("borduria", "Borduria")
            .Actor("tarn-valley-farmers", "Tarn Valley farmers", ActorKind.Group)
            .Actor("vera-holm", "Vera Holm", ActorKind.Person)
            .Actor("ida-lenz", "Ida Lenz", ActorKind.Person)
            .Build(),
    ]));

    // One side of a case: the event's type, trigger word (dictionary form, synset), targets, day, year, and whether its
    // article tells the same story as the other side's.
    private sealed record Side(EventType Type, string Lemma, string? Synset = null, string? Target = null, int? Day = null, int? Year = null,
        string? AlsoTarget = null);

    public static IEnumerable<TestCaseData> Cases()
    {
        static TestCaseData Case(Side a, Side b, bool oneStory, bool joined, string why) =>
            new TestCaseData(a, b, oneStory, joined).SetName("Join_" + why).SetDescription(why);

        var arrest = new Side(EventType.Arrest, "arrest");
        yield return Case(arrest with { Target = "suspect" }, arrest, true, true, "OneOutletNamesTheArrested_OneEvent");
        yield return Case(arrest with { Target = "suspect", Day = 3 }, arrest with { Target = "suspect", Day = 4 }, true, true, "DayApartWithinTolerance_OneEvent");
        yield return Case(new Side(EventType.Other, "kill"), new Side(EventType.Kill, "kill", Target: "guard"), true, true, "UntypedKillingJoinsTypedKilling");
        yield return Case(new Side(EventType.Other, "quake", "07428954-n"), new Side(EventType.Other, "earthquake", "07428954-n"), true, true, "SharedSynset_OneEvent");
        yield return Case(new Side(EventType.Other, "check into"), new Side(EventType.Other, "check in"), true, true, "CheckIntoIsCheckIn_OneEvent");

        // The verbs of one frame name one act in the outlets' different words.
        yield return Case(new Side(EventType.Other, "gun down"), new Side(EventType.Other, "shoot"), true, true, "GunnedDownAndShot_OneEvent");
        yield return Case(new Side(EventType.Other, "open fire"), new Side(EventType.Other, "shoot"), true, true, "OpenedFireAndShot_OneEvent");
        yield return Case(new Side(EventType.Other, "slay"), new Side(EventType.Kill, "kill", Target: "guard"), true, true, "SlainJoinsTypedKilling");
        yield return Case(new Side(EventType.Other, "apprehend"), new Side(EventType.Other, "detain"), true, true, "ApprehendedAndDetained_OneEvent");

        // Words of the lexicon's synonym groups name one act of a story; a two-word verb whose particle only says where the
        // act lands is its verb.
        yield return Case(new Side(EventType.Other, "blaze"), new Side(EventType.Other, "fire"), true, true, "BlazeAndFire_OneEvent");
        yield return Case(new Side(EventType.Other, "victory"), new Side(EventType.Other, "beat"), true, true, "VictoryAndBeat_OneEvent");
        yield return Case(new Side(EventType.Other, "strike"), new Side(EventType.Other, "hit"), true, true, "StruckAndHit_OneEvent");
        yield return Case(new Side(EventType.Other, "check into"), new Side(EventType.Other, "enter"), true, true, "CheckedIntoAndEntered_OneEvent");
        yield return Case(new Side(EventType.Other, "fall in"), new Side(EventType.Other, "fall"), true, true, "FellInAndFell_OneEvent");
        yield return Case(new Side(EventType.Other, "win over"), new Side(EventType.Other, "win"), true, true, "WonOverAndWon_OneEvent");
        yield return Case(new Side(EventType.Other, "destroy"), new Side(EventType.Other, "damage"), true, true, "DestroyedAndDamaged_OneEvent");
        yield return Case(new Side(EventType.Other, "raid"), new Side(EventType.Other, "heist"), true, true, "RaidAndHeist_OneEvent");
        yield return Case(new Side(EventType.Other, "raid"), new Side(EventType.Other, "assault"), true, true, "RaidAndAssault_OneEvent");

        // A year or a month an event carries is as often a sentence's background ("she hosted in 2001") as its own time.
        yield return Case(arrest with { Year = 2001 }, arrest with { Year = 2007 }, true, true, "DifferentYears_OneEvent");
        yield return Case(arrest with { Year = 2001 }, arrest with { Day = 20 }, true, true, "YearAgainstDay_OneEvent");

        // A state or a community named as a party is often a demonym's affiliation ("a Ruritanian climber").
        yield return Case(arrest with { Target = "ruritania" }, arrest with { Target = "borduria" }, true, true, "DifferentStates_OneEvent");
        yield return Case(arrest with { Target = "tarn-valley-farmers" }, arrest with { Target = "vera-holm" }, true, true, "CommunityAgainstPerson_OneEvent");

        // must not
        yield return Case(arrest, arrest, false, false, "OtherStory_Apart");
        yield return Case(arrest with { Target = "vera-holm" }, arrest with { Target = "ida-lenz" }, true, false, "DifferentPeople_Apart");
        yield return Case(arrest with { Target = "vera-holm", AlsoTarget = "ruritania" }, arrest with { Target = "ida-lenz", AlsoTarget = "ruritania" }, true, false,
            "DifferentPeopleOfOneState_Apart");
        yield return Case(arrest with { Day = 3, Year = 2025 }, arrest with { Day = 20, Year = 2025 }, true, false, "DaysFarApartInOneYear_Apart");
        yield return Case(arrest with { Target = "suspect" }, arrest with { Target = "driver" }, true, false, "DifferentArrested_Apart");
        yield return Case(arrest with { Day = 3 }, arrest with { Day = 20 }, true, false, "DaysFarApart_Apart");
        yield return Case(new Side(EventType.Attack, "strike"), new Side(EventType.Criticize, "strike"), true, false, "SameWordDifferentTypes_Apart");
        yield return Case(new Side(EventType.Other, "arrest"), new Side(EventType.Other, "charge"), true, false, "NoSharedForm_Apart");
        yield return Case(new Side(EventType.Statement, "say"), new Side(EventType.Statement, "say"), true, false, "SpeechReports_Apart");
        yield return Case(new Side(EventType.Other, "gun down"), new Side(EventType.Other, "shoot"), false, false, "FrameVerbsOfOtherStories_Apart");
        yield return Case(new Side(EventType.Kill, "murder", Target: "vera-holm"), new Side(EventType.Kill, "kill", Target: "ida-lenz"), true, false,
            "FrameVerbsKillingDifferentPeople_Apart");
        yield return Case(new Side(EventType.Other, "gunman"), new Side(EventType.Other, "shoot"), true, false, "FrameNounNamesAParticipant_Apart");
        yield return Case(new Side(EventType.Other, "escape"), new Side(EventType.Other, "arrest"), true, false, "VerbsOfTwoFrames_Apart");
        yield return Case(new Side(EventType.Other, "blaze"), new Side(EventType.Other, "fire"), false, false, "SynonymsOfOtherStories_Apart");
        yield return Case(new Side(EventType.Kill, "die", Target: "vera-holm"), new Side(EventType.Kill, "perish", Target: "ida-lenz"), true, false,
            "SynonymsOfDifferentPeople_Apart");
        yield return Case(new Side(EventType.Other, "blaze"), new Side(EventType.Other, "flee"), true, false, "WordsOfTwoSynonymGroups_Apart");
        yield return Case(new Side(EventType.Other, "heist"), new Side(EventType.Other, "assault"), true, false, "GroupsSharingOnlyAThirdWord_Apart");
        yield return Case(new Side(EventType.Other, "break out"), new Side(EventType.Other, "break"), true, false, "ParticleThatMakesAnotherAct_Apart");
        yield return Case(new Side(EventType.Other, "take"), new Side(EventType.Other, "take over"), true, false, "TakeIsNoTakeover_Apart");
    }

    [TestCase("gunned down", "shooting", TestName = "Frame_PhrasalVerbInflected")]
    [TestCase("opened fire", "shooting", TestName = "Frame_VerbAndObject")]
    [TestCase("slain", "killing", TestName = "Frame_IrregularForm")]
    [TestCase("Apprehended", "arrest", TestName = "Frame_Capitalized")]
    [TestCase("gunman", null, TestName = "Frame_NounOfAParticipant_None")]
    [TestCase("murder", null, TestName = "Frame_FormThatIsAlsoTheFramesNoun_None")]
    [TestCase("quake", null, TestName = "Frame_NounOfTheKind_None")]
    [TestCase("said", null, TestName = "Frame_VerbOfNoFrame_None")]
    [TestCase("shot dead", null, TestName = "Frame_TriggerLongerThanTheVerb_None")]
    public void Frame_Trigger_TheFrameOfItsVerb(string trigger, string? frame) =>
        Assert.That(MentionCoreference.Frame(trigger), Is.EqualTo(frame));

    [TestCaseSource(nameof(Cases))]
    public void Join_TwoEventsSharingAForm_JoinOnlyWhenCompatible(object a, object b, bool oneStory, bool joined)
    {
        var events = Events(oneStory, (Side)a, (Side)b);
        var (result, renamed) = MentionCoreference.Join(events, Linker);
        var first = result.Single(e => e.Mentions.Any(m => m.ArticleId == "a1"));
        var second = result.Single(e => e.Mentions.Any(m => m.ArticleId == "b1"));
        Assert.Multiple(() =>
        {
            Assert.That(first.Id == second.Id, Is.EqualTo(joined), string.Join(" | ", result));
            Assert.That(renamed, Has.Count.EqualTo(joined ? 1 : 0));
            Assert.That(result.Count(e => e.IsStory), Is.EqualTo(oneStory ? 1 : 2), "story events are kept as they are");
        });
    }

    [TestCase("check into", "check in", TestName = "Phrase_IntoIsIn")]
    [TestCase("escape from", "escape", TestName = "Phrase_PrepositionOnlyIntroducesTheObject")]
    [TestCase("break out", "break out", TestName = "Phrase_ParticleThatChangesTheMeaning_Kept")]
    [TestCase("take office", "take office", TestName = "Phrase_VerbAndNoun_Kept")]
    [TestCase("arrest", "arrest", TestName = "Phrase_OneWord_Kept")]
    public void Phrase_TwoWordVerb_KeyedWithoutAnObjectPreposition(string lemma, string key) =>
        Assert.That(MentionCoreference.Phrase(lemma), Is.EqualTo(key));

    [TestCase("fall in", "fall", TestName = "Head_InSaysWhereTheActLands")]
    [TestCase("check in", "check", TestName = "Head_CheckIn")]
    [TestCase("win over", "win", TestName = "Head_Over")]
    [TestCase("break out", null, TestName = "Head_ParticleThatMakesAnotherAct_None")]
    [TestCase("give up", null, TestName = "Head_Up_None")]
    [TestCase("fall", null, TestName = "Head_OneWord_None")]
    [TestCase("take office", null, TestName = "Head_VerbAndNoun_None")]
    public void Head_TwoWordVerb_ItsVerbWhenTheParticleOnlyPlacesTheAct(string phrase, string? head) =>
        Assert.That(MentionCoreference.Head(phrase), Is.EqualTo(head));

    [TestCase("blaze", "fire", TestName = "SynonymGroup_Blaze")]
    [TestCase("inferno", "fire", TestName = "SynonymGroup_Inferno")]
    [TestCase("victory", "win", TestName = "SynonymGroup_Victory")]
    [TestCase("apprehend", "arrest", TestName = "SynonymGroup_Apprehend")]
    [TestCase("check into", "enter", TestName = "SynonymGroup_PhraseKeyedAsItsPhrase")]
    [TestCase("burn", "fire", TestName = "SynonymGroup_Burn")]
    [TestCase("devastate", "damage", TestName = "SynonymGroup_Devastate")]
    [TestCase("pass on", "die", TestName = "SynonymGroup_PassOn")]
    [TestCase("take", null, TestName = "SynonymGroup_VerbOfManyActs_None")]
    [TestCase("pass", null, TestName = "SynonymGroup_PassAlone_None")]
    [TestCase("say", null, TestName = "SynonymGroup_SpeechReport_None")]
    [TestCase("charge", null, TestName = "SynonymGroup_ChargeIsNoArrest_None")]
    public void SynonymGroups_Lemma_TheGroupsFirstWord(string lemma, string? group) =>
        Assert.That(MentionCoreference.SynonymGroups(lemma), group is null ? Is.Empty : Is.EqualTo(new[] { group }));

    [Test]
    public void SynonymGroups_WordOfTwoGroups_BothGroups() =>
        Assert.That(MentionCoreference.SynonymGroups("raid"), Is.EquivalentTo(new[] { "attack", "rob" }));

    [Test]
    public void Reconcile_FireToldAsBlazeAndFire_OneEventOfTheReport_OtherTownsFireApart()
    {
        var pipeline = NewsPipeline.CreateDefault();
        ArticleAnalysis Analyze(string id, string text) =>
            pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: new LocalDate(2025, 5, 7))));
        var report = Reconciler.Reconcile(
            [
                Analyze("f1", "A blaze gutted the Carrowland timber yard in Port Ellery on Monday, the harbour master said. " +
                              "Tom Reyes, the yard's owner, watched from the quay."),
                Analyze("f2", "Tom Reyes lost his Carrowland timber yard in Port Ellery to a fire on Monday. " +
                              "The Carrowland yard had stood on the quay since the war."),
                Analyze("f3", "A fire gutted a bakery in Harlow on Friday, officials said. " +
                              "Mara Quist, the baker, escaped through a window near the Harlow market."),
            ],
            null);
        Event Of(string article, string trigger) => report.Events.Single(e => e.Mentions.Any(m => m.ArticleId == article && m.Trigger == trigger));
        Assert.Multiple(() =>
        {
            Assert.That(Of("f1", "blaze").Id, Is.EqualTo(Of("f2", "fire").Id), string.Join(" | ", report.Events));
            Assert.That(Of("f3", "fire").Id, Is.Not.EqualTo(Of("f1", "blaze").Id), "another town's fire is another story");
        });
    }

    [Test]
    public void Join_TypedEventIsNamedByTheJoinedEvent_WithAllMentionsAndParticipants()
    {
        var events = Events(true, new Side(EventType.Other, "arrest"), new Side(EventType.Arrest, "arrest", Target: "suspect"));
        var (result, renamed) = MentionCoreference.Join(events, Linker);
        var joined = result.Single(e => !e.IsStory);
        Assert.Multiple(() =>
        {
            Assert.That(joined.Type, Is.EqualTo(EventType.Arrest));
            Assert.That(joined.Id, Is.EqualTo("ev-b1"), "the typed event keeps its id, so the comparer's conflicts still name it");
            Assert.That(renamed["ev-a1"], Is.EqualTo("ev-b1"));
            Assert.That(joined.Articles, Is.EqualTo(new[] { "a1", "b1" }));
            Assert.That(joined.Mentions.Select(m => m.ArticleId), Is.EqualTo(new[] { "a1", "b1" }));
            Assert.That(joined.Participants.Select(p => p.ActorId), Is.EqualTo(new[] { "suspect" }));
        });
    }

    [Test]
    public void Join_UntypedBetweenTwoIncompatibleTypedEvents_NeverChainsThem()
    {
        // "arrested" naming two different people in two outlets, and a third outlet's bare "arrest": the bare mention may
        // join one of them, never both.
        var story = Story("a1", "b1", "c1");
        var events = ImmutableArray.Create(
            story,
            Typed("a1", EventType.Arrest, "arrest", null, "suspect", null),
            Typed("b1", EventType.Other, "arrest", null, null, null),
            Typed("c1", EventType.Arrest, "arrest", null, "driver", null));
        var (result, _) = MentionCoreference.Join(events, Linker);
        var a = result.Single(e => e.Mentions.Any(m => m.ArticleId == "a1"));
        var c = result.Single(e => e.Mentions.Any(m => m.ArticleId == "c1"));
        Assert.That(a.Id, Is.Not.EqualTo(c.Id), string.Join(" | ", result));
    }

    [TestCase(3, TestName = "Join_HotStory_BareMentionsJoinTheFirstGroupTheyFit_ThreeCopies")]
    [TestCase(600, TestName = "Join_HotStory_BareMentionsJoinTheFirstGroupTheyFit_SixHundredCopies")]
    public void Join_HotStory_BareMentionsJoinTheFirstGroupTheyFit(int copies)
    {
        // One story carried by many outlets: the first names the suspect, the second the driver (another arrest), every
        // other one a bare "arrest". Each bare mention joins the first group it fits, the suspect's; the driver's stays apart.
        var articles = Enumerable.Range(0, copies + 2).Select(i => $"a{i:0000}").ToArray();
        var events = ImmutableArray.CreateBuilder<Event>();
        events.Add(Story(articles));
        events.Add(Typed(articles[0], EventType.Arrest, "arrest", null, "suspect", null));
        events.Add(Typed(articles[1], EventType.Arrest, "arrest", null, "driver", null));
        foreach (var article in articles.Skip(2))
        {
            events.Add(Typed(article, EventType.Other, "arrest", null, null, null));
        }

        var (result, renamed) = MentionCoreference.Join(events.ToImmutable(), Linker);
        var suspect = result.Single(e => e.Mentions.Any(m => m.ArticleId == articles[0]));
        var driver = result.Single(e => e.Mentions.Any(m => m.ArticleId == articles[1]));
        Assert.Multiple(() =>
        {
            Assert.That(suspect.Mentions.Select(m => m.ArticleId), Is.EqualTo(articles.Where(a => a != articles[1])));
            Assert.That(driver.Mentions.Select(m => m.ArticleId), Is.EqualTo(new[] { articles[1] }));
            Assert.That(renamed, Has.Count.EqualTo(copies));
            Assert.That(renamed.Values.Distinct(), Is.EqualTo(new[] { suspect.Id }));
        });
    }

    [Test]
    public void Join_TwoBuckets_AGroupJoinedInTheFirstIsOneGroupInTheSecond()
    {
        // "blaze" and "fire" share a synonym group, "fire" and "fire" a form: the bare blaze joins the first fire through
        // the group, and the second fire then meets the two as one group, not as two.
        var story = Story("a1", "b1", "c1");
        var events = ImmutableArray.Create(
            story,
            Typed("a1", EventType.Other, "fire", null, null, null),
            Typed("b1", EventType.Other, "blaze", null, null, null),
            Typed("c1", EventType.Other, "fire", null, null, null));
        var (result, renamed) = MentionCoreference.Join(events, Linker);
        var joined = result.Single(e => !e.IsStory);
        Assert.Multiple(() =>
        {
            Assert.That(joined.Mentions.Select(m => m.ArticleId), Is.EquivalentTo(new[] { "a1", "b1", "c1" }));
            Assert.That(renamed, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Reconcile_ArrestToldWithAndWithoutTheSuspect_OneEventOfTheReport()
    {
        var pipeline = NewsPipeline.CreateDefault();
        ArticleAnalysis Analyze(string id, string text) =>
            pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: new LocalDate(2025, 5, 7))));
        var report = Reconciler.Reconcile(
            [
                Analyze("r1", "Police in Brenn arrested Jon Brede on Tuesday after the robbery of the Tessaly savings bank. " +
                              "Brede was held overnight at the harbour station."),
                Analyze("r2", "A man was arrested in Brenn on Tuesday after the robbery of the Tessaly savings bank, police said. " +
                              "The robbery shocked the small harbour town."),
            ],
            null);
        var ids = report.Events.Select(e => e.Id).ToHashSet();
        var arrest = report.Events.Single(e => e.Mentions.Any(m => m.ArticleId == "r1" && m.Trigger == "arrested"));
        Assert.Multiple(() =>
        {
            Assert.That(arrest.Mentions.Any(m => m.ArticleId == "r2" && m.Trigger == "arrested"), Is.True, string.Join(" | ", report.Events));
            Assert.That(report.Claims.Select(c => c.EventId).Distinct(), Is.SubsetOf(ids), "every claim names an event of the report");
            Assert.That(report.Conflicts.Select(c => c.EventId).Distinct(), Is.SubsetOf(ids));
            Assert.That(report.Corroborations.Select(c => c.EventId).Distinct(), Is.SubsetOf(ids));
        });
    }

    [Test]
    public void Reconcile_ShootingToldWithTwoVerbsOfItsFrame_OneEventOfTheReport_OtherTownsShootingApart()
    {
        var pipeline = NewsPipeline.CreateDefault();
        ArticleAnalysis Analyze(string id, string text) =>
            pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: new LocalDate(2025, 5, 7))));
        var report = Reconciler.Reconcile(
            [
                Analyze("s1", "A former worker opened fire at the Halvard paper mill in Tessaly on Monday, police said. " +
                              "Ansel Varga was held at the mill gate by two guards."),
                Analyze("s2", "Ansel Varga gunned down two colleagues at the Halvard paper mill in Tessaly on Monday. " +
                              "The Halvard mill stayed closed on Tuesday."),
                Analyze("s3", "A teenager opened fire at a bakery in Orlenburg on Friday, police said. " +
                              "Mirko Dahl surrendered to officers near the Orlenburg market."),
            ],
            null);
        Event Of(string article, string trigger) => report.Events.Single(e => e.Mentions.Any(m => m.ArticleId == article && m.Trigger == trigger));
        Assert.Multiple(() =>
        {
            Assert.That(Of("s1", "opened fire").Id, Is.EqualTo(Of("s2", "gunned down").Id), string.Join(" | ", report.Events));
            Assert.That(Of("s3", "opened fire").Id, Is.Not.EqualTo(Of("s1", "opened fire").Id), "another town's shooting is another story");
        });
    }

    private static ImmutableArray<Event> Events(bool oneStory, Side a, Side b)
    {
        var stories = oneStory
            ? new[] { Story("a1", "a2", "b1", "b2") }
            : new[] { Story("a1", "a2"), Story("b1", "b2") };
        return
        [
            .. stories,
            Typed("a1", a),
            Typed("b1", b),
        ];
    }

    private static Event Story(params string[] articles) =>
        new("story-" + articles[0], EventType.Other, articles: [.. articles], isStory: true);

    // A side's event: a day wins over a year (a day is within its year).
    private static Event Typed(string article, Side side)
    {
        var e = Typed(article, side.Type, side.Lemma, side.Synset, side.Target, side.Day);
        var participants = side.AlsoTarget is { } also ? e.Participants.Add(new Participant(also, ParticipantRole.Target)) : e.Participants;
        var time = e.Time ?? (side.Year is { } y
            ? new TemporalValue("in " + y, new LocalDate(y, 1, 1), new LocalDate(y, 12, 31), TemporalGranularity.Year)
            : null);
        return new Event(e.Id, e.Type, participants, time, articles: e.Articles) { Mentions = e.Mentions };
    }

    private static Event Typed(string article, EventType type, string lemma, string? synset, string? target, int? day) =>
        new("ev-" + article, type,
            target is null ? [] : [new Participant(target, ParticipantRole.Target)],
            day is { } d ? new TemporalValue("May " + d, new LocalDate(2025, 5, d), new LocalDate(2025, 5, d), TemporalGranularity.Day) : null,
            articles: [article])
        {
            Mentions = [new EventMention(article, 10, lemma, lemma, synset)],
        };
}
