using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Internal;

namespace NewsEvents.Tests.Internal;

/// <summary>
/// The ordered worker stream behind <see cref="NewsPipeline.AnalyzeAsync"/>: input order whatever the timing, a bounded
/// read-ahead, exceptions in their item's place, and a clean stop (source closed once, no worker left running).
/// </summary>
public sealed class OrderedParallelTests
{
    [TestCase(1, 2)]
    [TestCase(2, 4)]
    [TestCase(3, 3)]
    [TestCase(4, 8)]
    [CancelAfter(30_000)]
    public async Task SelectAsync_UnevenWork_ResultsInInputOrderWithBoundedReadAhead(int degree, int window, CancellationToken token)
    {
        var source = new Source(200);
        var results = new List<int>();
        var readAhead = 0;
        await foreach (var r in OrderedParallel.SelectAsync(source.Read(token), Square, degree, window, token))
        {
            results.Add(r);
            readAhead = Math.Max(readAhead, source.Produced - results.Count);
        }

        Assert.Multiple(() =>
        {
            Assert.That(results, Is.EqualTo(Enumerable.Range(0, 200).Select(i => i * i)));
            Assert.That(readAhead, Is.LessThanOrEqualTo(window), "items read and not yet handed to the consumer");
            Assert.That(source.Disposed, Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task SelectAsync_OldestItemWaitsForTheLastOneInTheWindow_StillFinishes(CancellationToken token)
    {
        // The first item cannot finish before the fourth has been mapped: the other worker must go on past it.
        using var fourthMapped = new ManualResetEventSlim();
        int Map(int i)
        {
            if (i == 0)
            {
                Assert.That(fourthMapped.Wait(TimeSpan.FromSeconds(20), token), Is.True, "the other worker stalled behind the first item");
            }
            else if (i == 3)
            {
                fourthMapped.Set();
            }

            return i;
        }

        var results = new List<int>();
        await foreach (var r in OrderedParallel.SelectAsync(new Source(10).Read(token), Map, degree: 2, window: 4, token))
        {
            results.Add(r);
        }

        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 10)));
    }

    [Test]
    [CancelAfter(30_000)]
    public void SelectAsync_SourceThrows_ItemsBeforeItThenItsException(CancellationToken token)
    {
        var source = new Source(100, throwAt: 7);
        var results = new List<int>();
        var e = Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var r in OrderedParallel.SelectAsync(source.Read(token), Square, 2, 4, token))
            {
                results.Add(r);
            }
        });
        Assert.Multiple(() =>
        {
            Assert.That(e!.Message, Is.EqualTo("item 7"));
            Assert.That(results, Is.EqualTo(Enumerable.Range(0, 7).Select(i => i * i)));
            Assert.That(source.Disposed, Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public void SelectAsync_MapThrows_ItemsBeforeItThenItsExceptionAndNoWorkerLeft(CancellationToken token)
    {
        var source = new Source(1_000);
        var running = 0;
        int Map(int i)
        {
            Interlocked.Increment(ref running);
            try
            {
                Thread.Sleep(i % 3);
                return i == 12 ? throw new FormatException("bad 12") : i;
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        var results = new List<int>();
        var e = Assert.ThrowsAsync<FormatException>(async () =>
        {
            await foreach (var r in OrderedParallel.SelectAsync(source.Read(token), Map, 2, 4, token))
            {
                results.Add(r);
            }
        });
        Assert.Multiple(() =>
        {
            Assert.That(e!.Message, Is.EqualTo("bad 12"));
            Assert.That(results, Is.EqualTo(Enumerable.Range(0, 12)));
            Assert.That(Volatile.Read(ref running), Is.Zero, "a worker was still mapping after the stream ended");
            Assert.That(source.Produced, Is.LessThanOrEqualTo(12 + 1 + 4), "the source kept being read after the failure");
            Assert.That(source.Disposed, Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task SelectAsync_ConsumerStopsEarly_SourceClosedOnceAndReadNoFurther(CancellationToken token)
    {
        var source = new Source(100_000);
        var taken = 0;
        await foreach (var _ in OrderedParallel.SelectAsync(source.Read(token), Square, 2, 4, token))
        {
            if (++taken == 25)
            {
                break;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(source.Disposed, Is.EqualTo(1));
            Assert.That(source.Produced, Is.LessThanOrEqualTo(25 + 4));
        });
    }

    [Test]
    [CancelAfter(30_000)]
    public void SelectAsync_CancelledWhileTheOldestItemIsSlow_ThrowsOnceItIsDone(CancellationToken token)
    {
        // The item being mapped is finished (no worker outlives the stream), nothing after it is started.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(token);
        var mapped = 0;
        int Map(int i)
        {
            if (i == 0)
            {
                cts.Cancel();
                Thread.Sleep(100);
            }

            Interlocked.Increment(ref mapped);
            return i;
        }

        var source = new Source(100_000);
        var results = new List<int>();
        Assert.That(async () =>
        {
            await foreach (var r in OrderedParallel.SelectAsync(source.Read(CancellationToken.None), Map, 2, 4, cts.Token))
            {
                results.Add(r);
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.Multiple(() =>
        {
            // An item already mapped when the consumer looks may still be handed out; nothing beyond the window is.
            Assert.That(results, Is.EqualTo(Enumerable.Range(0, results.Count)));
            Assert.That(results, Has.Count.LessThanOrEqualTo(4));
            Assert.That(source.Disposed, Is.EqualTo(1));
            Assert.That(source.Produced, Is.LessThanOrEqualTo(4));
            Assert.That(Volatile.Read(ref mapped), Is.LessThanOrEqualTo(4));
        });
    }

    private static int Square(int i)
    {
        // Uneven work: some items take far longer than their neighbours.
        if (i % 17 == 0)
        {
            Thread.Sleep(2);
        }

        return i * i;
    }

    private sealed class Source(int count, int throwAt = -1)
    {
        private int _produced;
        private int _disposed;

        public int Produced => Volatile.Read(ref _produced);

        public int Disposed => Volatile.Read(ref _disposed);

        public async IAsyncEnumerable<int> Read([EnumeratorCancellation] CancellationToken token)
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    token.ThrowIfCancellationRequested();
                    if (i == throwAt)
                    {
                        throw new InvalidDataException("item " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    Interlocked.Increment(ref _produced);
                    if (i % 5 == 0)
                    {
                        await Task.Yield();
                    }

                    yield return i;
                }
            }
            finally
            {
                Interlocked.Increment(ref _disposed);
            }
        }
    }
}
