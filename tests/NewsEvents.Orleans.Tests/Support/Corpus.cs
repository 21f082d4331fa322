using NewsEvents.Orleans;
using NewsEvents.Tests.Shared;

namespace NewsEvents.Orleans.Tests.Support;

/// <summary>A set of articles and the report the single-process CLI writes for them.</summary>
internal sealed record CorpusRun(IReadOnlyList<ArticleSubmission> Articles, string CliReportJson, TimeSpan CliElapsed);

/// <summary>
/// The seeds and a generated multi-story corpus: stories of five articles made from the leads of the seeds with other
/// countries, spokespeople, months and figures, two of the five undated so their reference dates must be inferred from the story.
/// </summary>
internal static class Corpus
{
    public const int GeneratedArticles = 2_000;

    private static readonly Lazy<CorpusRun> SeedRun = new(() => RunCli(SeedArticles(), withMetadata: false));

    private static readonly Lazy<CorpusRun> GeneratedRun = new(() => RunCli(GeneratedArticlesOf(GeneratedArticles), withMetadata: true));

    /// <summary>Gets the five seed articles and the CLI's report of the seeds folder.</summary>
    public static CorpusRun Seeds => SeedRun.Value;

    /// <summary>Gets the generated corpus and the CLI's report of it.</summary>
    public static CorpusRun Generated => GeneratedRun.Value;

    public static IReadOnlyList<ArticleSubmission> SeedArticles() => Submissions(GeneratedCorpus.SeedArticles());

    public static IReadOnlyList<ArticleSubmission> GeneratedArticlesOf(int count) => Submissions(GeneratedCorpus.Generate(count));

    private static List<ArticleSubmission> Submissions(IReadOnlyList<CorpusArticle> articles) =>
        articles.Select(a => new ArticleSubmission(a.Text, a.Metadata)).ToList();

    /// <summary>Runs <c>newsevents analyze --format json</c> in process on the articles.</summary>
    private static CorpusRun RunCli(IReadOnlyList<ArticleSubmission> articles, bool withMetadata)
    {
        var (json, elapsed) = GeneratedCorpus.RunCli(articles.Select(a => new CorpusArticle(a.Text, a.Metadata)).ToList(), withMetadata);
        return new CorpusRun(articles, json, elapsed);
    }
}
