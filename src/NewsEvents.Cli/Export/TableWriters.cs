using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace NewsEvents.Cli.Export;

/// <summary>The file format of an export.</summary>
internal enum ExportFormat
{
    Csv,
    Parquet,
    JsonLines,
}

/// <summary>Writes one table to a stream in one of the export formats.</summary>
internal static class TableWriters
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file extension of a format, with its dot.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Parquet => ".parquet",
        _ => ".jsonl",
    };

    /// <summary>Writes a table's header and rows.</summary>
    public static Task WriteAsync(ExportFormat format, ExportTable table, IReadOnlyList<object> rows, Stream stream,
        CancellationToken cancellationToken) => format switch
    {
        ExportFormat.Csv => WriteCsvAsync(table, rows, stream, cancellationToken),
        ExportFormat.Parquet => WriteParquetAsync(table, rows, stream, cancellationToken),
        _ => WriteJsonLinesAsync(table, rows, stream, cancellationToken),
    };

    /// <summary>
    /// RFC 4180 CSV: a header of column names, comma-separated, CRLF line ends, fields quoted when they contain a comma,
    /// a quote, CR or LF or start or end with white space; quotes doubled. UTF-8 without a byte order mark.
    /// </summary>
    private static async Task WriteCsvAsync(ExportTable table, IReadOnlyList<object> rows, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, bufferSize: 65536, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(",", table.Columns.Select(c => c.Name))).ConfigureAwait(false);
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear();
            for (var i = 0; i < table.Columns.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                AppendCsvField(line, ExportColumn.Format(table.Columns[i].Value(row)));
            }

            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static void AppendCsvField(StringBuilder line, string field)
    {
        var quote = field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]) ||
                                          field.AsSpan().IndexOfAny(",\"\r\n") >= 0);
        if (!quote)
        {
            line.Append(field);
            return;
        }

        line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>One JSON object per row and line, keys in column order, numbers as numbers, dates as "yyyy-MM-dd".</summary>
    private static async Task WriteJsonLinesAsync(ExportTable table, IReadOnlyList<object> rows, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(ToJsonLine(table, row)).ConfigureAwait(false);
        }
    }

    /// <summary>One row as one line of JSON.</summary>
    internal static string ToJsonLine(ExportTable table, object row)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture })
        {
            json.WriteStartObject();
            foreach (var column in table.Columns)
            {
                json.WritePropertyName(column.Name);
                switch (column.Value(row))
                {
                    case null: json.WriteNull(); break;
                    case string s: json.WriteValue(s); break;
                    case bool b: json.WriteValue(b); break;
                    case int i: json.WriteValue(i); break;
                    case long l: json.WriteValue(l); break;
                    case decimal d: json.WriteRawValue(ExportColumn.Format(d)); break;
                    case LocalDate date: json.WriteValue(ExportColumn.Format(date)); break;
                    case var other: throw new ArgumentException($"{column.Name}: value of type {other.GetType().Name} cannot be exported");
                }
            }

            json.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>The Parquet field of a column: strings, dates and numbers nullable, booleans and counts required.</summary>
    internal static DataField Field(ExportColumn column) => column.Type switch
    {
        ColumnType.String => new DataField<string>(column.Name, nullable: true),
        ColumnType.Boolean => new DataField<bool>(column.Name, nullable: false),
        ColumnType.Int32 => new DataField<int>(column.Name, nullable: false),
        ColumnType.Int64 => new DataField<long?>(column.Name, nullable: true),
        ColumnType.Double => new DataField<double?>(column.Name, nullable: true),
        _ => new DataField<DateOnly?>(column.Name, nullable: true),
    };

    /// <summary>One row group with every row; columns typed as <see cref="Field"/> says.</summary>
    private static async Task WriteParquetAsync(ExportTable table, IReadOnlyList<object> rows, Stream stream, CancellationToken cancellationToken)
    {
        var fields = table.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var column = table.Columns[c];
            var values = rows.Select(column.Value).ToArray();
            switch (column.Type)
            {
                case ColumnType.String:
                    await group.WriteAsync(fields[c], values.Select(v => (string?)v).ToArray()!).ConfigureAwait(false);
                    break;
                case ColumnType.Boolean:
                    await group.WriteAsync<bool>(fields[c], values.Select(v => (bool)v!).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Int32:
                    await group.WriteAsync<int>(fields[c], values.Select(v => (int)v!).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Int64:
                    await group.WriteAsync<long>(fields[c], values.Select(v => (long?)v).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Double:
                    await group.WriteAsync<double>(fields[c], values.Select(v => v is decimal d ? (double?)(double)d : null).ToArray(),
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync<DateOnly>(fields[c],
                        values.Select(v => v is LocalDate d ? (DateOnly?)DateOnly.FromDateTime(d.ToDateTimeUnspecified()) : null).ToArray(),
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }
}
