using System.IO;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Acceptance;

/// <summary>The report of the five seeds, computed once the way the CLI computes it (ids only, no metadata).</summary>
internal static class SeedsReport
{
    private static readonly Lazy<(IReadOnlyList<ArticleAnalysis> Analyses, ReconciliationReport Report)> Computed = new(() =>
    {
        var pipeline = NewsPipeline.CreateDefault();
        var analyses = Seeds.All().Select(s => pipeline.Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id)))).ToList();
        return (analyses, pipeline.Reconcile(analyses));
    });

    public static ReconciliationReport Report => Computed.Value.Report;

    public static IReadOnlyList<ArticleAnalysis> Analyses => Computed.Value.Analyses;

    public static string ExpectedJson => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "seeds-expected.json"));

    public static Claim Claim(string id) => Report.Claims.Single(c => c.Id == id);

    public static string Describe(Conflict c) =>
        $"{c.Property} {c.Kind}: " + string.Join(" | ", c.Sides.Select(s => $"{s.Value} [{string.Join(",", s.Articles)}]"));
}
