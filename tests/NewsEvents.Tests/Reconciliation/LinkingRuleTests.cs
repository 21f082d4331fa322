using NewsEvents.Reconciliation;
using static NewsEvents.Tests.Reconciliation.AnalysisBuilder;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>Rules that decide whether two reports are one event, and when differing values are not a contradiction.</summary>
public sealed class LinkingRuleTests
{
    private static AnalysisBuilder Article(string id, string source) =>
        new AnalysisBuilder(id, source, new LocalDate(2025, 7, 25))
            .Actor("turkey", "Turkey")
            .Actor("hakan-fidan", "Hakan Fidan", ActorKind.Person, "turkey")
            .Actor("kurds", "Kurds", ActorKind.Group)
            .Actor("syria", "Syria")
            .Actor("united-states", "United States")
            .Actor("israel", "Israel")
            .Place("syria-country", "Syria", PlaceKind.Country)
            .Place("damascus", "Damascus", PlaceKind.City, "syria-country")
            .Place("suwayda", "Suwayda", PlaceKind.Region, "syria-country");

    private static ReconciliationReport Reconcile(params ArticleAnalysis[] analyses) => Reconciler.Reconcile(analyses, null);

    [Test]
    public void Reconcile_SameAgentDifferentTargets_TwoEvents()
    {
        var report = Reconcile(
            Article("w1", "Outlet One").Event("e1", EventType.Threaten, Day(2025, 7, 22), null, null,
                ("hakan-fidan", ParticipantRole.Agent), ("kurds", ParticipantRole.Target)).Build(),
            Article("w2", "Outlet Two").Event("e1", EventType.Threaten, Day(2025, 7, 22), null, null,
                ("turkey", ParticipantRole.Agent), ("israel", ParticipantRole.Target)).Build());
        Assert.That(report.Events, Has.Length.EqualTo(2));
    }

    [Test]
    public void Reconcile_SameAgentAndRelatedTarget_OneEvent()
    {
        var report = Reconcile(
            Article("w1", "Outlet One").Event("e1", EventType.Threaten, Day(2025, 7, 22), null, null,
                ("hakan-fidan", ParticipantRole.Agent), ("kurds", ParticipantRole.Target)).Build(),
            Article("w2", "Outlet Two").Event("e1", EventType.Threaten, Day(2025, 7, 22), null, null,
                ("turkey", ParticipantRole.Agent), ("kurds", ParticipantRole.Target)).Build());
        Assert.That(report.Events, Has.Length.EqualTo(1));
    }

    [Test]
    public void Reconcile_MediatorOnlyOnOneSide_StillOneCeasefire()
    {
        var report = Reconcile(
            Article("c1", "Outlet One").Event("e1", EventType.Ceasefire, Day(2025, 7, 19), null, null, ("united-states", ParticipantRole.Mediator))
                .Claim("e1", ClaimProperty.Terms, Terms("allowing government forces to enter Suwayda", "syria enter suwayda", Polarity.Positive),
                    "allowing government forces to enter Suwayda").Build(),
            Article("c2", "Outlet Two").Event("e1", EventType.Ceasefire, Day(2025, 7, 19))
                .Claim("e1", ClaimProperty.Terms, Terms("agreed to refrain from entering the province", "syria enter suwayda", Polarity.Negative),
                    "agreed to refrain from entering the province").Build());
        Assert.Multiple(() =>
        {
            Assert.That(report.Events, Has.Length.EqualTo(1));
            Assert.That(report.Conflicts.Select(c => c.Kind), Is.EqualTo(new[] { ConflictKind.Terms }));
        });
    }

    [Test]
    public void Reconcile_LastWeekAgainstThePreviousSunday_Compatible()
    {
        // "last week" from Wednesday 23 July is Monday 14 to Sunday 20 July; 13 July is the Sunday that starts a US-style week.
        var lastWeek = new TemporalValue("last week", new LocalDate(2025, 7, 14), new LocalDate(2025, 7, 20), TemporalGranularity.Week);
        var report = Reconcile(
            Article("f1", "Outlet One").Event("e1", EventType.Fight, lastWeek, null, null, ("kurds", ParticipantRole.Agent))
                .Claim("e1", ClaimProperty.Date, lastWeek, "clashes erupted last week").Build(),
            Article("f2", "Outlet Two").Event("e1", EventType.Fight, Day(2025, 7, 13), null, null, ("kurds", ParticipantRole.Agent))
                .Claim("e1", ClaimProperty.Date, Day(2025, 7, 13, "on July 13"), "clashes erupted on July 13").Build());
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.Corroborations.Where(c => c.Property == ClaimProperty.Date), Has.Exactly(1).Items);
        });
    }

    [Test]
    public void Reconcile_LastWeekAgainstADayTwoDaysBefore_Conflicts()
    {
        var lastWeek = new TemporalValue("last week", new LocalDate(2025, 7, 14), new LocalDate(2025, 7, 20), TemporalGranularity.Week);
        var report = Reconcile(
            Article("f1", "Outlet One").Event("e1", EventType.Fight, null, null, null, ("kurds", ParticipantRole.Agent))
                .Claim("e1", ClaimProperty.Date, lastWeek, "clashes erupted last week").Build(),
            Article("f2", "Outlet Two").Event("e1", EventType.Fight, null, null, null, ("kurds", ParticipantRole.Agent))
                .Claim("e1", ClaimProperty.Date, Day(2025, 7, 12, "on July 12"), "clashes erupted on July 12").Build());
        Assert.That(report.Conflicts.Select(c => c.Kind), Is.EqualTo(new[] { ConflictKind.Temporal }));
    }

    [Test]
    public void Reconcile_OneOutletReportsBothPlaces_OthersNamingOneDoNotConflict()
    {
        AnalysisBuilder Strikes(string id, string source) =>
            Article(id, source).Event("e1", EventType.Attack, Day(2025, 7, 16), null, null, ("israel", ParticipantRole.Agent));
        var report = Reconcile(
            Strikes("s1", "Outlet One").Claim("e1", ClaimProperty.Place, new PlaceValue("Suwayda", "suwayda"), "strikes in Suwayda").Build(),
            Strikes("s2", "Outlet Two").Claim("e1", ClaimProperty.Place, new PlaceValue("Damascus", "damascus"), "strikes on Damascus").Build(),
            Strikes("s3", "Outlet Three").Claim("e1", ClaimProperty.Place, new PlaceValue("Suwayda", "suwayda"), "strikes in Suwayda")
                .Claim("e1", ClaimProperty.Place, new PlaceValue("Damascus", "damascus"), "and on Damascus").Build());
        Assert.That(report.Conflicts, Is.Empty);
    }

    [Test]
    public void Reconcile_NoOutletReportsBothPlaces_PlaceConflict()
    {
        AnalysisBuilder Strikes(string id, string source) =>
            Article(id, source).Event("e1", EventType.Attack, Day(2025, 7, 16), null, null, ("israel", ParticipantRole.Agent));
        var report = Reconcile(
            Strikes("s1", "Outlet One").Claim("e1", ClaimProperty.Place, new PlaceValue("Suwayda", "suwayda"), "strike in Suwayda").Build(),
            Strikes("s2", "Outlet Two").Claim("e1", ClaimProperty.Place, new PlaceValue("Damascus", "damascus"), "strike on Damascus").Build());
        Assert.That(report.Conflicts.Select(c => c.Kind), Is.EqualTo(new[] { ConflictKind.Place }));
    }
}

