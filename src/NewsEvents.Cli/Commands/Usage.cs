using System.IO;
using System.Reflection;

namespace NewsEvents.Cli.Commands;

/// <summary>Exit codes of the command line.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int Usage = 2;
}

/// <summary>Help text and usage errors.</summary>
internal static class Usage
{
    public static string Version =>
        typeof(Usage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public const string Text = """
        newsevents - events, conflicts and corroborations across news outlets

        Usage:
          newsevents analyze <files|folders|-> [--format text|json|html] [-o FILE] [--metadata FILE]
                                               [--gazetteer FILE] [--reference yyyy-MM-dd] [--quiet|--verbose]
          newsevents tag [--reference yyyy-MM-dd] [--jsonl]
          newsevents --help | --version

        Exit codes: 0 ok, 1 some inputs failed, 2 usage error.

        """;

    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("newsevents: " + message);
        stderr.WriteLine("Run 'newsevents --help' for usage.");
        return ExitCodes.Usage;
    }
}
