using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace NewsEvents.Benchmarks;

/// <summary>
/// A day of news on disk, as a user hands it to the command line: one text file per article of the
/// <see cref="SyntheticCorpus"/> and a metadata sidecar. 23 outlets; every third article undated (no <c>published</c>);
/// every tenth a wire copy of the article before it under another outlet.
/// </summary>
internal static class DayOfNews
{
    /// <summary>Writes <paramref name="count"/> articles under <paramref name="folder"/>.</summary>
    /// <param name="folder">A new folder; the articles go to its <c>in</c> subfolder, the sidecar next to it.</param>
    /// <param name="count">How many articles.</param>
    /// <returns>The input folder, the sidecar's path, and each file with the metadata the sidecar gives it.</returns>
    public static (string Inputs, string Sidecar, IReadOnlyList<(string Path, ArticleMetadata Metadata)> Files) Write(string folder, int count)
    {
        var inputs = Path.Combine(folder, "in");
        Directory.CreateDirectory(inputs);
        var sidecar = Path.Combine(folder, "metadata.json");
        var entries = new List<Dictionary<string, string>>(count);
        var files = new List<(string, ArticleMetadata)>(count);
        var articles = SyntheticCorpus.Articles(count);
        for (var i = 0; i < articles.Count; i++)
        {
            var (id, text, published) = articles[i];
            var outlet = "Outlet " + (i % 23).ToString(CultureInfo.InvariantCulture);
            if (i % 10 == 9)
            {
                // A wire copy: the previous article's text under another outlet.
                text = articles[i - 1].Text;
            }

            var path = Path.Combine(inputs, id + ".txt");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var entry = new Dictionary<string, string> { ["id"] = id, ["source"] = outlet };
            var dated = i % 3 != 2;
            if (dated)
            {
                entry["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            entries.Add(entry);
            files.Add((path, new ArticleMetadata(id, outlet, published: dated ? published : null)));
        }

        File.WriteAllText(sidecar, JsonConvert.SerializeObject(entries));
        return (inputs, sidecar, files);
    }

    /// <summary>The bytes of the files in <paramref name="folder"/>.</summary>
    /// <param name="folder">A folder.</param>
    /// <returns>Their total length.</returns>
    public static long InputBytes(string folder)
    {
        long total = 0;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            total += new FileInfo(file).Length;
        }

        return total;
    }
}
