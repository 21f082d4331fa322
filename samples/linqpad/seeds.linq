<Query Kind="Statements">
  <NuGetReference>NewsEvents</NuGetReference>
  <Namespace>NewsEvents</Namespace>
  <Namespace>NodaTime</Namespace>
</Query>

// Analyzes the seed articles of the repository and shows the reconciliation report with LINQPad's .Dump().
// Open this file from a clone of the repository (it finds ../../seeds next to itself), or set `folder` by hand.
var folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Util.CurrentQueryPath)!, "..", "..", "seeds"));

var pipeline = NewsPipeline.CreateDefault();
var analyses = Directory.EnumerateFiles(folder, "*.txt")
    .OrderBy(f => f, StringComparer.Ordinal)
    .Select(f => ArticleReader.Read(File.ReadAllText(f), new ArticleMetadata(Path.GetFileNameWithoutExtension(f))))
    .Select(pipeline.Analyze)
    .ToList();

analyses.Select(a => new { a.Article.Id, a.Article.Title, a.Article.ReferenceDate, Events = a.Events.Length, Claims = a.Claims.Length })
    .Dump("Articles");

var report = pipeline.Reconcile(analyses);
report.ToString().Dump("Summary");                       // conflicts, corroborations and articles as small tables
report.Dump("Report");                                   // the typed model: expand conflicts, corroborations, claims
ReportTables.Create(report, pipeline, analyses).Events.Dump("Events table");   // the rows `newsevents export` writes
ReportRenderer.ToText(report).Dump("As text");           // what `newsevents analyze seeds` prints
Util.RawHtml(ReportRenderer.ToHtml(report)).Dump("As HTML");
