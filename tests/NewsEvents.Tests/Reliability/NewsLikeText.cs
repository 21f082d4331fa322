using System.Text;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Reliability;

/// <summary>
/// Random news-like articles from a seed: sentences of the seed articles, shuffled and mutated (numbers, dates,
/// stray control and Unicode characters), under random outlets and publication dates. The same seed gives the same text.
/// </summary>
internal static class NewsLikeText
{
    private static readonly string[] Outlets = ["Anadolu Agency", "AFP", "BBC News", "VnExpress", "Reuters", "Some Local Paper"];

    private static readonly string[] Noise =
    [
        "on 23/7", "last Saturday", "from July 13 to 21", "in December", "over 1,100 people", "nearly 80", "hundreds", "within 30 days",
        "31/2", "99/99/9999", "99999", "\u200B", "\u202E", "\u0661\u0662", "\uFF13\uFF10\uFF10", "\0", "\t", "\r\n", "\n\n", "(AA)",
        "according to officials", "as quoted by Anadolu", "Turkey and Syria", "Damascus", "Sweida", "was not confirmed", "\"", "—",
        // Story slots' own shapes, anywhere in a sentence (its start included): counted groups, scores, records.
        "Two more boats", "six rifles and four other rifles", "beat the Hawks 27-20", "a 14-7 halftime lead", "(10-5),", "the former",
    ];

    private static readonly Lazy<string[]> Sentences = new(() => Seeds.All()
        .SelectMany(s => s.Text.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(s => s.Length > 10)
        .ToArray());

    /// <summary>Builds one article text from a random source.</summary>
    public static string Text(Random random)
    {
        var pool = Sentences.Value;
        var builder = new StringBuilder();
        var count = random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            var sentence = pool[random.Next(pool.Length)];
            if (random.Next(3) == 0)
            {
                var at = random.Next(sentence.Length + 1);
                sentence = sentence[..at] + " " + Noise[random.Next(Noise.Length)] + " " + sentence[at..];
            }

            builder.Append(sentence).Append(random.Next(4) == 0 ? "\n\n" : ". ");
        }

        return builder.ToString();
    }

    /// <summary>Builds an article with random metadata; ids are unique within one call of <see cref="Articles"/>.</summary>
    public static Article Article(Random random, string id)
    {
        var published = random.Next(4) == 0 ? (LocalDate?)null : new LocalDate(2025, 7, 1).PlusDays(random.Next(60));
        return ArticleReader.Read(Text(random), new ArticleMetadata(id, Outlets[random.Next(Outlets.Length)], published: published));
    }

    /// <summary>Builds 2–7 articles.</summary>
    public static List<Article> Articles(Random random) =>
        Enumerable.Range(0, random.Next(2, 8)).Select(i => Article(random, $"a{i:00}")).ToList();
}
