using System.Threading;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NewsEvents.Tests.Reliability;

/// <summary>
/// Every regular expression in the shipped assemblies is linear (<see cref="RegexOptions.NonBacktracking"/>) or carries a
/// match timeout: checked by reflection over the compiled assemblies and by scanning <c>src/**/*.cs</c>.
/// </summary>
public sealed partial class RegexAuditTests
{
    private static readonly Assembly[] Shipped = [typeof(Article).Assembly, typeof(NewsEvents.Cli.Program).Assembly];

    [Test]
    public void ShippedAssemblies_AllRegexFieldsAndGeneratedRegexMethods_AreLinearOrTimed()
    {
        var offenders = Shipped.SelectMany(RegexOffenders).ToList();
        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void RegexOffenders_BacktrackingRegexWithoutTimeout_IsFound()
    {
        // The audit must be able to fail: this fixture's unsafe members are found, its safe ones are not.
        var offenders = RegexOffenders(typeof(RegexFixture)).ToList();
        Assert.That(offenders, Is.EquivalentTo(new[]
        {
            $"{typeof(RegexFixture).FullName}.Unsafe (field: options None, no timeout)",
            $"{typeof(RegexFixture).FullName}.UnsafeGenerated() ([GeneratedRegex]: options CultureInvariant, no timeout)",
        }));
    }

    [Test]
    public void SourceFiles_NoRegexConstructedOrCalledWithoutTimeout()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(20), "the scan must see the library sources");
        var offenders = files.SelectMany(f => SourceOffenders(File.ReadAllText(f)).Select(line => $"{Path.GetRelativePath(src, f)}:{line}")).ToList();
        Assert.That(offenders, Is.Empty);
    }

    [TestCase("var r = new Regex(\"a+\");", 1)]
    [TestCase("var r = new Regex(\"a+\", RegexOptions.None);", 1)]
    [TestCase("var r = new Regex(\"a+\", RegexOptions.None, TimeSpan.FromSeconds(1));", 0)]
    [TestCase("var r = new Regex(\"a+\", RegexOptions.NonBacktracking);", 0)]
    [TestCase("if (Regex.IsMatch(s, \"a+\")) { }", 1)]
    [TestCase("if (Regex.IsMatch(s, \"a+\", RegexOptions.None, Timeout)) { }", 0)]
    [TestCase("var m = Regex.Replace(s,\n  \"a+\",\n  \"b\");", 1)]
    [TestCase("[GeneratedRegex(\"a+\", RegexOptions.CultureInvariant)]", 1)]
    [TestCase("[GeneratedRegex(\"a+\", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]", 0)]
    [TestCase("[GeneratedRegex(\"a+\", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]", 0)]
    [TestCase("// a comment about new Regex( in prose\nvar x = 1;", 0)]
    public void SourceOffenders_Snippet_CountsUnsafeUses(string source, int expected)
    {
        Assert.That(SourceOffenders(source).Count(), Is.EqualTo(expected));
    }

    internal static IEnumerable<string> RegexOffenders(Assembly assembly) => assembly.GetTypes().SelectMany(RegexOffenders);

    internal static IEnumerable<string> RegexOffenders(Type type)
    {
        const BindingFlags all = BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        // Static Regex fields are built by the type initializer, so their options and timeout can be read.
        foreach (var field in type.GetFields(all).Where(f => f.IsStatic && typeof(Regex).IsAssignableFrom(f.FieldType)))
        {
            if (type.ContainsGenericParameters || field.GetValue(null) is not Regex regex)
            {
                continue;
            }

            if (!IsSafe(regex.Options, regex.MatchTimeout))
            {
                yield return $"{type.FullName}.{field.Name} (field: options {regex.Options}, no timeout)";
            }
        }

        foreach (var field in type.GetFields(all).Where(f => !f.IsStatic && typeof(Regex).IsAssignableFrom(f.FieldType)))
        {
            yield return $"{type.FullName}.{field.Name} (instance Regex field: cannot be audited; make it static)";
        }

        foreach (var method in type.GetMethods(all).Concat<MemberInfo>(type.GetProperties(all)))
        {
            if (method.GetCustomAttribute<GeneratedRegexAttribute>() is not { } generated)
            {
                continue;
            }

            var timeout = generated.MatchTimeoutMilliseconds == Timeout.Infinite ? Regex.InfiniteMatchTimeout : TimeSpan.FromMilliseconds(generated.MatchTimeoutMilliseconds);
            if (!IsSafe(generated.Options, timeout))
            {
                var name = method is MethodInfo ? method.Name + "()" : method.Name;
                yield return $"{type.FullName}.{name} ([GeneratedRegex]: options {generated.Options}, no timeout)";
            }
        }
    }

    internal static IEnumerable<int> SourceOffenders(string source)
    {
        var code = StripComments(source);
        foreach (Match call in RegexUse().Matches(code))
        {
            var arguments = Arguments(code, call.Index + call.Length);
            var safe = arguments.Contains("NonBacktracking", StringComparison.Ordinal)
                       || arguments.Contains("TimeSpan", StringComparison.Ordinal)
                       || arguments.Contains("Timeout", StringComparison.Ordinal)
                       || arguments.Contains("matchTimeoutMilliseconds", StringComparison.Ordinal);
            if (!safe)
            {
                yield return 1 + code.AsSpan(0, call.Index).Count('\n');
            }
        }
    }

    private static bool IsSafe(RegexOptions options, TimeSpan timeout) =>
        (options & RegexOptions.NonBacktracking) != 0 || timeout != Regex.InfiniteMatchTimeout;

    /// <summary>The text of the balanced parenthesized argument list that starts at <paramref name="start"/> (just past the opening parenthesis).</summary>
    private static string Arguments(string code, int start)
    {
        var depth = 1;
        var i = start;
        while (i < code.Length && depth > 0)
        {
            depth += code[i] switch { '(' => 1, ')' => -1, _ => 0 };
            i++;
        }

        return code[start..i];
    }

    private static string StripComments(string source) =>
        string.Join('\n', source.Split('\n').Select(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal) ? string.Empty : line));

    [GeneratedRegex(@"(new\s+Regex\s*\(|\bRegex\s*\.\s*(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(|\[\s*GeneratedRegex\s*\()",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RegexUse();

    // Not CallerFilePath: CI builds map source paths to "/_/" (deterministic, ContinuousIntegrationBuild).
    private static string RepositoryRoot() => NewsEvents.Tests.Support.ProcessRunner.RepositoryRoot();

    /// <summary>A fixture with one safe and one unsafe regex of each kind, so the audit is known to find unsafe ones.</summary>
    internal static partial class RegexFixture
    {
        internal static readonly Regex Unsafe = new("a+b", RegexOptions.None);
        internal static readonly Regex Timed = new("a+b", RegexOptions.None, TimeSpan.FromSeconds(1));
        internal static readonly Regex Linear = new("a+b", RegexOptions.NonBacktracking);

        [GeneratedRegex("a+b", RegexOptions.CultureInvariant)]
        internal static partial Regex UnsafeGenerated();

        [GeneratedRegex("a+b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
        internal static partial Regex TimedGenerated();

        [GeneratedRegex("a+b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
        internal static partial Regex LinearGenerated();
    }
}
