using NewsEvents.Reconciliation;
using NodaTime;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Conflicts between the story slots of different outlets, with our own articles: which disagreements a reader signs
/// (a count against a corroborated count, two days of which the outlets gave the publication day), which not (two single
/// counts of one noun under different verbs, anchored days with a guessed publication day), and how sides read.
/// </summary>
public class StoryConflictTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Test]
    public void Measure_InDifferentUnits_SidesShowTheFiguresAsWritten()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 5, 2), "Pirates on a dhow attacked the tanker. Commandos boarded the 10-metre dhow on Friday."),
            ("b", new LocalDate(2025, 5, 2), "Pirates on a dhow attacked the tanker. Sailors boarded a 30-foot dhow on Friday."));

        var conflict = report.Conflicts.Single(c => c.Property == ClaimProperty.Measure);
        Assert.That(conflict.Sides.Select(s => s.Value.Text), Is.EquivalentTo(new[] { "10-metre", "30-foot" }));
        Assert.That(conflict.Sides.Select(s => ((QuantityValue)s.Value).Min), Is.EquivalentTo(new decimal?[] { 10m, 30m }));
    }

    // A range written with a hanging hyphen ("24- to 30-foot") is a compound like "10-metre" and compares with it.
    [TestCase("a 24- to 30-foot dhow", 1)]
    [TestCase("a 30- to 35-foot dhow", 0)]
    public void Measure_RangeWithHangingHyphen_ComparesWithACompound(string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 5, 2), "Pirates on a dhow attacked the tanker. Commandos boarded the 10-metre dhow on Friday."),
            ("b", new LocalDate(2025, 5, 2), "Pirates on a dhow attacked the tanker. Sailors boarded " + other + " on Friday."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Measure), Is.EqualTo(expected));
    }

    // The ages of a group ("two women, 70 and 45") against a sentence that names the two people with their ages: the pairs
    // share one age, so the group's other age is the other person's, and disputes it; nothing is read when they share none,
    // when the group's pair is the named pair, or when no sentence names the two together.
    [TestCase("The two women -- 70 and 45 years old -- died at the scene.", "70", TestName = "GroupAges_ShareOneAge_OtherAgeDisputesTheOtherPerson")]
    [TestCase("The two women -- 63 and 45 years old -- died at the scene.", null, TestName = "GroupAges_SamePair_NoConflict")]
    [TestCase("The two women -- 30 and 52 years old -- died at the scene.", null, TestName = "GroupAges_ShareNoAge_NoPersonConflict")]
    public void GroupAges_AgainstNamedAges_DisputeOnlyTheAgeTheyDoNotShare(string group, string? disputed)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 5, 2), "Police found the bodies of two women in a flat in Port Ellery on Tuesday. " + group),
            ("b", new LocalDate(2025, 5, 2), "Police found the bodies of two women in a flat in Port Ellery on Tuesday. " +
                                              "The victims were Ana Lopez, 45, and her mother, Rosa Marin, 63, police said."),
            ("c", new LocalDate(2025, 5, 2), "Police found the bodies of two women in a flat in Port Ellery on Tuesday. " +
                                              "Rosa Marin, 63, lived in the flat with her daughter."));

        var ages = report.Conflicts.Where(c => c.Property == ClaimProperty.Age).ToList();
        if (disputed is null)
        {
            Assert.That(ages, Is.Empty);
            return;
        }

        var conflict = ages.Single();
        Assert.That(conflict.Sides.Select(s => ((QuantityValue)s.Value).Min), Is.EquivalentTo(new decimal?[] { 63m, 70m }));
        Assert.That(conflict.Sides.Single(s => ((QuantityValue)s.Value).Min == 70m).Articles, Is.EqualTo(new[] { "a" }));
        Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Detail), Is.Empty, "the group's pair is compared person by person only");
    }

    [Test]
    public void Count_OfOneNoun_CorroboratedSideAgainstAnotherVerb_Conflicts()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 5, 2), "Three undersea cables were damaged off Sicily, the telecom operator said."),
            ("b", new LocalDate(2025, 5, 2), "Three undersea cables were cut off Sicily on Friday, disrupting traffic."),
            ("c", new LocalDate(2025, 5, 2), "Engineers said four undersea cables were severed off Sicily."));

        var conflict = report.Conflicts.Single(c => c.Property == ClaimProperty.Count);
        Assert.That(conflict.Sides.Select(s => s.Articles.Length), Is.EquivalentTo(new[] { 2, 1 }));
    }

    [Test]
    public void Count_TwoSingleArticles_UnderDifferentVerbs_DoNotConflict()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 5, 2), "Pirates attacked the freighter off Aden; two boats were closing in on it, the crew said."),
            ("b", new LocalDate(2025, 5, 2), "Pirates attacked the freighter off Aden and the navy later seized three boats."));

        Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Count), Is.Empty);
    }

    [TestCase(true, 1)]
    [TestCase(false, 0)]
    public void Date_YesterdayAgainstWeekday_ConflictsOnlyWhenPublicationDaysAreKnown(bool published, int expected)
    {
        // 16 March 2025 is a Sunday: "yesterday" is Saturday the 15th, "on Friday" the 14th.
        var day = published ? new LocalDate(2025, 3, 16) : (LocalDate?)null;
        var report = Reconcile(
            ("a", day, "Climber Duncan Hale died yesterday after a fall near the Harlow Glacier hut."),
            ("b", day, "Climber Duncan Hale died on Friday after a fall near the Harlow Glacier hut."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Date), Is.EqualTo(expected));
    }

    [Test]
    public void Date_TodayAgainstAnotherDay_DoesNotConflict()
    {
        // "Today" is what is current when the outlet writes (a hearing, a vigil), not the day of the story's event.
        var report = Reconcile(
            ("a", new LocalDate(2025, 3, 16), "Climber Duncan Hale died today after a fall near the Harlow Glacier hut."),
            ("b", new LocalDate(2025, 3, 16), "Climber Duncan Hale died on March 14 after a fall near the Harlow Glacier hut."));

        Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Date), Is.Empty);
    }

    [Test]
    public void Date_AnchoredDaysOfArticlesYearsApart_DoNotConflict()
    {
        // Two reports two years apart tell of two shootings: their anchored days do not dispute each other.
        var report = Reconcile(
            ("a", new LocalDate(2025, 3, 16), "A gunman shot two workers at the Delmar plant yesterday, police said."),
            ("b", new LocalDate(2027, 3, 16), "A gunman shot two workers at the Delmar plant on Monday, police said."));

        Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Date), Is.Empty);
    }

    [Test]
    public void Record_TwoRecordsForOneOwner_ConflictAndTheSameRecordCorroborates()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 12, 21), "The Rams (10-5) beat the Hawks 27-20 on Sunday in Seattle."),
            ("b", new LocalDate(2025, 12, 21), "Denver Rams (10-5) beat Seattle 27-20 on Sunday at Lakeside."),
            ("c", new LocalDate(2025, 12, 21), "The Rams beat the Hawks 27-20 in Seattle on Sunday. The win gave the Rams a 9-5 season."));

        var conflict = report.Conflicts.Single(c => c.Property == ClaimProperty.Detail);
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Sides.Select(s => s.Value.Text), Is.EquivalentTo(new[] { "10-5", "9-5" }));
            Assert.That(report.Corroborations.Where(c => c.Property == ClaimProperty.Detail).Select(c => c.Value.Text), Does.Contain("10-5"));
        });
    }

    [TestCase("A gunman shot Bryant Coles at the Delmar plant on Thursday, police said.", "A gunman shot Brian Coles at the Delmar plant on Thursday night, police said.", 1)]
    [TestCase("A gunman shot two workers at the Delmar plant, NBC Philadelphia reported.", "A gunman shot two workers at the Delmar plant in Philadelphia, police said.", 0)]
    public void Name_SpellingConflict_NeedsTwoFullNames(string one, string other, int expected)
    {
        var report = Reconcile(("a", new LocalDate(2025, 9, 10), one), ("b", new LocalDate(2025, 9, 10), other));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Name), Is.EqualTo(expected));
    }

    [Test]
    public void Date_ToldWithDifferentVerbsOfOneFamily_Corroborates()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 6, 30), "Deputy Jon Tolland was shot on June 24 while questioning a witness, the sheriff said."),
            ("b", new LocalDate(2025, 6, 30), "Deputy Jon Tolland was killed on June 24 while questioning a witness in the town."));

        Assert.That(report.Corroborations.Where(c => c.Property == ClaimProperty.Date).SelectMany(c => c.Articles), Is.EquivalentTo(new[] { "a", "b" }));
    }

    // A planned day corroborates an equal plan and never disputes another, nor the day something happened.
    [TestCase("The gunman will be sentenced on May 3, prosecutors said.", 1, 0)]
    [TestCase("The gunman will be sentenced on May 10, prosecutors said.", 0, 0)]
    [TestCase("The gunman was sentenced on March 10, prosecutors said.", 0, 0)]
    public void Date_Planned_CorroboratesButNeverConflicts(string other, int corroborations, int conflicts)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 3, 14), "A gunman who killed two guards was convicted on Monday. He will be sentenced on May 3."),
            ("b", new LocalDate(2025, 3, 14), "A gunman who killed two guards was convicted on Monday. " + other));

        AssertAgreeOnly(report, ClaimProperty.Date, c => c.Value is TemporalValue { Start.Month: 5 }, corroborations, conflicts);
    }

    // A tally of people with no cue of what befell them corroborates when equal and never disputes another tally.
    [TestCase("Seven workers were hiding in a closet near the office.", 1, 0)]
    [TestCase("Nine workers were hiding in a closet near the office.", 0, 0)]
    public void Tally_OfPeople_CorroboratesButNeverConflicts(string other, int corroborations, int conflicts)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 9, 10), "A gunwoman killed two co-workers at the plant. Seven workers were hiding in a closet nearby."),
            ("b", new LocalDate(2025, 9, 10), "A gunwoman killed two co-workers at the plant on Thursday. " + other));

        AssertAgreeOnly(report, ClaimProperty.Count, _ => true, corroborations, conflicts);
    }

    private static void AssertAgreeOnly(ReconciliationReport report, ClaimProperty property, Func<Corroboration, bool> which, int corroborations, int conflicts) =>
        Assert.Multiple(() =>
        {
            Assert.That(report.Corroborations.Count(c => c.Property == property && which(c)), Is.EqualTo(corroborations));
            Assert.That(report.Conflicts.Count(c => c.Property == property), Is.EqualTo(conflicts),
                string.Join("\n", report.Conflicts.Select(c => c.Explanation)));
        });

    // A person described by age alone ("a 36-year-old climber") is the one person of the story the outlets give that age.
    [TestCase("Yesterday, a 36-year-old climber died after a fall near the hut.", 1)]
    [TestCase("Yesterday, a 40-year-old climber died after a fall near the hut.", 0)]
    public void Date_OfAPersonDescribedByAge_IsThatPersonsDate(string described, int conflicts)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 9, 15), "Climber Duncan Hale, 36, died on Friday after a fall near the hut. Climber Robert Beck, 32, died on Saturday after a fall."),
            ("b", new LocalDate(2025, 9, 15), "Climber Duncan Hale, 36, died on Friday after a fall near the hut, police said."),
            ("c", new LocalDate(2025, 9, 15), "Robert Beck, 32, died on Saturday after a fall near the hut. " + described));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Date), Is.EqualTo(conflicts),
            string.Join("\n", report.Conflicts.Select(c => c.Explanation)));
    }

    // The corroborated figure is shown in the dimension's base unit when an outlet wrote it so, whichever came first.
    [TestCase("2,000ft", "about 600 metres", "about 600 metres")]
    [TestCase("about 600 metres", "2,000 feet", "about 600 metres")]
    [TestCase("2,000 feet", "about 2,000ft", "2,000 feet")]
    public void Measure_Corroborated_IsShownInTheBaseUnitWhenWrittenSo(string a, string b, string shown)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 6, 30), "The climber fell " + a + " near the summit on Saturday, police said."),
            ("b", new LocalDate(2025, 6, 30), "The climber fell " + b + " near the summit on Saturday."),
            ("c", new LocalDate(2025, 6, 30), "The climber fell " + a + " near the summit on Saturday, rescuers said."));

        Assert.That(report.Corroborations.Where(c => c.Property == ClaimProperty.Measure).Select(c => c.Value.Text),
            Is.EqualTo(new[] { shown }));
    }

    // Where something happened, told as a distance in buildings from the scene, is a place compared by its count.
    [TestCase("three houses from the scene", "five buildings away", 1)]
    [TestCase("three doors away", "three houses from the scene", 0)]
    [TestCase("a few doors away", "five buildings away", 0)]
    public void Place_AsDistanceInBuildings_ConflictsOnTheCount(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 4, 2), "The gunman was arrested on Friday night " + one + ", the sheriff said."),
            ("b", new LocalDate(2025, 4, 2), "The gunman was arrested on Friday night " + other + ", police said."));

        var conflicts = report.Conflicts.Where(c => c.Property == ClaimProperty.Place && c.Sides.All(s => s.Value is QuantityValue)).ToList();
        Assert.That(conflicts, Has.Count.EqualTo(expected));
        Assert.That(conflicts.Select(c => c.Explanation), Has.All.Contains(" away"));
    }

    [TestCase("about 3 p.m.", "about 3:10 p.m.", 1)]
    [TestCase("about 3 p.m.", "3 p.m.", 0)]
    [TestCase("shortly after 3 p.m.", "about 3:02 p.m.", 0)]
    public void Time_RoundFigureAgainstTheNextOne_Conflicts(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 6, 25), "Deputy Jon Tolland was shot at " + one + " on Friday outside a house, the sheriff said."),
            ("b", new LocalDate(2025, 6, 25), "Deputy Jon Tolland was shot at " + other + " on Friday outside a house in the town."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Time), Is.EqualTo(expected));
    }

    [Test]
    public void Measure_WithoutOwner_EqualToAnotherOwnersFigure_DoesNotDisputeAThirdOwner()
    {
        // "rushed for 212 yards" without a name is Carl's figure, not a rival to Hal's 101.
        var report = Reconcile(
            ("a", new LocalDate(2025, 12, 24), "Jamal Carl rushed for 212 yards and Peyton Hal rushed for 101 yards in the game on Sunday."),
            ("b", new LocalDate(2025, 12, 24), "Peyton Hal rushed for 101 yards in the game on Sunday."),
            ("c", new LocalDate(2025, 12, 24), "The Hawks lost the game on Sunday. Their back rushed for 212 yards."));

        Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Measure), Is.Empty);
    }

    // An outlet that gives one rough figure twice ("about 2,000ft", a quoted "some 700 metres") does not keep the others'
    // 600 m and 700 m from disputing; one that gives two figures that exclude each other does.
    [TestCase("Police said one of the party has fallen some 700 metres.", 1)]
    [TestCase("Police said Tom Reyes had fallen 700 meters.", 0)]
    public void Measure_AnOutletOnBothSides_BlocksOnlyWithTwoExclusiveFigures(string second, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 9, 15), "Climber Tom Reyes fell about 600 metres near the hut on Saturday."),
            ("b", new LocalDate(2025, 9, 15), "Climber Tom Reyes fell about 2,000ft near the hut on Saturday. " + second),
            ("c", new LocalDate(2025, 9, 15), "Climber Tom Reyes fell 700 meters near the hut on Saturday, his club said."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Measure && c.Sides.Any(s => s.Value.Text == "700 meters")), Is.EqualTo(expected),
            string.Join("\n", report.Conflicts.Select(c => c.Explanation)));
    }

    // The story's act as one of its series: one outlet's "fifth time" disputes another's "sixth defense"; the same place agrees.
    [TestCase("retained his world title for the fifth time", "It was Kovac's sixth defense of the belt.", 1)]
    [TestCase("retained his world title for the sixth time", "It was Kovac's sixth defense of the belt.", 0)]
    [TestCase("retained his world title", "He had won his first title in 2004 and lost it in his fifth defense in 2006.", 0)]
    public void Count_PlaceInTheStorysSeries_Disputes(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 12, 14), "Wladimir Kovac " + one + " on Saturday, stopping Hal Rome in the seventh round."),
            ("b", new LocalDate(2025, 12, 14), "Wladimir Kovac stopped Hal Rome in the seventh round on Saturday. " + other));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Count && c.Sides.All(s => s.Value is QuantityValue { Unit: "defense" })),
            Is.EqualTo(expected), string.Join("\n", report.Conflicts.Select(c => c.Explanation)));
    }

    // Who found the bodies: responders against a private person dispute; two private people ("the man", "the landlord's
    // son") may be one person, and two kinds of responders may have come together.
    [TestCase("Police found the bodies", "The landlord's son found the bodies", 1)]
    [TestCase("The man found the bodies", "The landlord's son found the bodies", 0)]
    [TestCase("Police found the bodies", "Firefighters found the bodies", 0)]
    public void Finder_RespondersAgainstAPrivatePerson_Disputes(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 1, 7), one + " of two women in an apartment on Elm Street on Tuesday."),
            ("b", new LocalDate(2025, 1, 7), other + " of two women in an apartment on Elm Street on Tuesday, police said."));

        var conflicts = report.Conflicts.Where(c => c.Property == ClaimProperty.Agent && c.Kind == ConflictKind.Actor).ToList();
        Assert.That(conflicts, Has.Count.EqualTo(expected), string.Join("\n", report.Conflicts.Select(c => c.Explanation)));
        Assert.That(conflicts.Select(c => c.Explanation), Has.All.Contains("who found the body"));
    }

    // The nationalities of a counted group: "23 Somali pirates" disputes "23 Somali and Yemeni pirates"; a breakdown by
    // nationality ("12 Somali and 11 Yemeni pirates") agrees with the group told at once.
    [TestCase("23 Somali pirates", "23 Somali and Yemeni pirates", 1)]
    [TestCase("12 Somali and 11 Yemeni pirates", "23 Somali and Yemeni pirates", 0)]
    public void Nationality_OfACountedGroup_Disputes(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 12, 14), "The navy captured " + one + " in the gulf on Saturday, officials said."),
            ("b", new LocalDate(2025, 12, 14), "The navy captured " + other + " in the gulf on Saturday."));

        Assert.That(report.Conflicts.Count(c => c.Kind == ConflictKind.Actor && c.Property == ClaimProperty.Detail), Is.EqualTo(expected),
            string.Join("\n", report.Conflicts.Select(c => c.Explanation)));
    }

    [Test]
    public void Measure_WithoutOwner_MatchingNoOwner_StillConflicts()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 9, 14), "Climber Duncan Hale fell 150 metres from a ridge on Friday, police said."),
            ("b", new LocalDate(2025, 9, 14), "Climber Tom Reyes fell 600 metres from a ridge on Saturday, police said."),
            ("c", new LocalDate(2025, 9, 14), "A climber died on Friday after he fell 200 metres from a ridge near the hut."));

        Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Measure), Is.Not.Empty);
    }

    [Test]
    public void Deaths_InBackgroundWithoutOwner_NeverConflict()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 9, 10), "A worker shot two colleagues dead at the plant on Thursday. Last year, a gunman killed three people at a school."),
            ("b", new LocalDate(2025, 9, 10), "A worker shot two colleagues dead at the plant on Thursday. Last year, a driver killed eight people at a depot."));

        // The story's slots; the sentences' own "Killings" events are linked by issue 13's mention linking.
        Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Deaths && c.EventId.StartsWith("story-", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("on Independent Street", "on Independence Street", 1)]
    [TestCase("at a Philip Street apartment", "in a dwelling on Phillips Road", 1)]
    [TestCase("on Maple Street", "on Main Street", 0)]
    [TestCase("on 223rd Street", "on 233rd Street", 0)]
    public void StreetName_SpelledTwoWays_IsOnePlaceInConflict(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 1, 7), "Police found the bodies of two women " + one + " on Tuesday, the district attorney said."),
            ("b", new LocalDate(2025, 1, 7), "Police found the bodies of two women " + other + " on Tuesday after a gas leak."));

        Assert.That(report.Conflicts.Count(c => c.Kind == ConflictKind.PlaceName), Is.EqualTo(expected));
    }

    [TestCase("in the 12200 block of 223rd Street", "in the 12000 block of East 223rd Street", 1)]
    [TestCase("in the 12200 block of 223rd Street", "in the 12200 block of East 223rd Street", 0)]
    public void Address_OneStreetAtOtherNumbers_IsAPlaceConflict(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 6, 25), "Deputy Jon Tolland was shot " + one + " on Friday, the sheriff said."),
            ("b", new LocalDate(2025, 6, 25), "Deputy Jon Tolland was shot " + other + " on Friday, officials said."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Place && c.Kind == ConflictKind.Place), Is.EqualTo(expected));
    }

    [TestCase("died of pneumonia", "succumbed to complications from a heart attack", 1)]
    [TestCase("died of a heart attack", "died of a massive heart attack", 0)]
    [TestCase("died of pneumonia", "suffered a heart attack and died", 0)]
    public void CauseOfDeath_OneAtATime(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 12, 12), "The pin-up model Rosa Marin " + one + " on Thursday in a hospital, her agent said."),
            ("b", new LocalDate(2025, 12, 12), "The pin-up model Rosa Marin " + other + " on Thursday in a hospital, her family said."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Detail), Is.EqualTo(expected));
    }

    [Test]
    public void HospitalCondition_StableAgainstIntensiveCare_Conflicts_AndShowsTheWordedSide()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 9, 10), "The wounded worker, Bryant Coles, was listed in stable condition after the shooting at the plant."),
            ("b", new LocalDate(2025, 9, 10), "The wounded worker, Bryant Coles, remained in intensive care after the shooting at the plant."),
            ("c", new LocalDate(2025, 9, 10), "The wounded worker, Bryant Coles, is in critical condition after the shooting at the plant."));

        var conflict = report.Conflicts.Single(c => c.Property == ClaimProperty.Detail);
        Assert.That(conflict.Sides.Select(s => s.Value.Text), Is.EquivalentTo(new[] { "stable condition", "critical condition" }));
    }

    [TestCase("150 nautical miles east of Aden", "150 nautical miles west of Aden", 1)]
    [TestCase("150 nautical miles east of Aden", "about 150 miles east of Aden", 0)]
    public void Bearing_FromOnePlace_OppositeWays_Conflicts(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 12, 13), "Pirates attacked the freighter " + one + " on Saturday, the navy said."),
            ("b", new LocalDate(2025, 12, 13), "Pirates attacked the freighter " + other + " on Saturday, officials said."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Place), Is.EqualTo(expected));
    }

    // A nickname spelled two ways is one name's spelling (soft); two different nicknames are a detail in dispute (hard).
    [TestCase("Tave", ConflictKind.ActorName, ConflictSeverity.Soft)]
    [TestCase("Sleepy", ConflictKind.Detail, ConflictSeverity.Hard)]
    public void Nickname_OtherValue_ConflictsAsSpellingOrAsDetail(string other, ConflictKind kind, ConflictSeverity severity)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 6, 25), "The suspect in the shooting of the deputy, Jose Ortega, is known by the nickname \"Tavo\"."),
            ("b", new LocalDate(2025, 6, 25), "The suspect in the shooting of the deputy, Jose Ortega, is known by the street moniker of " + other + "."));

        var conflict = report.Conflicts.Single(c => c.Property == ClaimProperty.Detail);
        Assert.That((conflict.Kind, conflict.Severity), Is.EqualTo((kind, severity)));
    }

    [TestCase("was convicted on March 20", "was sentenced to death on April 3", 0)]
    [TestCase("was convicted on March 20", "was found guilty in April 2025", 1)]
    public void Date_StagesOfATrial_EachHaveTheirOwnDay(string one, string other, int expected)
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 4, 4), "Gang member Jose Ortega " + one + " for the murder of a deputy, prosecutors said."),
            ("b", new LocalDate(2025, 4, 4), "Gang member Jose Ortega " + other + " for the murder of a deputy in the town."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Date), Is.EqualTo(expected));
    }

    [Test]
    public void Measure_RunAndScamper_AreOneRun()
    {
        var report = Reconcile(
            ("a", new LocalDate(2025, 12, 24), "Jamal Carl broke an 86-yard run on the first play of the second half on Sunday."),
            ("b", new LocalDate(2025, 12, 24), "Jamal Carl broke an 84-yard scamper on the first play of the second half on Sunday."));

        Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Measure), Is.EqualTo(1));
    }

    // Undated outlets: the weekday they agree on corroborates; another weekday never disputes, since the week is unknown.
    [TestCase("late Tuesday night", 1, 0)]
    [TestCase("on Wednesday", 0, 0)]
    public void Weekday_InUndatedArticles_CorroboratesButNeverConflicts(string other, int corroborations, int conflicts)
    {
        var report = Reconcile(
            ("a", null, "Police arrested the suspect, Gary Soares, on Tuesday night at a house in the town."),
            ("b", null, "Police arrested the suspect, Gary Soares, " + other + " at a house in the town."));

        Assert.Multiple(() =>
        {
            Assert.That(report.Corroborations.Count(c => c.Property == ClaimProperty.Date && c.Value is TextValue { Text: "Tuesday" }),
                Is.EqualTo(corroborations), string.Join("\n", report.Corroborations.Select(c => c.Property + " " + c.Value + " " + string.Join(",", c.Claims))));
            Assert.That(report.Conflicts.Count(c => c.Property == ClaimProperty.Date), Is.EqualTo(conflicts), string.Join("\n", report.Conflicts.Select(c => c.Explanation + " " + c.EventId)));
        });
    }

    private static ReconciliationReport Reconcile(params (string Id, LocalDate? Published, string Text)[] articles) =>
        Reconciler.Reconcile([.. articles.Select(a => Pipeline.Analyze(ArticleReader.Read(a.Text, new ArticleMetadata(a.Id, published: a.Published))))], null);
}
