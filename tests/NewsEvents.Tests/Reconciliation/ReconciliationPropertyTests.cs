using NewsEvents.Tests.Support;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;
using NewsEvents.Reconciliation;
using static NewsEvents.Tests.Reconciliation.AnalysisBuilder;

// FsCheck supplies the parameters of [FsCheckProperty] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Property tests: FsCheck draws the seed of a random cluster of articles (printed on failure as the falsifying input),
/// and the properties check merge laws, order independence and that conflicts are always cross-outlet.
/// </summary>
public sealed class ReconciliationPropertyTests
{
    private static readonly string[] Outlets = ["Outlet One", "Outlet Two", "Outlet Three", "Outlet Four"];
    private static readonly EventType[] Types = [EventType.Attack, EventType.Statement, EventType.Ceasefire];

    /// <summary>Builds 2–9 articles about a few shared events with random dates, numbers, terms and factuality.</summary>
    internal static List<ArticleAnalysis> Scenario(int seed, bool compatibleDatesOnly = false)
    {
        var random = new Random(seed);
        var count = random.Next(2, 10);
        var result = new List<ArticleAnalysis>();
        for (var a = 0; a < count; a++)
        {
            // Now and then the same article id appears twice with different content, as from two shards.
            var id = random.Next(6) == 0 && a > 0 ? $"art{a - 1:00}" : $"art{a:00}";
            var builder = new AnalysisBuilder(id, Outlets[random.Next(Outlets.Length)], new LocalDate(2025, 7, 20 + random.Next(5)))
                .Actor("turkey", "Turkey")
                .Actor("ministry", "Ministry", ActorKind.Government, "turkey")
                .Actor("syria", "Syria")
                .Place("syria", "Syria", PlaceKind.Country)
                .Place("suwayda", "Suwayda", PlaceKind.Region, "syria");
            if (random.Next(3) == 0)
            {
                builder.Relays("Anadolu Agency");
            }

            var events = random.Next(1, 4);
            for (var e = 0; e < events; e++)
            {
                var type = Types[random.Next(Types.Length)];
                var eventId = $"e{e}";
                var agent = random.Next(2) == 0 ? "turkey" : "ministry";
                builder.Event(eventId, type, random.Next(3) == 0 ? null : Day(2025, 7, 10 + random.Next(3)), random.Next(2) == 0 ? null : "suwayda",
                    null, (agent, ParticipantRole.Agent), ("syria", ParticipantRole.Target));
                var claims = random.Next(1, 5);
                for (var c = 0; c < claims; c++)
                {
                    var certainty = random.Next(5) == 0 ? Certainty.Possible : Certainty.Certain;
                    var polarity = random.Next(8) == 0 ? Polarity.Negative : Polarity.Positive;
                    var factuality = new Factuality(certainty, compatibleDatesOnly ? Polarity.Positive : polarity);
                    var evidence = $"evidence {id} {eventId} {c} {random.Next(1000)}";
                    switch (compatibleDatesOnly ? 0 : random.Next(5))
                    {
                        case 0:
                            builder.Claim(eventId, ClaimProperty.Date, RandomInterval(random, compatibleDatesOnly), evidence, factuality);
                            break;
                        case 1:
                            var n = 100 + (random.Next(5) * 100);
                            builder.Claim(eventId, ClaimProperty.Deaths, Number(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n, random.Next(2) == 0 ? n : null,
                                random.Next(2) == 0), evidence, factuality);
                            break;
                        case 2:
                            builder.Claim(eventId, ClaimProperty.Terms, Terms("terms", "forces enter suwayda", random.Next(2) == 0 ? Polarity.Positive : Polarity.Negative),
                                evidence, factuality);
                            break;
                        case 3:
                            builder.Claim(eventId, ClaimProperty.Place, new PlaceValue("place", random.Next(2) == 0 ? "syria" : "suwayda"), evidence, factuality);
                            break;
                        default:
                            builder.Claim(eventId, ClaimProperty.Occurred, new TextValue("happened"), evidence, factuality, null,
                                random.Next(3) == 0 ? ["anadolu-agency"] : []);
                            break;
                    }
                }
            }

            result.Add(builder.Build());
        }

        return result;
    }

