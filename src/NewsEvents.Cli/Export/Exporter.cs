using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Cli.Output;

namespace NewsEvents.Cli.Export;

/// <summary>
/// Writes an export folder: the <c>events</c>, <c>claims</c> and <c>conflicts</c> tables in the chosen format, and
/// <c>analyses.jsonl</c>, one per-article analysis (<see cref="NewsEventsJson"/>) per line. Each file is written atomically.
/// </summary>
internal static class Exporter
{
    /// <summary>The file of per-article analyses.</summary>
    public const string AnalysesFile = "analyses.jsonl";

    /// <summary>Checks, before any work, that the export folder is a folder or can be created.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>Why it cannot be used, or <see langword="null"/>.</returns>
    public static string? CheckFolder(string folder)
    {
        if (!AtomicFile.TryGetFullPath(folder, out var full))
        {
            return AtomicFile.InvalidPath;
        }

        if (File.Exists(full))
        {
            return "is a file; -o names the folder the export is written to";
        }

        var parent = Path.GetDirectoryName(full);
        return Directory.Exists(full) || parent is null || Directory.Exists(parent) ? null : "its parent folder does not exist";
    }

    /// <summary>Writes the export and returns the names of the files written.</summary>
    /// <param name="folder">The folder (created when missing).</param>
    /// <param name="format">The format of the tables.</param>
    /// <param name="report">The report.</param>
    /// <param name="pipeline">The pipeline that made the report (gazetteer and lexicon for codes).</param>
    /// <param name="analyses">The per-article analyses, in any order (written in article id order).</param>
    /// <param name="cancellationToken">Stops the export before its first file is written.</param>
    /// <returns>The file names written.</returns>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static async Task<IReadOnlyList<string>> WriteAsync(string folder, ExportFormat format, ReconciliationReport report,
        NewsPipeline pipeline, IReadOnlyCollection<ArticleAnalysis> analyses, CancellationToken cancellationToken)
    {
        // Ctrl-C is honoured until the first file is written; after that the few files are finished, so the folder never
        // holds tables of this run next to tables of an earlier one.
        cancellationToken.ThrowIfCancellationRequested();
        cancellationToken = CancellationToken.None;
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var tables = ReportTables.Create(report, pipeline, analyses);
        foreach (var (table, rows) in ExportTable.Of(tables))
        {
            var name = table.Name + TableWriters.Extension(format);
            await AtomicFile.WriteAsync(Path.Combine(folder, name), (stream, ct) => TableWriters.WriteAsync(format, table, rows, stream, ct),
                cancellationToken).ConfigureAwait(false);
            written.Add(name);
        }

        var ordered = analyses.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        await AtomicFile.WriteAsync(Path.Combine(folder, AnalysesFile), async (stream, ct) =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
            foreach (var analysis in ordered)
            {
                ct.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(NewsEventsJson.Serialize(analysis, indented: false)).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        written.Add(AnalysesFile);
        return written;
    }
}
