using System;
using System.IO;
using System.Linq;
using System.Threading;
using NewsEvents.Cli.Commands;

namespace NewsEvents.Cli;

/// <summary>Entry point of the <c>newsevents</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line; Ctrl-C cancels the run (exit code 130) and leaves no partial output file.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when all went well, 1 when some inputs failed, 2 on a usage error, 130 when cancelled.</returns>
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // The first Ctrl-C stops the run cleanly; a second one ends the process at once.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            return Run(args, Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>Runs the command line with given streams (used by tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, stderrIsTerminal: false, CancellationToken.None);

    /// <summary>Runs the command line with given streams and a cancellation token.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
    /// <param name="cancellationToken">Cancels the run; the exit code is then 130.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.Write(Usage.Text);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
            }

            if (args[0] is "--version" or "-v")
            {
                stdout.WriteLine("newsevents " + Usage.Version);
                return ExitCodes.Ok;
            }

            var syntax = new CliSyntax();
            var line = syntax.Parse(args);
            if (line.Help)
            {
                stdout.Write(Usage.For(line.Result?.CommandResult.Command.Name));
                return ExitCodes.Ok;
            }

            if (line.Error is { } error)
            {
                return Usage.Fail(stderr, error);
            }

            return line.Command switch
            {
                "analyze" => AnalyzeCommand.Run(line.Result!, syntax.AnalyzeSymbols, export: false, stdin, stdout, stderr, stderrIsTerminal,
                    cancellationToken),
                "export" => AnalyzeCommand.Run(line.Result!, syntax.ExportSymbols, export: true, stdin, stdout, stderr, stderrIsTerminal,
                    cancellationToken),
                _ => TagCommand.Run(line.Result!, syntax.TagSymbols, stdin, stdout, stderr),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("newsevents: cancelled; no report written");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last line of defence: one clear line, the details only on request.
            stderr.WriteLine($"newsevents: failed: {e.Message}");
            if (args.Contains("--verbose", StringComparer.Ordinal))
            {
                stderr.WriteLine(e.ToString());
            }
            else
            {
                stderr.WriteLine("Run again with --verbose for details.");
            }

            return ExitCodes.SomeInputsFailed;
        }
    }
}
