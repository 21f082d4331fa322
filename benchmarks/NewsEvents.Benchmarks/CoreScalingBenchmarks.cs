using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace NewsEvents.Benchmarks;

/// <summary>
/// What the machine's cores give two threads, without NewsEvents: the same work once on one thread (twice in a row) and
/// once on two threads at the same time. A loop that waits on memory (one random read after another) shows how two
/// threads scale when each mostly waits; a loop of independent arithmetic on data in the first-level cache shows how they
/// scale when each keeps the execution units busy. Two hardware threads of one physical core give the first about 2× and
/// the second well under 2×; two physical cores give both about 2×. The ratio bounds what <c>AnalyzeAsync</c> can reach.
/// </summary>
public class CoreScalingBenchmarks
{
    private const int Rounds = 40_000;
    private const int Reads = 4_000_000;
    private readonly long[] _cached = new long[2048];
    private readonly int[] _large = new int[8 << 20];

    /// <summary>Fills the arrays.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _cached.Length; i++)
        {
            _cached[i] = i;
        }

        var random = new System.Random(7);
        for (var i = 0; i < _large.Length; i++)
        {
            _large[i] = random.Next(_large.Length);
        }
    }

    /// <summary>Independent arithmetic, twice on one thread.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long ArithmeticOneThread() => Arithmetic(1) + Arithmetic(2);

    /// <summary>Independent arithmetic, once on each of two threads.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long ArithmeticTwoThreads() => Both(() => Arithmetic(1), () => Arithmetic(2));

    /// <summary>Dependent random reads of a 32 MB array, twice on one thread.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long MemoryOneThread() => Chase(1) + Chase(2);

    /// <summary>Dependent random reads of a 32 MB array, once on each of two threads.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long MemoryTwoThreads() => Both(() => Chase(1), () => Chase(2));

    private static long Both(System.Func<long> first, System.Func<long> second)
    {
        var a = Task.Run(first);
        var b = Task.Run(second);
        return a.GetAwaiter().GetResult() + b.GetAwaiter().GetResult();
    }

    private long Arithmetic(long seed)
    {
        var a = _cached;
        long s0 = seed, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (var r = 0; r < Rounds; r++)
        {
            for (var i = 0; i < a.Length; i += 8)
            {
                s0 += a[i] ^ r;
                s1 += a[i + 1] * 3;
                s2 += a[i + 2] + r;
                s3 += a[i + 3] ^ s0;
                s4 += a[i + 4] * 5;
                s5 += a[i + 5] - r;
                s6 += a[i + 6] + (r << 1);
                s7 += a[i + 7] & 0xff;
            }
        }

        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }

    private long Chase(int start)
    {
        var next = start;
        long sum = 0;
        for (var i = 0; i < Reads; i++)
        {
            next = _large[next];
            sum += next;
        }

        return sum;
    }
}
