using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NewsEvents.Reconciliation;
using NewsEvents.Serialization;

namespace NewsEvents.Benchmarks;

/// <summary>
/// The stages of <see cref="EndToEndBenchmarks"/> one at a time, on the same corpus: read the files, analyze them on every
/// core, infer the missing reference dates, reconcile, and write the JSON report. Each stage starts from the previous
/// stage's output, made in <see cref="Setup"/>.
/// </summary>
[MemoryDiagnoser]
public class EndToEndStageBenchmarks
{
    private readonly NewsPipeline _pipeline = NewsPipeline.CreateDefault();
    private IReadOnlyList<(string Path, ArticleMetadata Metadata)> _files = [];
    private IReadOnlyList<Article> _articles = [];
    private List<ArticleAnalysis> _analyses = [];
    private List<ArticleAnalysis> _dated = [];
    private ReconciliationReport? _report;
    private string _folder = "";

    /// <summary>Gets the corpus sizes, in articles.</summary>
    public static IEnumerable<int> Sizes => [1_000, 10_000];

    /// <summary>Gets or sets the number of articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    /// <summary>Writes the corpus and runs every stage once, so that each benchmark has its input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "newsevents-stages-" + Guid.NewGuid().ToString("N"));
        _files = DayOfNews.Write(_folder, Articles).Files;
        _articles = Read();
        _analyses = Analyze().GetAwaiter().GetResult();
        _dated = InferReferenceDates();
        _report = Reconcile();
    }

    /// <summary>Deletes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads every file as UTF-8 and splits it into paragraphs and sentences.</summary>
    /// <returns>The articles.</returns>
    [Benchmark]
    public IReadOnlyList<Article> Read()
    {
        var articles = new Article[_files.Count];
        for (var i = 0; i < articles.Length; i++)
        {
            articles[i] = ArticleReader.Read(File.ReadAllText(_files[i].Path, Encoding.UTF8), _files[i].Metadata);
        }

        return articles;
    }

    /// <summary>Analyzes the articles on every core, as the command line does (<see cref="NewsPipeline.AnalyzeAsync"/>).</summary>
    /// <returns>The analyses.</returns>
    [Benchmark]
    public async Task<List<ArticleAnalysis>> Analyze()
    {
        var analyses = new List<ArticleAnalysis>(_articles.Count);
        await foreach (var analysis in _pipeline.AnalyzeAsync(_articles.ToAsyncEnumerable()).ConfigureAwait(false))
        {
            analyses.Add(analysis);
        }

        return analyses;
    }

    /// <summary>Infers the reference dates of the undated articles from the articles that report the same events, on every core as <see cref="NewsPipeline.Reconcile(ReconciliationState)"/> does.</summary>
    /// <returns>The analyses with their reference dates settled.</returns>
    [Benchmark]
    public List<ArticleAnalysis> InferReferenceDates() =>
        Reconciler.InferReferenceDates(Reconciler.Distinct(_analyses), _pipeline.Analyze, _pipeline.TagTimes, _pipeline.Options.MaxDegreeOfParallelism);

    /// <summary>Links, compares and assembles the report from analyses whose reference dates are settled, on every core as <see cref="NewsPipeline.Reconcile(ReconciliationState)"/> does.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public ReconciliationReport Reconcile() =>
        Reconciler.Reconcile(_dated, reanalyze: null, maxDegreeOfParallelism: _pipeline.Options.MaxDegreeOfParallelism);

    /// <summary>Writes the report as indented JSON to a file, as <c>--format json -o FILE</c> does.</summary>
    /// <returns>The length of the file.</returns>
    [Benchmark]
    public long WriteJson()
    {
        var path = Path.Combine(_folder, "report.json");
        // Buffered as the command line's output file is (64 KB for the file and for the encoder).
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536))
        {
            NewsEventsJson.Serialize(_report!, writer);
        }

        return new FileInfo(path).Length;
    }
}
