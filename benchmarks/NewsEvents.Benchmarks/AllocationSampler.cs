using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one event about every 100 KB allocated, naming the type of the object that
/// crossed the line) and sums them by type: a picture of what a stage allocates, for the <c>stages</c> mode with
/// <c>--alloc</c>. The sums are estimates, accurate for types that account for megabytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    /// <summary>Forgets what was sampled so far.</summary>
    public void Reset() => _bytes.Clear();

    /// <summary>Prints the <paramref name="top"/> types that allocated most since the last <see cref="Reset"/>.</summary>
    public void Print(int top)
    {
        var snapshot = _bytes.ToArray();
        var total = snapshot.Sum(p => p.Value);
        foreach (var (type, bytes) in snapshot.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {bytes / 1048576.0,8:F0} MB {100.0 * bytes / Math.Max(1, total),5:F1} %  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = "?";
        long amount = 0;
        for (var i = 0; i < eventData.PayloadNames!.Count; i++)
        {
            switch (eventData.PayloadNames[i])
            {
                case "TypeName":
                    type = eventData.Payload[i] as string ?? "?";
                    break;
                case "AllocationAmount64":
                    amount = Convert.ToInt64(eventData.Payload[i], CultureInfo.InvariantCulture);
                    break;
                case "AllocationAmount" when amount == 0:
                    amount = Convert.ToInt64(eventData.Payload[i], CultureInfo.InvariantCulture);
                    break;
            }
        }

        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
