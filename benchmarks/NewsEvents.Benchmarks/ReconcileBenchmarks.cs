using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace NewsEvents.Benchmarks;

/// <summary>Reconciliation and JSON of reports as the number of articles grows.</summary>
[MemoryDiagnoser]
public class ReconcileBenchmarks
{
    private readonly NewsPipeline _pipeline = NewsPipeline.CreateDefault();
    private List<ArticleAnalysis> _analyses = [];
    private ReconciliationReport _report = new();
    private string _json = "";

    /// <summary>Gets or sets the number of articles.</summary>
    [Params(10, 100, 1_000, 10_000)]
    public int Articles { get; set; }

    /// <summary>Analyzes the synthetic corpus once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _analyses = SyntheticCorpus.Articles(Articles)
            .AsParallel().AsOrdered()
            .Select(i => _pipeline.Analyze(ArticleReader.Read(i.Text, new ArticleMetadata(i.Id, published: i.Published))))
            .ToList();
        _report = _pipeline.Reconcile(_analyses);
        _json = NewsEventsJson.Serialize(_report, indented: false);
    }

    /// <summary>Reconciles all analyses.</summary>
    /// <returns>The number of conflicts.</returns>
    [Benchmark]
    public int Reconcile() => _pipeline.Reconcile(_analyses).Conflicts.Length;

    /// <summary>Serializes the report.</summary>
    /// <returns>The JSON length.</returns>
    [Benchmark]
    public int SerializeReport() => NewsEventsJson.Serialize(_report, indented: false).Length;

    /// <summary>Deserializes the report.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int DeserializeReport() => NewsEventsJson.Deserialize<ReconciliationReport>(_json).Claims.Length;
}
