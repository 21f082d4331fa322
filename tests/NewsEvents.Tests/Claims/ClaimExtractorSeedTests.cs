using System.Collections.Concurrent;
using System.Threading.Tasks;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Claims;

/// <summary>End-to-end checks on the five seed articles through <see cref="NewsPipeline.Analyze"/>.</summary>
public class ClaimExtractorSeedTests
{
    private const string A000 = "000_3a03000dc137063e";
    private const string A001 = "001_1aa643a952d2a023";
    private const string A002 = "002_bf985b269310d3b1";
    private const string A003 = "003_3119cb0e92ed0cd5";
    private const string A004 = "004_6f0372442f866925";

    private static readonly string[] AllSeeds = [A000, A001, A002, A003, A004];
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly ConcurrentDictionary<string, ArticleAnalysis> Cache = new(StringComparer.Ordinal);

    private static ArticleAnalysis Analyze(string id) => Cache.GetOrAdd(id, Run);

    private static ArticleAnalysis Run(string id) =>
        TestEntities.TriggerPhase(Pipeline.Analyze(ArticleReader.Read(Seeds.Text(id), new ArticleMetadata(id, published: new LocalDate(2025, 7, 23)))));

    private static IEnumerable<Claim> ClaimsOf(ArticleAnalysis a, Event e, ClaimProperty p) => a.Claims.Where(c => c.EventId == e.Id && c.Property == p);

    private static IEnumerable<TemporalValue> DatesOf(ArticleAnalysis a, Event e) => ClaimsOf(a, e, ClaimProperty.Date).Select(c => (TemporalValue)c.Value);

    [TestCaseSource(nameof(AllSeeds))]
    public void Analyze_Seed_FindsSyriaRequestingSupportFromTurkeyAgainstIslamicState(string id)
    {
        var a = Analyze(id);
        var request = a.Events.Where(e => e.Type == EventType.RequestSupport).ToList();
        Assert.That(request.Any(e => e.ActorsIn(ParticipantRole.Agent).Contains("syria") && e.ActorsIn(ParticipantRole.Recipient).Contains("turkey") &&
                                     e.ActorsIn(ParticipantRole.Target).Contains("islamic-state")), Is.True, string.Join("\n", a.Events));
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void Analyze_Seed_FindsTurkeyProvidingSupportToSyria(string id)
    {
        var a = Analyze(id);
        Assert.That(a.Events.Any(e => e.Type == EventType.ProvideSupport && e.ActorsIn(ParticipantRole.Agent).Contains("turkey") &&
                                      e.ActorsIn(ParticipantRole.Recipient).Contains("syria")), Is.True, string.Join("\n", a.Events));
    }

    [TestCase(A000, "2025-07-13", "2025-07-21")]
    [TestCase(A002, "2025-07-13", "2025-07-13")]
    public void Analyze_Seed_DatesSuwaydaClashes(string id, string start, string end)
    {
        var a = Analyze(id);
        var fight = a.Events.Single(e => e.Type == EventType.Fight && e.Place == "suwayda");
        Assert.That(DatesOf(a, fight).Any(d => d.Start == Parse(start) && d.End == Parse(end)), Is.True, fight.ToString());
    }

    [TestCase(A001, "on 19/7")]
    [TestCase(A002, "last Saturday")]
    public void Analyze_Seed_DatesCeasefireOnJuly19(string id, string text)
    {
        var a = Analyze(id);
        var dates = a.Events.Where(e => e.Type == EventType.Ceasefire).SelectMany(e => DatesOf(a, e)).ToList();
        Assert.That(dates.Any(d => d.Text == text && d.Start == new LocalDate(2025, 7, 19) && d.End == d.Start), Is.True, string.Join(", ", dates));
    }

    [TestCase(A000)]
    [TestCase(A004)]
    public void Analyze_Seed_DatesSdfAgreementOnMarch10(string id)
    {
        var a = Analyze(id);
        var dates = a.Events.Where(e => e.Type == EventType.Agree).SelectMany(e => DatesOf(a, e)).ToList();
        Assert.That(dates.Any(d => d.Start == new LocalDate(2025, 3, 10) && d.End == d.Start), Is.True, string.Join(", ", dates));
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void Analyze_Seed_FindsIsraeliAttacks(string id)
    {
        var a = Analyze(id);
        Assert.That(a.Events.Any(e => e.Type == EventType.Attack && e.ActorsIn(ParticipantRole.Agent).Contains("israel")), Is.True, string.Join("\n", a.Events));
    }

    [TestCase(A000, "2024-12-01", "2024-12-31")]
    [TestCase(A002, "2024-12-08", "2024-12-08")]
    public void Analyze_Seed_DatesDecemberTakeover(string id, string start, string end)
    {
        var a = Analyze(id);
        var dates = a.Events.Where(e => e.Type == EventType.TakeOver).SelectMany(e => DatesOf(a, e)).ToList();
        Assert.That(dates.Any(d => d.Start == Parse(start) && d.End == Parse(end)), Is.True, string.Join(", ", dates));
    }

    [TestCase(A001, "2025-07-23", "on 23/7")]
    [TestCase(A002, "2025-07-23", "on Wednesday")]
    [TestCase(A003, "2025-07-24", "on July 24")]
    [TestCase(A004, "2025-07-23", "on Wednesday")]
    public void Analyze_Seed_StatementCarriesAnnouncementDateNotTheRequest(string id, string date, string text)
    {
        var a = Analyze(id);
        var statementDates = a.Events.Where(e => e.Type == EventType.Statement).SelectMany(e => DatesOf(a, e)).ToList();
        var requestDates = a.Events.Where(e => e.Type == EventType.RequestSupport).SelectMany(e => DatesOf(a, e)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statementDates.Any(d => d.Start == Parse(date) && d.Text == text), Is.True, string.Join(", ", statementDates));
            Assert.That(requestDates.Any(d => d.Text == text), Is.False, "the announcement date is not the request's date");
        });
    }

