using FsCheck;

// FsCheck supplies the arguments of [Property] methods, which the NUnit analyzer cannot see.
#pragma warning disable NUnit1027

namespace NewsEvents.Tests.Reliability;

/// <summary>
/// Property tests of the whole pipeline. Seeds are fixed by <c>Replay</c>, so a run is reproducible; each case prints its
/// seed (FsCheck also prints the falsifying input), and <see cref="NewsLikeText"/> rebuilds the same articles from it.
/// </summary>
public sealed class PipelinePropertyTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly LocalDate Reference = new(2025, 7, 23);

    [FsCheck.NUnit.Property(Replay = "(90210,3)", MaxTest = 200)]
    public void ReadAndAnalyze_ArbitraryString_NeverThrowAndPointInsideTheText(NonNull<string> input)
    {
        var article = ArticleReader.Read(input.Get, new ArticleMetadata("random", "Outlet", published: Reference));
        var analysis = Pipeline.Analyze(article);
        HostileTextTests.AssertSentencesInside(article);
        HostileTextTests.AssertAnalysisConsistent(analysis);
    }

    [FsCheck.NUnit.Property(Replay = "(31337,7)", MaxTest = 200)]
    public void Taggers_ArbitraryString_NeverThrowAndPointInsideTheText(NonNull<string> input)
    {
        var text = input.Get;
        var temporal = new TemporalTagger().Tag(text, Reference);
        var quantities = QuantityTagger.Default.Tag(text);
        Assert.Multiple(() =>
        {
            Assert.That(temporal.Where(m => !HostileTextTests.Inside(text, m.Offset, m.Length, m.Text)), Is.Empty);
            Assert.That(quantities.Where(m => !HostileTextTests.Inside(text, m.Offset, m.Length, m.Text)), Is.Empty);
        });
    }

    [FsCheck.NUnit.Property(Replay = "(20250723,11)", MaxTest = 40)]
    public void Analyze_NewsLikeText_EvidenceAtItsOffsetAndDeterministic(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var article = NewsLikeText.Article(new Random(seed), "a");
        var first = Pipeline.Analyze(article);
        var second = Pipeline.Analyze(NewsLikeText.Article(new Random(seed), "a"));
        HostileTextTests.AssertAnalysisConsistent(first);
        Assert.That(second, Is.EqualTo(first), $"seed {seed}: two analyses of the same text differ");
    }

    [FsCheck.NUnit.Property(Replay = "(424242,5)", MaxTest = 25)]
    public void Json_PipelineOutputsOfNewsLikeText_RoundTrip(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var analyses = NewsLikeText.Articles(new Random(seed)).Select(Pipeline.Analyze).ToList();
        var report = Pipeline.Reconcile(analyses);
        var analysisBack = NewsEventsJson.Deserialize<ArticleAnalysis>(NewsEventsJson.Serialize(analyses[0]));
        var reportJson = NewsEventsJson.Serialize(report);
        var reportBack = NewsEventsJson.Deserialize<ReconciliationReport>(reportJson);
        Assert.Multiple(() =>
        {
            Assert.That(analysisBack.Article, Is.EqualTo(analyses[0].Article), $"seed {seed}: analysis article");
            Assert.That(analysisBack.Events, Is.EqualTo(analyses[0].Events), $"seed {seed}: analysis events");
            Assert.That(analysisBack.Claims, Is.EqualTo(analyses[0].Claims), $"seed {seed}: analysis claims");
            Assert.That(analysisBack.Actors, Is.EqualTo(analyses[0].Actors), $"seed {seed}: analysis actors");
            Assert.That(analysisBack.Places, Is.EqualTo(analyses[0].Places), $"seed {seed}: analysis places");
            Assert.That(analysisBack.QuantityMentions, Is.EqualTo(analyses[0].QuantityMentions), $"seed {seed}: quantity mentions");

            Assert.That(analysisBack.TemporalMentions, Is.EqualTo(analyses[0].TemporalMentions), $"seed {seed}: temporal mentions");
            Assert.That(analysisBack, Is.EqualTo(analyses[0]), $"seed {seed}: whole analysis");
            Assert.That(reportBack, Is.EqualTo(report), $"seed {seed}: report");
            Assert.That(NewsEventsJson.Serialize(reportBack), Is.EqualTo(reportJson), $"seed {seed}: report JSON");
        });
    }

    [FsCheck.NUnit.Property(Replay = "(777,1)", MaxTest = 25)]
    public void Reconcile_ShuffledAnalysesOfNewsLikeText_SameReport(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var analyses = NewsLikeText.Articles(random).Select(Pipeline.Analyze).ToList();
        var shuffled = analyses.OrderBy(_ => random.Next()).ToList();
        Assert.That(Pipeline.Reconcile(shuffled), Is.EqualTo(Pipeline.Reconcile(analyses)), $"seed {seed}");
    }

    [FsCheck.NUnit.Property(Replay = "(1234,9)", MaxTest = 25)]
    public void Merge_RandomShardingsOfNewsLikeText_SameReport(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var analyses = NewsLikeText.Articles(random).Select(Pipeline.Analyze).ToList();
        var whole = Pipeline.Reconcile(analyses);
        var shards = random.Next(1, analyses.Count + 2);
        var states = analyses.GroupBy(_ => random.Next(shards)).Select(ReconciliationState.From).ToList();

        // Merge in a random tree shape: repeatedly merge two random neighbours.
        while (states.Count > 1)
        {
            var i = random.Next(states.Count - 1);
            states[i] = ReconciliationState.Merge(states[i], states[i + 1]);
            states.RemoveAt(i + 1);
        }

        var mergedState = states.SingleOrDefault() ?? ReconciliationState.Empty;
        Assert.Multiple(() =>
        {
            Assert.That(mergedState.Analyses, Is.EquivalentTo(analyses), $"seed {seed}");

            // Reference-date inference runs on the merged state: the report must not depend on the sharding.
            Assert.That(Pipeline.Reconcile(mergedState), Is.EqualTo(whole), $"seed {seed}: sharded and whole pipeline reports differ");
        });
    }
}
