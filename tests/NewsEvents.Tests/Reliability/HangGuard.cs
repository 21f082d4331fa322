using System.Threading.Tasks;

namespace NewsEvents.Tests.Reliability;

/// <summary>Runs work on the thread pool and fails the test, instead of blocking CI, when it does not finish in time.</summary>
/// <remarks>This is hang protection, not a timing assertion: the limits are tens of times what the work needs on a slow machine.</remarks>
internal static class HangGuard
{
    /// <summary>The default limit for one hostile input through one stage.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static T Run<T>(Func<T> work, string what, TimeSpan? limit = null)
    {
        var task = Task.Run(work);
        var finished = Task.WhenAny(task, Task.Delay(limit ?? Default)).GetAwaiter().GetResult() == task;
        Assert.That(finished, Is.True, $"{what} did not finish within {(limit ?? Default).TotalSeconds} s (hang or super-linear work)");
        return task.GetAwaiter().GetResult();
    }

    public static void Run(Action work, string what, TimeSpan? limit = null) =>
        Run(() =>
        {
            work();
            return 0;
        }, what, limit);
}
