using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Linq;

namespace NewsEvents.Cli.Commands;

/// <summary>The options and inputs shared by <c>analyze</c> and <c>export</c>.</summary>
internal sealed class InputSymbols
{
    public InputSymbols(Command command, bool export)
    {
        Inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "files, folders, globs or - for standard input" };
        Format = new Option<string>("--format", "-f") { Description = "report format: text, json or html", HelpName = "text|json|html" };
        To = new Option<string>("--to") { Description = "table format: csv, parquet or jsonl", HelpName = "csv|parquet|jsonl" };
        Output = new Option<string>("--output", "-o") { Description = export ? "folder to write to" : "file to write to", HelpName = export ? "FOLDER" : "FILE" };
        Metadata = new Option<string>("--metadata") { Description = "JSON array of article metadata", HelpName = "FILE" };
        Gazetteer = new Option<string>("--gazetteer") { Description = "user gazetteer layered over the embedded one", HelpName = "FILE" };
        Reference = new Option<string>("--reference") { Description = "reference date for undated articles", HelpName = "yyyy-MM-dd" };
        Encoding = new Option<string>("--encoding") { Description = "encoding of text and JSON-lines files without a byte order mark", HelpName = "NAME" };
        JsonLines = new Option<bool>("--jsonl") { Description = "read standard input as JSON lines" };
        Parallelism = new Option<string>("--parallelism") { Description = "articles analyzed at once, 1 to 256", HelpName = "N" };
        Quiet = new Option<bool>("--quiet", "-q") { Description = "errors only" };
        Verbose = new Option<bool>("--verbose") { Description = "notes per input and exception details" };
        command.Add(Inputs);
        command.Add(export ? To : Format);
        foreach (var option in new Option[] { Output, Metadata, Gazetteer, Reference, Encoding, JsonLines, Parallelism, Quiet, Verbose })
        {
            command.Add(option);
        }
    }

    public Argument<string[]> Inputs { get; }

    public Option<string> Format { get; }

    public Option<string> To { get; }

    public Option<string> Output { get; }

    public Option<string> Metadata { get; }

    public Option<string> Gazetteer { get; }

    public Option<string> Reference { get; }

    public Option<string> Encoding { get; }

    public Option<bool> JsonLines { get; }

    public Option<string> Parallelism { get; }

    public Option<bool> Quiet { get; }

    public Option<bool> Verbose { get; }
}

/// <summary>The options of <c>tag</c>.</summary>
internal sealed class TagSymbols
{
    public TagSymbols(Command command)
    {
        Reference = new Option<string>("--reference") { Description = "date relative dates are resolved against", HelpName = "yyyy-MM-dd" };
        JsonLines = new Option<bool>("--jsonl") { Description = "read JSON lines {\"id\", \"text\", \"reference\"}" };
        command.Add(Reference);
        command.Add(JsonLines);
    }

    public Option<string> Reference { get; }

    public Option<bool> JsonLines { get; }
}

/// <summary>What the command line asks for: usage, a usage error, or a command with its parse result.</summary>
/// <param name="Command">The command name (analyze, export, tag), or null for usage or an error.</param>
/// <param name="Result">The parse result of the command.</param>
/// <param name="Error">The usage error, when there is one.</param>
/// <param name="Help">Whether usage was asked for.</param>
internal sealed record ParsedLine(string? Command, ParseResult? Result, string? Error, bool Help);

/// <summary>
/// The grammar of the command line on System.CommandLine: commands, options with aliases, <c>--opt value</c>,
/// <c>--opt=value</c> and <c>--opt:value</c>, <c>--</c> before arguments that start with a dash. Built anew for each run
/// (the symbols are mutable objects). Usage errors are turned into the tool's own one-line messages, with a suggestion
/// when a misspelled option or command is close to a real one; an unknown option is never taken as an input file.
/// </summary>
internal sealed class CliSyntax
{
    private readonly ParserConfiguration _configuration = new()
    {
        // "@list.txt" stays a file name, and "-qv" is not split into "-q" and an input "v".
        ResponseFileTokenReplacer = null,
        EnablePosixBundling = false,
    };

    public CliSyntax()
    {
        Root = new RootCommand("events, conflicts and corroborations across news outlets");

        // The default help option also answers to "/h" and "/?", which are file names on Unix; the default version option is
        // replaced by the tool's own "--version" handling, and directives ("[diagram]") would swallow a first argument.
        Root.Options.Clear();
        Root.Directives.Clear();
        Root.Options.Add(new HelpOption("--help", "-h"));
        Analyze = new Command("analyze", "analyze articles and write the reconciliation report");
        Export = new Command("export", "analyze articles and write events, claims and conflicts as tables");
        Tag = new Command("tag", "temporal and quantity mentions of standard input as JSON lines");
        AnalyzeSymbols = new InputSymbols(Analyze, export: false);
        ExportSymbols = new InputSymbols(Export, export: true);
        TagSymbols = new TagSymbols(Tag);
        Root.Add(Analyze);
        Root.Add(Export);
        Root.Add(Tag);
    }

    public RootCommand Root { get; }

