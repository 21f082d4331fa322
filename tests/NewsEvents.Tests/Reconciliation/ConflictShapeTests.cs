using NodaTime;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Conflicts a reader would sign, by their shape: records over the same games dispute and records a game apart are soft;
/// a key that gathers one figure per outlet, each different, is several facts; dates years apart are two occurrences;
/// an abbreviated street type or a short form of a longer name is no spelling discrepancy.
/// </summary>
public sealed class ConflictShapeTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private const string Lead = "The Rams beat the Hawks 27-20 on Sunday in Denver, with Tom Kerrigan throwing three touchdowns. ";

    private static ReconciliationReport Report(LocalDate? published, params string[] texts) =>
        Pipeline.Reconcile(texts.Select((t, i) =>
            Pipeline.Analyze(ArticleReader.Read(t, new ArticleMetadata("a" + i, outlet: "Outlet " + i, published: published)))));

    private static ReconciliationReport Report(params string[] texts) => Report(new LocalDate(2024, 10, 14), texts);

    private static List<Conflict> ConflictsOn(ReconciliationReport report, Func<Claim, bool> claim)
    {
        var byId = report.Claims.ToDictionary(c => c.Id);
        return [.. report.Conflicts.Where(c => c.Sides.Any(s => s.Claims.Any(id => claim(byId[id]))))];
    }

    private static bool IsRecord(Claim c) => c.Subject?.StartsWith("record/", StringComparison.Ordinal) == true;

    [TestCase("8-4", "7-5", ConflictSeverity.Hard)]
    [TestCase("8-4", "9-3", ConflictSeverity.Hard)]
    [TestCase("8-4", "7-4", ConflictSeverity.Soft)]
    [TestCase("8-4", "44-38", null)]
    [TestCase("8-4", "8-4", null)]
    public void Records_ByGamesTheyCount(string first, string second, ConflictSeverity? severity)
    {
        var report = Report(
            Lead + "The Rams improved to " + first + " with the win.",
            Lead + "The Rams improved to " + second + " with the win.");
        var conflicts = ConflictsOn(report, IsRecord);
        if (severity is null)
        {
            Assert.That(conflicts, Is.Empty);
            return;
        }

        Assert.That(conflicts.Select(c => (c.Severity, string.Join("|", c.Sides.Select(s => s.Value.Text).Order()))),
            Is.EqualTo(new[] { (severity.Value, string.Join("|", new[] { first, second }.Order())) }));
    }

    [Test]
    public void Counts_OneFigurePerOutletEachDifferent_AreSeveralFacts()
    {
        var report = Report(
            Lead + "He caught 61 passes for the Rams this season.",
            Lead + "He caught 33 passes for the Rams this season.",
            Lead + "He caught 45 passes for the Rams this season.");
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Count && c.Value.Text.Contains("passes")), Is.Empty);
    }

    [Test]
    public void Counts_AFigureTwoOutletsGive_AgainstAnother_Dispute()
    {
        var report = Report(
            Lead + "He caught 61 passes for the Rams this season.",
            Lead + "He caught 61 passes for the Rams this season.",
            Lead + "He caught 45 passes for the Rams this season.");
        var conflict = ConflictsOn(report, c => c.Property == ClaimProperty.Count && c.Value.Text.Contains("passes")).SingleOrDefault();
        Assert.That(conflict?.Sides.Select(s => s.Articles.Length), Is.EquivalentTo(new[] { 2, 1 }));
    }

    [Test]
    public void Counts_FiveTalliesOfOneNoun_AreSeveralFacts_EvenWhenOneIsConfirmed()
    {
        var report = Report(
            Lead + "He caught 61 passes for the Rams this season.",
            Lead + "He caught 61 passes for the Rams this season.",
            Lead + "He caught 33 passes for the Rams this season.",
            Lead + "He caught 45 passes for the Rams this season.",
            Lead + "He caught 12 passes for the Rams this season.",
            Lead + "He caught 20 passes for the Rams this season.");
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Count && c.Value.Text.Contains("passes")), Is.Empty);
    }

    [TestCase("natural causes", "heart disease", false)]
    [TestCase("a long illness", "cancer", false)]
    [TestCase("pneumonia", "a heart attack", true)]
    public void Causes_AnUmbrellaCauseNeverDisputes(string first, string second, bool dispute)
    {
        const string lead = "Actress Rosa Marin, 84, died on Friday in Port Ellery, her agent said. ";
        var report = Report(
            lead + "Marin died of " + first + ", her family said.",
            lead + "Marin died of " + first + ", her family said.",
            lead + "Marin died of " + second + ", her family said.");
        Assert.That(ConflictsOn(report, c => c.Subject?.StartsWith("cause", StringComparison.Ordinal) == true), dispute ? Is.Not.Empty : Is.Empty);
    }

    [TestCase("Two officers", false)]
    [TestCase("Two people", true)]
    public void Casualties_RespondersHurt_AreAGroupOfTheirOwn(string second, bool dispute)
    {
        const string lead = "Rioters clashed with police in Harlow on Monday night. ";
        var report = Report(
            lead + "Three people were injured in the clashes, officials said.",
            lead + "Three people were injured in the clashes, officials said.",
            lead + second + " were injured in the clashes, officials said.");
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Injured), dispute ? Is.Not.Empty : Is.Empty);
    }

    [Test]
    public void Measures_TwoValuesOneSentenceGives_AreTwoFacts()
    {
        const string lead = "Singer Rosa Marin was arrested for drunken driving in Port Ellery on Sunday. ";
        var report = Report(
            lead + "Results of a blood-alcohol test were released Wednesday, showing a level of 0.07 percent -- just under the state " +
            "legal limit of 0.08 percent, Carrowland Highway Patrol Officer Tom Reyes said.",
            lead + "The results from the test were released Wednesday and showed a level of 0.07 percent -- just under the Carrowland " +
            "legal limit of 0.08 percent.");
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Measure), Is.Empty);
    }

    [TestCase("Local news originally reported that two of the three victims died.", ConflictSeverity.Soft)]
    [TestCase("Two of the three victims died, local news reported.", ConflictSeverity.Hard)]
    public void Tolls_AnEarlyReport_IsASoftConflict(string second, ConflictSeverity severity)
    {
        const string lead = "A gunman opened fire in a Harlow office on Monday. ";
        var report = Report(
            lead + "One victim died in the Monday morning attack.",
            lead + second);
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Deaths).Select(c => c.Severity), Is.EqualTo(new[] { severity }));
    }

    [Test]
    public void StoryDates_YearsApart_AreTwoOccurrences()
    {
        var report = Report(published: null,
            "The Hawks fired coach Dan Riley. Riley was hired by the club on March 3, 2006.",
            "The Hawks fired coach Dan Riley. Riley became the club's assistant on Oct. 9, 1997.");
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Date), Is.Empty);
    }

    [Test]
    public void StoryDates_DaysApart_Dispute()
    {
        var report = Report(published: null,
            "The Hawks fired coach Dan Riley on March 3, 2006, the club said.",
            "The Hawks fired coach Dan Riley on March 5, 2006, the club said.");
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Date), Has.Count.EqualTo(1));
    }

    [TestCase("four days", "40 hours", false)]
    [TestCase("two days", "72 hours", true)]
    [TestCase("three weeks", "four weeks", true)]
    [TestCase("five months", "150 days", false)]
    [TestCase("five months", "170 days", true)]
    public void Durations_InDifferentUnits_DisputeOnlyWhenTheFinerExceedsTheCoarser(string first, string second, bool dispute)
    {
        var report = Report(
            "The jury in Harlow convicted Tom Reyes of murder on Friday after deliberating for " + first + ".",
            "The jury in Harlow convicted Tom Reyes of murder on Friday after deliberating for " + second + ".");
        var conflicts = ConflictsOn(report, c => c.Property == ClaimProperty.Measure && c.Subject?.StartsWith("duration", StringComparison.Ordinal) == true);
        Assert.That(conflicts, dispute ? Is.Not.Empty : Is.Empty);
    }

    [TestCase("35", "37", true)]
    [TestCase("35", "17", false)]
    public void Ages_FarApart_AreTwoPeople(string first, string second, bool dispute)
    {
        var report = Report(
            "Deputy Jon Ortega, " + first + ", was shot dead in Harlow on Friday, police said.",
            "Deputy Jon Ortega, " + second + ", was shot dead in Harlow on Friday, police said.");
        Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Age), dispute ? Is.Not.Empty : Is.Empty);
    }

    [Test]
    public void Conflicts_TheSameDisputeOnSeveralEvents_IsShownOnce()
    {
        var report = Report(
            "The Hawks offered the pitcher a seven-year deal worth $150 million on Monday, the club said.",
            "The Hawks offered the pitcher an eight-year deal worth $150 million on Monday, the club said.");
        var keys = report.Conflicts.Select(c => c.Kind + string.Join("|", c.Sides.Select(s => s.Value.Text + string.Join(",", s.Articles)).Order())).ToList();
        Assert.That(keys, Is.Unique);
    }

    [Test]
    public void Measures_AnOpenFigureAgainstSeveralOwnersOfOneValue_IsOneDispute()
    {
        const string lead = "Free agent Tom Reyes weighed his offers on Monday. ";
        var report = Report(
            lead + "The Hawks made an eight-year offer to Reyes.",
            lead + "The Carrowland Rams made an eight-year offer to Reyes.",
            lead + "The seven-year offers for Reyes were in the $140 million range.",
            lead + "The seven-year offers for Reyes were generous.");
        var conflicts = ConflictsOn(report, c => c.Property == ClaimProperty.Measure);
        Assert.That(conflicts.Select(c => string.Join("|", c.Sides.Select(s => s.Value.Text + "@" + s.Articles.Length).Order())),
            Is.EqualTo(new[] { "eight-year@2|seven-year@2" }));
    }

    [Test]
    public void Courts_OneCourtCorroborates_TwoCourtsNeverDispute()
    {
        var same = Report(
            "Tom Reyes was arraigned in Harlow District Court on Monday on two counts of murder.",
            "Tom Reyes was arraigned in Harlow District Court on Monday on two counts of murder.");
        var moved = Report(
            "Tom Reyes appeared in Harlow Magistrates Court on Monday on two counts of murder.",
            "Tom Reyes appeared in Bryce Crown Court on Monday on two counts of murder.");
        static bool IsCourt(Claim c) => c.Subject?.StartsWith("court/", StringComparison.Ordinal) == true;
        Assert.Multiple(() =>
        {
            var byId = same.Claims.ToDictionary(c => c.Id);
            Assert.That(same.Corroborations.Where(c => c.Claims.Any(id => IsCourt(byId[id]))).Select(c => c.Articles.Length), Is.EqualTo(new[] { 2 }));
            Assert.That(ConflictsOn(moved, IsCourt), Is.Empty);
        });
    }

    [Test]
    public void Quake_MagnitudeAndDepth_CompareHoweverWritten()
    {
        var report = Report(
            "A magnitude 6.1 earthquake struck the coast of Carrowland on Monday. The quake struck at a depth of 10 km.",
            "A 6.4-magnitude earthquake shook the coast of Carrowland on Monday. It struck at a depth of 15 kilometres.");
        Assert.Multiple(() =>
        {
            Assert.That(ConflictsOn(report, c => c.Subject == "magnitude/").Select(c => c.Sides.Length), Is.EqualTo(new[] { 2 }));
            Assert.That(ConflictsOn(report, c => c.Subject == "distance/depth").Select(c => c.Sides.Length), Is.EqualTo(new[] { 2 }));
        });
    }

    [TestCase("at 07:37 local time", "at 05:37 GMT", false)]
    [TestCase("at 07:37 local time", "at 07:37 local time", true)]
    public void Times_InDifferentNamedZones_NeitherDisputeNorConfirm(string first, string second, bool corroborated)
    {
        var report = Report(
            "A magnitude 6.1 earthquake struck the coast of Carrowland " + first + " on Monday.",
            "A magnitude 6.1 earthquake struck the coast of Carrowland " + second + " on Monday.");
        Assert.Multiple(() =>
        {
            Assert.That(ConflictsOn(report, c => c.Property == ClaimProperty.Time), Is.Empty);
            Assert.That(report.Corroborations.Any(c => c.Property == ClaimProperty.Time), Is.EqualTo(corroborated));
        });
    }

    [TestCase("at least 12 people", "40 people", false)]
    [TestCase("at least 12 people", "12 people", true)]
    [TestCase("about 80 people", "more than 80 people", true)]
    public void Corroboration_ABoundConfirmsOnlyItsOwnFigure(string first, string second, bool corroborated)
    {
        var report = Report(
            "A magnitude 6.1 earthquake struck the coast of Carrowland on Monday, killing " + first + ".",
            "A magnitude 6.1 earthquake struck the coast of Carrowland on Monday, killing " + second + ".");
        Assert.That(report.Corroborations.Any(c => c.Property == ClaimProperty.Deaths), Is.EqualTo(corroborated));
    }

    [Test]
    public void Casualties_FromABackgroundSentence_NeverMeetTheStorys()
    {
        var report = Report(
            "A magnitude 6.1 earthquake struck the coast of Carrowland on Monday, killing 12 people, officials said.",
            "A magnitude 6.1 earthquake struck the coast of Carrowland on Monday, killing 12 people, officials said. " +
            "It was the deadliest quake in the region since 2011, when a tremor killed 40 people.",
            "A magnitude 6.1 earthquake struck the coast of Carrowland on Monday, killing at least 12 people. " +
            "In 2009, a tremor killed 25 people in the same region.");
        var byId = report.Claims.ToDictionary(c => c.Id);
        bool Deaths(Claim c) => c.Property == ClaimProperty.Deaths;
        Assert.Multiple(() =>
        {
            Assert.That(ConflictsOn(report, Deaths), Is.Empty);
            Assert.That(report.Corroborations.Where(c => c.Property == ClaimProperty.Deaths).SelectMany(c => c.Claims).Select(id => byId[id].Value.Text),
                Has.No.Member("40 people").And.No.Member("25 people"));
        });
    }

    [Test]
    public void Names_AbbreviatedStreetType_IsNoSpellingDiscrepancy()
    {
        var report = Report(
            "A man was shot dead on Harmon Avenue in Harlow on Sunday, police said.",
            "A man was shot dead on Harmon Ave in Harlow on Sunday, police said.");
        Assert.That(report.Conflicts.Where(c => c.Kind == ConflictKind.PlaceName), Is.Empty);
    }

    [Test]
    public void Names_OneLetterApart_IsASpellingDiscrepancy()
    {
        var report = Report(
            "A man was shot dead on Harmon Avenue in Harlow on Sunday, police said.",
            "A man was shot dead on Harman Avenue in Harlow on Sunday, police said.");
        Assert.That(report.Conflicts.Count(c => c.Kind == ConflictKind.PlaceName), Is.EqualTo(1));
    }
}
