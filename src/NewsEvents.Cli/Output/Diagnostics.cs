using System;
using System.Globalization;
using System.IO;
using System.Threading;
using NewsEvents.Cli.Commands;

namespace NewsEvents.Cli.Output;

/// <summary>Writes errors, warnings, verbose notes and progress to standard error; thread-safe.</summary>
internal sealed class Diagnostics
{
    private readonly TextWriter _stderr;
    private readonly Verbosity _verbosity;
    private readonly bool _progress;
    private readonly Lock _lock = new();
    private int _progressWidth;
    private long _lastProgress;
    private int _errors;

    public Diagnostics(TextWriter stderr, Verbosity verbosity, bool progress)
    {
        _stderr = stderr;
        _verbosity = verbosity;
        _progress = progress && verbosity != Verbosity.Quiet;
    }

    /// <summary>Gets the number of errors reported.</summary>
    public int Errors => Volatile.Read(ref _errors);

    /// <summary>Gets whether verbose notes are written.</summary>
    public bool IsVerbose => _verbosity == Verbosity.Verbose;

    /// <summary>Reports that an input failed: <c>newsevents: subject: reason</c>.</summary>
    public void Error(string subject, string reason)
    {
        Interlocked.Increment(ref _errors);
        Write($"newsevents: {subject}: {reason}");
    }

    /// <summary>Reports something suspicious that does not fail the run (not with --quiet).</summary>
    public void Warning(string message)
    {
        if (_verbosity != Verbosity.Quiet)
        {
            Write("newsevents: warning: " + message);
        }
    }

    /// <summary>Writes a note with --verbose only.</summary>
    public void Verbose(string message)
    {
        if (_verbosity == Verbosity.Verbose)
        {
            Write("newsevents: " + message);
        }
    }

    /// <summary>Shows progress on one rewritten line, at most five times a second, when standard error is a terminal.</summary>
    public void Progress(int filesRead, int files, int analyzed, bool force = false)
    {
        if (!_progress)
        {
            return;
        }

        var now = Environment.TickCount64;
        lock (_lock)
        {
            if (!force && now - _lastProgress < 200)
            {
                return;
            }

            _lastProgress = now;
            var line = string.Create(CultureInfo.InvariantCulture, $"newsevents: {filesRead}/{files} files read, {analyzed} articles analyzed");
            _stderr.Write("\r" + line.PadRight(_progressWidth));
            _stderr.Flush();
            _progressWidth = line.Length;
        }
    }

    /// <summary>Removes the progress line, if any.</summary>
    public void EndProgress()
    {
        lock (_lock)
        {
            ClearProgress();
        }
    }

    private void Write(string line)
    {
        lock (_lock)
        {
            ClearProgress();
            _stderr.WriteLine(line);
        }
    }

    private void ClearProgress()
    {
        if (_progressWidth > 0)
        {
            _stderr.Write("\r" + new string(' ', _progressWidth) + "\r");
            _progressWidth = 0;
        }
    }
}
