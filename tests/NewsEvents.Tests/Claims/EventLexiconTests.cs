using NewsEvents.Claims;

namespace NewsEvents.Tests.Claims;

public class EventLexiconTests
{
    [Test]
    public void Default_EmbeddedResource_LoadsTriggersOfEveryEmittedType()
    {
        var tokens = ClaimTokenizer.Tokenize("requested airstrikes ceasefire", 0, 30);
        Assert.Multiple(() =>
        {
            Assert.That(EventLexicon.Default.Triggers.TryMatch(tokens, 0, out _, out var request), Is.True);
            Assert.That(request.Class, Is.EqualTo(TriggerClass.Request));
            Assert.That(EventLexicon.Default.Triggers.TryMatch(tokens, 1, out _, out var attack) && attack.Type == EventType.Attack, Is.True);
            Assert.That(EventLexicon.Default.Triggers.TryMatch(tokens, 2, out _, out var truce) && truce.Type == EventType.Ceasefire, Is.True);
        });
    }

    [Test]
    public void WithUserJson_NewTrigger_IsExtracted()
    {
        const string text = "Israel blockaded Gaza on Monday.";
        var lexicon = EventLexicon.Default.WithUserJson("""{ "events": [ { "lemma": "blockade", "type": "Attack", "verbs": ["blockaded"], "nouns": ["blockade"] } ] }""");
        var before = TestEntities.TriggerPhase(new ClaimExtractor().Extract(TestEntities.Article("u", text), TestEntities.Resolve(text), default, default));
        var after = TestEntities.TriggerPhase(new ClaimExtractor(lexicon).Extract(TestEntities.Article("u", text), TestEntities.Resolve(text), default, default));
        Assert.Multiple(() =>
        {
            Assert.That(before.Events, Is.Empty);
            Assert.That(after.Events.Select(e => (e.Type, string.Join(",", e.ActorsIn(ParticipantRole.Agent)))), Is.EqualTo(new[] { (EventType.Attack, "israel") }));
        });
    }

    [Test]
    public void WithUserJson_HedgeOverride_ChangesCertainty()
    {
        const string text = "Israel purportedly struck Gaza.";
        var lexicon = EventLexicon.Default.WithUserJson("""{ "hedges": { "purportedly": "Possible" } }""");
        var analysis = new ClaimExtractor(lexicon).Extract(TestEntities.Article("u", text), TestEntities.Resolve(text), default, default);
        Assert.That(analysis.Claims.First(c => c.Property == ClaimProperty.Occurred).Factuality.Certainty, Is.EqualTo(Certainty.Possible));
    }

    [TestCase("{ not json")]
    [TestCase("""{ "events": [ { "type": "Explode", "verbs": ["exploded"] } ] }""")]
    [TestCase("""{ "hedges": { "maybe": "Sure" } }""")]
    public void WithUserJson_InvalidLexicon_ThrowsFormatException(string json)
    {
        Assert.That(() => EventLexicon.Default.WithUserJson(json), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Extract_VeryLongSentence_StaysBoundedAndValid()
    {
        var text = string.Join(" ", Enumerable.Repeat("Israel struck Gaza and Hamas attacked Israel,", 2000)) + ".";
        var analysis = TestEntities.Analyze(text);
        Assert.That(analysis.Claims.All(c => c.Evidence.IsFoundIn(analysis.Article)), Is.True);
    }
}
