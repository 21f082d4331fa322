using System;
using System.IO;
using NewsEvents.Cli.Commands;

namespace NewsEvents.Cli;

/// <summary>Entry point of the <c>newsevents</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when all went well, 1 when some inputs failed, 2 on a usage error.</returns>
    public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error);

    /// <summary>Runs the command line with given streams (used by tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
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

        var rest = args[1..];
        return args[0] switch
        {
            "analyze" => AnalyzeCommand.Run(rest, stdin, stdout, stderr),
            "tag" => TagCommand.Run(rest, stdin, stdout, stderr),
            _ => Usage.Fail(stderr, $"unknown command '{args[0]}'"),
        };
    }
}
