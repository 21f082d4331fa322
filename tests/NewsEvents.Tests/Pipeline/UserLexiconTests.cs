namespace NewsEvents.Tests.Pipeline;

/// <summary>Users extend the event lexicon through the pipeline builder.</summary>
public sealed class UserLexiconTests
{
    private const string Sentence = "Gunmen abducted three journalists in Kabul on Monday, officials said.";

    private static ImmutableArray<Event> Events(NewsPipeline pipeline) =>
        pipeline.Analyze(ArticleReader.Read(Sentence, new ArticleMetadata("k1", published: new LocalDate(2025, 7, 23)))).Events;

    [Test]
    public void UseEventLexicon_NewTrigger_FindsEventsTheDefaultMisses()
    {
        const string user = """{ "events": [ { "lemma": "abduct", "type": "Arrest", "class": "none", "verbs": ["abduct", "abducts", "abducted"] } ] }""";
        var custom = NewsPipeline.CreateBuilder().UseEventLexicon(user).Build();
        Assert.Multiple(() =>
        {
            Assert.That(Events(NewsPipeline.CreateDefault()).Select(e => e.Type), Does.Not.Contain(EventType.Arrest));
            Assert.That(Events(custom).Select(e => e.Type), Does.Contain(EventType.Arrest));
        });
    }

    [Test]
    public void UseEventLexicon_MalformedJson_ThrowsFormatException()
    {
        Assert.That(() => NewsPipeline.CreateBuilder().UseEventLexicon("{ \"events\": [ "), Throws.InstanceOf<FormatException>());
    }
}
