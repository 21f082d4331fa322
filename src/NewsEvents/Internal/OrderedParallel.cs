using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NewsEvents.Internal;

/// <summary>
/// Maps an asynchronous sequence on a fixed number of workers and hands the results back in input order, with at most a
/// window of items read ahead of the consumer.
/// </summary>
/// <remarks>
/// Each worker takes the next item itself when the window has room, so a worker that finishes early goes on with the next
/// item instead of waiting for a slower one ahead of it; one task per item with an in-order queue of tasks left a core idle
/// whenever the oldest item was the slow one. The source is read by one worker at a time, in order.
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Maps <paramref name="source"/> with <paramref name="selector"/> on <paramref name="degree"/> workers.</summary>
    /// <param name="source">The items; read by one worker at a time.</param>
    /// <param name="selector">The map; called from the workers, so it must be thread-safe.</param>
    /// <param name="degree">How many workers.</param>
    /// <param name="window">How many items may be read and not yet handed to the consumer.</param>
    /// <param name="cancellationToken">Stops the workers and the consumer; an item being mapped is finished first.</param>
    /// <returns>The results in input order; an exception of the source or of the map is thrown in its item's place.</returns>
    public static async IAsyncEnumerable<TResult> SelectAsync<TSource, TResult>(IAsyncEnumerable<TSource> source,
        Func<TSource, TResult> selector, int degree, int window, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var run = new Run<TSource, TResult>(source.GetAsyncEnumerator(stop.Token), selector, window);
        var workers = new Task[degree];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => run.WorkAsync(stop.Token), CancellationToken.None);
        }

        try
        {
            var reader = run.Order.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var pending))
                {
                    var result = await pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                    run.Slots.Release();
                    yield return result;
                }
            }
        }
        finally
        {
            // Early exit, an exception or cancellation: stop taking items, let the items being mapped finish (the window
            // bounds them), and only then close the source, which no worker reads any more.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers).ContinueWith(static t => _ = t.Exception, CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            while (run.Order.Reader.TryRead(out var abandoned))
            {
                _ = abandoned.Task.Exception;
            }

            await run.Source.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class Run<TSource, TResult>(IAsyncEnumerator<TSource> source, Func<TSource, TResult> selector, int window) : IDisposable
    {
        private readonly SemaphoreSlim _reading = new(1, 1);
        private bool _exhausted;

        public IAsyncEnumerator<TSource> Source { get; } = source;

        public SemaphoreSlim Slots { get; } = new(window, window);

        // Items in input order, each as the promise of its result; written under _reading, read by the consumer.
        public Channel<TaskCompletionSource<TResult>> Order { get; } =
            Channel.CreateUnbounded<TaskCompletionSource<TResult>>(new UnboundedChannelOptions { SingleReader = true });

        public async Task WorkAsync(CancellationToken stop)
        {
            while (true)
            {
                await Slots.WaitAsync(stop).ConfigureAwait(false);
                TSource item;
                TaskCompletionSource<TResult> pending;
                await _reading.WaitAsync(stop).ConfigureAwait(false);
                try
                {
                    if (_exhausted)
                    {
                        return;
                    }

                    pending = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    bool more;
                    try
                    {
                        more = await Source.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (Exception e)
                    {
                        // The source failed: its exception takes the next place in the order, after the items before it.
                        _exhausted = true;
                        pending.SetException(e);
                        Order.Writer.TryWrite(pending);
                        Order.Writer.TryComplete();
                        return;
                    }

                    if (!more)
                    {
                        _exhausted = true;
                        Order.Writer.TryComplete();
                        return;
                    }

                    item = Source.Current;
                    Order.Writer.TryWrite(pending);
                }
                finally
                {
                    _reading.Release();
                }

                try
                {
                    pending.SetResult(selector(item));
                }
                catch (Exception e)
                {
                    pending.SetException(e);
                }
            }
        }

        public void Dispose()
        {
            _reading.Dispose();
            Slots.Dispose();
        }
    }
}
