using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NewsEvents.Benchmarks -- --filter '*' --job short</c>;
/// with the single argument <c>sizes</c> it prints the input sizes the results are divided by (see benchmarks/README.md);
/// with <c>stages N [STAGE REPEAT] [--alloc]</c> it times the end-to-end stages once on N articles of the day-of-news corpus with a
/// stopwatch (a quick look for profiling under <c>perf</c>, not a measurement), repeating one stage when asked and sampling what each stage allocates by type with <c>--alloc</c>; with
/// <c>corpus N FOLDER</c> it writes that corpus (<c>FOLDER/in</c> and <c>FOLDER/metadata.json</c>) for the command line.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["sizes"])
        {
            PrintSizes();
            return;
        }

        if (args is ["corpus", var count, var folder])
        {
            var written = DayOfNews.Write(folder, int.Parse(count, CultureInfo.InvariantCulture));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written.Files.Count} articles in {written.Inputs}, metadata {written.Sidecar}"));
            return;
        }

        if (args is ["stages", var size, ..])
        {
            var allocations = args.Contains("--alloc", StringComparer.Ordinal);
            var rest = args.Skip(2).Where(a => a != "--alloc").ToArray();
            StageTimer.Run(int.Parse(size, CultureInfo.InvariantCulture), rest.Length > 1 ? rest[0] : null,
                rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 1, allocations);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void PrintSizes()
    {
        var pipeline = NewsPipeline.CreateDefault();
        foreach (var count in new[] { 5, 10, 100, 1_000, 10_000 })
        {
            var inputs = SyntheticCorpus.Articles(count);
            var chars = inputs.Sum(i => (long)i.Text.Length);
            var analyses = inputs.AsParallel().AsOrdered()
                .Select(i => pipeline.Analyze(ArticleReader.Read(i.Text, new ArticleMetadata(i.Id, published: i.Published))))
                .ToList();
            var report = pipeline.Reconcile(analyses);
            var json = NewsEventsJson.Serialize(report, indented: false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles={count} chars={chars} claims={report.Claims.Length} events={report.Events.Length} jsonChars={json.Length}"));
        }
    }
}