    [TestCase(A000)]
    [TestCase(A004)]
    public void Analyze_Seed_AkturkStatementsAreRelayedByAnadolu(string id)
    {
        var a = Analyze(id);
        var akturk = a.Claims.Where(c => c.Attribution.Speaker == "zeki-akturk").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(akturk, Is.Not.Empty, string.Join("\n", a.Claims));
            Assert.That(akturk.All(c => c.Attribution.Via.SequenceEqual(["anadolu-agency"])), Is.True, string.Join("\n", akturk));
            var support = a.Events.First(e => e.Type == EventType.ProvideSupport);
            // The event's own occurred claim comes first; its further mentions follow.
            Assert.That(ClaimsOf(a, support, ClaimProperty.Occurred).First().Attribution.Speaker, Is.EqualTo("zeki-akturk"));
        });
    }

    [Test]
    public void Analyze_UnconfirmedReports_TakeoverIsPossible()
    {
        var a = Analyze(A000);
        var takeover = a.Events.Single(e => e.Type == EventType.TakeOver && e.ActorsIn(ParticipantRole.Agent).Contains("turkey"));
        var occurred = ClaimsOf(a, takeover, ClaimProperty.Occurred).First();
        Assert.Multiple(() =>
        {
            Assert.That(occurred.Factuality, Is.EqualTo(new Factuality(Certainty.Possible, Polarity.Positive)));
            Assert.That(occurred.Evidence.Text, Does.Contain("Unconfirmed reports from international agencies also suggested"));
        });
    }

    [Test]
    public void Analyze_ReportedlyIncludingProvision_TermsAreProbable()
    {
        var a = Analyze(A001);
        var terms = a.Claims.Where(c => c.Property == ClaimProperty.Terms && c.Evidence.Text.Contains("reportedly including a provision", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(terms, Has.Count.EqualTo(1));
            Assert.That(terms[0].Factuality.Certainty, Is.EqualTo(Certainty.Probable));
            Assert.That(((TermsValue)terms[0].Value).Proposition, Does.StartWith("turkey establish"));
        });
    }

    [Test]
    public void Analyze_CeasefireTerms_SamePropositionOppositePolarity()
    {
        var refrain = Analyze(A000).Claims.Where(c => c.Property == ClaimProperty.Terms).Select(c => (TermsValue)c.Value).ToList();
        var allow = Analyze(A001).Claims.Where(c => c.Property == ClaimProperty.Terms).Select(c => (TermsValue)c.Value)
            .Where(t => t.Text.Contains("enter", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refrain.Select(t => (t.Proposition, t.Polarity)), Is.EqualTo(new[] { ("syria enter suwayda", Polarity.Negative) }));
            Assert.That(allow.Select(t => (t.Proposition, t.Polarity)), Is.EqualTo(new[] { ("syria enter suwayda", Polarity.Positive) }));
        });
    }

    [Test]
    public void Analyze_DeathsAccordingToUnFigures_AttributedToUnitedNations()
    {
        var a = Analyze(A000);
        var deaths = a.Claims.Single(c => c.Property == ClaimProperty.Deaths);
        var fight = a.Events.Single(e => e.Id == deaths.EventId);
        Assert.Multiple(() =>
        {
            Assert.That(fight.Type, Is.EqualTo(EventType.Fight));
            Assert.That(((QuantityValue)deaths.Value).Min, Is.EqualTo(1101m));
            Assert.That(deaths.Attribution.Speaker, Is.EqualTo("united-nations"));
        });
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void Analyze_Seed_EveryClaimHasExactEvidenceInAStorySentence(string id)
    {
        var a = Analyze(id);
        Assert.Multiple(() =>
        {
            foreach (var c in a.Claims)
            {
                Assert.That(c.Evidence.IsFoundIn(a.Article), Is.True, c.ToString());
                // A story sentence, or for a mention of an event the headline or a subheading.
                var inSentence = a.Article.Sentences.Any(s => c.Evidence.Offset >= s.Offset && c.Evidence.Offset + c.Evidence.Length <= s.End);
                var inTitle = c.Property == ClaimProperty.Occurred && a.Article.Boilerplate.Any(b =>
                    b.Kind is BoilerplateKind.HeaderMetadata or BoilerplateKind.SectionLabel && b.Offset == c.Evidence.Offset && b.Text == c.Evidence.Text);
                Assert.That(inSentence || inTitle, Is.True, c.ToString());
                Assert.That(a.Events.Any(e => e.Id == c.EventId), Is.True, c.ToString());
            }
        });
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void Analyze_Seed_DateClaimsComeOnlyFromExplicitExpressions(string id)
    {
        var a = Analyze(id);
        var dates = a.Claims.Where(c => c.Property == ClaimProperty.Date).ToList();
        Assert.That(dates.All(c => c.Evidence.Text.Contains(c.Value.Text, StringComparison.Ordinal) &&
                                   a.TemporalMentions.Any(m => m.ToValue()?.Text == c.Value.Text)), Is.True, string.Join("\n", dates));
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void Analyze_Seed_IdsAreSequentialAndOneOccurredClaimPerEvent(string id)
    {
        var a = Analyze(id);
        Assert.Multiple(() =>
        {
            // Typed events (e), then the untyped events found by their mentions alone (w); claims of the typed extraction (c),
            // then the occurred claims of further mentions (o).
            var typed = a.Events.Where(e => e.Id.StartsWith(id + "/e", StringComparison.Ordinal)).ToList();
            var untyped = a.Events.Where(e => e.Id.StartsWith(id + "/w", StringComparison.Ordinal)).ToList();
            Assert.That(typed.Select(e => e.Id), Is.EqualTo(Enumerable.Range(1, typed.Count).Select(n => id + "/e" + n)));
            Assert.That(untyped.Select(e => e.Id), Is.EqualTo(Enumerable.Range(1, untyped.Count).Select(n => id + "/w" + n)));
            Assert.That(untyped.Select(e => e.Type), Is.All.EqualTo(EventType.Other));
            var extracted = a.Claims.Where(c => c.Id.StartsWith(id + "/c", StringComparison.Ordinal)).ToList();
            var mentions = a.Claims.Where(c => c.Id.StartsWith(id + "/o", StringComparison.Ordinal)).ToList();
            Assert.That(extracted.Select(c => c.Id), Is.EqualTo(Enumerable.Range(1, extracted.Count).Select(n => id + "/c" + n)));
            Assert.That(mentions.Select(c => c.Id), Is.EqualTo(Enumerable.Range(1, mentions.Count).Select(n => id + "/o" + n)));
            Assert.That(extracted.Select(c => c.Evidence.Offset), Is.Ordered);
            Assert.That(mentions.Select(c => c.Property), Is.All.EqualTo(ClaimProperty.Occurred));
            foreach (var e in a.Events.Where(e => !e.IsStory))
            {
                // One occurred claim per mention; a typed event's first one is read by the typed extraction.
                Assert.That(ClaimsOf(a, e, ClaimProperty.Occurred).Count(), Is.EqualTo(e.Mentions.Length),
                    e + "\n" + string.Join("\n", ClaimsOf(a, e, ClaimProperty.Occurred)) + "\n" + string.Join("\n", e.Mentions));
                Assert.That(extracted.Count(c => c.EventId == e.Id && c.Property == ClaimProperty.Occurred), Is.EqualTo(typed.Contains(e) ? 1 : 0), e.ToString());
            }
        });
    }

    [Test]
    public void Analyze_SeedsInParallel_EqualSequentialRun()
    {
        var ids = Enumerable.Repeat(AllSeeds, 4).SelectMany(x => x).ToList();
        var sequential = ids.Select(Run).ToList();
        var parallel = new ArticleAnalysis[ids.Count];
        Parallel.ForEach(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(ids[i]));
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
