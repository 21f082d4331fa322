using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using NewsEvents.Orleans;

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

    private static readonly string[] Outlets = ["Anadolu Agency", "AFP", "BBC News", "VnExpress", "Reuters"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Who asks for help and who gives it: 12 × 11 pairs of distinct countries, so stories differ in their actors.
    private static readonly string[] Requesters =
        ["Syria", "Iraq", "Libya", "Yemen", "Sudan", "Lebanon", "Somalia", "Mali", "Niger", "Chad", "Nigeria", "Ethiopia"];

    private static readonly string[] Helpers =
        ["Turkey", "Egypt", "Jordan", "Qatar", "Algeria", "Morocco", "Tunisia", "Kenya", "Ghana", "Senegal", "Oman"];

    private static readonly string[] Spokespeople = ["Aktürk", "Haddad", "Nassar", "Mansour", "Khalil", "Aziz", "Farah"];

    // The first lines of a seed (headline-like lead and two paragraphs) keep analysis cheap enough for thousands of articles.
    private const int LinesPerArticle = 3;

    private static readonly Lazy<CorpusRun> SeedRun = new(() => RunCli(SeedArticles(), withMetadata: false));

    private static readonly Lazy<CorpusRun> GeneratedRun = new(() => RunCli(GeneratedArticlesOf(GeneratedArticles), withMetadata: true));

    /// <summary>Gets the five seed articles and the CLI's report of the seeds folder.</summary>
    public static CorpusRun Seeds => SeedRun.Value;

    /// <summary>Gets the generated corpus and the CLI's report of it.</summary>
    public static CorpusRun Generated => GeneratedRun.Value;

    public static IReadOnlyList<ArticleSubmission> SeedArticles() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => new ArticleSubmission(File.ReadAllText(f), new ArticleMetadata(Path.GetFileNameWithoutExtension(f))))
            .ToList();

    public static IReadOnlyList<ArticleSubmission> GeneratedArticlesOf(int count)
    {
        var seeds = SeedArticles();
        var result = new List<ArticleSubmission>(count);
        for (var i = 0; i < count; i++)
        {
            var story = i / seeds.Count;
            var seed = seeds[i % seeds.Count];
            var month = story / (Requesters.Length * Helpers.Length) % 12 + 1;
            var text = Vary(seed.Text, story, month);

            // Two articles of five are undated: their reference date is inferred from the other three.
            LocalDate? published = i % seeds.Count is 1 or 3 ? null : new LocalDate(2025, month, 23).PlusDays(i % seeds.Count == 4 ? 1 : 0);
            var id = $"{seed.Metadata.Id}-{story:D4}";
            result.Add(new ArticleSubmission(text, new ArticleMetadata(id, Outlets[i % Outlets.Length], published: published)));
        }

        return result;
    }

    private static string Vary(string text, int story, int month)
    {
        text = string.Join('\n', text.Split('\n').Take(LinesPerArticle));
        var requester = Requesters[story % Requesters.Length];
        var helper = Helpers[story / Requesters.Length % Helpers.Length];
        var shift = (story % 97).ToString("D2", CultureInfo.InvariantCulture);
        return text.Replace("Syria", requester, StringComparison.Ordinal)
            .Replace("Türkiye", helper, StringComparison.Ordinal)
            .Replace("Turkey", helper, StringComparison.Ordinal)
            .Replace("Zeki Aktürk", "Zeki " + Spokespeople[story % Spokespeople.Length], StringComparison.Ordinal)
            .Replace("Aktürk", Spokespeople[story % Spokespeople.Length], StringComparison.Ordinal)
            .Replace("July", Months[month - 1], StringComparison.Ordinal)
            .Replace("/7", "/" + month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("1,100", "1,1" + shift, StringComparison.Ordinal)
            .Replace("113 new", (113 + story % 50).ToString(CultureInfo.InvariantCulture) + " new", StringComparison.Ordinal);
    }

    /// <summary>Writes the articles to a folder (and their metadata to a sidecar file) and runs <c>newsevents analyze --format json</c> in process.</summary>
    private static CorpusRun RunCli(IReadOnlyList<ArticleSubmission> articles, bool withMetadata)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsevents-orleans-cli-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(folder, "articles");
        Directory.CreateDirectory(input);
        try
        {
            var metadata = new StringBuilder("[");
            foreach (var a in articles)
            {
                File.WriteAllText(Path.Combine(input, a.Metadata.Id + ".txt"), a.Text, new UTF8Encoding(false));
                metadata.Append(metadata.Length > 1 ? "," : "").Append(NewsEventsJson.Serialize(
                    new { id = a.Metadata.Id, source = a.Metadata.Outlet, published = a.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                    indented: false));
            }

            var args = new List<string> { "analyze", input, "--format", "json", "--quiet" };
            if (withMetadata)
            {
                var sidecar = Path.Combine(folder, "metadata.json");
                File.WriteAllText(sidecar, metadata.Append(']').ToString());
                args.AddRange(["--metadata", sidecar]);
            }

            using var stdin = new StringReader("");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var watch = Stopwatch.StartNew();
            var code = NewsEvents.Cli.Program.Run(args.ToArray(), stdin, stdout, stderr);
            watch.Stop();
            Assert.That(code, Is.Zero, "the CLI failed: " + stderr);
            return new CorpusRun(articles, stdout.ToString().TrimEnd('\r', '\n'), watch.Elapsed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
