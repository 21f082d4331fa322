namespace NewsEvents.Tests.Reliability;

/// <summary>
/// Hostile and broken text through every stage: nothing throws (except <see cref="ArgumentNullException"/> for null),
/// nothing hangs, and every offset the library hands out points at the text it claims to.
/// </summary>
public sealed class HostileTextTests
{
    private static readonly LocalDate Reference = new(2025, 7, 23);
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static IEnumerable<HostileInputs.Input> Cases() => HostileInputs.All();

    [TestCaseSource(nameof(Cases))]
    public void ArticleReaderRead_HostileText_ReadsWithSentencesInsideTheText(HostileInputs.Input input)
    {
        var text = input.Build();
        var article = HangGuard.Run(() => ArticleReader.Read(text, new ArticleMetadata("hostile")), "ArticleReader.Read");
        AssertSentencesInside(article);
    }

    [TestCaseSource(nameof(Cases))]
    public void ArticleReaderReadHtml_HostileText_ReadsWithSentencesInsideTheText(HostileInputs.Input input)
    {
        var text = input.Build();
        var article = HangGuard.Run(() => ArticleReader.ReadHtml(text, new ArticleMetadata("hostile")), "ArticleReader.ReadHtml");
        AssertSentencesInside(article);
    }

    [TestCaseSource(nameof(Cases))]
    public void TemporalTaggerTag_HostileText_MentionsPointAtTheirText(HostileInputs.Input input)
    {
        var text = input.Build();
        var mentions = HangGuard.Run(() => new TemporalTagger().Tag(text, Reference), "TemporalTagger.Tag");
        var wrong = mentions.Where(m => !Inside(text, m.Offset, m.Length, m.Text)).Select(m => m.ToString()).ToList();
        Assert.That(wrong, Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void QuantityTaggerTag_HostileText_MentionsPointAtTheirText(HostileInputs.Input input)
    {
        var text = input.Build();
        var mentions = HangGuard.Run(() => QuantityTagger.Default.Tag(text), "QuantityTagger.Tag");
        var wrong = mentions.Where(m => !Inside(text, m.Offset, m.Length, m.Text)).Select(m => m.ToString()).ToList();
        Assert.That(wrong, Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void PipelineAnalyze_HostileText_AnalysisPointsAtItsTextAndReconciles(HostileInputs.Input input)
    {
        var text = input.Build();
        var article = ArticleReader.Read(text, new ArticleMetadata("hostile", "Some Outlet", published: Reference));
        var analysis = HangGuard.Run(() => Pipeline.Analyze(article), "NewsPipeline.Analyze");
        var report = HangGuard.Run(() => Pipeline.Reconcile([analysis]), "NewsPipeline.Reconcile");
        AssertAnalysisConsistent(analysis);
        Assert.That(report.Articles, Has.Length.EqualTo(1));
    }

    [Test]
    public void ReaderAndTaggers_FiftyMegabyteArticle_FinishOrRejectClearly()
    {
        // 50 MB of UTF-8 news text: paragraphs of sentences with dates and numbers, one 1 MB line without punctuation at the end.
        var text = HostileInputs.Repeat("Officials said 80 people fled Sweida on 23/7.\n\n", 50 * 1024 * 1024 / 48) + HostileInputs.Repeat("word ", 200_000);
        var limit = TimeSpan.FromSeconds(120);
        var article = HangGuard.Run(() => ArticleReader.Read(text, new ArticleMetadata("big", "Outlet", published: Reference)), "ArticleReader.Read of 50 MB", limit);
        AssertSentencesInside(article);
        var quantities = HangGuard.Run(() => QuantityTagger.Default.Tag(text), "QuantityTagger.Tag of 50 MB", limit);
        Assert.That(quantities, Has.Length.GreaterThan(1_000_000));

        // The temporal tagger may bound its input (TemporalTaggerOptions.MaxInputLength): then a clear ArgumentException.
        ImmutableArray<TemporalMention> temporal;
        try
        {
            temporal = HangGuard.Run(() => new TemporalTagger().Tag(text, Reference), "TemporalTagger.Tag of 50 MB", limit);
        }
        catch (ArgumentException e)
        {
            Assert.That(e.Message, Does.Contain("MaxInputLength"));
            return;
        }

        Assert.That(temporal.Where(m => !Inside(text, m.Offset, m.Length, m.Text)), Is.Empty);
    }

    // The whole pipeline (read, analyze, reconcile) on one long article of many short paragraphs, well past any sentence or
    // paragraph bound. 50 MB of it takes about a minute, too slow for the suite, so it runs at 64 KB and 256 KB and the work
    // (bytes allocated on the thread, which is deterministic) may grow at most 5 times for 4 times the text: then 50 MB
    // costs about 200 times the 256 KB run. A stage gone quadratic grows 16 times (ScalingTests shows the measure catches it).
    [Test]
    public void Pipeline_LongArticle_WorkGrowsLinearlyWithLength()
    {
        const string Paragraph = "Officials said 80 people fled Sweida on 23/7.\n\n";
        var (small, large) = HangGuard.Run(() =>
        {
            RunPipeline(HostileInputs.Repeat(Paragraph, 64)); // warm up: type initializers and lexicons are not the work
            return (RunPipeline(HostileInputs.Repeat(Paragraph, 64 * 1024 / Paragraph.Length)),
                RunPipeline(HostileInputs.Repeat(Paragraph, 256 * 1024 / Paragraph.Length)));
        }, "the pipeline on 64 KB and 256 KB", TimeSpan.FromSeconds(120));

        TestContext.Out.WriteLine($"64 KB: {small} bytes allocated; 256 KB: {large} bytes allocated");
        Assert.That((double)large / small, Is.LessThanOrEqualTo(5.0), $"allocations grew from {small} to {large} bytes for 4 times the text");
    }

    private static long RunPipeline(string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var article = ArticleReader.Read(text, new ArticleMetadata("big", "Outlet", published: Reference));
        var analysis = Pipeline.Analyze(article);
        var report = Pipeline.Reconcile([analysis]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        AssertAnalysisConsistent(analysis);
        Assert.Multiple(() =>
        {
            Assert.That(analysis.Claims, Is.Not.Empty);
            Assert.That(report.Articles, Has.Length.EqualTo(1));
        });
        return allocated;
    }

    [Test]
    public void Read_NullText_ThrowsArgumentNullException()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ArticleReader.Read(null!, new ArticleMetadata("x")), Throws.ArgumentNullException);
            Assert.That(() => ArticleReader.ReadHtml(null!, new ArticleMetadata("x")), Throws.ArgumentNullException);
            Assert.That(() => ArticleReader.Read("text", null!), Throws.ArgumentNullException);
            Assert.That(() => new TemporalTagger().Tag(null!, Reference), Throws.ArgumentNullException);
            Assert.That(() => QuantityTagger.Default.Tag(null!), Throws.ArgumentNullException);
            Assert.That(() => Pipeline.Analyze(null!), Throws.ArgumentNullException);
            Assert.That(() => Pipeline.Reconcile((IEnumerable<ArticleAnalysis>)null!), Throws.ArgumentNullException);
            Assert.That(() => Pipeline.Reconcile((ReconciliationState)null!), Throws.ArgumentNullException);
        });
    }

    internal static bool Inside(string text, int offset, int length, string expected) =>
        offset >= 0 && length >= 0 && offset + length <= text.Length && string.CompareOrdinal(text, offset, expected, 0, Math.Max(length, expected.Length)) == 0;

    internal static void AssertSentencesInside(Article article)
    {
        var wrong = article.Sentences.Where(s => !Inside(article.Text, s.Offset, s.Text.Length, s.Text)).Select(s => s.Offset).Take(5).ToList();
        Assert.That(wrong, Is.Empty, "sentences whose offset does not point at their text");
    }

    internal static void AssertAnalysisConsistent(ArticleAnalysis analysis)
    {
        var text = analysis.Article.Text;
        Assert.Multiple(() =>
        {
            Assert.That(analysis.TemporalMentions.Where(m => !Inside(text, m.Offset, m.Length, m.Text)).Select(m => m.ToString()), Is.Empty,
                "temporal mentions outside the text");
            Assert.That(analysis.QuantityMentions.Where(m => !Inside(text, m.Offset, m.Length, m.Text)).Select(m => m.ToString()), Is.Empty,
                "quantity mentions outside the text");
            Assert.That(analysis.Claims.Where(c => !c.Evidence.IsFoundIn(analysis.Article)).Select(c => c.Id), Is.Empty,
                "claims whose evidence is not at its offset");
            Assert.That(analysis.Claims.Where(c => c.ValueSpan is null || !c.ValueSpan.IsFoundIn(analysis.Article)).Select(c => c.Id), Is.Empty,
                "claims without a value span, or whose value span is not at its offset");
            var events = analysis.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            Assert.That(analysis.Claims.Where(c => !events.Contains(c.EventId)).Select(c => c.Id), Is.Empty, "claims about unknown events");
        });
    }
}
