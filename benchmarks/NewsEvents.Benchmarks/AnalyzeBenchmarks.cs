using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace NewsEvents.Benchmarks;

/// <summary>Per-article stages and the full analysis, sequential and parallel.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private readonly NewsPipeline _pipeline = NewsPipeline.CreateDefault();
    private List<(string Id, string Text, NodaTime.LocalDate Published)> _inputs = [];
    private List<Article> _articles = [];

    /// <summary>Gets or sets the number of articles.</summary>
    [Params(5, 100)]
    public int Articles { get; set; }

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _inputs = SyntheticCorpus.Articles(Articles).ToList();
        _articles = _inputs.Select(i => ArticleReader.Read(i.Text, new ArticleMetadata(i.Id, published: i.Published))).ToList();
        WarmUp();
    }

    /// <summary>
    /// Runs the analysis for a few seconds before any measurement. Tiered compilation with dynamic PGO takes that long to
    /// bring the hot methods of this workload to their optimized tier (the time per pass over 100 articles falls for about
    /// 40 passes, some 6 seconds); without this a short job measures the JIT's instrumented tiers rather than the library,
    /// which a pipeline running all day leaves behind after its first seconds.
    /// </summary>
    private void WarmUp()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(8))
        {
            foreach (var article in _articles)
            {
                _pipeline.Analyze(article);
            }
        }
    }

    /// <summary>Reading only: title, boilerplate, paragraphs, sentences.</summary>
    /// <returns>The number of sentences.</returns>
    [Benchmark]
    public int Read()
    {
        var sentences = 0;
        foreach (var (id, text, published) in _inputs)
        {
            sentences += ArticleReader.Read(text, new ArticleMetadata(id, published: published)).Sentences.Length;
        }

        return sentences;
    }

    /// <summary>Full analysis (read, tag, resolve, extract), one thread.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark(Baseline = true)]
    public int ReadAndAnalyze()
    {
        var claims = 0;
        foreach (var (id, text, published) in _inputs)
        {
            claims += _pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: published))).Claims.Length;
        }

        return claims;
    }

    /// <summary>Analysis of already-read articles, one thread.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int AnalyzeOnly()
    {
        var claims = 0;
        foreach (var article in _articles)
        {
            claims += _pipeline.Analyze(article).Claims.Length;
        }

        return claims;
    }

    /// <summary>Parallel streaming analysis over all cores.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public async Task<int> AnalyzeAsyncParallel()
    {
        var claims = 0;
        await foreach (var analysis in _pipeline.AnalyzeAsync(_articles.ToAsyncEnumerable()))
        {
            claims += analysis.Claims.Length;
        }

        return claims;
    }
}
