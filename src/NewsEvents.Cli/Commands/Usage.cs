using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NewsEvents.Cli.Commands;

/// <summary>Exit codes of the command line.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;
}

/// <summary>Help text and usage errors.</summary>
internal static class Usage
{
    public static string Version =>
        typeof(Usage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public const string Text = """
        newsevents - events, conflicts and corroborations across news outlets

        Usage:
          newsevents analyze <inputs...> [options]
          newsevents export <inputs...> -o FOLDER [--to csv|parquet|jsonl] [options of analyze but --format]
          newsevents tag [--reference yyyy-MM-dd] [--jsonl]
          newsevents --help | --version

        Inputs of analyze:
          FILE            .txt (plain text), .html/.htm (HTML), .jsonl (one JSON article per line)
          FOLDER          every .txt, .html, .htm and .jsonl file in it and its subfolders
          GLOB            'seeds/*.txt', 'corpus/**/*.html' (* within a folder, ? one character, ** any folders)
          -               standard input: one plain-text article, or JSON lines with --jsonl

        Options of analyze:
          -f, --format text|json|html   report format (default text)
          -o, --output FILE             write the report to FILE atomically (default standard output)
          --metadata FILE               JSON array of {"id", "source", "title", "published", "url"};
                                        id is the file name without extension (or the JSON-lines id)
          --gazetteer FILE              user gazetteer (JSON) layered over the embedded one
          --reference yyyy-MM-dd        reference date for articles whose date is unknown
          --encoding NAME               encoding of .txt and .jsonl files without a byte order mark (default utf-8;
                                        e.g. windows-1252, iso-8859-15, shift_jis); HTML uses its own <meta charset>
          --jsonl                       read standard input as JSON lines {"id", "text", "source", "title", "published", "url"}
          --parallelism N               articles analyzed at once, 1 to 256 (default: processor count)
          -q, --quiet                   errors only: no warnings, no progress
          --verbose                     also notes per input, and exception details on failure

        Export (tables for data pipelines; columns in docs/exports.md):
          --to csv|parquet|jsonl        format of events, claims and conflicts (default csv); analyses.jsonl is
                                        always written, one per-article analysis per line
          -o, --output FOLDER           folder to write to (created if missing; its parent must exist)

        Options of tag (reads standard input, prints one JSON object per temporal or quantity mention):
          --reference yyyy-MM-dd        date that relative dates ("last Monday") are resolved against
          --jsonl                       read JSON lines {"id", "text", "reference"}; one output line per input line

        "--option value", "--option=value" and "--option:value" work; -h, --help prints this text. A misspelled option
        is an error with a suggestion ("did you mean '--format'?"), never an input; "--" ends the options.

        Exit codes: 0 ok, 1 some inputs failed (the report covers the others), 2 usage or configuration error
        (unknown option, missing value, bad date, no inputs, malformed --metadata or --gazetteer), 130 cancelled (Ctrl-C).
        Each bad input gets one line on standard error: "newsevents: <input>: <reason>".

        """;

    /// <summary>The help of one command: its synopsis, its inputs and options, the option syntax and the exit codes.</summary>
    /// <param name="command">analyze, export or tag; anything else gives <see cref="Text"/>.</param>
    /// <returns>The help text.</returns>
    public static string For(string? command)
    {
        // The sections of Text, split at blank lines: header, usage, inputs, options of analyze, export, tag, syntax, exit codes.
        var sections = Text.Split("\n\n", StringSplitOptions.None);
        string Section(string start) => sections.First(s => s.StartsWith(start, StringComparison.Ordinal));
        string Synopsis(string name) =>
            "Usage:\n" + Section("Usage:").Split('\n').First(l => l.StartsWith("  newsevents " + name, StringComparison.Ordinal));
        var common = Section("\"--option value\"") + "\n\n" + Section("Exit codes:").TrimEnd('\n') + "\n";
        return command switch
        {
            "analyze" => "newsevents analyze - analyze articles, reconcile the outlets and write one report\n\n" + Synopsis("analyze") + "\n\n" +
                Section("Inputs of analyze:") + "\n\n" + Section("Options of analyze:") + "\n\n" + common,
            "export" => "newsevents export - analyze articles and write events, claims and conflicts as tables\n\n" + Synopsis("export") + "\n\n" +
                Section("Inputs of analyze:").Replace("Inputs of analyze:", "Inputs (as for analyze):", StringComparison.Ordinal) + "\n\n" +
                Section("Export (") + "\n\n" +
                string.Join('\n', Section("Options of analyze:").Split('\n')
                    .Where(l => !l.Contains("--format", StringComparison.Ordinal) && !l.Contains("--output FILE", StringComparison.Ordinal))
                    .Select(l => l == "Options of analyze:" ? "Other options (as for analyze):" : l)) + "\n\n" + common,
            "tag" => "newsevents tag - temporal and quantity mentions of standard input as JSON lines\n\n" + Synopsis("tag") + "\n\n" +
                Section("Options of tag") + "\n\n" + common,
            _ => Text,
        };
    }

    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("newsevents: " + message);
        stderr.WriteLine("Run 'newsevents --help' for usage.");
        return ExitCodes.Usage;
    }
}
