using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace NewsEvents.Cli.Export;

/// <summary>The type of an exported column, and how it is written in CSV, JSON lines and Parquet.</summary>
internal enum ColumnType
{
    /// <summary>UTF-8 text; null is an empty CSV field and a JSON null.</summary>
    String,

    /// <summary><c>true</c>/<c>false</c>; never null.</summary>
    Boolean,

    /// <summary>32-bit whole number; never null.</summary>
    Int32,

    /// <summary>64-bit whole number, possibly null.</summary>
    Int64,

    /// <summary>Double-precision number, possibly null.</summary>
    Double,

    /// <summary>A calendar date <c>yyyy-MM-dd</c> (Parquet DATE), possibly null.</summary>
    Date,
}

/// <summary>One column of an exported table: its name, type and how a row gives its value.</summary>
/// <param name="Name">The column name, snake_case.</param>
/// <param name="Type">The column type.</param>
/// <param name="Value">Gives a row's value: string, bool, int, long, decimal or LocalDate, or null.</param>
internal sealed record ExportColumn(string Name, ColumnType Type, Func<object, object?> Value)
{
    /// <summary>Formats a value as text, culture-invariant, as CSV writes it; null is an empty string.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        LocalDate date => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"value of type {value.GetType().Name} cannot be exported", nameof(value)),
    };
}

/// <summary>An exported table: a file name and its columns, in order.</summary>
/// <param name="Name">The table's name, which is also the file name without extension.</param>
/// <param name="Columns">The columns.</param>
internal sealed record ExportTable(string Name, ImmutableArray<ExportColumn> Columns)
{
    /// <summary>The <c>events</c> table.</summary>
    public static ExportTable Events { get; } = new("events",
    [
        Column<EventRow>("event_id", ColumnType.String, r => r.EventId),
        Column<EventRow>("type", ColumnType.String, r => r.Type),
        Column<EventRow>("frame", ColumnType.String, r => r.Frame),
        Column<EventRow>("is_story", ColumnType.Boolean, r => r.IsStory),
        Column<EventRow>("label", ColumnType.String, r => r.Label),
        Column<EventRow>("cameo_code", ColumnType.String, r => r.CameoCode),
        Column<EventRow>("plover_code", ColumnType.String, r => r.PloverCode),
        Column<EventRow>("date_start", ColumnType.Date, r => r.DateStart),
        Column<EventRow>("date_end", ColumnType.Date, r => r.DateEnd),
        Column<EventRow>("date_precision", ColumnType.String, r => r.DatePrecision),
        Column<EventRow>("place_id", ColumnType.String, r => r.PlaceId),
        Column<EventRow>("place_name", ColumnType.String, r => r.PlaceName),
        Column<EventRow>("country_code", ColumnType.String, r => r.CountryCode),
        Column<EventRow>("agents", ColumnType.String, r => r.Agents),
        Column<EventRow>("targets", ColumnType.String, r => r.Targets),
        Column<EventRow>("actors", ColumnType.String, r => r.Actors),
        Column<EventRow>("deaths_low", ColumnType.Int64, r => r.DeathsLow),
        Column<EventRow>("deaths_high", ColumnType.Int64, r => r.DeathsHigh),
        Column<EventRow>("injured_low", ColumnType.Int64, r => r.InjuredLow),
        Column<EventRow>("injured_high", ColumnType.Int64, r => r.InjuredHigh),
        Column<EventRow>("article_count", ColumnType.Int32, r => r.ArticleCount),
        Column<EventRow>("articles", ColumnType.String, r => r.Articles),
        Column<EventRow>("outlets", ColumnType.String, r => r.Outlets),
        Column<EventRow>("independent_sources", ColumnType.Int32, r => r.IndependentSources),
        Column<EventRow>("conflict_count", ColumnType.Int32, r => r.ConflictCount),
    ]);