    // All intervals contain 15 July 2025 when compatibleOnly is set: day, range around it, or the month.
    private static TemporalValue RandomInterval(Random random, bool compatibleOnly)
    {
        if (!compatibleOnly)
        {
            return random.Next(3) == 0 ? Month(2025, 7) : Day(2025, 7, 10 + random.Next(4));
        }

        return random.Next(3) switch
        {
            0 => Day(2025, 7, 15),
            1 => Days(new LocalDate(2025, 7, 15 - random.Next(5)), new LocalDate(2025, 7, 15 + random.Next(5))),
            _ => Month(2025, 7),
        };
    }

    private static List<T> Shuffle<T>(IEnumerable<T> items, Random random) => items.OrderBy(_ => random.Next()).ToList();

    private static ReconciliationState Shard(IEnumerable<ArticleAnalysis> analyses) => ReconciliationState.From(analyses);

    [FsCheckProperty(MaxTest = 60)]
    public bool Merge_ThreeShards_Associative(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var all = Scenario(seed);
        var random = new Random(seed);
        var parts = all.GroupBy(_ => random.Next(3)).Select(Shard).ToList();
        while (parts.Count < 3)
        {
            parts.Add(ReconciliationState.Empty);
        }

        var left = ReconciliationState.Merge(ReconciliationState.Merge(parts[0], parts[1]), parts[2]).ReportWithoutInference();
        var right = ReconciliationState.Merge(parts[0], ReconciliationState.Merge(parts[1], parts[2])).ReportWithoutInference();
        return left.Equals(right);
    }

    [FsCheckProperty(MaxTest = 60)]
    public bool Merge_TwoShards_Commutative(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var all = Scenario(seed);
        var random = new Random(seed);
        var a = Shard(all.Where(_ => random.Next(2) == 0));
        var b = Shard(all.Where(x => !a.Analyses.Contains(x)));
        return ReconciliationState.Merge(a, b).ReportWithoutInference().Equals(ReconciliationState.Merge(b, a).ReportWithoutInference()) &&
               ReconciliationState.Merge(a, b).Count == ReconciliationState.From(all).Count;
    }

    [FsCheckProperty(MaxTest = 60)]
    public bool Reconcile_ShuffledInput_SameReport(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var all = Scenario(seed);
        var shuffled = Shuffle(all, new Random(seed ^ 0x5bd1e995));
        return Shard(all).ReportWithoutInference().Equals(Shard(shuffled).ReportWithoutInference()) &&
               Reconciler.Reconcile(all, null).Equals(Reconciler.Reconcile(shuffled, null));
    }

    [FsCheckProperty(MaxTest = 60)]
    public bool Conflicts_AnyCluster_AlwaysBetweenDifferentArticles(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var report = Reconciler.Reconcile(Scenario(seed), null);
        foreach (var conflict in report.Conflicts)
        {
            var claimIds = conflict.Sides.SelectMany(s => s.Claims).ToList();
            var ownArticles = conflict.Sides.Select(s => s.Articles.ToHashSet(StringComparer.Ordinal)).ToList();
            var crossOutlet = ownArticles.Any(x => ownArticles.Any(y => !ReferenceEquals(x, y) && x.Except(y).Any() && y.Except(x).Any()));
            if (claimIds.Count != claimIds.Distinct().Count() || !crossOutlet)
            {
                return false;
            }
        }

        return true;
    }

    [FsCheckProperty(MaxTest = 60)]
    public bool Conflicts_SingleArticle_None(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var one = Scenario(seed)[0];
        return Reconciler.Reconcile([one], null).Conflicts.IsEmpty;
    }

    [FsCheckProperty(MaxTest = 60)]
    public bool Conflicts_CompatibleIntervals_NeverTemporal(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        var report = Reconciler.Reconcile(Scenario(seed, compatibleDatesOnly: true), null);
        return report.Conflicts.All(c => c.Kind != ConflictKind.Temporal);
    }

    [Test]
    public void Scenario_SomeSeed_HasConflictsAndCorroborations()
    {
        // Guards the generator: the properties above would be vacuous if random clusters never conflicted.
        var reports = Enumerable.Range(0, 40).Select(seed => Reconciler.Reconcile(Scenario(seed), null)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reports.Sum(r => r.Conflicts.Length), Is.GreaterThan(0));
            Assert.That(reports.Sum(r => r.Corroborations.Length), Is.GreaterThan(0));
        });
    }
}
