using NewsEvents.Reconciliation;
using NodaTime;

// FsCheck supplies the parameters of [FsCheck.NUnit.Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Story linking: articles that tell one story in different words share one story event; two stories of the same kind
/// (two quakes, two trials) stay apart, also when one article mentions both; the grouping does not depend on input order.
/// </summary>
public class StoryLinkerTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly LocalDate Published = new(2025, 3, 14);

    // Our own articles: two quake stories (Norvia and Caldera), two court stories, written by different outlets.
    private static readonly (string Id, string Story, string Text)[] Articles =
    [
        ("q1-a", "norvia-quake", "A magnitude 6.4 earthquake struck the northern Norvia province of Tessaly on Tuesday, killing at least 12 people. " +
                                 "The quake toppled houses in the mountain town of Brenn, officials in Tessaly said."),
        ("q1-b", "norvia-quake", "Rescuers in Brenn searched collapsed homes after a strong tremor hit Tessaly in northern Norvia. " +
                                 "Twelve people died, the Norvia interior ministry said, and dozens were hurt in Brenn."),
        ("q1-c", "norvia-quake", "The death toll from the Tessaly earthquake rose to 14 on Wednesday as crews dug through rubble in Brenn, Norvia's " +
                                 "civil defence agency said."),
        ("q2-a", "caldera-quake", "A powerful earthquake shook the island of Caldera on Sunday, damaging the harbour at Port Alma and injuring " +
                                  "30 people. The quake had a magnitude of 5.9, the Caldera seismic office said."),
        ("q2-b", "caldera-quake", "Port Alma residents slept outdoors after the magnitude 5.9 quake that rattled Caldera; officials counted 30 " +
                                  "injured and no deaths."),
        ("c1-a", "vance-trial", "A jury in Marlow County convicted Edgar Vance of fraud on Monday after a three-week trial over the collapse " +
                                "of his investment firm, Vance Capital."),
        ("c1-b", "vance-trial", "Edgar Vance, founder of Vance Capital, was found guilty of fraud by a Marlow County jury; sentencing is set " +
                                "for June."),
        ("c2-a", "okafor-trial", "Former mayor Grace Okafor was acquitted of bribery charges in Linden on Thursday after jurors deliberated " +
                                 "for two days."),
        ("c2-b", "okafor-trial", "A Linden jury cleared ex-mayor Grace Okafor of taking bribes from a developer, ending a trial that " +
                                 "divided the city."),
    ];

    [Test]
    public void SameStoryInDifferentWords_LinksAndSameKindStoriesStayApart()
    {
        var groups = StoryGroups(Articles.Select(a => a.Id));

        Assert.That(groups, Is.EquivalentTo(Articles.GroupBy(a => a.Story).Select(g => g.Select(a => a.Id).Order().ToArray())));
    }

    [Test]
    public void ArticleMentioningTwoStories_DoesNotChainThem()
    {
        // A roundup that names both quakes resembles each a little; average linkage keeps the two stories apart.
        var roundup = ("r-1", "A week of quakes: Tessaly in Norvia counted its dead in Brenn while Port Alma on Caldera cleared its harbour.");
        var groups = StoryGroups(Articles.Where(a => a.Id.StartsWith('q')).Select(a => a.Id), roundup);

        Assert.That(groups.Where(g => g.Contains("q1-a")).Single(), Does.Not.Contain("q2-a"));
    }

    [FsCheck.NUnit.Property(MaxTest = 12)]
    public bool Grouping_DoesNotDependOnInputOrder(int seed)
    {
        var ids = Articles.Select(a => a.Id).ToArray();
        new Random(seed).Shuffle(ids);
        return Describe(StoryGroups(ids)) == Describe(StoryGroups(Articles.Select(a => a.Id)));
    }

    private static string Describe(List<string[]> groups) =>
        string.Join(";", groups.Select(g => string.Join(",", g)).Order(StringComparer.Ordinal));

    private static List<string[]> StoryGroups(IEnumerable<string> ids, params (string Id, string Text)[] extra)
    {
        var analyses = ids.Select(id => (id, Articles.Single(a => a.Id == id).Text)).Concat(extra)
            .Select(a => Pipeline.Analyze(ArticleReader.Read(a.Item2, new ArticleMetadata(a.Item1, published: Published))))
            .ToArray();
        var report = Reconciler.Reconcile(analyses, null);
        return report.Events.Where(e => e.IsStory).Select(e => e.Articles.Order(StringComparer.Ordinal).ToArray()).ToList();
    }
}