    /// <summary>The <c>claims</c> table.</summary>
    public static ExportTable Claims { get; } = new("claims",
    [
        Column<ClaimRow>("claim_id", ColumnType.String, r => r.ClaimId),
        Column<ClaimRow>("event_id", ColumnType.String, r => r.EventId),
        Column<ClaimRow>("article_id", ColumnType.String, r => r.ArticleId),
        Column<ClaimRow>("outlet", ColumnType.String, r => r.Outlet),
        Column<ClaimRow>("property", ColumnType.String, r => r.Property),
        Column<ClaimRow>("subject", ColumnType.String, r => r.Subject),
        Column<ClaimRow>("value_kind", ColumnType.String, r => r.ValueKind),
        Column<ClaimRow>("value_text", ColumnType.String, r => r.ValueText),
        Column<ClaimRow>("value_offset", ColumnType.Int64, r => (long?)r.ValueOffset),
        Column<ClaimRow>("value_length", ColumnType.Int64, r => (long?)r.ValueLength),
        Column<ClaimRow>("value_start", ColumnType.Date, r => r.ValueStart),
        Column<ClaimRow>("value_end", ColumnType.Date, r => r.ValueEnd),
        Column<ClaimRow>("value_precision", ColumnType.String, r => r.ValuePrecision),
        Column<ClaimRow>("value_min", ColumnType.Double, r => r.ValueMin),
        Column<ClaimRow>("value_max", ColumnType.Double, r => r.ValueMax),
        Column<ClaimRow>("value_unit", ColumnType.String, r => r.ValueUnit),
        Column<ClaimRow>("value_entity", ColumnType.String, r => r.ValueEntity),
        Column<ClaimRow>("proposition", ColumnType.String, r => r.Proposition),
        Column<ClaimRow>("proposition_polarity", ColumnType.String, r => r.PropositionPolarity),
        Column<ClaimRow>("speaker", ColumnType.String, r => r.Speaker),
        Column<ClaimRow>("via", ColumnType.String, r => r.Via),
        Column<ClaimRow>("certainty", ColumnType.String, r => r.Certainty),
        Column<ClaimRow>("polarity", ColumnType.String, r => r.Polarity),
        Column<ClaimRow>("status", ColumnType.String, r => r.Status),
        Column<ClaimRow>("evidence_offset", ColumnType.Int32, r => r.EvidenceOffset),
        Column<ClaimRow>("evidence_length", ColumnType.Int32, r => r.EvidenceLength),
        Column<ClaimRow>("evidence_text", ColumnType.String, r => r.EvidenceText),
    ]);

    /// <summary>The <c>conflicts</c> table (one row per side).</summary>
    public static ExportTable Conflicts { get; } = new("conflicts",
    [
        Column<ConflictRow>("conflict_id", ColumnType.String, r => r.ConflictId),
        Column<ConflictRow>("event_id", ColumnType.String, r => r.EventId),
        Column<ConflictRow>("property", ColumnType.String, r => r.Property),
        Column<ConflictRow>("kind", ColumnType.String, r => r.Kind),
        Column<ConflictRow>("severity", ColumnType.String, r => r.Severity),
        Column<ConflictRow>("side", ColumnType.Int32, r => r.Side),
        Column<ConflictRow>("value_kind", ColumnType.String, r => r.ValueKind),
        Column<ConflictRow>("value_text", ColumnType.String, r => r.ValueText),
        Column<ConflictRow>("claims", ColumnType.String, r => r.Claims),
        Column<ConflictRow>("articles", ColumnType.String, r => r.Articles),
        Column<ConflictRow>("outlets", ColumnType.String, r => r.Outlets),
        Column<ConflictRow>("explanation", ColumnType.String, r => r.Explanation),
    ]);

    /// <summary>The three tables with their rows.</summary>
    public static IEnumerable<(ExportTable Table, IReadOnlyList<object> Rows)> Of(ReportTables tables) =>
    [
        (Events, [.. tables.Events]),
        (Claims, [.. tables.Claims]),
        (Conflicts, [.. tables.Conflicts]),
    ];

    private static ExportColumn Column<TRow>(string name, ColumnType type, Func<TRow, object?> value) =>
        new(name, type, row => value((TRow)row));
}
