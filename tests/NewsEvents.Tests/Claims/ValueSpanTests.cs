using NodaTime;

namespace NewsEvents.Tests.Claims;

/// <summary>
/// Every claim carries where its value was read (<see cref="Claim.ValueSpan"/>): the exact words of the date, number, name,
/// place or trigger, at their offset in the article, even when the same words occur elsewhere in the sentence.
/// </summary>
public sealed class ValueSpanTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static ArticleAnalysis Analyze(string text) =>
        Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata("vs", published: new LocalDate(2024, 5, 17))));

    [TestCase("Rebels killed 12 soldiers in Kabul on Monday, officials said.", "date", "Monday", TestName = "A date: the expression itself")]
    [TestCase("Rebels killed 12 soldiers in Kabul on Monday, officials said.", "deaths", "12 soldiers", TestName = "A death toll: the number and its noun")]
    [TestCase("Rebels killed 12 soldiers in Kabul on Monday, officials said.", "place", "Kabul", TestName = "A place: the name")]
    [TestCase("A magnitude 6.1 earthquake struck the region on Tuesday, killing 7 people.", "deaths", "7 people", TestName = "A toll after the trigger")]
    [TestCase("Police arrested John Smith, 34, on Friday.", "age", "34", TestName = "An age")]
    [TestCase("Police arrested John Smith, 34, on Friday.", "name", "John Smith", TestName = "A name")]
    [TestCase("Turkey said it would send aid to Syria.", "recipient", "Syria", TestName = "A participant: the name")]
    public void Analyze_ClaimOfProperty_ValueSpanIsTheValuesWords(string text, string property, string expected)
    {
        var analysis = Analyze(text);
        var claims = analysis.Claims.Where(c => Kebab(c.Property) == property).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(claims, Is.Not.Empty, "no " + property + " claim in: " + string.Join("; ", analysis.Claims));
            Assert.That(claims.Select(c => c.ValueSpan?.Text), Has.Some.Contains(expected));
            Assert.That(claims.Where(c => c.ValueSpan is null || !c.ValueSpan.IsFoundIn(analysis.Article)), Is.Empty, "span not at its offset");
        });
    }

    [Test]
    public void Analyze_OccurredClaims_SpanIsTheTrigger()
    {
        var analysis = Analyze("Protesters marched through the capital on Sunday as police arrested dozens.");
        var spans = analysis.Claims.Where(c => c.Property == ClaimProperty.Occurred).Select(c => (c.Value.Text, c.ValueSpan!.Text)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(spans, Is.Not.Empty);
            Assert.That(spans.Where(s => s.Item1 != s.Item2), Is.Empty, "an occurred claim's span is its trigger as written");
        });
    }

    [Test]
    public void Analyze_SameWordsTwiceInASentence_SpanPointsAtTheOneRead()
    {
        // "on Tuesday" twice: the statement's date is the first, the attack's ("on Tuesday night") the second.
        const string text = "Officials said on Tuesday that gunmen attacked a convoy near Herat on Tuesday night, killing 3 people.";
        var analysis = Analyze(text);
        var dates = analysis.Claims.Where(c => c.Property == ClaimProperty.Date).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(dates.Select(c => c.Value.Text), Is.SupersetOf(new[] { "on Tuesday", "on Tuesday night" }));
            Assert.That(dates.Where(c => c.ValueSpan?.Text != c.Value.Text), Is.Empty, "a date's span is its text, preposition included");
            Assert.That(dates.Where(c => c.Value.Text == "on Tuesday").Select(c => c.ValueSpan!.Offset).Distinct(),
                Is.EqualTo(new[] { text.IndexOf("on Tuesday", StringComparison.Ordinal) }));
            Assert.That(dates.Where(c => c.Value.Text == "on Tuesday night").Select(c => c.ValueSpan!.Offset).Distinct(),
                Is.EqualTo(new[] { text.IndexOf("on Tuesday night", StringComparison.Ordinal) }));
        });
    }

    [Test]
    public void Claim_ValueSpanFromAnotherArticle_IsRejected()
    {
        var evidence = new Evidence("a", 0, "Rebels attacked.");
        Assert.That(() => new Claim("a/c1", "a/e1", ClaimProperty.Occurred, "a", new TextValue("attacked"), Attribution.Outlet, Factuality.Fact,
                evidence, valueSpan: new Evidence("b", 7, "attacked")),
            Throws.ArgumentException.With.Message.Contains("ValueSpan"));
    }

    private static string Kebab(ClaimProperty p) => p.ToString().ToLowerInvariant();
}
