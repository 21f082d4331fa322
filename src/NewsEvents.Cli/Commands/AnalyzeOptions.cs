using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsEvents.Cli.Export;
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

/// <summary>The parsed options of the <c>analyze</c> and <c>export</c> commands (<see cref="Export"/> is set for export only).</summary>
internal sealed record AnalyzeOptions(
    ImmutableArray<string> Inputs,
    ReportFormat Format,
    string? Output,
    string? Metadata,
    string? Gazetteer,
    LocalDate? Reference,
    bool JsonLines,
    int? Parallelism,
    Verbosity Verbosity,
    ExportFormat? Export = null,
    Encoding? Encoding = null)
{
    /// <summary>Inputs are never larger than this (50 MB).</summary>
    public const long MaxInputBytes = 50L * 1024 * 1024;

    /// <summary>Reads the options of <c>analyze</c> or <c>export</c> from a parse result and checks their values.</summary>
    /// <param name="result">The parse result, without parse errors.</param>
    /// <param name="symbols">The command's options and inputs.</param>
    /// <param name="export">Whether the command is <c>export</c> (<c>--to</c> instead of <c>--format</c>; <c>-o</c> a folder, required).</param>
    /// <param name="options">The options, when they are valid.</param>
    /// <param name="error">The usage error, when they are not.</param>
    /// <returns>Whether the options are valid.</returns>
    public static bool TryRead(ParseResult result, InputSymbols symbols, bool export, out AnalyzeOptions options, out string error)
    {
        options = null!;
        error = string.Empty;
        var format = ReportFormat.Text;
        var to = ExportFormat.Csv;
        LocalDate? reference = null;
        int? parallelism = null;
        Encoding? encoding = null;
        var value = result.GetValue(symbols.Format);
        if (!export && value is not null)
        {
            switch (value)
            {
                case "text": format = ReportFormat.Text; break;
                case "json": format = ReportFormat.Json; break;
                case "html": format = ReportFormat.Html; break;
                default:
                    error = $"--format was '{value}'; must be text, json or html";
                    return false;
            }
        }

        value = result.GetValue(symbols.To);
        if (export && value is not null)
        {
            switch (value)
            {
                case "csv": to = ExportFormat.Csv; break;
                case "parquet": to = ExportFormat.Parquet; break;
                case "jsonl": to = ExportFormat.JsonLines; break;
                default:
                    error = $"--to was '{value}'; must be csv, parquet or jsonl";
                    return false;
            }
        }

        if (result.GetValue(symbols.Reference) is { } referenceText)
        {
            if (!IsoDates.TryParse(referenceText, out var parsed))
            {
                error = $"--reference was '{referenceText}'; must be {IsoDates.Expected}";
                return false;
            }

            reference = parsed;
        }

        if (result.GetValue(symbols.Parallelism) is { } parallelismText)
        {
            if (!int.TryParse(parallelismText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 256)
            {
                error = $"--parallelism was '{parallelismText}'; must be a whole number from 1 to 256";
                return false;
            }

            parallelism = n;
        }

        if (result.GetValue(symbols.Encoding) is { } encodingName)
        {
            encoding = Input.HtmlCharset.Resolve(encodingName.Trim().ToLowerInvariant());
            if (encoding is null)
            {
                error = $"--encoding was '{encodingName}'; must be an encoding name such as utf-8, windows-1252, iso-8859-15 or shift_jis";
                return false;
            }
        }

        foreach (var option in new[] { symbols.Output, symbols.Metadata, symbols.Gazetteer })
        {
            if (result.GetValue(option) is { Length: 0 })
            {
                error = $"option '{option.Name}' needs a value";
                return false;
            }
        }

        var quiet = result.GetValue(symbols.Quiet);
        var verbose = result.GetValue(symbols.Verbose);
        if (quiet && verbose)
        {
            error = "--quiet and --verbose cannot be used together";
            return false;
        }

        var inputs = result.GetValue(symbols.Inputs) ?? [];
        if (inputs.Length == 0)
        {
            error = "no inputs: give files, folders, globs or '-' for standard input";
            return false;
        }

        var output = result.GetValue(symbols.Output);
        if (export && (output is null || output == "-"))
        {
            error = "-o FOLDER is required: the folder the files are written to";
            return false;
        }

        options = new AnalyzeOptions([.. inputs], format, output == "-" ? null : output, result.GetValue(symbols.Metadata),
            result.GetValue(symbols.Gazetteer), reference, result.GetValue(symbols.JsonLines), parallelism,
            quiet ? Verbosity.Quiet : verbose ? Verbosity.Verbose : Verbosity.Normal, export ? to : null, encoding);
        return true;
    }
}
