using System.Diagnostics;
using System.IO;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Cli;

/// <summary>
/// Runs the command line in a child process as the unprivileged user nobody (uid and gid 65534), for tests that need file
/// modes to deny something when the tests themselves run as root.
/// </summary>
internal static class UnprivilegedCli
{
    private const int Nobody = 65534;

    /// <summary>Runs <c>newsevents</c> with <paramref name="args"/> as nobody; fails the test when privileges cannot be dropped.</summary>
    public static CliResult Run(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "NewsEvents.Cli.dll");
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var (tool, toolArguments) = DropPrivileges();
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in toolArguments.Concat([dotnet, cli]).Concat(args))
        {
            info.ArgumentList.Add(argument);
        }

        // nobody has no home folder of its own; the runtime only needs somewhere to look.
        info.Environment["HOME"] = Path.GetTempPath();
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{tool} … {string.Join(' ', args)}' did not finish within 60 s");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static (string Tool, string[] Arguments) DropPrivileges()
    {
        foreach (var folder in new[] { "/usr/bin", "/bin", "/usr/sbin", "/sbin" })
        {
            var setpriv = Path.Combine(folder, "setpriv");
            if (File.Exists(setpriv))
            {
                return (setpriv, [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups"]);
            }
        }

        foreach (var folder in new[] { "/usr/sbin", "/sbin", "/usr/bin", "/bin" })
        {
            var runuser = Path.Combine(folder, "runuser");
            if (File.Exists(runuser))
            {
                return (runuser, ["-u", "nobody", "--"]);
            }
        }

        Assert.Fail("running as root, and neither setpriv nor runuser (util-linux) is installed to run the command as nobody");
        throw new UnreachableException();
    }
}
