using System.IO;
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

    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("newsevents: " + message);
        stderr.WriteLine("Run 'newsevents --help' for usage.");
        return ExitCodes.Usage;
    }
}
