using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NUnit.Framework;

namespace NewsEvents.Tests.Shared;

/// <summary>One article of a test corpus: its text and metadata.</summary>
internal sealed record CorpusArticle(string Text, ArticleMetadata Metadata);

/// <summary>
/// The seeds and a generated multi-story corpus: stories of five articles made from the leads of the seeds with other
/// countries, spokespeople, months and figures, two of the five undated so their reference dates must be inferred from the
/// story. Shared by the library tests and the Orleans tests (linked into both projects).
/// </summary>
internal static class GeneratedCorpus
{
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

    public static IReadOnlyList<CorpusArticle> SeedArticles() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => new CorpusArticle(File.ReadAllText(f), new ArticleMetadata(Path.GetFileNameWithoutExtension(f))))
            .ToList();

    public static IReadOnlyList<CorpusArticle> Generate(int count)
    {
        var seeds = SeedArticles();
        var result = new List<CorpusArticle>(count);
        for (var i = 0; i < count; i++)
        {
            var story = i / seeds.Count;
            var seed = seeds[i % seeds.Count];
            var month = story / (Requesters.Length * Helpers.Length) % 12 + 1;
            var text = Vary(seed.Text, story, month);

            // Two articles of five are undated: their reference date is inferred from the other three.
            LocalDate? published = i % seeds.Count is 1 or 3 ? null : new LocalDate(2025, month, 23).PlusDays(i % seeds.Count == 4 ? 1 : 0);
            var id = $"{seed.Metadata.Id}-{story:D4}";
            result.Add(new CorpusArticle(text, new ArticleMetadata(id, Outlets[i % Outlets.Length], published: published)));
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
    public static (string Json, TimeSpan Elapsed) RunCli(IReadOnlyList<CorpusArticle> articles, bool withMetadata)
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
            return (stdout.ToString().TrimEnd('\r', '\n'), watch.Elapsed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
