using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace NewsEvents.Internal;

/// <summary>
/// Runs independent, pure pieces of a batch stage on several cores while keeping its result exactly what the sequential
/// run gives: results land at their index, never in completion order, and one failure is rethrown as itself.
/// </summary>
/// <remarks>
/// The work runs on the thread pool whatever scheduler the caller runs on (an Orleans grain's runs one task at a time).
/// With a degree of 1, or too little work, everything runs on the calling thread.
/// </remarks>
internal static class Parallelism
{
    /// <summary>Calls <paramref name="body"/> for 0 to <paramref name="count"/> − 1 on up to <paramref name="degree"/> threads.</summary>
    /// <param name="count">How many calls.</param>
    /// <param name="degree">How many threads at most.</param>
    /// <param name="body">The work of one index; must be thread-safe.</param>
    public static void For(int count, int degree, Action<int> body)
    {
        if (degree <= 1 || count < 2)
        {
            for (var k = 0; k < count; k++)
            {
                body(k);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = degree, TaskScheduler = TaskScheduler.Default }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>
    /// Calls <paramref name="body"/> with the ranges [0, chunk), [chunk, 2·chunk), … covering 0 to <paramref name="count"/> − 1,
    /// on up to <paramref name="degree"/> threads: for work too small to hand to the pool one index at a time, or that wants
    /// scratch state per range.
    /// </summary>
    /// <param name="count">How many indexes.</param>
    /// <param name="chunk">How many consecutive indexes one call covers.</param>
    /// <param name="degree">How many threads at most.</param>
    /// <param name="body">The work of one range, given its start and its end (exclusive); must be thread-safe.</param>
    public static void ForRanges(int count, int chunk, int degree, Action<int, int> body)
    {
        chunk = Math.Max(1, chunk);
        For((count + chunk - 1) / chunk, degree, c => body(c * chunk, Math.Min(count, (c + 1) * chunk)));
    }

    /// <summary>Maps every item on up to <paramref name="degree"/> threads, in contiguous ranges of <paramref name="chunk"/> items.</summary>
    /// <param name="items">The items.</param>
    /// <param name="map">The map; pure and thread-safe.</param>
    /// <param name="degree">How many threads at most.</param>
    /// <param name="chunk">How many consecutive items one call of the pool maps (small items want large chunks).</param>
    /// <returns>The results, at their items' indexes.</returns>
    public static TResult[] Map<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map, int degree, int chunk = 64)
    {
        var results = new TResult[items.Count];
        ForRanges(items.Count, chunk, degree, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                results[i] = map(items[i]);
            }
        });
        return results;
    }

    /// <summary>
    /// Sorts <paramref name="items"/> in place: ranges sorted on up to <paramref name="degree"/> threads, then merged pairwise.
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="comparison">A total order (no two different items compare equal), so every degree gives the same order.</param>
    /// <param name="degree">How many threads at most.</param>
    public static void Sort<T>(T[] items, Comparison<T> comparison, int degree)
    {
        const int MinRun = 1 << 14;
        var runs = Math.Min(degree, items.Length / MinRun);
        if (runs <= 1)
        {
            Array.Sort(items, comparison);
            return;
        }

        var comparer = Comparer<T>.Create(comparison);
        var bounds = new int[runs + 1];
        for (var r = 0; r <= runs; r++)
        {
            bounds[r] = (int)((long)items.Length * r / runs);
        }

        For(runs, degree, r => Array.Sort(items, bounds[r], bounds[r + 1] - bounds[r], comparer));
        var source = items;
        var target = new T[items.Length];
        for (var width = 1; width < runs; width *= 2)
        {
            var (from, to) = (source, target);
            var step = width;
            For((runs + (2 * step) - 1) / (2 * step), degree, m =>
            {
                var lo = bounds[m * 2 * step];
                var mid = bounds[Math.Min(runs, (m * 2 * step) + step)];
                var hi = bounds[Math.Min(runs, (m * 2 * step) + (2 * step))];
                Merge(from, lo, mid, hi, to, comparison);
            });
            (source, target) = (target, source);
        }

        if (!ReferenceEquals(source, items))
        {
            source.CopyTo(items, 0);
        }
    }

    // Merges the sorted ranges [lo, mid) and [mid, hi) of from into the same place of to.
    private static void Merge<T>(T[] from, int lo, int mid, int hi, T[] to, Comparison<T> comparison)
    {
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            to[k++] = comparison(from[j], from[i]) < 0 ? from[j++] : from[i++];
        }

        Array.Copy(from, i, to, k, mid - i);
        Array.Copy(from, j, to, k + (mid - i), hi - j);
    }

    /// <summary>Runs two independent pieces of work, the second on another thread when <paramref name="degree"/> allows.</summary>
    /// <param name="first">Runs on the calling thread.</param>
    /// <param name="second">Runs on the thread pool, or after <paramref name="first"/> when <paramref name="degree"/> is 1.</param>
    /// <param name="degree">How many threads at most.</param>
    /// <returns>The two results.</returns>
    public static (T1 First, T2 Second) Both<T1, T2>(Func<T1> first, Func<T2> second, int degree)
    {
        if (degree <= 1)
        {
            var a = first();
            return (a, second());
        }

        var other = Task.Factory.StartNew(second, default, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        T1 mine;
        try
        {
            mine = first();
        }
        catch
        {
            // The other piece is still running on shared input: wait for it before unwinding, and keep the first failure.
            try
            {
                other.Wait();
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        try
        {
            return (mine, other.GetAwaiter().GetResult());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
