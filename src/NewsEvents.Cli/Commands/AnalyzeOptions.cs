using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Internal;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Cli.Commands;

/// <summary>Output format of the <c>analyze</c> command.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Html,
}

/// <summary>How much the command writes to standard error besides errors.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}

/// <summary>The parsed options of the <c>analyze</c> command.</summary>
internal sealed record AnalyzeOptions(
    ImmutableArray<string> Inputs,
    ReportFormat Format,
    string? Output,
    string? Metadata,
    string? Gazetteer,
    LocalDate? Reference,
    bool JsonLines,
    int? Parallelism,
    Verbosity Verbosity)
{
    /// <summary>Inputs are never larger than this (50 MB).</summary>
    public const long MaxInputBytes = 50L * 1024 * 1024;

    /// <summary>Parses the arguments after <c>analyze</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="options">The options, when parsing succeeded.</param>
    /// <param name="error">The usage error, when it failed.</param>
    /// <returns>Whether the arguments are valid.</returns>
    public static bool TryParse(IReadOnlyList<string> args, out AnalyzeOptions options, out string error)
    {
        var inputs = ImmutableArray.CreateBuilder<string>();
        var format = ReportFormat.Text;
        string? output = null, metadata = null, gazetteer = null;
        LocalDate? reference = null;
        int? parallelism = null;
        var jsonLines = false;
        var verbosity = Verbosity.Normal;
        var quiet = false;
        var verbose = false;
        options = null!;
        error = string.Empty;

        // Both "--format json" and "--format=json" are accepted (ArgumentReader, shared with the tag command).
        var reader = new ArgumentReader(args);
        while (reader.MoveNext())
        {
            if (reader.Option is not { } name)
            {
                inputs.Add(reader.Current);
                continue;
            }

            switch (name)
            {
                case "--quiet" or "-q" when reader.InlineValue is null:
                    quiet = true;
                    verbosity = Verbosity.Quiet;
                    continue;
                case "--verbose" when reader.InlineValue is null:
                    verbose = true;
                    verbosity = Verbosity.Verbose;
                    continue;
                case "--jsonl" when reader.InlineValue is null:
                    jsonLines = true;
                    continue;
                case "--format" or "-f" or "--output" or "-o" or "--metadata" or "--gazetteer" or "--reference" or "--parallelism":
                    break;
                default:
                    error = $"unknown option '{reader.Current}'";
                    return false;
            }

            if (!reader.TryTakeValue(out var value, out error))
            {
                return false;
            }

            switch (name)
            {
                case "--format" or "-f":
                    switch (value)
                    {
                        case "text": format = ReportFormat.Text; break;
                        case "json": format = ReportFormat.Json; break;
                        case "html": format = ReportFormat.Html; break;
                        default:
                            error = $"--format was '{value}'; must be text, json or html";
                            return false;
                    }

                    break;
                case "--output" or "-o":
                    output = value;
                    break;
                case "--metadata":
                    metadata = value;
                    break;
                case "--gazetteer":
                    gazetteer = value;
                    break;
                case "--reference":
                    if (!IsoDates.TryParse(value, out var parsed))
                    {
                        error = $"--reference was '{value}'; must be {IsoDates.Expected}";
                        return false;
                    }

                    reference = parsed;
                    break;
                case "--parallelism":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 256)
                    {
                        error = $"--parallelism was '{value}'; must be a whole number from 1 to 256";
                        return false;
                    }

                    parallelism = n;
                    break;
            }
        }

        if (quiet && verbose)
        {
            error = "--quiet and --verbose cannot be used together";
            return false;
        }

        if (inputs.Count == 0)
        {
            error = "no inputs: give files, folders, globs or '-' for standard input";
            return false;
        }

        options = new AnalyzeOptions(inputs.ToImmutable(), format, output == "-" ? null : output, metadata, gazetteer,
            reference, jsonLines, parallelism, verbosity);
        return true;
    }
}
