using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsEvents.Cli.Output;

namespace NewsEvents.Cli.Input;

/// <summary>One input to read: a file, or standard input when <see cref="Path"/> is <see langword="null"/>.</summary>
/// <param name="Path">The file, or <see langword="null"/> for standard input.</param>
/// <param name="Listed">Whether the file was found in a folder or by a glob rather than named on the command line.</param>
internal sealed record InputItem(string? Path, bool Listed = false)
{
    /// <summary>Gets how the input is named in messages.</summary>
    public string Name => Path ?? "<stdin>";
}

/// <summary>Expands the command line's files, folders (recursively), globs and <c>-</c> into a list of inputs.</summary>
internal static class InputCollector
{
    private static readonly string[] FolderExtensions = [".txt", ".html", ".htm", ".jsonl"];

    /// <summary>Whether a file is read as HTML.</summary>
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a file is read as JSON lines.</summary>
    public static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Expands the arguments, reporting those that name nothing; each file appears once.</summary>
    public static IReadOnlyList<InputItem> Collect(IEnumerable<string> arguments, Diagnostics diagnostics)
    {
        var items = new List<InputItem>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var stdin = false;
        var walker = new FolderWalker(diagnostics.Warning);

        void Add(string file, bool listed)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                items.Add(new InputItem(file, listed));
            }
        }

        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (!stdin)
                {
                    stdin = true;
                    items.Add(new InputItem(null));
                }
            }
            else if (Directory.Exists(argument))
            {
                var files = walker.Files(argument, recursive: true)
                    .Where(f => FolderExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    diagnostics.Warning($"{argument}: folder has no .txt, .html, .htm or .jsonl files");
                }

                files.ForEach(f => Add(f, listed: true));
            }
            else if (File.Exists(argument))
            {
                Add(argument, listed: false);
            }
            else if (Glob.IsPattern(argument))
            {
                var files = Glob.Expand(argument, walker);
                if (files.Count == 0)
                {
                    diagnostics.Error(argument, "no files match");
                }

                foreach (var file in files)
                {
                    Add(file, listed: true);
                }
            }
            else
            {
                diagnostics.Error(argument, "no such file or folder");
            }
        }

        return items;
    }
}
