using NewsEvents.Tests.Support;
using NewsEvents.Reconciliation;
using static NewsEvents.Tests.Reconciliation.AnalysisBuilder;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>Hand-made multi-article clusters: what conflicts, what corroborates, what counts as independent.</summary>
public sealed class ClusterTests
{
    private static AnalysisBuilder Article(string id, string source, int day = 25) =>
        new AnalysisBuilder(id, source, new LocalDate(2025, 7, day))
            .Actor("israel", "Israel")
            .Actor("turkey", "Turkey", ActorKind.State, null, "Türkiye", "Ankara")
            .Actor("turkey-defense-ministry", "Turkish Ministry of National Defense", ActorKind.Government, "turkey")
            .Actor("syria", "Syria")
            .Place("syria-country", "Syria", PlaceKind.Country)
            .Place("lebanon", "Lebanon", PlaceKind.Country)
            .Place("suwayda", "Suwayda", PlaceKind.Region, "syria-country", "Sweida")
            .Place("aleppo", "Aleppo", PlaceKind.City, "syria-country");

    private static AnalysisBuilder Strike(string id, string source) =>
        Article(id, source).Event("e1", EventType.Attack, null, null, null, ("israel", ParticipantRole.Agent), ("syria", ParticipantRole.Target));

    private static ReconciliationReport Reconcile(params ArticleAnalysis[] analyses) => Reconciler.Reconcile(analyses, null);

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(
            new[]
            {
                Strike("a1", "Outlet One").Claim("e1", ClaimProperty.Deaths, Number("over 1,100", 1101, null, approximate: true), "killed over 1,100 people").Build(),
                Strike("a2", "Outlet Two").Claim("e1", ClaimProperty.Deaths, Number("1,150", 1150, 1150), "1,150 people were killed").Build(),
                Strike("a3", "Outlet Three").Claim("e1", ClaimProperty.Deaths, Number("about 500", 500, 500, approximate: true), "about 500 dead").Build(),
            },
            (ConflictKind?)ConflictKind.Numeric, ConflictSeverity.Hard, new[] { "a1", "a2" }, new[] { "a3" })
            .SetName("Casualties_OverElevenHundredVsAboutFiveHundred_NumericConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("b1", "Outlet One").Claim("e1", ClaimProperty.Date, Day(2025, 7, 10, "on July 10"), "struck on July 10").Build(),
                Strike("b2", "Outlet Two").Claim("e1", ClaimProperty.Date, Day(2025, 7, 10, "10 July"), "the 10 July strike").Build(),
                Strike("b3", "Outlet Three").Claim("e1", ClaimProperty.Date, Day(2025, 7, 12, "July 12"), "struck on July 12").Build(),
            },
            (ConflictKind?)ConflictKind.Temporal, ConflictSeverity.Hard, new[] { "b1", "b2" }, new[] { "b3" })
            .SetName("Date_TenthVsTwelfth_HardTemporalConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("c1", "Outlet One").Claim("e1", ClaimProperty.Place, new PlaceValue("Aleppo", "aleppo"), "the strike in Aleppo").Build(),
                Strike("c2", "Outlet Two").Claim("e1", ClaimProperty.Place, new PlaceValue("Lebanon", "lebanon"), "the strike in Lebanon").Build(),
            },
            (ConflictKind?)ConflictKind.Place, ConflictSeverity.Hard, new[] { "c1" }, new[] { "c2" })
            .SetName("Place_CityVsAnotherCountry_PlaceConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("d1", "Outlet One").Claim("e1", ClaimProperty.Place, new PlaceValue("Sweida", "suwayda"), "the strike in Sweida").Build(),
                Strike("d2", "Outlet Two").Claim("e1", ClaimProperty.Place, new PlaceValue("Syria", "syria-country"), "the strike in Syria").Build(),
            },
            null, null, null, null)
            .SetName("Place_ProvinceVsItsCountry_NoConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("e1", "Outlet One").Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel struck Syria").Build(),
                Strike("e2", "Outlet Two").Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "unconfirmed reports suggested Israel struck",
                    new Factuality(Certainty.Possible, Polarity.Positive)).Build(),
            },
            (ConflictKind?)ConflictKind.Factuality, ConflictSeverity.Soft, new[] { "e1" }, new[] { "e2" })
            .SetName("Occurred_CertainVsPossible_SoftFactualityConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("f1", "Outlet One").Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel struck Syria").Build(),
                Strike("f2", "Outlet Two").Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel did not strike Syria",
                    new Factuality(Certainty.Certain, Polarity.Negative)).Build(),
            },
            (ConflictKind?)ConflictKind.Polarity, ConflictSeverity.Hard, new[] { "f1" }, new[] { "f2" })
            .SetName("Occurred_AssertedVsDenied_PolarityConflict");
        yield return new TestCaseData(
            new[]
            {
                Article("g1", "Outlet One").Event("e1", EventType.Ceasefire, null, null, null, ("syria", ParticipantRole.Agent))
                    .Claim("e1", ClaimProperty.Terms, Terms("refrain from entering the province", "government-forces enter suwayda", Polarity.Negative),
                        "agreed to refrain from entering the province").Build(),
                Article("g2", "Outlet Two").Event("e1", EventType.Ceasefire, null, null, null, ("syria", ParticipantRole.Agent))
                    .Claim("e1", ClaimProperty.Terms, Terms("allowing forces to enter Sweida", "government-forces enter suwayda", Polarity.Positive),
                        "allowing Syrian government forces to enter Sweida").Build(),
            },
            (ConflictKind?)ConflictKind.Terms, ConflictSeverity.Hard, new[] { "g1" }, new[] { "g2" })
            .SetName("Terms_SamePropositionOppositePolarity_TermsConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("h1", "Outlet One").Claim("e1", ClaimProperty.Date, Month(2024, 12, "in December"), "took Damascus in December").Build(),
                Strike("h2", "Outlet Two").Claim("e1", ClaimProperty.Date, Day(2024, 12, 8, "December 8, 2024"), "on December 8, 2024").Build(),
            },
            null, null, null, null)
            .SetName("Date_MonthVsDayInside_NoConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("i1", "Outlet One").Claim("e1", ClaimProperty.Date, Days(new LocalDate(2025, 7, 13), new LocalDate(2025, 7, 21), "from July 13 to 21"), "clashes from July 13 to 21").Build(),
                Strike("i2", "Outlet Two").Claim("e1", ClaimProperty.Date, Day(2025, 7, 13, "on July 13"), "clashes erupted on July 13").Build(),
            },
            null, null, null, null)
            .SetName("Date_RangeVsDayInside_NoConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("j1", "Outlet One").Claim("e1", ClaimProperty.Agent, new ActorValue("Ankara", "turkey"), "Ankara said")
                    .Claim("e1", ClaimProperty.Date, Day(2025, 7, 10, "July 10"), "July 10").Claim("e1", ClaimProperty.Date, Day(2025, 7, 14, "July 14"), "July 14").Build(),
                Strike("j2", "Outlet Two").Claim("e1", ClaimProperty.Agent, new ActorValue("the ministry", "turkey-defense-ministry"), "the ministry said").Build(),
            },
            null, null, null, null)
            .SetName("ActorAndAffiliation_AndDifferentDatesWithinOneArticle_NoConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("f3", "Outlet One").Claim("e1", ClaimProperty.Occurred, new TextValue("killing"), "the killing of the guard").Build(),
                Strike("f4", "Outlet Two").Claim("e1", ClaimProperty.Occurred, new TextValue("killed"), "the guard was not killed",
                    new Factuality(Certainty.Certain, Polarity.Negative)).Build(),
            },
            (ConflictKind?)ConflictKind.Polarity, ConflictSeverity.Hard, new[] { "f3" }, new[] { "f4" })
            .SetName("Occurred_InflectionDenied_PolarityConflict");
        yield return new TestCaseData(
            new[]
            {
                Strike("f5", "Outlet One").Claim("e1", ClaimProperty.Occurred, new TextValue("attack"), "crews attack the blaze from above").Build(),
                Strike("f6", "Outlet Two").Claim("e1", ClaimProperty.Occurred, new TextValue("strike"), "there was no lightning strike",
                    new Factuality(Certainty.Certain, Polarity.Negative)).Build(),
            },
            null, null, null, null)
            .SetName("Occurred_AnotherWordDenied_NoPolarityConflict");
    }

    [Test]
    public void Reconcile_OneDayApartAndOneSideOnlyWeekdays_SoftWithAnchoringNote()
    {
        var report = Reconcile(
            Strike("p1", "Outlet One").Claim("e1", ClaimProperty.Date, Day(2025, 7, 23, "on Wednesday", weekday: true), "struck on Wednesday").Build(),
            Strike("p2", "Outlet Two").Claim("e1", ClaimProperty.Date, Day(2025, 7, 24, "on July 24"), "struck on July 24").Build());
        var conflict = report.Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Severity, Is.EqualTo(ConflictSeverity.Soft));
            Assert.That(conflict.Explanation, Does.Contain("may be an artefact"));
        });
    }

    [Test]
    public void Reconcile_DuplicateEventsWithinOneArticle_MergedIntoOne()
    {
        var report = Reconcile(
            Strike("q1", "Outlet One").Event("e2", EventType.Attack, Day(2025, 7, 10), null, null, ("israel", ParticipantRole.Agent))
                .Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel struck")
                .Claim("e2", ClaimProperty.Date, Day(2025, 7, 10), "on 10 July").Build());
        Assert.Multiple(() =>
        {
            Assert.That(report.Events, Has.Length.EqualTo(1));
            Assert.That(report.Claims.Select(c => c.EventId).Distinct(), Is.EqualTo(new[] { report.Events[0].Id }));
        });
    }

    [Test]
    public void Reconcile_DailyEventsOneDayApart_NotChainedIntoOneEvent()
    {
        var report = Reconcile([.. Enumerable.Range(10, 5).Select(day =>
            Article($"y{day}", $"Outlet {day}").Event("e1", EventType.Attack, Day(2025, 7, day), null, null, ("israel", ParticipantRole.Agent)).Build())]);
        Assert.That(report.Events.Select(e => string.Join("+", e.Articles)).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "y10+y11", "y12+y13", "y14" }));
    }

    [Test]
    public void Reconcile_UndatedEventFittingTwoClusters_StaysAlone()
    {
        var report = Reconcile(
            Article("u1", "Outlet One").Event("e1", EventType.Attack, Day(2025, 5, 1), null, null, ("israel", ParticipantRole.Agent)).Build(),
            Article("u2", "Outlet Two").Event("e1", EventType.Attack, Day(2025, 7, 1), null, null, ("israel", ParticipantRole.Agent)).Build(),
            Article("u3", "Outlet Three").Event("e1", EventType.Attack, null, null, null, ("israel", ParticipantRole.Agent)).Build());
        Assert.That(report.Events.Select(e => e.Articles.Length), Is.EqualTo(new[] { 1, 1, 1 }));
    }

    [Test]
    public void Add_SameArticleIdTwoVersions_KeepsSameOneInEitherOrder()
    {
        var first = Strike("v1", "Outlet One").Claim("e1", ClaimProperty.Deaths, Number("12", 12, 12), "12 killed").Build();
        var second = Strike("v1", "Outlet One").Claim("e1", ClaimProperty.Deaths, Number("15", 15, 15), "15 killed").Build();
        var a = ReconciliationState.Empty.Add(first).Add(second);
        var b = ReconciliationState.Empty.Add(second).Add(first);
        Assert.Multiple(() =>
        {
            Assert.That(a.Count, Is.EqualTo(1));
            Assert.That(a.ReportWithoutInference(), Is.EqualTo(b.ReportWithoutInference()));
            Assert.That(ReconciliationState.Merge(ReconciliationState.From([first]), ReconciliationState.From([second])).ReportWithoutInference(), Is.EqualTo(a.ReportWithoutInference()));
        });
    }

    [Test]
    public void Reconcile_EventIds_StableAndIndependentOfInputOrder()
    {
        var analyses = Cases().Select(c => (ArticleAnalysis[])c.Arguments[0]!).First();
        var forward = Reconcile(analyses);
        var backward = Reconcile([.. analyses.Reverse()]);
        Assert.Multiple(() =>
        {
            Assert.That(backward.Events.Select(e => e.Id), Is.EqualTo(forward.Events.Select(e => e.Id)));
            Assert.That(forward.Events[0].Id, Does.StartWith("ev-").And.Length.EqualTo(19));
            Assert.That(backward, Is.EqualTo(forward));
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Reconcile_Cluster_FindsExpectedConflict(ArticleAnalysis[] analyses, ConflictKind? kind, ConflictSeverity? severity,
        string[]? firstSide, string[]? secondSide)
    {
        var report = Reconcile(analyses);
        if (kind is null)
        {
            Assert.That(report.Conflicts, Is.Empty, () => string.Join("\n", report.Conflicts));
            return;
        }

        Assert.That(report.Conflicts, Has.Length.EqualTo(1), () => string.Join("\n", report.Conflicts));
        var conflict = report.Conflicts[0];
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(kind));
            Assert.That(conflict.Severity, Is.EqualTo(severity));
            Assert.That(conflict.Sides.Select(s => s.Articles.ToArray()), Is.EqualTo(new[] { firstSide, secondSide }));
            Assert.That(conflict.Explanation, Does.EndWith("."));
            Assert.That(report.Events, Has.Length.EqualTo(1), "all articles report one linked event");
        });
    }

    [Test]
    public void Reconcile_DateDisagreement_ExplanationNamesOutletsAndDates()
    {
        var report = Reconcile(Cases().Select(c => (ArticleAnalysis[])c.Arguments[0]!).ElementAt(1));
        Assert.That(report.Conflicts[0].Explanation, Is.EqualTo(
            "Outlet One (b1) and Outlet Two (b2) date the event \"Israel attacks Syria\" to 10 July 2025, " +
            "but Outlet Three (b3) dates it to 12 July 2025."));
    }

    [Test]
    public void Reconcile_OverElevenHundredAndExact_CorroboratedWithExactValue()
    {
        var report = Reconcile(Cases().Select(c => (ArticleAnalysis[])c.Arguments[0]!).First());
        var corroboration = report.Corroborations.Single(c => c.Property == ClaimProperty.Deaths);
        Assert.Multiple(() =>
        {
            Assert.That(corroboration.Articles, Is.EqualTo(new[] { "a1", "a2" }));
            Assert.That(((QuantityValue)corroboration.Value).Text, Is.EqualTo("1,150"));
            Assert.That(corroboration.IndependentSources, Is.EqualTo(2));
            Assert.That(report.Singletons, Is.Empty);
        });
    }

    [Test]
    public void Reconcile_RangeAndDayInside_CorroboratedWithTheDay()
    {
        var report = Reconcile(Cases().Select(c => (ArticleAnalysis[])c.Arguments[0]!).ElementAt(8));
        var corroboration = report.Corroborations.Single();
        Assert.That(corroboration.Value, Is.EqualTo(Day(2025, 7, 13, "on July 13")));
    }

    public static IEnumerable<TestCaseData> IndependenceCases()
    {
        const string wire = "Syria has formally asked Turkey for military support to strengthen its defense capacity and fight terrorist " +
                            "groups, the Turkish Ministry of National Defense said on Wednesday, adding that Ankara would provide training, " +
                            "advisory and technical support to the Syrian army under a memorandum signed last year.";
        ArticleAnalysis Make(string id, string source, string? text, string[] relays, string[] via) =>
            Article(id, source).Text(text ?? $"{source} reports in its own words, story {id}: the request reached the ministry and officials confirmed it to us.")
                .Relays(relays)
                .Event("e1", EventType.RequestSupport, null, null, null, ("syria", ParticipantRole.Agent), ("turkey", ParticipantRole.Recipient))
                .Claim("e1", ClaimProperty.Occurred, new TextValue("asked"), "asked Turkey for military support", null, "turkey-defense-ministry", via)
                .Build();

        yield return new TestCaseData(new[]
        {
            Make("w1", "Daily Sabah", null, ["Anadolu Agency"], []),
            Make("w2", "TRT World", null, [], ["anadolu-agency"]),
            Make("w3", "Al Jazeera", null, [], []),
        }, 3, 2).SetName("Independence_TwoOutletsRelayingOneAgency_CountOnce");
        yield return new TestCaseData(new[]
        {
            Make("n1", "Outlet One", wire, [], []),
            Make("n2", "Outlet Two", wire + " More to follow.", [], []),
            Make("n3", "Outlet Three", null, [], []),
        }, 3, 2).SetName("Independence_NearIdenticalText_CountOnce");
        yield return new TestCaseData(new[]
        {
            Make("x1", "Outlet One", null, [], []),
            Make("x2", "Outlet Two", null, [], []),
            Make("x3", "Outlet Three", null, [], []),
        }, 3, 3).SetName("Independence_DistinctOutletsAndTexts_CountEach");
        yield return new TestCaseData(new[]
        {
            Make("s1", "Outlet One", null, [], []),
            Make("s2", "Outlet One", null, [], []),
        }, 2, 1).SetName("Independence_SameOutletTwice_CountOnce");
    }

    [TestCaseSource(nameof(IndependenceCases))]
    public void Reconcile_Corroboration_CountsIndependentSources(ArticleAnalysis[] analyses, int articles, int independent)
    {
        var corroboration = Reconcile(analyses).Corroborations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(corroboration.Articles, Has.Length.EqualTo(articles));
            Assert.That(corroboration.IndependentSources, Is.EqualTo(independent));
        });
    }

    [Test]
    public void Reconcile_ClaimOnlyOneArticleMakes_IsSingleton()
    {
        var report = Reconcile(
            Strike("k1", "Outlet One").Claim("e1", ClaimProperty.Deaths, Number("12", 12, 12), "12 killed").Build(),
            Strike("k2", "Outlet Two").Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel struck").Build());
        Assert.That(report.Singletons, Is.EqualTo(new[] { "k1-c1", "k2-c1" }));
    }

    [Test]
    public void Reconcile_AliasesAcrossArticles_MergedActorKeepsCanonicalName()
    {
        var report = Reconcile(
            Strike("m1", "Outlet One").Actor("turkey", "Turkey", ActorKind.State, null, "Türkiye").Build(),
            Strike("m2", "Outlet Two").Actor("turkey", "Turkey", ActorKind.State, null, "Ankara", "Turkiye").Build());
        var turkey = report.Actors.Single(a => a.Id == "turkey");
        Assert.Multiple(() =>
        {
            Assert.That(turkey.Name, Is.EqualTo("Turkey"));
            Assert.That(turkey.Aliases, Is.EqualTo(new[] { "Ankara", "Turkiye", "Türkiye" }));
            Assert.That(report.Sources.Select(s => s.Name), Is.EqualTo(new[] { "Outlet One", "Outlet Two" }));
        });
    }

    [Test]
    public void Reconcile_TimedEventsTwoMonthsApart_NotLinked()
    {
        var report = Reconcile(
            Article("t1", "Outlet One").Event("e1", EventType.Attack, Day(2025, 5, 1), null, null, ("israel", ParticipantRole.Agent)).Build(),
            Article("t2", "Outlet Two").Event("e1", EventType.Attack, Day(2025, 7, 1), null, null, ("israel", ParticipantRole.Agent)).Build(),
            Article("t3", "Outlet Two").Event("e1", EventType.Attack, Day(2025, 7, 2), null, null, ("israel", ParticipantRole.Agent)).Build());
        Assert.That(report.Events.Select(e => e.Articles.Length).Order(), Is.EqualTo(new[] { 1, 2 }));
    }
}
