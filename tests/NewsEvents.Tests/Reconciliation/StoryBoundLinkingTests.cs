using NewsEvents.Reconciliation;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Events link across articles only inside one story: two stories of the same kind (two quakes that each "killed" people,
/// two floods) keep their events apart even when type and slots fit, while the articles of one story still share them.
/// </summary>
public sealed class StoryBoundLinkingTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly LocalDate Published = new(2025, 3, 14);

    // Our own articles: two quake stories, each told by two outlets, each saying people were killed without naming them.
    private static readonly (string Id, string Text)[] Articles =
    [
        ("n1", "A magnitude 6.4 earthquake struck the northern Norvia province of Tessaly on Tuesday, killing at least 12 people. " +
               "The quake toppled houses in the mountain town of Brenn, officials in Tessaly said."),
        ("n2", "Rescuers in Brenn searched collapsed homes after a strong earthquake hit Tessaly in northern Norvia, killing 12 people. " +
               "Dozens were hurt in Brenn, the Norvia interior ministry said."),
        ("c1", "A powerful earthquake shook the island of Caldera, killing four people and damaging the harbour at Port Alma. " +
               "The quake had a magnitude of 5.9, the Caldera seismic office said."),
        ("c2", "Port Alma residents slept outdoors after the magnitude 5.9 earthquake that rattled Caldera, killing four people " +
               "near the harbour, officials said."),
    ];

    public static IEnumerable<TestCaseData> Cases()
    {
        static TestCaseData Case(string a, string b, bool oneEvent, string why) =>
            new TestCaseData(a, b, oneEvent).SetName("Link_" + why).SetDescription(why);

        yield return Case("n1", "n2", true, "SameQuakeTwoOutlets_OneKilling");
        yield return Case("c1", "c2", true, "OtherQuakeTwoOutlets_OneKilling");

        // must not
        yield return Case("n1", "c1", false, "TwoQuakesBothKilledPeople_TwoKillings");
        yield return Case("n2", "c2", false, "TwoQuakesSecondOutlets_TwoKillings");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reconcile_KillingsOfTwoArticles_OneEventOnlyInOneStory(string a, string b, bool oneEvent)
    {
        var report = Reconciler.Reconcile(
            Articles.Select(x => Pipeline.Analyze(ArticleReader.Read(x.Text, new ArticleMetadata(x.Id, published: Published)))).ToArray(), null);
        Event Killing(string article) =>
            report.Events.Single(e => !e.IsStory && e.Mentions.Any(m => m.ArticleId == article && m.Trigger == "killing"));
        Assert.Multiple(() =>
        {
            Assert.That(report.Events.Count(e => e.IsStory), Is.EqualTo(2), string.Join(" | ", report.Events.Where(e => e.IsStory)));
            Assert.That(Killing(a).Id == Killing(b).Id, Is.EqualTo(oneEvent), string.Join(" | ", report.Events));
        });
    }
}
