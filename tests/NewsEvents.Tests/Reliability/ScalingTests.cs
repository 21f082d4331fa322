namespace NewsEvents.Tests.Reliability;

/// <summary>
/// No stage is super-linear on hostile patterns: doubling the input at most about triples the work. Work is counted as
/// the bytes the stage allocates on its thread (deterministic, unlike elapsed time); every run is also bounded by
/// <see cref="HangGuard"/> so that a catastrophic case fails instead of blocking CI.
/// </summary>
public sealed class ScalingTests
{
    private const double MaxGrowth = 3.0;
    private static readonly LocalDate Reference = new(2025, 7, 23);
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    public sealed record Pattern(string Name, string Unit, string Prefix = "", string Suffix = "")
    {
        public string Build(int units) => Prefix + HostileInputs.Repeat(Unit, units) + Suffix;

        public override string ToString() => Name;
    }

    public sealed record Stage(string Name, Action<string> Run)
    {
        public override string ToString() => Name;
    }

    private static readonly Pattern[] Patterns =
    [
        new("commas in a number", ",000", "1", " people"),
        new("lone commas", ", ", "Over ", "people"),
        new("ands between names", " and Syria", "Turkey", " agreed."),
        new("ands between numbers", " and 2", "between 1", " people"),
        new("date ranges", "13/7 to 21/7, "),
        new("open quotes", "\"said "),
        new("open parentheses", "(", "", "AA)"),
        new("words without punctuation", "word "),
        new("number words", "hundred thousand "),
        new("digits", "9"),
        new("short sentences", "A. "),
        new("title-case words", "Aa Bb Cc Dd Ee "),
        new("bodies found by", "police found the bodies and were found by police and "),
        new("dates inside cues", "convicted March 20 of murder and "),
        new("news sentence", "Officials said on 23/7 that over 1,100 people fled Sweida since July 13, and 80 were killed last Saturday. "),
    ];

    private static readonly Stage[] Stages =
    [
        new("ArticleReader.Read", text => ArticleReader.Read(text, new ArticleMetadata("s"))),
        new("TemporalTagger.Tag", text => new TemporalTagger().Tag(text, Reference)),
        new("QuantityTagger.Tag", text => QuantityTagger.Default.Tag(text)),
        new("NewsPipeline.Analyze", text => Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata("s", "Outlet", published: Reference)))),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from stage in Stages
        from pattern in Patterns
        select new TestCaseData(stage, pattern).SetArgDisplayNames(stage.Name, pattern.Name);

    [TestCaseSource(nameof(Cases))]
    public void Stage_DoubledHostileInput_AtMostTriplesTheWork(Stage stage, Pattern pattern)
    {
        // Big enough that fixed costs do not dominate, small enough to keep the suite fast.
        var units = Math.Max(2_000, 200_000 / Math.Max(1, pattern.Unit.Length) / 8);
        var (small, large) = HangGuard.Run(() =>
        {
            stage.Run(pattern.Build(64)); // warm up: type initializers and lexicons are not the work being measured
            return (Allocated(stage, pattern.Build(units)), Allocated(stage, pattern.Build(2 * units)));
        }, $"{stage.Name} on {pattern.Name}");

        TestContext.Out.WriteLine($"{stage.Name}, {pattern.Name}: {units} units {small} bytes, {2 * units} units {large} bytes");
        // A stage that allocates next to nothing on the smaller input (pooled buffers it already holds) may still rent one
        // buffer the size of the larger input: the growth is measured against at least a few bytes per input character, so
        // a shared pool's state cannot fail a linear stage while quadratic work (far above that floor) still does.
        var floor = 8L * pattern.Build(units).Length;
        Assert.That((double)large / Math.Max(small, floor), Is.LessThanOrEqualTo(MaxGrowth),
            $"allocations grew from {small} to {large} bytes when the input doubled");
    }

    [Test]
    public void Allocated_QuadraticWork_IsCaught()
    {
        // The measure must be able to fail: a deliberately quadratic stage grows about four times per doubling.
        var quadratic = new Stage("quadratic", text =>
        {
            for (var i = 0; i < text.Length; i += 16)
            {
                _ = text[..i].ToUpperInvariant();
            }
        });
        var pattern = new Pattern("letters", "abcd");
        var ratio = (double)Allocated(quadratic, pattern.Build(4_000)) / Allocated(quadratic, pattern.Build(2_000));
        Assert.That(ratio, Is.GreaterThan(MaxGrowth));
    }

    private static long Allocated(Stage stage, string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        stage.Run(text);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
