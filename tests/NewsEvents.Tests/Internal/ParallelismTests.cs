// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027
using System.Globalization;
using System.Threading;
using NewsEvents.Internal;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace NewsEvents.Tests.Internal;

/// <summary>
/// The batch helpers reconciliation runs its independent parts with (<see cref="Parallelism"/>): results at their index
/// whatever the degree, a total-order sort equal to the sequential one, and one failure rethrown as itself.
/// </summary>
public sealed class ParallelismTests
{
    [TestCase(0, 1, 64)]
    [TestCase(1, 4, 64)]
    [TestCase(1000, 1, 64)]
    [TestCase(1000, 2, 1)]
    [TestCase(1000, 2, 7)]
    [TestCase(1000, 4, 64)]
    [TestCase(1000, 4, 5000)]
    public void Map_AnyDegreeAndChunk_ResultsAtTheirIndex(int count, int degree, int chunk)
    {
        var items = Enumerable.Range(0, count).ToList();
        var results = Parallelism.Map(items, i => (long)i * i, degree, chunk);
        Assert.That(results, Is.EqualTo(items.Select(i => (long)i * i)));
    }

    [TestCase(0, 10, 2)]
    [TestCase(1, 10, 2)]
    [TestCase(1000, 1, 2)]
    [TestCase(1000, 64, 3)]
    [TestCase(1000, 999, 2)]
    [TestCase(1000, 5000, 4)]
    public void ForRanges_AnyChunk_CoversEveryIndexOnceInRangesOfChunk(int count, int chunk, int degree)
    {
        var hits = new int[count];
        var ranges = new System.Collections.Concurrent.ConcurrentBag<(int Start, int End)>();
        Parallelism.ForRanges(count, chunk, degree, (start, end) =>
        {
            ranges.Add((start, end));
            for (var i = start; i < end; i++)
            {
                Interlocked.Increment(ref hits[i]);
            }
        });
        Assert.Multiple(() =>
        {
            Assert.That(hits, Is.All.EqualTo(1));
            Assert.That(ranges.Select(r => r.Start), Is.All.Matches<int>(start => start % chunk == 0));
            Assert.That(ranges.Select(r => r.End - r.Start), Is.All.InRange(1, chunk));
        });
    }

    [Test]
    public void Map_DegreeTwo_UsesAnotherThread()
    {
        // Each item waits until two threads are inside the map at once (or gives up after a while): with a degree of 2 they meet.
        var inside = 0;
        var met = false;
        Parallelism.Map(Enumerable.Range(0, 2).ToList(), i =>
        {
            Interlocked.Increment(ref inside);
            met |= SpinWait.SpinUntil(() => Volatile.Read(ref inside) == 2, TimeSpan.FromSeconds(10));
            return i;
        }, degree: 2, chunk: 1);
        Assert.That(met, Is.True);
    }

    [TestCase(1)]
    [TestCase(2)]
    public void For_OneFailure_RethrownAsItself(int degree)
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            Parallelism.For(100, degree, i =>
            {
                if (i == 37)
                {
                    throw new InvalidOperationException("item 37");
                }
            }));
        Assert.That(e!.Message, Is.EqualTo("item 37"));
    }

    [TestCase(0, 2)]
    [TestCase(10, 2)]
    [TestCase(16_384, 2)]
    [TestCase(40_000, 2)]
    [TestCase(100_003, 3)]
    [TestCase(100_003, 4)]
    [TestCase(200_000, 8)]
    public void Sort_LargeArrays_SameAsArraySort(int length, int degree)
    {
        var random = new Random(length + degree);
        // Distinct keys (a total order), drawn in random order.
        var items = Enumerable.Range(0, length).Select(i => (Key: random.Next(1000).ToString("D3", CultureInfo.InvariantCulture), Tie: i))
            .OrderBy(_ => random.Next()).ToArray();
        var expected = items.ToArray();
        Array.Sort(expected, Compare);
        Parallelism.Sort(items, Compare, degree);
        Assert.That(items, Is.EqualTo(expected));

        static int Compare((string Key, int Tie) a, (string Key, int Tie) b)
        {
            var c = string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : a.Tie.CompareTo(b.Tie);
        }
    }

    [Property(MaxTest = 100)]
    public bool Sort_AnyIntegersAnyDegree_SameAsArraySort(int[]? values, byte degree, byte copies)
    {
        // Repeating the values makes arrays long enough to be cut into runs; the index breaks ties into a total order.
        var source = Enumerable.Repeat(values ?? [], 1 + (copies % 64) * 300).SelectMany(v => v).Select((v, i) => (v, i)).Reverse().ToArray();
        var expected = source.ToArray();
        Array.Sort(expected);
        Parallelism.Sort(source, (a, b) => a.CompareTo(b), 1 + (degree % 8));
        return source.SequenceEqual(expected);
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Both_TwoPieces_BothResults(int degree)
    {
        var (a, b) = Parallelism.Both(() => "first", () => 2, degree);
        Assert.That((a, b), Is.EqualTo(("first", 2)));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Both_SecondFails_RethrownAsItself(int degree)
    {
        var e = Assert.Throws<FormatException>(() => Parallelism.Both<int, int>(() => 1, () => throw new FormatException("second"), degree));
        Assert.That(e!.Message, Is.EqualTo("second"));
    }

    [Test]
    public void Both_FirstFails_WaitsForTheSecondThenRethrowsTheFirst()
    {
        var secondDone = false;
        var e = Assert.Throws<ArgumentException>(() => Parallelism.Both<int, int>(() => throw new ArgumentException("first"), () =>
        {
            Thread.Sleep(200);
            secondDone = true;
            throw new FormatException("second");
        }, degree: 2));
        Assert.Multiple(() =>
        {
            Assert.That(e!.Message, Is.EqualTo("first"));
            Assert.That(secondDone, Is.True, "the second piece finished before the call returned");
        });
    }
}
