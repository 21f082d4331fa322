using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsEvents.Cli.Commands;

/// <summary>The <c>analyze</c> command: reads articles, analyzes and reconciles them, writes the report.</summary>
internal static class AnalyzeCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            return Usage.Fail(stderr, "analyze needs at least one file or folder");
        }

        var failed = false;
        var files = new List<string>();
        foreach (var arg in args)
        {
            if (Directory.Exists(arg))
            {
                files.AddRange(Directory.EnumerateFiles(arg, "*.txt").OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(arg))
            {
                files.Add(arg);
            }
            else
            {
                stderr.WriteLine($"newsevents: {arg}: no such file or folder");
                failed = true;
            }
        }

        var pipeline = NewsPipeline.CreateDefault();
        var analyses = new List<ArticleAnalysis>();
        foreach (var file in files)
        {
            try
            {
                var text = File.ReadAllText(file);
                var article = ArticleReader.Read(text, new ArticleMetadata(Path.GetFileNameWithoutExtension(file)));
                analyses.Add(pipeline.Analyze(article));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                stderr.WriteLine($"newsevents: {file}: {e.Message}");
                failed = true;
            }
        }

        stdout.Write(ReportRenderer.ToText(pipeline.Reconcile(analyses)));
        stdout.WriteLine();
        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}
