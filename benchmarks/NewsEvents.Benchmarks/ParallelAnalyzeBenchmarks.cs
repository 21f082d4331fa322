using BenchmarkDotNet.Attributes;

namespace NewsEvents.Benchmarks;

/// <summary>
/// The analysis benchmarks again under the server garbage collector, as a throughput pipeline would run
/// (<c>&lt;ServerGarbageCollector&gt;true&lt;/ServerGarbageCollector&gt;</c>); analysis allocates heavily, so the collector decides how
/// <see cref="AnalyzeBenchmarks.AnalyzeAsyncParallel"/> scales against <see cref="AnalyzeBenchmarks.AnalyzeOnly"/>.
/// </summary>
[GcServer(true)]
public class ParallelAnalyzeBenchmarks : AnalyzeBenchmarks
{
}
