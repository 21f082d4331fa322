using NewsEvents.Cli.Commands;

namespace NewsEvents.Tests.Cli;

[TestFixture]
public sealed class ArgumentReaderTests
{
    /// <summary>Arguments and how they are read: "name=value" for an option with its value, "name" for a flag, "[arg]" for an argument.</summary>
    private static IEnumerable<TestCaseData> Readings()
    {
        yield return new TestCaseData(new[] { "--format", "json", "seeds" }, new[] { "--format=json", "[seeds]" }).SetArgDisplayNames("separate value");
        yield return new TestCaseData(new[] { "--format=json", "seeds" }, new[] { "--format=json", "[seeds]" }).SetArgDisplayNames("value after =");
        yield return new TestCaseData(new[] { "--title=a=b" }, new[] { "--title=a=b" }).SetArgDisplayNames("= inside the value");
        yield return new TestCaseData(new[] { "-o", "-" }, new[] { "-o=-" }).SetArgDisplayNames("- as a value");
        yield return new TestCaseData(new[] { "-", "--quiet" }, new[] { "[-]", "--quiet" }).SetArgDisplayNames("- as an argument");
        yield return new TestCaseData(new[] { "--", "--quiet", "-x" }, new[] { "[--quiet]", "[-x]" }).SetArgDisplayNames("-- ends the options");
        yield return new TestCaseData(new[] { "-f=json" }, new[] { "-f=json" }).SetArgDisplayNames("short option keeps = in its name");
    }

    [TestCaseSource(nameof(Readings))]
    public void MoveNext_Arguments_ReadsOptionsValuesAndArguments(string[] args, string[] expected)
    {
        var reader = new ArgumentReader(args);
        var read = new List<string>();
        while (reader.MoveNext())
        {
            if (reader.Option is null)
            {
                read.Add($"[{reader.Current}]");
            }
            else if (reader.Option is "--quiet" or "-f=json")
            {
                read.Add(reader.Option);
            }
            else
            {
                Assert.That(reader.TryTakeValue(out var value, out var error), Is.True, error);
                read.Add($"{reader.Option}={value}");
            }
        }

        Assert.That(read, Is.EqualTo(expected));
    }

    /// <summary>An option whose value is missing, and the error.</summary>
    private static IEnumerable<TestCaseData> MissingValues()
    {
        yield return new TestCaseData(new[] { "--reference" }, "option '--reference' needs a value").SetArgDisplayNames("at the end");
        yield return new TestCaseData(new[] { "--reference=" }, "option '--reference' needs a value").SetArgDisplayNames("empty after =");
        yield return new TestCaseData(new[] { "--reference", "--jsonl" }, "option '--reference' needs a value").SetArgDisplayNames("followed by an option");
    }

    [TestCaseSource(nameof(MissingValues))]
    public void TryTakeValue_MissingValue_ReturnsFalseWithTheOptionName(string[] args, string expected)
    {
        var reader = new ArgumentReader(args);
        reader.MoveNext();

        var taken = reader.TryTakeValue(out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(taken, Is.False);
            Assert.That(error, Is.EqualTo(expected));
        });
    }

    [TestCase(new[] { "--help" }, true)]
    [TestCase(new[] { "-h" }, true)]
    [TestCase(new[] { "seeds", "--format", "json", "--help" }, true)]
    [TestCase(new[] { "--", "--help" }, false)]
    [TestCase(new[] { "--help=yes" }, false)]
    [TestCase(new[] { "--output=--help" }, false)]
    [TestCase(new[] { "seeds" }, false)]
    public void AsksForHelp_Arguments_TrueOnlyForAHelpOption(string[] args, bool expected)
    {
        Assert.That(ArgumentReader.AsksForHelp(args), Is.EqualTo(expected));
    }

    [TestCase("analyze")]
    [TestCase("tag")]
    public void Run_CommandWithHelpAmongOtherArguments_PrintsUsageExitsZero(string command)
    {
        var result = CliHarness.Run(command, "--reference=2025-07-23", "--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Is.EqualTo(Usage.Text));
            Assert.That(result.Stderr, Is.Empty);
        });
    }
}
