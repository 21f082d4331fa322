using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Deterministic, realistic input built from the seed articles: clusters of five articles about one story, each cluster
/// with other names, dates and numbers, so reconciliation sees many distinct events rather than one repeated.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly (string From, string[] To)[] NameSwaps =
    [
        ("Syria", ["Syria", "Iraq", "Libya", "Yemen", "Sudan", "Lebanon", "Somalia"]),
        ("Turkey", ["Turkey", "Egypt", "Jordan", "Qatar", "Algeria", "Morocco", "Tunisia"]),
        ("Türkiye", ["Türkiye", "Egypt", "Jordan", "Qatar", "Algeria", "Morocco", "Tunisia"]),
        ("Suwayda", ["Suwayda", "Anbar", "Benghazi", "Marib", "Darfur", "Akkar", "Puntland"]),
        ("Sweida", ["Sweida", "Anbar", "Benghazi", "Marib", "Darfur", "Akkar", "Puntland"]),
        ("Zeki Aktürk", ["Zeki Aktürk", "Omar Haddad", "Karim Nassar", "Ali Mansour", "Samir Khalil", "Rami Aziz", "Hassan Farah"]),
        ("Aktürk", ["Aktürk", "Haddad", "Nassar", "Mansour", "Khalil", "Aziz", "Farah"]),
    ];

    /// <summary>Gets the seed texts, read once from the folder copied next to the benchmark assembly.</summary>
    public static IReadOnlyList<(string Id, string Text)> Seeds { get; } = LoadSeeds();

    /// <summary>Gets the reference date the seeds are about.</summary>
    public static LocalDate Reference { get; } = new(2025, 7, 23);

    /// <summary>Builds <paramref name="count"/> articles in clusters of five, deterministically.</summary>
    /// <param name="count">How many articles.</param>
    /// <returns>Article ids and texts.</returns>
    public static IReadOnlyList<(string Id, string Text, LocalDate Published)> Articles(int count)
    {
        var result = new List<(string, string, LocalDate)>(count);
        for (var i = 0; i < count; i++)
        {
            var cluster = i / Seeds.Count;
            var seed = Seeds[i % Seeds.Count];
            var text = Vary(seed.Text, cluster);
            var published = Reference.PlusDays(cluster % 300);
            result.Add(($"{seed.Id}-{cluster:D5}", text, published));
        }

        return result;
    }

    /// <summary>Concatenates seed texts until the result has at least <paramref name="bytes"/> UTF-16 characters.</summary>
    /// <param name="bytes">Target size in characters.</param>
    /// <returns>The text.</returns>
    public static string TextOfSize(int bytes)
    {
        var builder = new StringBuilder(bytes + 8192);
        var cluster = 0;
        while (builder.Length < bytes)
        {
            foreach (var seed in Seeds)
            {
                builder.Append(Vary(seed.Text, cluster)).Append("\n\n");
            }

            cluster++;
        }

        return builder.ToString(0, bytes);
    }

    private static string Vary(string text, int cluster)
    {
        var variant = cluster % NameSwaps[0].To.Length;
        foreach (var (from, to) in NameSwaps)
        {
            text = text.Replace(from, to[variant], StringComparison.Ordinal);
        }

        // Shift numbers so counts differ between clusters (keeps digit-group formatting simple).
        var shift = (cluster % 97).ToString(CultureInfo.InvariantCulture);
        return text.Replace("1,100", "1,1" + shift.PadLeft(2, '0'), StringComparison.Ordinal)
                   .Replace("113 new", (113 + cluster % 50).ToString(CultureInfo.InvariantCulture) + " new", StringComparison.Ordinal);
    }

    private static IReadOnlyList<(string Id, string Text)> LoadSeeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        return Directory.EnumerateFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
    }
}
