using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using NewsEvents.Cli;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Cli;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Gets the non-empty lines of standard error.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Gets the ids of the articles read, from the --verbose notes.</summary>
    public string[] ArticlesRead =>
        ErrorLines.Select(l => Regex.Match(l, "read as article '([^']+)'", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToArray();
}

/// <summary>Runs <see cref="Program.Run(string[], TextReader, TextWriter, TextWriter)"/> and makes temporary folders.</summary>
internal static class CliHarness
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, input, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult RunCancelled(params string[] args)
    {
        using var input = new StringReader(string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, input, output, error, stderrIsTerminal: false, new CancellationToken(canceled: true));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static string SeedIds => string.Join(",", Seeds.All().Select(s => s.Id));
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsevents-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CopySeeds(string relative = "")
    {
        var folder = File(relative);
        Directory.CreateDirectory(folder);
        foreach (var (id, text) in Seeds.All())
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, id + ".txt"), text);
        }

        return folder;
    }

    public string[] Entries() =>
        Directory.EnumerateFileSystemEntries(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(e => System.IO.Path.GetRelativePath(Path, e).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException e)
        {
            TestContext.Progress.WriteLine($"could not delete {Path}: {e.Message}");
        }
    }
}
