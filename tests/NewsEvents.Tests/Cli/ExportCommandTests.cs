using System.IO;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NewsEvents.Cli.Export;
using NewsEvents.Tests.Support;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace NewsEvents.Tests.Cli;

/// <summary>
/// <c>newsevents export</c>: every file is read back with an independent reader (Sep for CSV, Parquet.Net for Parquet,
/// Newtonsoft for JSON lines) and compared cell by cell with <see cref="ReportTables"/> of the same report.
/// </summary>
[TestFixture]
public sealed class ExportCommandTests
{
    private const string Null = "<null>";

    private static readonly Lazy<(ReconciliationReport Report, ReportTables Tables, IReadOnlyList<ArticleAnalysis> Analyses)> SeedReport = new(() =>
    {
        var pipeline = NewsPipeline.CreateDefault();
        var analyses = Seeds.All().Select(s => pipeline.Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id)))).ToList();
        var report = pipeline.Reconcile(analyses);
        return (report, ReportTables.Create(report, pipeline, analyses), analyses);
    });

    private static IEnumerable<TestCaseData> Formats() =>
    [
        new TestCaseData("csv", ".csv").SetName("Export_Csv_EveryTableReadsBackAsTheReport"),
        new TestCaseData("parquet", ".parquet").SetName("Export_Parquet_EveryTableReadsBackAsTheReport"),
        new TestCaseData("jsonl", ".jsonl").SetName("Export_JsonLines_EveryTableReadsBackAsTheReport"),
    ];

    [TestCaseSource(nameof(Formats))]
    public async Task Export_Format_EveryTableReadsBack(string format, string extension)
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        var result = CliHarness.Run("export", Seeds.Folder, "--to", format, "-o", output);
        var (_, tables, _) = SeedReport.Value;

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "analyses.jsonl", "claims" + extension, "conflicts" + extension, "events" + extension }.Order(StringComparer.Ordinal)));
        foreach (var (table, rows) in ExportTable.Of(tables))
        {
            var path = Path.Combine(output, table.Name + extension);
            var (header, cells) = format switch
            {
                "csv" => ReadCsv(path),
                "parquet" => await ReadParquetAsync(path, table),
                _ => ReadJsonLines(path),
            };
            var expected = rows.Select(r => table.Columns.Select(c => Expected(c.Value(r), format)).ToArray()).ToList();

            Assert.Multiple(() =>
            {
                Assert.That(header, Is.EqualTo(table.Columns.Select(c => c.Name)), table.Name + ": columns");
                Assert.That(cells, Has.Count.EqualTo(rows.Count), table.Name + ": rows");
                for (var i = 0; i < Math.Min(cells.Count, expected.Count); i++)
                {
                    Assert.That(cells[i], Is.EqualTo(expected[i]), $"{table.Name} row {i + 1}");
                }
            });
        }
    }

    [Test]
    public void Export_SeedTables_AreNotEmptyAndCarryConflictsAndCodes()
    {
        var (report, tables, _) = SeedReport.Value;

        Assert.Multiple(() =>
        {
            Assert.That(tables.Events, Has.Length.EqualTo(report.Events.Length));
            Assert.That(tables.Claims, Has.Length.EqualTo(report.Claims.Length));
            Assert.That(tables.Conflicts, Has.Length.EqualTo(report.Conflicts.Sum(c => c.Sides.Length)));
            Assert.That(tables.Conflicts, Has.Length.GreaterThan(0));
            Assert.That(tables.Events.Where(e => e.CameoCode is not null), Is.Not.Empty);
            Assert.That(tables.Claims.Select(c => c.Status).Distinct(), Does.Contain("conflicting").And.Contain("corroborated"));
        });
    }

    [Test]
    public void Export_AnalysesFile_HasOneAnalysisPerArticleThatDeserializesToTheAnalysis()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        var result = CliHarness.Run("export", Seeds.Folder, "--to=csv", "--output=" + output);
        var lines = File.ReadAllLines(Path.Combine(output, "analyses.jsonl"));
        var expected = SeedReport.Value.Analyses.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(lines, Has.Length.EqualTo(expected.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < lines.Length; i++)
            {
                Assert.That(NewsEventsJson.Deserialize<ArticleAnalysis>(lines[i]), Is.EqualTo(expected[i]), $"line {i + 1}");
            }
        });
    }

    private static IEnumerable<TestCaseData> UsageErrors() =>
    [
        new TestCaseData(new[] { "--to", "xml", "-o", "{out}" }, "export: --to was 'xml'; must be csv, parquet or jsonl").SetName("Export_UnknownFormat_ExitsTwo"),
        new TestCaseData(new[] { "--to", "csv" }, "export: -o FOLDER is required").SetName("Export_NoOutputFolder_ExitsTwo"),
        new TestCaseData(new[] { "--format", "json", "-o", "{out}" }, "export: unknown option '--format'").SetName("Export_FormatOption_IsUnknown"),
        new TestCaseData(new[] { "-o", "{file}" }, "is a file; -o names the folder").SetName("Export_OutputIsAFile_ExitsTwo"),
        new TestCaseData(new[] { "-o", "{missing}/out" }, "its parent folder does not exist").SetName("Export_OutputParentMissing_ExitsTwo"),
    ];

    [TestCaseSource(nameof(UsageErrors))]
    public void Export_UsageError_ExitsTwoWithOneClearLineAndWritesNothing(string[] options, string message)
    {
        using var folder = new TempFolder();
        var file = folder.Write("taken.txt", "not a folder");
        var args = new[] { "export", Seeds.Folder }.Concat(options.Select(o => o
            .Replace("{out}", folder.File("out"), StringComparison.Ordinal)
            .Replace("{file}", file, StringComparison.Ordinal)
            .Replace("{missing}", folder.File("missing"), StringComparison.Ordinal))).ToArray();
        var result = CliHarness.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.ErrorLines.FirstOrDefault(), Does.Contain(message));
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
            Assert.That(folder.Entries(), Is.EqualTo(new[] { "taken.txt" }));
        });
    }

    [Test]
    public void Export_OneBadInput_ExitsOneNamesItAndExportsTheOthers()
    {
        using var folder = new TempFolder();
        var input = folder.CopySeeds("in");
        var bad = folder.WriteBytes("in/broken.txt", [0x41, 0x00, 0x42]);
        var output = folder.File("out");
        var result = CliHarness.Run("export", input, "--to", "jsonl", "-o", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(result.ErrorLines[0], Does.StartWith("newsevents: " + bad + ": binary file"));
            Assert.That(File.ReadAllLines(Path.Combine(output, "analyses.jsonl")), Has.Length.EqualTo(Seeds.All().Count));
            Assert.That(File.ReadAllLines(Path.Combine(output, "events.jsonl")), Has.Length.EqualTo(SeedReport.Value.Tables.Events.Length));
        });
    }

    [Test]
    public void Export_NoReadableInput_ExitsOneAndWritesNoFile()
    {
        using var folder = new TempFolder();
        folder.Write("in/empty.txt", "   ");
        var output = folder.File("out");
        var result = CliHarness.Run("export", folder.File("in/empty.txt"), "-o", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain("no article could be read"));
            Assert.That(Directory.Exists(output), Is.False);
        });
    }

    [Test]
    public void Export_Cancelled_Exits130AndLeavesTheFolderAsItWas()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "events.csv"), "from an earlier run");
        var result = CliHarness.RunCancelled("export", Seeds.Folder, "-o", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(130));
            Assert.That(Directory.GetFiles(output).Select(Path.GetFileName), Is.EqualTo(new[] { "events.csv" }));
            Assert.That(File.ReadAllText(Path.Combine(output, "events.csv")), Is.EqualTo("from an earlier run"));
        });
    }

    [Test]
    public void Export_Help_PrintsUsageWithExportAndExitsZero()
    {
        var result = CliHarness.Run("export", "--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.Contain("newsevents export"));
            Assert.That(result.Stdout, Does.Contain("--to csv|parquet|jsonl"));
        });
    }

    [Test]
    public void ExportsDoc_ListsEveryColumnWithItsType()
    {
        var doc = File.ReadAllLines(Path.Combine(ProcessRunner.RepositoryRoot(), "docs", "exports.md"));
        foreach (var table in new[] { ExportTable.Events, ExportTable.Claims, ExportTable.Conflicts })
        {
            var start = Array.FindIndex(doc, l => l.StartsWith("## `" + table.Name, StringComparison.Ordinal));
            var documented = doc.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
                .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
                .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
                .Select(c => (Name: c[1].Trim('`'), Type: c[2].Trim('`')))
                .ToList();

            Assert.That(start, Is.GreaterThanOrEqualTo(0), "docs/exports.md has no section ## `" + table.Name + "`");
            Assert.That(documented, Is.EqualTo(table.Columns.Select(c => (c.Name, DocType(c.Type)))), table.Name);
        }
    }

    /// <summary>The type names docs/exports.md uses.</summary>
    private static string DocType(ColumnType type) => type switch
    {
        ColumnType.String => "string",
        ColumnType.Boolean => "boolean",
        ColumnType.Int32 => "int32",
        ColumnType.Int64 => "int64?",
        ColumnType.Double => "double?",
        _ => "date?",
    };

    /// <summary>What a reader of the given format should see for a value: CSV cannot tell null from empty.</summary>
    private static string Expected(object? value, string format) => value switch
    {
        null => format == "csv" ? string.Empty : Null,
        decimal d => format == "csv" ? ExportColumn.Format(d) : ((double)d).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => ExportColumn.Format(value),
    };

    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[header.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return (header, rows);
    }

    private static (string[] Header, List<string[]> Rows) ReadJsonLines(string path)
    {
        var objects = File.ReadAllLines(path).Select(JObject.Parse).ToList();
        var header = objects.Count > 0 ? objects[0].Properties().Select(p => p.Name).ToArray() : [];
        var rows = objects.Select(o => o.Properties().Select(p => p.Value.Type switch
        {
            JTokenType.Null => Null,
            JTokenType.Boolean => (bool)p.Value ? "true" : "false",
            JTokenType.Float => ((double)p.Value).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            _ => ((JValue)p.Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToArray()).ToList();
        return (header, rows);
    }

    private static async Task<(string[] Header, List<string[]> Rows)> ReadParquetAsync(string path, ExportTable table)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.DataFields;
        var header = fields.Select(f => f.Name).ToArray();
        Assert.That(fields.Select(f => (f.ClrType, f.IsNullable)), Is.EqualTo(table.Columns.Select(c => (ClrType(c), c.Type is not (ColumnType.Boolean or ColumnType.Int32)))),
            table.Name + ": Parquet types");
        var columns = new List<string[]>();
        var count = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            count += (int)group.RowCount;
        }

        foreach (var (field, column) in fields.Zip(table.Columns))
        {
            var values = new List<string>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var n = (int)group.RowCount;
                values.AddRange(column.Type switch
                {
                    ColumnType.String => await Read<string>(group, field, n),
                    ColumnType.Boolean => await ReadValues<bool>(group, field, n),
                    ColumnType.Int32 => await ReadValues<int>(group, field, n),
                    ColumnType.Int64 => await ReadNullable<long>(group, field, n),
                    ColumnType.Double => await ReadNullable<double>(group, field, n),
                    _ => await ReadNullable<DateOnly>(group, field, n),
                });
            }

            columns.Add([.. values]);
        }

        var rows = Enumerable.Range(0, count).Select(r => columns.Select(c => c[r]).ToArray()).ToList();
        return (header, rows);
    }

    private static Type ClrType(ExportColumn column) => column.Type switch
    {
        // Parquet.Net 6 reads UTF-8 byte arrays as character memory.
        ColumnType.String => typeof(ReadOnlyMemory<char>),
        ColumnType.Boolean => typeof(bool),
        ColumnType.Int32 => typeof(int),
        ColumnType.Int64 => typeof(long),
        ColumnType.Double => typeof(double),
        _ => typeof(DateOnly),
    };

    private static async Task<IEnumerable<string>> Read<T>(ParquetRowGroupReader group, DataField field, int n)
    {
        var buffer = new string?[n];
        await group.ReadAsync(field, buffer.AsMemory());
        return buffer.Select(s => s ?? Null);
    }

    private static async Task<IEnumerable<string>> ReadValues<T>(ParquetRowGroupReader group, DataField field, int n)
        where T : struct
    {
        var buffer = new T[n];
        await group.ReadAsync<T>(field, buffer.AsMemory());
        return buffer.Select(v => ExportColumn.Format(v));
    }

    private static async Task<IEnumerable<string>> ReadNullable<T>(ParquetRowGroupReader group, DataField field, int n)
        where T : struct
    {
        var buffer = new T?[n];
        await group.ReadAsync<T>(field, buffer.AsMemory());
        return buffer.Select(v => v switch
        {
            null => Null,
            DateOnly d => ExportColumn.Format(new LocalDate(d.Year, d.Month, d.Day)),
            double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            var other => ExportColumn.Format(other),
        });
    }
}
