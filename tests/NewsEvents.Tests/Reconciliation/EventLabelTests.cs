using NewsEvents.Reconciliation;

namespace NewsEvents.Tests.Reconciliation;

public sealed class EventLabelTests
{
    private static readonly EntityDirectory Entities = EntityDirectory.Build([new ArticleAnalysis(new Article("a", "x"), actors:
    [
        new Actor("turkey", "Turkey", ActorKind.State),
        new Actor("turkey-defense-ministry", "Turkish Ministry of National Defense", ActorKind.Government, affiliation: "turkey"),
        new Actor("turkey-defense-ministry-sources", "Defense Ministry sources", ActorKind.UnnamedSource, affiliation: "turkey-defense-ministry"),
        new Actor("syria", "Syria", ActorKind.State),
        new Actor("united-states", "United States", ActorKind.State),
        new Actor("druze", "Druze", ActorKind.Group),
        new Actor("bedouin", "Bedouin", ActorKind.Group),
        new Actor("kurds", "Kurds", ActorKind.Group),
    ])]);

    public static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(EventType type, string expected, params (string, ParticipantRole)[] participants) =>
            new TestCaseData(type, participants, expected).SetName($"For_{type}_{expected.Replace(' ', '_')}");
        yield return Case(EventType.RequestSupport, "Syria requests support from Turkey", ("syria", ParticipantRole.Agent), ("turkey", ParticipantRole.Recipient));
        yield return Case(EventType.Statement, "Statement by Turkish Ministry of National Defense",
            ("turkey", ParticipantRole.Agent), ("turkey-defense-ministry", ParticipantRole.Agent), ("turkey-defense-ministry-sources", ParticipantRole.Agent));
        yield return Case(EventType.Threaten, "Turkey and United States warn Kurds",
            ("turkey", ParticipantRole.Agent), ("united-states", ParticipantRole.Agent), ("kurds", ParticipantRole.Target));
        yield return Case(EventType.Fight, "Fighting between Bedouin and Druze", ("bedouin", ParticipantRole.Agent), ("druze", ParticipantRole.Agent));
        yield return Case(EventType.Ceasefire, "Ceasefire (brokered by United States)", ("united-states", ParticipantRole.Mediator));
        yield return Case(EventType.Attack, "Attack against Syria", ("syria", ParticipantRole.Target));
        yield return Case(EventType.Deny, "Turkey and Syria deny", ("turkey", ParticipantRole.Agent), ("syria", ParticipantRole.Agent));
        yield return Case(EventType.Meet, "Meeting");
    }

    [TestCaseSource(nameof(Cases))]
    public void For_Event_ReadsAsAHeadline(EventType type, (string Actor, ParticipantRole Role)[] participants, string expected)
    {
        var e = new Event("e1", type, [.. participants.Select(p => new Participant(p.Actor, p.Role))]);
        Assert.That(EventLabel.For(e, Entities), Is.EqualTo(expected));
    }
}
