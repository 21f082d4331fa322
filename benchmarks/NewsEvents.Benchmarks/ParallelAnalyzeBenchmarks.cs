using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Sequential against parallel analysis under the server garbage collector, as a throughput pipeline would run
/// (<c>&lt;ServerGarbageCollector&gt;true&lt;/ServerGarbageCollector&gt;</c>); analysis allocates heavily, so the collector decides the scaling.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class ParallelAnalyzeBenchmarks
{
    private readonly NewsPipeline _pipeline = NewsPipeline.CreateDefault();
    private List<Article> _articles = [];

    /// <summary>Gets or sets the number of articles.</summary>
    [Params(100)]
    public int Articles { get; set; }

    /// <summary>Reads the input once.</summary>
    [GlobalSetup]
    public void Setup() =>
        _articles = SyntheticCorpus.Articles(Articles).Select(i => ArticleReader.Read(i.Text, new ArticleMetadata(i.Id, published: i.Published))).ToList();

    /// <summary>One thread.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark(Baseline = true)]
    public int Sequential()
    {
        var claims = 0;
        foreach (var article in _articles)
        {
            claims += _pipeline.Analyze(article).Claims.Length;
        }

        return claims;
    }

    /// <summary>All cores through the streaming API.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public async Task<int> Parallel()
    {
        var claims = 0;
        await foreach (var analysis in _pipeline.AnalyzeAsync(_articles.ToAsyncEnumerable()))
        {
            claims += analysis.Claims.Length;
        }

        return claims;
    }
}
