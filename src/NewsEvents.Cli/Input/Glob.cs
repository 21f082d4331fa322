using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsEvents.Cli.Input;

/// <summary>
/// A small file-name glob: <c>*</c> matches any run of characters within one path segment, <c>?</c> one character,
/// and a segment <c>**</c> any number of folders (including none). Matching is linear in practice: segments are
/// matched with the two-pointer wildcard algorithm and <c>**</c> with a table over segment positions.
/// </summary>
internal static class Glob
{
    private static readonly char[] Separators = Path.DirectorySeparatorChar == '/' ? ['/'] : ['/', Path.DirectorySeparatorChar];

    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Whether the argument contains glob wildcards.</summary>
    public static bool IsPattern(string text) => text.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Lists the files that match a pattern, sorted by path, entering each real folder once.</summary>
    /// <param name="pattern">The pattern, such as <c>seeds/*.txt</c> or <c>corpus/**/*.html</c>.</param>
    /// <param name="walker">Lists the folders' files and reports folders skipped because a symbolic link leads back to them.</param>
    /// <returns>The matching files, with the pattern's folder prefix as typed.</returns>
    public static IReadOnlyList<string> Expand(string pattern, FolderWalker walker)
    {
        var segments = pattern.Split(Separators);
        var first = Array.FindIndex(segments, IsPattern);
        if (first < 0)
        {
            return File.Exists(pattern) ? [pattern] : [];
        }

        // The folder prefix before the first wildcard is kept as typed ("seeds/", "/data/", "").
        var prefix = string.Join('/', segments, 0, first);
        var root = first == 0 ? "." : (prefix.Length == 0 ? "/" : prefix);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var rest = segments[first..].Where(s => s.Length > 0).ToArray();
        var recursive = rest.Length > 1 || rest.Contains("**");
        var result = new List<string>();
        foreach (var file in walker.Files(root, recursive))
        {
            var relative = Path.GetRelativePath(root, file);
            if (MatchSegments(rest, relative.Split(Separators)))
            {
                result.Add(first == 0 ? relative : Path.Combine(prefix.Length == 0 ? "/" : prefix, relative));
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>Whether path segments match pattern segments, where a <c>**</c> segment matches zero or more segments.</summary>
    public static bool MatchSegments(IReadOnlyList<string> pattern, IReadOnlyList<string> path)
    {
        // reachable[j]: the pattern prefix matched so far can end right before path segment j.
        var reachable = new bool[path.Count + 1];
        reachable[0] = true;
        foreach (var part in pattern)
        {
            var next = new bool[path.Count + 1];
            if (part == "**")
            {
                var any = false;
                for (var j = 0; j <= path.Count; j++)
                {
                    any |= reachable[j];
                    next[j] = any;
                }
            }
            else
            {
                for (var j = 0; j < path.Count; j++)
                {
                    next[j + 1] = reachable[j] && MatchSegment(part, path[j]);
                }
            }

            reachable = next;
        }

        return reachable[path.Count];
    }

    /// <summary>Whether one segment matches a pattern of literal characters, <c>*</c> and <c>?</c>.</summary>
    public static bool MatchSegment(string pattern, string text)
    {
        var comparison = Comparison;
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || (pattern[p] != '*' && CharEquals(pattern[p], text[t], comparison))))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool CharEquals(char a, char b, StringComparison comparison) =>
        a == b || (comparison == StringComparison.OrdinalIgnoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
