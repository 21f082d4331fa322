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
    public static IEnumerable<int> Sizes => [1_000];

    /// <summary>Gets or sets the number of articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    /// <summary>Writes the corpus: one file per article, every third one undated and every tenth a wire copy under another outlet.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "newsevents-bench-" + Guid.NewGuid().ToString("N"));
        _inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(_inputs);
        _sidecar = Path.Combine(_folder, "metadata.json");
        _output = Path.Combine(_folder, "report.json");
        var metadata = new List<Dictionary<string, string>>();
        var articles = SyntheticCorpus.Articles(Articles);
        for (var i = 0; i < articles.Count; i++)
        {
            var (id, text, published) = articles[i];
            var outlet = "Outlet " + (i % 23).ToString(CultureInfo.InvariantCulture);
            if (i % 10 == 9)
            {
                // A wire copy: the previous article's text under another outlet.
                text = articles[i - 1].Text;
            }

            File.WriteAllText(Path.Combine(_inputs, id + ".txt"), text, new UTF8Encoding(false));
            var entry = new Dictionary<string, string> { ["id"] = id, ["source"] = outlet };
            if (i % 3 != 2)
            {
                entry["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            metadata.Add(entry);
        }

        File.WriteAllText(_sidecar, JsonConvert.SerializeObject(metadata));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// corpus: {Articles} articles, {InputBytes(_inputs)} bytes"));
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

    private static long InputBytes(string folder)
    {
        long total = 0;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            total += new FileInfo(file).Length;
        }

        return total;
    }
}
