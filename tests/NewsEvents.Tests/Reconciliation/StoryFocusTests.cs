using NewsEvents.Reconciliation;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Story linking by who a story is about: two incidents of one kind that share the team, the charge and the place (two
/// players of one club arrested for drunk driving) stay two stories when each article's lead names someone the other
/// article never mentions; articles of one incident still link, also when only one of them names a second person.
/// </summary>
public sealed class StoryFocusTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly LocalDate Published = new(2025, 3, 14);

    // Our own articles: two arrests of Harbour City Gulls players (Marco Delvane, Tobias Quent), two outlets each.
    private static readonly (string Id, string Text)[] Articles =
    [
        ("d1", "Harbour City Gulls receiver Marco Delvane was arrested on suspicion of drunk driving early Sunday, the state highway " +
               "patrol said. The Gulls said they were aware of the arrest of Delvane and would not comment further."),
        ("d2", "Police arrested Gulls wide receiver Marco Delvane on suspicion of drunk driving in Harbour City on Sunday. Delvane was " +
               "released on bail hours later, and the Gulls said the arrest would not affect his playing status."),
        ("q1", "Harbour City Gulls lineman Tobias Quent was arrested on suspicion of drunk driving on Saturday, the state highway patrol " +
               "said. The Gulls said they were aware of the arrest of Quent and would not comment further."),
        ("q2", "Police arrested Gulls defensive lineman Tobias Quent on suspicion of drunk driving in Harbour City on Saturday. Quent " +
               "was released on bail, coach Ellis Warder said, and the Gulls said the arrest would not affect his playing status."),
    ];

    public static IEnumerable<TestCaseData> Cases()
    {
        static TestCaseData Case(string a, string b, bool oneStory, string why) =>
            new TestCaseData(a, b, oneStory).SetName("Link_" + why).SetDescription(why);

        yield return Case("d1", "d2", true, "SameArrestTwoOutlets_OneStory");
        yield return Case("q1", "q2", true, "OtherArrestOneOutletNamesTheCoach_OneStory");

        // must not
        yield return Case("d1", "q1", false, "TwoPlayersArrestedSameCharge_TwoStories");
        yield return Case("d2", "q2", false, "TwoPlayersArrestedOtherOutlets_TwoStories");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reconcile_ArticlesOfOneTeamsArrests_OneStoryOnlyForOnePlayer(string a, string b, bool oneStory)
    {
        var report = Reconciler.Reconcile(
            Articles.Select(x => Pipeline.Analyze(ArticleReader.Read(x.Text, new ArticleMetadata(x.Id, published: Published)))).ToArray(), null);
        Event StoryOf(string article) => report.Events.Single(e => e.IsStory && e.Articles.Contains(article));
        Assert.That(StoryOf(a).Id == StoryOf(b).Id, Is.EqualTo(oneStory), string.Join(" | ", report.Events.Where(e => e.IsStory)));
    }
}

/// <summary>
/// Story linking by where a story is set: one-paragraph reports of killings alike in all but the town (known to the
/// gazetteer or not) are as many stories and as many killings, with no death-toll conflict between them; two outlets
/// reporting one town's killing still tell one story and corroborate its toll.
/// </summary>
public sealed class StoryPlaceTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly LocalDate Published = new(2025, 3, 14);

    // Our own reports: killings in Tonleyham (two outlets), Fordwick and Marbrook (made-up towns) and Nairobi.
    private static readonly (string Id, string Text)[] Articles =
    [
        ("t1", "Six people were killed when gunmen opened fire at a market in Tonleyham on Monday, police said."),
        ("t2", "Gunmen killed six people at a crowded market in Tonleyham on Monday, local police said."),
        ("f1", "Three people were killed when gunmen opened fire at a market in Fordwick on Tuesday, police said."),
        ("m1", "Four people were killed when gunmen opened fire at a market in Marbrook on Tuesday, police said."),
        ("n1", "Five people were killed when gunmen opened fire at a market in Nairobi on Wednesday, police said."),
    ];

    private static ReconciliationReport Report() => Reconciler.Reconcile(
        Articles.Select(x => Pipeline.Analyze(ArticleReader.Read(x.Text, new ArticleMetadata(x.Id, "Outlet " + x.Id, published: Published)))).ToArray(), null);

    public static IEnumerable<TestCaseData> Cases()
    {
        static TestCaseData Case(string a, string b, bool one, string why) =>
            new TestCaseData(a, b, one).SetName("Killing_" + why).SetDescription(why);

        yield return Case("t1", "t2", true, "OneTownTwoOutlets_OneKilling");

        // must not
        yield return Case("t1", "f1", false, "TwoUnknownTowns_TwoKillings");
        yield return Case("f1", "m1", false, "TwoUnknownTownsSameDay_TwoKillings");
        yield return Case("m1", "n1", false, "UnknownTownAndKnownCity_TwoKillings");
    }

    // one place word | another | one place spelled two ways?
    [TestCase("philip", "phillips", true)]
    [TestCase("tonleyham", "tonleyhamm", true)]
    [TestCase("bartonbar", "bartonmor", false)]
    [TestCase("tonleyham", "fordwick", false)]
    [TestCase("223rd", "233rd", false)]
    public void SoundsAlike_PlaceWords(string one, string other, bool alike) =>
        Assert.That(NameDirectory.SoundsAlike(one, other), Is.EqualTo(alike));

    [TestCaseSource(nameof(Cases))]
    public void Reconcile_KillingsInTowns_OneEventOnlyForOneTown(string a, string b, bool one)
    {
        var report = Report();
        bool Together(string x, string y) => report.Events.Any(e => e.Type == EventType.Kill && e.Articles.Contains(x) && e.Articles.Contains(y));
        Assert.That(Together(a, b), Is.EqualTo(one), string.Join(" | ", report.Events.Where(e => e.Type == EventType.Kill)));
    }

    [Test]
    public void Reconcile_KillingsInDifferentTowns_NoTollConflict_OneTownsTollCorroborated()
    {
        var report = Report();
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts.Where(c => c.Property == ClaimProperty.Deaths), Is.Empty);
            Assert.That(report.Corroborations.Any(c => c.Property == ClaimProperty.Deaths && c.Articles.Contains("t1") && c.Articles.Contains("t2")), Is.True);
        });
    }
}
