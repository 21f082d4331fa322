using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;

namespace NewsEvents.Tests.Samples;

/// <summary>
/// The LINQPad sample (samples/linqpad/seeds.linq) runs as a plain .NET file-based program (<c>dotnet run file.cs</c>):
/// its statements are compiled against the library project with small stand-ins for LINQPad's <c>Dump</c> and
/// <c>Util</c>, so a renamed or removed public member breaks this test instead of the sample.
/// </summary>
public class LinqPadSampleTests
{
    [Test]
    public void SeedsSample_RunsAsAFileBasedProgram()
    {
        var root = RepositoryRoot();
        var linq = Path.Combine(root, "samples", "linqpad", "seeds.linq");
        var body = File.ReadAllText(linq);
        var statements = body[(body.IndexOf("</Query>", StringComparison.Ordinal) + "</Query>".Length)..];

        var folder = Path.Combine(Path.GetTempPath(), "newsevents-linq-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var program = Path.Combine(folder, "seeds.cs");
            var library = Path.Combine(root, "src", "NewsEvents", "NewsEvents.csproj");
            File.WriteAllText(program, $$"""
                #:project {{library}}
                #:property TargetFramework=net10.0
                #:property TreatWarningsAsErrors=false
                using System;
                using System.IO;
                using System.Linq;
                using NewsEvents;
                using NodaTime;

                {{statements}}

                static class Util
                {
                    public static string CurrentQueryPath => {{SymbolDisplay(linq)}};
                    public static string RawHtml(string html) => html;
                }

                static class DumpExtensions
                {
                    public static T Dump<T>(this T value, string? title = null)
                    {
                        Console.WriteLine("== " + title + ": " + (value is System.Collections.IEnumerable e and not string ? e.Cast<object>().Count() + " rows" : value?.ToString()?.Length + " characters"));
                        return value;
                    }
                }
                """);

            var (exit, output) = Run("dotnet", ["run", program], folder, TimeSpan.FromMinutes(5));

            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("== Articles: 5 rows").And.Contain("== Summary:").And.Contain("== As HTML:"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string SymbolDisplay(string path) => "@\"" + path.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static (int Exit, string Output) Run(string file, string[] arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet run did not finish within " + timeout);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsEvents.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsEvents.sln not found above " + TestContext.CurrentContext.TestDirectory + " (" + source + ")");
    }
}
