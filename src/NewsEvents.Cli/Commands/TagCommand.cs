using System.IO;

namespace NewsEvents.Cli.Commands;

/// <summary>The <c>tag</c> command: temporal and quantity mentions of stdin as JSON lines.</summary>
internal static class TagCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Usage.Fail(stderr, "tag is not available yet");
}
