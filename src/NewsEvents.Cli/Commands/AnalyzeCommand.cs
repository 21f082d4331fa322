using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Cli.Export;
using NewsEvents.Cli.Input;
using NewsEvents.Cli.Output;

namespace NewsEvents.Cli.Commands;

/// <summary>The <c>analyze</c> command: reads articles, analyzes and reconciles them, writes the report.</summary>
internal static class AnalyzeCommand
{
    /// <summary>Progress is shown only for runs with more inputs than this.</summary>
    private const int ProgressThreshold = 50;

    public static int Run(ParseResult result, InputSymbols symbols, bool export, TextReader stdin, TextWriter stdout, TextWriter stderr,
        bool stderrIsTerminal, CancellationToken cancellationToken) =>
        RunAsync(result, symbols, export, stdin, stdout, stderr, stderrIsTerminal, cancellationToken).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(ParseResult result, InputSymbols symbols, bool export, TextReader stdin, TextWriter stdout,
        TextWriter stderr, bool stderrIsTerminal, CancellationToken cancellationToken)
    {
        if (!AnalyzeOptions.TryRead(result, symbols, export, out var options, out var usageError))
        {
            return Usage.Fail(stderr, (export ? "export: " : "analyze: ") + usageError);
        }

        // Configuration problems are found before any article is read (exit 2).
        if (options.Output is { } output && (export ? Exporter.CheckFolder(output) : AtomicFile.Check(output)) is { } outputProblem)
        {
            return ConfigurationError(stderr, output, outputProblem);
        }

        var metadata = ImmutableDictionary.Create<string, ArticleMetadata>(StringComparer.Ordinal);
        if (options.Metadata is { } metadataPath)
        {
            try
            {
                metadata = ArticleMetadataFile.Load(metadataPath).ToImmutableDictionary(m => m.Id, StringComparer.Ordinal);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                return ConfigurationError(stderr, metadataPath, Reason(e, metadataPath));
            }
        }

        NewsPipeline pipeline;
        try
        {
            pipeline = CreatePipeline(options);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return ConfigurationError(stderr, options.Gazetteer ?? "options", Reason(e, options.Gazetteer));
        }

        var diagnostics = new Diagnostics(stderr, options.Verbosity, stderrIsTerminal);
        var items = InputCollector.Collect(options.Inputs, diagnostics);
        var showProgress = items.Count > ProgressThreshold;
        ReconciliationState state;
        var analyses = export ? new List<ArticleAnalysis>() : null;
        using (var source = new ArticleSource(items, stdin, options.JsonLines, AnalyzeOptions.MaxInputBytes, options.Encoding, metadata, diagnostics,
                   cancellationToken))
        {
            try
            {
                state = await AnalyzeAllAsync(pipeline, source, diagnostics, items.Count, showProgress, analyses, cancellationToken)
                    .ConfigureAwait(false);
            }
            finally
            {
                diagnostics.EndProgress();
            }

            if (options.Metadata is { } sidecar)
            {
                var read = source.Ids.ToHashSet(StringComparer.Ordinal);
                foreach (var id in metadata.Keys.Where(k => !read.Contains(k)).Order(StringComparer.Ordinal))
                {
                    diagnostics.Warning($"{sidecar}: id '{id}' matches no input");
                }
            }
        }

        if (state.Count == 0)
        {
            diagnostics.Error("no article could be read", "no report written");
            return ExitCodes.SomeInputsFailed;
        }

        var report = pipeline.Reconcile(state);
        if (options.Export is { } format)
        {
            var folder = options.Output!;
            try
            {
                var written = await Exporter.WriteAsync(folder, format, report, pipeline, analyses!, cancellationToken).ConfigureAwait(false);
                diagnostics.Verbose($"{folder}: {string.Join(", ", written)} written ({state.Count} articles)");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(folder, "cannot write the export: " + e.Message);
                return ExitCodes.SomeInputsFailed;
            }

            return diagnostics.Errors > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }

        // JSON is streamed to its destination: a day of news makes a report longer than one string can hold.
        Action<TextWriter> render;
        if (options.Format == ReportFormat.Json)
        {
            render = writer =>
            {
                NewsEventsJson.Serialize(report, writer);
                writer.Write(Environment.NewLine);
            };
        }
        else
        {
            var rendered = options.Format == ReportFormat.Html ? ReportRenderer.ToHtml(report) : ReportRenderer.ToText(report);
            if (!rendered.EndsWith('\n'))
            {
                rendered += Environment.NewLine;
            }

            render = writer => writer.Write(rendered);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (options.Output is { } path)
        {
            try
            {
                AtomicFile.Write(path, render, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(path, "cannot write the report: " + e.Message);
                return ExitCodes.SomeInputsFailed;
            }

            diagnostics.Verbose($"{path}: report written ({state.Count} articles)");
        }
        else
        {
            render(stdout);
            stdout.Flush();
        }

        diagnostics.Verbose($"{state.Count} articles analyzed, {diagnostics.Errors} errors");
        return diagnostics.Errors > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static NewsPipeline CreatePipeline(AnalyzeOptions options)
    {
        if (options.Gazetteer is null && options.Reference is null && options.Parallelism is null)
        {
            return NewsPipeline.CreateDefault();
        }

        var builder = NewsPipeline.CreateBuilder();
        if (options.Gazetteer is { } gazetteer)
        {
            builder.UseGazetteer(Gazetteer.Default.WithUserFile(gazetteer));
        }

        if (options.Parallelism is { } parallelism)
        {
            builder.UseParallelism(parallelism);
        }

        return builder.UseDefaultReference(options.Reference).Build();
    }

    /// <summary>
    /// Streams the articles through <see cref="NewsPipeline.AnalyzeAsync"/>. If the analysis of some article throws, the
    /// articles in flight are analyzed one by one to name the culprit, and streaming resumes with the rest.
    /// </summary>
    private static async Task<ReconciliationState> AnalyzeAllAsync(NewsPipeline pipeline, ArticleSource source, Diagnostics diagnostics,
        int files, bool showProgress, List<ArticleAnalysis>? analyses, CancellationToken cancellationToken)
    {
        var state = ReconciliationState.Empty;
        var analyzed = 0;
        while (true)
        {
            try
            {
                await foreach (var analysis in pipeline.AnalyzeAsync(source.Remaining(cancellationToken), cancellationToken)
                                   .ConfigureAwait(false))
                {
                    source.Analyzed();
                    state = state.Add(analysis);
                    analyses?.Add(analysis);
                    analyzed++;
                    if (showProgress)
                    {
                        diagnostics.Progress(source.FilesRead, files, analyzed);
                    }
                }

                return state;
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                var pending = source.TakePending();
                if (pending.Count == 0)
                {
                    // Not an article's fault: nothing to retry, so report it as a failure of the run.
                    throw;
                }

                diagnostics.Verbose("analysis failed (" + e.Message + "); analyzing the articles in flight one by one");
                foreach (var item in pending)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    try
                    {
                        var analysis = pipeline.Analyze(item.Article);
                        state = state.Add(analysis);
                        analyses?.Add(analysis);
                        analyzed++;
                    }
                    catch (Exception inner) when (inner is not (OperationCanceledException or OutOfMemoryException))
                    {
                        diagnostics.Error(item.Origin, "analysis failed: " + inner.Message);
                    }
                }
            }
        }
    }

    private static string Reason(Exception e, string? path) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",

        // Library messages usually start with the file name already; do not repeat it.
        _ when path is not null && e.Message.StartsWith(path + ":", StringComparison.Ordinal) => e.Message[(path.Length + 1)..].TrimStart(),
        _ => e.Message,
    };

    private static int ConfigurationError(TextWriter stderr, string subject, string reason)
    {
        stderr.WriteLine($"newsevents: {subject}: {reason}");
        return ExitCodes.Usage;
    }
}