    public Command Analyze { get; }

    public Command Export { get; }

    public Command Tag { get; }

    public InputSymbols AnalyzeSymbols { get; }

    public InputSymbols ExportSymbols { get; }

    public TagSymbols TagSymbols { get; }

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>What it asks for.</returns>
    public ParsedLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0].Length > 1 && args[0][0] == '-' && args[0] is not ("-h" or "--help"))
        {
            // Options belong to a command: "newsevents --verbose analyze seeds" would otherwise read as a broken command.
            return Fail($"unknown option '{args[0]}' before the command; give the command first, then its options", args[0],
                ["--help", "--version"]);
        }

        var result = Root.Parse(args, _configuration);
        if (result.Action is HelpAction)
        {
            return new ParsedLine(null, result, null, Help: true);
        }

        var command = result.CommandResult.Command;
        if (command == Root)
        {
            var first = args.FirstOrDefault(a => a.Length > 0) ?? string.Empty;
            return Fail(first.StartsWith('-') ? $"unknown option '{first}'" : $"unknown command '{first}'", first, CommandNames());
        }

        var prefix = command.Name + ": ";
        if (Prevalidate(command, args.Skip(1).ToList()) is { } problem)
        {
            return new ParsedLine(null, result, prefix + problem, Help: false);
        }

        if (result.Errors.Count > 0)
        {
            return new ParsedLine(null, result, prefix + Describe(result, result.Errors[0], command), Help: false);
        }

        return new ParsedLine(command.Name, result, null, Help: false);
    }

    /// <summary>
    /// Checks the arguments before <c>--</c> the way the tool has always read them: an argument that starts with a dash must
    /// be an option of the command, and an option that takes a value is not followed by another option instead.
    /// System.CommandLine would take an unknown "--verbos" as an input file, and "--metadata --quiet" as a file named "--quiet".
    /// </summary>
    private static string? Prevalidate(Command command, List<string> args)
    {
        var options = OptionsOf(command);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                return null;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                continue;
            }

            var separator = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOfAny(['=', ':']) : -1;
            var name = separator > 0 ? arg[..separator] : arg;
            if (!options.TryGetValue(name, out var option))
            {
                return Unknown("option", arg, name, options.Keys);
            }

            var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
            if (!takesValue && separator > 0)
            {
                // System.CommandLine would read "--jsonl=yes" as the switch and an input named "yes".
                return $"option '{name}' is a switch; it takes no value (was '{arg[(separator + 1)..]}')";
            }

            if (!takesValue || separator > 0)
            {
                continue;
            }

            if (i + 1 < args.Count && args[i + 1].Length > 1 && args[i + 1][0] == '-')
            {
                return $"option '{name}' needs a value";
            }

            i++;
        }

        return null;
    }

    private static Dictionary<string, Option> OptionsOf(Command command)
    {
        var options = new Dictionary<string, Option>(StringComparer.Ordinal);
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in c.Options.Where(o => c == command || o.Recursive))
            {
                options.TryAdd(option.Name, option);
                foreach (var alias in option.Aliases)
                {
                    options.TryAdd(alias, option);
                }
            }
        }

        return options;
    }

    /// <summary>Turns System.CommandLine's error into the tool's message style.</summary>
    private static string Describe(ParseResult result, ParseError error, Command command)
    {
        if (error.SymbolResult is OptionResult option)
        {
            var name = option.IdentifierToken?.Value ?? option.Option.Name;
            if (option.Tokens.Count == 0)
            {
                return $"option '{name}' needs a value";
            }

            if (option.Option.ValueType == typeof(bool))
            {
                return $"option '{name}' is a switch; it takes no value (was '{option.Tokens[0].Value}')";
            }

            if (option.IdentifierTokenCount > 1)
            {
                return $"option '{name}' was given {option.IdentifierTokenCount} times; give it once";
            }
        }

        if (command.Arguments.Count == 0 && result.UnmatchedTokens.Count > 0)
        {
            return $"unexpected argument '{result.UnmatchedTokens[0]}'; {command.Name} reads standard input";
        }

        // Messages System.CommandLine words itself end with a period; ours do not.
        return error.Message.TrimEnd('.');
    }

    private IEnumerable<string> CommandNames() => Root.Subcommands.Select(c => c.Name);

    private static ParsedLine Fail(string message, string word, IEnumerable<string> candidates) =>
        new(null, null, message + Suggestion(word, candidates), Help: false);

    private static string Unknown(string what, string arg, string name, IEnumerable<string> candidates) =>
        $"unknown {what} '{arg}'" + Suggestion(name, candidates.Where(c => c.StartsWith("--", StringComparison.Ordinal)));

    /// <summary>"; did you mean '--format'?" for the closest candidate within a small edit distance, else nothing.</summary>
    internal static string Suggestion(string word, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(word, c)))
            .Where(x => x.Distance <= Math.Max(1, x.Candidate.Length / 4) ||
                        (word.Length >= 4 && x.Candidate.StartsWith(word, StringComparison.Ordinal)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
        return best is null ? string.Empty : $"; did you mean '{best}'?";
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
