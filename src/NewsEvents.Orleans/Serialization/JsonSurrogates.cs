using System;
using System.Globalization;
using Orleans;
using Orleans.Serialization.Cloning;

namespace NewsEvents.Orleans.Serialization;

// NewsEvents types cross silo boundaries as their NewsEventsJson text (the contract the CLI and the report already use),
// tagged with a schema name: a silo that meets a schema it does not know fails loudly instead of misreading it.
// Orleans' own version tolerance covers the envelope (new fields get new ids); the JSON contract covers the payload.

/// <summary>The schema names of the payloads, one per type and major version.</summary>
internal static class JsonSchemas
{
    public const string Analysis = "newsevents.analysis/1";
    public const string Metadata = "newsevents.metadata/1";
    public const string State = "newsevents.state/1";
    public const string Report = "newsevents.report/1";

    internal const string UnknownSchema = "The {0} payload has schema '{1}'; this silo reads only '{2}'. Upgrade the silo or the sender.";

    public static string Check(string? schema, string expected, string what) =>
        string.Equals(schema, expected, StringComparison.Ordinal)
            ? expected
            : throw new NotSupportedException(string.Format(CultureInfo.InvariantCulture, UnknownSchema, what, schema, expected));
}

/// <summary>The wire form of an <see cref="ArticleAnalysis"/>.</summary>
[GenerateSerializer]
internal struct ArticleAnalysisSurrogate
{
    [Id(0)] public string Schema;
    [Id(1)] public string Json;
}

/// <summary>Converts an <see cref="ArticleAnalysis"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ArticleAnalysisConverter : IConverter<ArticleAnalysis, ArticleAnalysisSurrogate>
{
    public ArticleAnalysis ConvertFromSurrogate(in ArticleAnalysisSurrogate surrogate)
    {
        JsonSchemas.Check(surrogate.Schema, JsonSchemas.Analysis, "analysis");
        return NewsEventsJson.Deserialize<ArticleAnalysis>(surrogate.Json);
    }

    public ArticleAnalysisSurrogate ConvertToSurrogate(in ArticleAnalysis value) =>
        new() { Schema = JsonSchemas.Analysis, Json = NewsEventsJson.Serialize(value, indented: false) };
}

/// <summary>The wire form of an <see cref="ArticleMetadata"/>.</summary>
[GenerateSerializer]
internal struct ArticleMetadataSurrogate
{
    [Id(0)] public string Schema;
    [Id(1)] public string Json;
}

/// <summary>Converts an <see cref="ArticleMetadata"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ArticleMetadataConverter : IConverter<ArticleMetadata, ArticleMetadataSurrogate>
{
    public ArticleMetadata ConvertFromSurrogate(in ArticleMetadataSurrogate surrogate)
    {
        JsonSchemas.Check(surrogate.Schema, JsonSchemas.Metadata, "article metadata");
        return NewsEventsJson.Deserialize<ArticleMetadata>(surrogate.Json);
    }

    public ArticleMetadataSurrogate ConvertToSurrogate(in ArticleMetadata value) =>
        new() { Schema = JsonSchemas.Metadata, Json = NewsEventsJson.Serialize(value, indented: false) };
}

/// <summary>The wire form of a <see cref="ReconciliationState"/>: the JSON array of its analyses.</summary>
[GenerateSerializer]
internal struct ReconciliationStateSurrogate
{
    [Id(0)] public string Schema;
    [Id(1)] public string Json;
}

/// <summary>Converts a <see cref="ReconciliationState"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ReconciliationStateConverter : IConverter<ReconciliationState, ReconciliationStateSurrogate>
{
    public ReconciliationState ConvertFromSurrogate(in ReconciliationStateSurrogate surrogate)
    {
        JsonSchemas.Check(surrogate.Schema, JsonSchemas.State, "reconciliation state");
        return ReconciliationState.From(NewsEventsJson.Deserialize<ArticleAnalysis[]>(surrogate.Json));
    }

    public ReconciliationStateSurrogate ConvertToSurrogate(in ReconciliationState value) =>
        new() { Schema = JsonSchemas.State, Json = NewsEventsJson.Serialize(value.Analyses, indented: false) };
}

/// <summary>The wire form of a <see cref="ReconciliationReport"/>.</summary>
[GenerateSerializer]
internal struct ReconciliationReportSurrogate
{
    [Id(0)] public string Schema;
    [Id(1)] public string Json;
}

/// <summary>Converts a <see cref="ReconciliationReport"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ReconciliationReportConverter : IConverter<ReconciliationReport, ReconciliationReportSurrogate>
{
    public ReconciliationReport ConvertFromSurrogate(in ReconciliationReportSurrogate surrogate)
    {
        JsonSchemas.Check(surrogate.Schema, JsonSchemas.Report, "report");
        return NewsEventsJson.Deserialize<ReconciliationReport>(surrogate.Json);
    }

    public ReconciliationReportSurrogate ConvertToSurrogate(in ReconciliationReport value) =>
        new() { Schema = JsonSchemas.Report, Json = NewsEventsJson.Serialize(value, indented: false) };
}

// The NewsEvents types are immutable, so a call between grains of one silo passes them by reference instead of copying
// them through JSON (a registered copier wins over the surrogate's).

/// <summary>Passes an immutable <see cref="ArticleAnalysis"/> by reference.</summary>
[RegisterCopier]
internal sealed class ArticleAnalysisCopier : ShallowCopier<ArticleAnalysis>;

/// <summary>Passes an immutable <see cref="ArticleMetadata"/> by reference.</summary>
[RegisterCopier]
internal sealed class ArticleMetadataCopier : ShallowCopier<ArticleMetadata>;

/// <summary>Passes an immutable <see cref="ReconciliationState"/> by reference.</summary>
[RegisterCopier]
internal sealed class ReconciliationStateCopier : ShallowCopier<ReconciliationState>;

/// <summary>Passes an immutable <see cref="ReconciliationReport"/> by reference.</summary>
[RegisterCopier]
internal sealed class ReconciliationReportCopier : ShallowCopier<ReconciliationReport>;
