using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Reliability;

/// <summary>One pipeline instance shared by many threads gives exactly the results of sequential use.</summary>
public sealed class ConcurrencyTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Test]
    public void Analyze_SeedsTwentyTimesFromManyThreads_EqualsSequential()
    {
        var pipeline = NewsPipeline.CreateDefault();
        var articles = Seeds.All().Select(s => ArticleReader.Read(s.Text, new ArticleMetadata(s.Id))).ToList();
        var sequential = articles.Select(pipeline.Analyze).ToList();
        var parallel = new ConcurrentBag<(int Index, ArticleAnalysis Analysis)>();

        HangGuard.Run(() => Parallel.For(0, articles.Count * 20, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % articles.Count;
            parallel.Add((index, pipeline.Analyze(articles[index])));
        }), "parallel analysis", Limit);

        var different = parallel.Where(p => !p.Analysis.Equals(sequential[p.Index])).Select(p => articles[p.Index].Id).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(parallel, Has.Count.EqualTo(articles.Count * 20));
            Assert.That(different, Is.Empty, "analyses that differ from the sequential ones");
        });
    }

    [Test]
    public void ReadAnalyzeReconcile_FromManyThreads_EqualsSequential()
    {
        var pipeline = NewsPipeline.CreateDefault();
        var seeds = Seeds.All();
        ReconciliationReport Once() => pipeline.Reconcile(seeds.Select(s => pipeline.Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id)))));
        var expected = Once();
        var reports = HangGuard.Run(() =>
        {
            var results = new ReconciliationReport[8];
            Parallel.For(0, results.Length, i => results[i] = Once());
            return results;
        }, "parallel read, analysis and reconciliation", Limit);
        Assert.That(reports, Is.All.EqualTo(expected));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task AnalyzeAsync_SeedsTwentyTimes_EqualsSequentialInOrder(CancellationToken cancellationToken)
    {
        var pipeline = NewsPipeline.CreateBuilder().UseParallelism(4).Build();
        var articles = Seeds.All().Select(s => ArticleReader.Read(s.Text, new ArticleMetadata(s.Id))).ToList();
        var expected = Enumerable.Range(0, 20).SelectMany(_ => articles.Select(pipeline.Analyze)).ToList();
        var actual = new List<ArticleAnalysis>();
        await foreach (var analysis in pipeline.AnalyzeAsync(Repeat(articles, 20), cancellationToken))
        {
            actual.Add(analysis);
        }

        Assert.That(actual, Is.EqualTo(expected));
    }

    private static async IAsyncEnumerable<Article> Repeat(IReadOnlyList<Article> articles, int times)
    {
        for (var t = 0; t < times; t++)
        {
            foreach (var article in articles)
            {
                await Task.Yield();
                yield return article;
            }
        }
    }
}
