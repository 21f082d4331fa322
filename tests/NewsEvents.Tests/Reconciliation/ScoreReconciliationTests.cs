using NodaTime;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>A game's final score: outlets that give the same figures (in either order) agree; different figures dispute.</summary>
public sealed class ScoreReconciliationTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static ArticleAnalysis Analyze(string id, string text) =>
        Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, outlet: "Outlet " + id, published: new LocalDate(2024, 10, 14))));

    private static ReconciliationReport Report(params string[] texts) =>
        Pipeline.Reconcile(texts.Select((t, i) => Analyze("a" + i, t)));

    private static IEnumerable<string> ScoreValues(IEnumerable<Claim> claims, IEnumerable<string> ids) =>
        claims.Where(c => ids.Contains(c.Id) && c.Subject == NewsEvents.Claims.StoryRun.ScoreSlot).Select(c => c.Value.Text);

    [Test]
    public void Reconcile_SameScoreEitherOrder_Corroborated()
    {
        var report = Report(
            "The Rams beat the Hawks 27-20 on Sunday in Denver, with Tom Kerrigan throwing three touchdowns.",
            "The Hawks lost to the Rams 20-27 on Sunday in Denver as Tom Kerrigan threw three touchdowns.");
        var scores = report.Corroborations.Where(c => ScoreValues(report.Claims, c.Claims).Any()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(scores, Has.Count.EqualTo(1));
            Assert.That(scores.Single().Articles, Is.EquivalentTo(new[] { "a0", "a1" }));
            Assert.That(report.Conflicts.Where(c => c.Sides.Any(s => ScoreValues(report.Claims, s.Claims).Any())), Is.Empty);
        });
    }

    [Test]
    public void Reconcile_DifferentScores_Conflict()
    {
        var report = Report(
            "The Rams beat the Hawks 27-20 on Sunday in Denver, with Tom Kerrigan throwing three touchdowns.",
            "The Rams beat the Hawks 27-21 on Sunday in Denver as Tom Kerrigan threw three touchdowns.");
        var conflict = report.Conflicts.SingleOrDefault(c => c.Sides.Any(s => ScoreValues(report.Claims, s.Claims).Any()));
        Assert.That(conflict?.Sides.Select(s => s.Value.Text), Is.EquivalentTo(new[] { "27-20", "27-21" }));
    }
}
