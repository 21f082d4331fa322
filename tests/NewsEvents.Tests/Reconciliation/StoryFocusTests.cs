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
