using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Pipeline;

/// <summary>Streaming analysis: input order, bounded in-flight work, prompt cancellation, option validation.</summary>
public sealed class NewsPipelineStreamingTests
{
    private static readonly IReadOnlyList<(string Id, string Text)> SeedTexts = Seeds.All();

    [Test]
    [CancelAfter(120_000)]
    public async Task AnalyzeAsync_TenThousandGeneratedArticles_InOrderWithBoundedInFlightWork(CancellationToken token)
    {
        var pipeline = NewsPipeline.CreateBuilder().UseParallelism(2).Build();
        var counter = new Counter();
        var expected = 0;
        var maxInFlight = 0;
        await foreach (var analysis in pipeline.AnalyzeAsync(Generate(10_000, counter, token), token))
        {
            Assert.That(analysis.Article.Id, Is.EqualTo(Id(expected)));
            expected++;
            maxInFlight = Math.Max(maxInFlight, counter.Produced - expected);
        }

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.EqualTo(10_000));
            Assert.That(maxInFlight, Is.LessThanOrEqualTo(2 * 2 + 1), "articles read ahead of the consumer");
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public void AnalyzeAsync_CancelledMidway_StopsReadingAndThrows(CancellationToken testToken)
    {
        var pipeline = NewsPipeline.CreateBuilder().UseParallelism(2).Build();
        var counter = new Counter();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(testToken);
        var consumed = 0;
        Assert.That(async () =>
        {
            await foreach (var _ in pipeline.AnalyzeAsync(Generate(1_000_000, counter, CancellationToken.None), cts.Token))
            {
                if (++consumed == 50)
                {
                    await cts.CancelAsync();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(counter.Produced, Is.LessThan(50 + 10), "the source kept being read after cancellation");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task AnalyzeAsync_SameAsSequentialAnalyze(CancellationToken token)
    {
        var pipeline = NewsPipeline.CreateDefault();
        var articles = SeedTexts.Select(s => ArticleReader.Read(s.Text, new ArticleMetadata(s.Id))).ToList();
        var sequential = articles.Select(pipeline.Analyze).ToList();
        var streamed = new List<ArticleAnalysis>();
        await foreach (var a in pipeline.AnalyzeAsync(articles.ToAsyncEnumerable(), token))
        {
            streamed.Add(a);
        }

        Assert.That(streamed, Is.EqualTo(sequential));
    }

    public static IEnumerable<TestCaseData> InvalidOptions()
    {
        yield return new TestCaseData((Func<NewsPipelineBuilder, NewsPipelineBuilder>)(b => b.UseParallelism(0)), "MaxDegreeOfParallelism")
            .SetName("Build_ZeroParallelism_Throws");
        yield return new TestCaseData((Func<NewsPipelineBuilder, NewsPipelineBuilder>)(b => b.UseParallelism(100_000)), "MaxDegreeOfParallelism")
            .SetName("Build_HugeParallelism_Throws");
        yield return new TestCaseData((Func<NewsPipelineBuilder, NewsPipelineBuilder>)(b => b.UseDefaultReference(new LocalDate(20, 1, 1))), "DefaultReference")
            .SetName("Build_AbsurdReference_Throws");
    }

    [TestCaseSource(nameof(InvalidOptions))]
    public void Build_InvalidOption_ThrowsNamingTheOption(Func<NewsPipelineBuilder, NewsPipelineBuilder> configure, string option)
    {
        var e = Assert.Throws<ArgumentException>(() => configure(NewsPipeline.CreateBuilder()).Build());
        Assert.That(e!.Message, Does.Contain("NewsPipelineOptions." + option));
    }

    private static string Id(int i) => "gen-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static async IAsyncEnumerable<Article> Generate(int count, Counter counter, [EnumeratorCancellation] CancellationToken token)
    {
        for (var i = 0; i < count; i++)
        {
            token.ThrowIfCancellationRequested();
            var seed = SeedTexts[i % SeedTexts.Count].Text;
            Interlocked.Increment(ref counter.ProducedField);
            yield return ArticleReader.Read(seed.Replace("1,100", (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                new ArticleMetadata(Id(i), published: new LocalDate(2025, 7, 23)));
            if (i % 256 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private sealed class Counter
    {
        public int ProducedField;

        public int Produced => Volatile.Read(ref ProducedField);
    }
}
