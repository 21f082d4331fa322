using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Times the stages of <see cref="EndToEndStageBenchmarks"/> once each with a stopwatch, printing wall time, CPU time and
/// allocation per stage. For profiling (<c>perf record</c> around one stage repeated), not for reported figures.
/// </summary>
internal static class StageTimer
{
    /// <summary>
    /// Runs the stages on <paramref name="articles"/> articles; the stage named <paramref name="repeat"/> runs
    /// <paramref name="times"/> times. With <paramref name="allocations"/>, each stage is followed by the types it
    /// allocated most (sampled).
    /// </summary>
    public static void Run(int articles, string? repeat, int times, bool allocations)
    {
        using var sampler = allocations ? new AllocationSampler() : null;
        var stages = new EndToEndStageBenchmarks { Articles = articles };
        var total = Stopwatch.StartNew();
        Time("Setup", () => stages.Setup());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup (all stages once) {total.Elapsed.TotalSeconds:F2} s"));
        try
        {
            foreach (var (name, stage) in new (string, Action)[]
                     {
                         ("Read", () => stages.Read()),
                         ("Analyze", () => stages.Analyze().GetAwaiter().GetResult()),
                         ("InferReferenceDates", () => stages.InferReferenceDates()),
                         ("Reconcile", () => stages.Reconcile()),
                         ("WriteJson", () => stages.WriteJson()),
                     })
            {
                var n = string.Equals(name, repeat, StringComparison.OrdinalIgnoreCase) ? times : 1;
                for (var i = 0; i < n; i++)
                {
                    sampler?.Reset();
                    Time(name, stage);
                    sampler?.Print(25);
                }
            }
        }
        finally
        {
            stages.Cleanup();
        }
    }

    private static void Time(string name, Action stage)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        stage();
        wall.Stop();
        var usedCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} wall {wall.Elapsed.TotalMilliseconds,9:F0} ms  cpu {usedCpu.TotalMilliseconds,9:F0} ms  alloc {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,8:F0} MB  gen0 {GC.CollectionCount(0) - gen0,5}  gen2 {GC.CollectionCount(2) - gen2,3}  paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,6:F0} ms"));
    }
}
