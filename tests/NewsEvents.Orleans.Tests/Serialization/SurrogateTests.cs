using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Orleans.Serialization;
using NewsEvents.Orleans.Tests.Support;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace NewsEvents.Orleans.Tests.Serialization;

/// <summary>NewsEvents types cross the Orleans wire as their versioned JSON contract, without loss, and are copied by reference.</summary>
public sealed class SurrogateTests
{
    private ServiceProvider? _services;
    private ImmutableArray<ArticleAnalysis> _analyses;

    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private Serializer Serializer => _services!.GetRequiredService<Serializer>();

    [OneTimeSetUp]
    public void SetUp()
    {
        _services = new ServiceCollection().AddSerializer(builder => builder.AddAssembly(typeof(ArticleSubmission).Assembly)).BuildServiceProvider();
        _analyses = Corpus.SeedArticles().Select(a => Pipeline.Analyze(ArticleReader.Read(a.Text, a.Metadata))).ToImmutableArray();
    }

    [OneTimeTearDown]
    public void TearDown() => _services?.Dispose();

    [Test]
    public void RoundTrip_ArticleAnalysis_EqualValueAndJson()
    {
        var back = Serializer.Deserialize<ArticleAnalysis>(Serializer.SerializeToArray(_analyses[0]))!;

        Assert.Multiple(() =>
        {
            Assert.That(back, Is.EqualTo(_analyses[0]));
            Assert.That(NewsEventsJson.Serialize(back), Is.EqualTo(NewsEventsJson.Serialize(_analyses[0])));
        });
    }

    [Test]
    public void RoundTrip_ReconciliationState_SameAnalysesAndReport()
    {
        var state = ReconciliationState.From(_analyses);

        var back = Serializer.Deserialize<ReconciliationState>(Serializer.SerializeToArray(state))!;

        Assert.Multiple(() =>
        {
            Assert.That(back.Analyses, Is.EqualTo(state.Analyses));
            Assert.That(NewsEventsJson.Serialize(Pipeline.Reconcile(back)), Is.EqualTo(NewsEventsJson.Serialize(Pipeline.Reconcile(state))));
        });
    }

    [Test]
    public void RoundTrip_ReconciliationReport_EqualValueAndJson()
    {
        var report = NewsPipeline.CreateDefault().Reconcile(_analyses);

        var back = Serializer.Deserialize<ReconciliationReport>(Serializer.SerializeToArray(report))!;

        Assert.Multiple(() =>
        {
            Assert.That(back, Is.EqualTo(report));
            Assert.That(NewsEventsJson.Serialize(back), Is.EqualTo(NewsEventsJson.Serialize(report)));
        });
    }

    [Test]
    public void RoundTrip_ArticleSubmission_EqualValue()
    {
        var submission = new ArticleSubmission("Clashes erupted last Saturday.",
            new ArticleMetadata("a1", outlet: "AFP", title: "Clashes", published: new LocalDate(2025, 7, 23), url: "https://example.org/a1"));

        var back = Serializer.Deserialize<ArticleSubmission>(Serializer.SerializeToArray(submission))!;

        Assert.That(back, Is.EqualTo(submission));
    }

    [Test]
    public void DeepCopy_ImmutableTypes_ReturnsSameInstance()
    {
        var copier = _services!.GetRequiredService<DeepCopier>();
        var state = ReconciliationState.From(_analyses);
        var metadata = new ArticleMetadata("x");

        Assert.Multiple(() =>
        {
            Assert.That(copier.Copy(_analyses[0]), Is.SameAs(_analyses[0]));
            Assert.That(copier.Copy(state), Is.SameAs(state));
            Assert.That(copier.Copy(metadata), Is.SameAs(metadata));
        });
    }

    [Test]
    public void ConvertFromSurrogate_UnknownSchema_ThrowsNamingBothVersions()
    {
        var surrogate = new ArticleAnalysisSurrogate { Schema = "newsevents.analysis/2", Json = "{}" };

        var e = Assert.Throws<NotSupportedException>(() => new ArticleAnalysisConverter().ConvertFromSurrogate(surrogate));

        Assert.That(e!.Message, Does.Contain("'newsevents.analysis/2'").And.Contain("'newsevents.analysis/1'"));
    }
}
