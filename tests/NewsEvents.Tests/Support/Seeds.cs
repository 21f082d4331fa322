using System.IO;

namespace NewsEvents.Tests.Support;

/// <summary>Access to the seed articles copied next to the test assembly.</summary>
internal static class Seeds
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    public static IReadOnlyList<(string Id, string Text)> All() =>
        Directory.EnumerateFiles(Folder, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
            .ToList();

    public static string Text(string id) => File.ReadAllText(Path.Combine(Folder, id + ".txt"));
}
