using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsEvents.Cli.Input;

/// <summary>
/// Lists the files in a folder and its subfolders, following symbolic links to folders but entering each real folder once,
/// so that a link back to a parent folder is not walked again and again (each file is listed once).
/// </summary>
/// <remarks>One instance serves one command line, so a skipped folder is reported once even when two arguments reach it.</remarks>
internal sealed class FolderWalker
{
    /// <summary>Links are followed at most this many times when a folder's real path is worked out (the limit of Linux).</summary>
    private const int MaxLinkHops = 40;

    private readonly HashSet<string> _warned = new(PathComparer);
    private readonly Action<string> _warning;

    /// <summary>Initializes a walker.</summary>
    /// <param name="warning">Receives one message for each folder skipped.</param>
    public FolderWalker(Action<string> warning) => _warning = warning;

    /// <summary>Gets how paths compare on this system.</summary>
    public static StringComparer PathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Lists the files of a folder, and of its subfolders when <paramref name="recursive"/>, each real folder once.</summary>
    /// <param name="folder">The folder, as typed; the files are listed under it.</param>
    /// <param name="recursive">Whether to enter subfolders.</param>
    /// <returns>The files, in no particular order.</returns>
    public List<string> Files(string folder, bool recursive)
    {
        var files = new List<string>();
        var folderReal = RealPath(folder);
        var visited = new HashSet<string>(PathComparer) { folderReal };

        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true };

        // Explicit stacks, so that the depth of the tree does not matter. Links are followed only after every real folder of
        // the tree is listed, so a link into the tree is the one skipped, never the folder it points to.
        var pending = new Stack<(string Folder, string Real)>();
        var links = new Queue<string>();
        pending.Push((folder, folderReal));
        while (pending.Count > 0 || links.Count > 0)
        {
            if (pending.Count == 0)
            {
                var link = links.Dequeue();
                if (ResolveLink(link) is { } linkReal)
                {
                    if (visited.Add(linkReal))
                    {
                        pending.Push((link, linkReal));
                    }
                    else
                    {
                        Warn(link, $"symbolic link to a folder already read ({linkReal}); skipped");
                    }
                }

                continue;
            }

            var (current, real) = pending.Pop();
            List<string> subfolders;
            try
            {
                files.AddRange(Directory.EnumerateFiles(current, "*", options));
                subfolders = recursive ? Directory.EnumerateDirectories(current, "*", options).ToList() : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && !ReferenceEquals(current, folder))
            {
                Warn(current, $"folder cannot be read ({e.Message}); skipped");
                continue;
            }

            subfolders.Sort(StringComparer.Ordinal);
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                var subfolder = subfolders[i];
                var info = new DirectoryInfo(subfolder);
                if (info.LinkTarget is not null)
                {
                    links.Enqueue(subfolder);
                }
                else if (visited.Add(Path.Combine(real, info.Name)))
                {
                    pending.Push((subfolder, Path.Combine(real, info.Name)));
                }
                else
                {
                    Warn(subfolder, "folder already read through a symbolic link; skipped");
                }
            }
        }

        return files;
    }

    private void Warn(string folder, string reason)
    {
        if (_warned.Add(folder))
        {
            _warning($"{folder}: {reason}");
        }
    }

    /// <summary>The real path of a symbolic link to a folder; null (after a warning) when it cannot be resolved.</summary>
    private string? ResolveLink(string link)
    {
        try
        {
            return RealPath(link);
        }
        catch (IOException e)
        {
            Warn(link, $"symbolic link cannot be resolved ({e.Message}); skipped");
            return null;
        }
    }

    /// <summary>The absolute path of a folder with every symbolic link along it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        for (var hop = 0; hop < MaxLinkHops; hop++)
        {
            var resolved = ResolveFirstLink(full);
            if (resolved is null)
            {
                return full;
            }

            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(resolved));
        }

        throw new IOException($"more than {MaxLinkHops} symbolic links along '{path}'");
    }

    /// <summary>The path with its first symbolic-link component replaced by the link's final target; null when it has no link.</summary>
    private static string? ResolveFirstLink(string full)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            var info = new DirectoryInfo(current);
            if (info.LinkTarget is null)
            {
                continue;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true)
                ?? throw new IOException($"symbolic link '{current}' has no target");
            return Path.Combine([target.FullName, .. parts[(i + 1)..]]);
        }

        return null;
    }
}