/// <summary>Which hedges dispute a statement of fact.</summary>
public sealed class FactualityConflictTests
{
    private static AnalysisBuilder Article(string id) =>
        new AnalysisBuilder(id, "Outlet " + id, new LocalDate(2025, 7, 25)).Actor("acme", "Acme").Actor("telco", "Telco")
            .Event("e1", EventType.Other, AnalysisBuilder.Day(2025, 7, 24), null, null, ("acme", ParticipantRole.Agent), ("telco", ParticipantRole.Recipient));

    private static readonly Factuality Probable = new(Certainty.Probable, Polarity.Positive);

    [Test]
    public void HedgedEvent_ItsAgentHedgedWithIt_IsOneConflictOnTheEvent()
    {
        var report = Reconciler.Reconcile(
        [
            Article("a").Claim("e1", ClaimProperty.Occurred, new TextValue("sent"), "Acme sent a ship to the cable.")
                .Claim("e1", ClaimProperty.Agent, new ActorValue("Acme", "acme"), "Acme sent a ship to the cable.").Build(),
            Article("b").Claim("e1", ClaimProperty.Occurred, new TextValue("send"), "Acme plans to send a ship to the cable.", Probable)
                .Claim("e1", ClaimProperty.Agent, new ActorValue("Acme", "acme"), "Acme plans to send a ship to the cable.", Probable).Build(),
        ], null);

        Assert.That(report.Conflicts.Where(c => c.Kind == ConflictKind.Factuality).Select(c => c.Property),
            Is.EqualTo(new[] { ClaimProperty.Occurred }));
    }

    [TestCase("Acme said it was sending a ship to the cable.", "sending", 0)]
    [TestCase("Acme said it sent a ship to the cable.", "sent", 1)]
    public void ActUnderWay_AgainstAPlan_IsNoFactualityConflict(string certain, string trigger, int expected)
    {
        var report = Reconciler.Reconcile(
        [
            Article("a").Claim("e1", ClaimProperty.Occurred, new TextValue(trigger), certain).Build(),
            Article("b").Claim("e1", ClaimProperty.Occurred, new TextValue("send"), "Acme said it plans to send a ship to the cable.", Probable).Build(),
        ], null);

        Assert.That(report.Conflicts.Count(c => c.Kind == ConflictKind.Factuality), Is.EqualTo(expected));
    }
}

/// <summary>Explanations a journalist would accept.</summary>
public sealed class ExplanationTests
{
    [Test]
    public void Explain_HedgedAgainstCertain_NamesTheCertainOutletAsStatingFact()
    {
        AnalysisBuilder Article(string id, string source) =>
            new AnalysisBuilder(id, source, new LocalDate(2025, 7, 25)).Actor("israel", "Israel").Actor("syria", "Syria")
                .Event("e1", EventType.Attack, AnalysisBuilder.Day(2025, 7, 20), null, null, ("israel", ParticipantRole.Agent),
                    ("syria", ParticipantRole.Target));

        // The hedged article sorts first by id, so the order of sides must come from certainty, not from ids.
        var report = Reconciler.Reconcile(
        [
            Article("a-hedged", "Outlet A").Claim("e1", ClaimProperty.Occurred, new TextValue("reportedly struck"), "Israel reportedly struck",
                new Factuality(Certainty.Probable, Polarity.Positive)).Build(),
            Article("b-certain", "Outlet B").Claim("e1", ClaimProperty.Occurred, new TextValue("struck"), "Israel struck").Build(),
        ], null);

        var conflict = report.Conflicts.Single(c => c.Kind == ConflictKind.Factuality);
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Sides[0].Articles, Is.EqualTo(new[] { "b-certain" }));
            Assert.That(conflict.Explanation, Does.StartWith("Outlet B (b-certain) states as fact").And.Contain("Outlet A (a-hedged) only reports it as probable"));
        });
    }
}
