using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace NewsEvents.Benchmarks;

/// <summary>
/// The whole command line, as a user runs it on a day of news: <c>newsevents analyze FOLDER --metadata FILE --format json
/// -o FILE</c> (read, analyze, infer reference dates, reconcile, write) on a generated multi-story corpus.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private string _folder = "";
    private string _inputs = "";
    private string _sidecar = "";
    private string _output = "";

    /// <summary>Gets the corpus sizes, in articles.</summary>
    public static IEnumerable<int> Sizes => [1_000, 10_000];

    /// <summary>Gets or sets the number of articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    /// <summary>Writes the corpus (<see cref="DayOfNews"/>).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "newsevents-bench-" + Guid.NewGuid().ToString("N"));
        (_inputs, _sidecar, _) = DayOfNews.Write(_folder, Articles);
        _output = Path.Combine(_folder, "report.json");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// corpus: {Articles} articles, {DayOfNews.InputBytes(_inputs)} bytes"));
    }

    /// <summary>Deletes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Runs <c>newsevents analyze</c> over the corpus.</summary>
    /// <returns>The exit code (0).</returns>
    [Benchmark]
    public int AnalyzeFolderToJson()
    {
        using var stdin = new StringReader(string.Empty);
        var code = NewsEvents.Cli.Program.Run(["analyze", _inputs, "--metadata", _sidecar, "--format", "json", "-o", _output, "--quiet"],
            stdin, TextWriter.Null, TextWriter.Null);
        return code == 0 ? code : throw new InvalidOperationException($"newsevents analyze exited with {code}");
    }
}
