using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NewsEvents.Entities;

namespace NewsEvents.Tests.Entities;

public class GazetteerTests
{
    [Test]
    public void Default_Loads_HasAllUnMemberStates()
    {
        var gazetteer = Gazetteer.Default;
        var members = gazetteer.Entries.Where(e => e.Type == EntryType.Country && e.UnMember).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(members, Has.Count.EqualTo(193));
            Assert.That(gazetteer.Entries.Count(e => e.Type == EntryType.Country), Is.GreaterThanOrEqualTo(240));
            Assert.That(gazetteer.Actors, Has.Length.GreaterThan(250));
            Assert.That(gazetteer.Places, Has.Length.GreaterThan(1000));
            Assert.That(gazetteer.Sources, Has.Length.GreaterThan(30));
        });
    }

    [Test]
    public void ResourceFiles_HaveNoDuplicateIds()
    {
        var ids = Gazetteer.ResourceFiles
            .SelectMany(f => GazetteerJson.Parse(EmbeddedData.Read($"gazetteer.{f}.json"), f).Entries)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.That(ids, Is.Empty);
    }

    [Test]
    public void Default_NoAliasNamesTwoEntriesOfEqualPriority()
    {
        var ambiguities = Gazetteer.Default.Index.Ambiguities().Select(a => $"{a.Key}: {string.Join(", ", a.Ids)}").ToList();
        Assert.That(ambiguities, Is.Empty);
    }

    [Test]
    public void Default_IdsAreKebabCaseAscii()
    {
        var bad = Gazetteer.Default.Entries.Select(e => e.Id).Where(id => !Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$")).ToList();
        Assert.That(bad, Is.Empty);
    }

    [Test]
    public void Default_ReferencesPointToExistingEntries()
    {
        var gazetteer = Gazetteer.Default;
        var broken = gazetteer.Entries
            .SelectMany(e => new[] { e.Within, e.MetonymFor, e.Affiliation }.Where(r => r is not null).Select(r => (e.Id, Ref: r!)))
            .Where(x => !gazetteer.TryGetEntry(x.Ref, out _))
            .Select(x => $"{x.Id} → {x.Ref}")
            .ToList();
        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void Default_IsSharedInstance()
    {
        var first = Gazetteer.Default;
        var second = Task.Run(() => Gazetteer.Default).Result;
        Assert.That(second, Is.SameAs(first));
    }

    [TestCase("turkey", ActorKind.State, "Turkey")]
    [TestCase("syria", ActorKind.State, "Syria")]
    [TestCase("islamic-state", ActorKind.ArmedGroup, "Islamic State")]
    [TestCase("druze", ActorKind.Group, "Druze")]
    [TestCase("turkey-defense-ministry", ActorKind.Government, "Turkish Ministry of National Defense")]
    [TestCase("recep-tayyip-erdogan", ActorKind.Person, "Recep Tayyip Erdoğan")]
    [TestCase("united-nations", ActorKind.Organization, "United Nations")]
    public void FindActor_KnownId_ReturnsActor(string id, ActorKind kind, string name)
    {
        var actor = Gazetteer.Default.FindActor(id);
        Assert.That(actor, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(actor!.Kind, Is.EqualTo(kind));
            Assert.That(actor.Name, Is.EqualTo(name));
        });
    }

    [TestCase("turkey", PlaceKind.Country, null)]
    [TestCase("suwayda", PlaceKind.Region, "syria")]
    [TestCase("ankara", PlaceKind.City, "turkey")]
    [TestCase("damascus", PlaceKind.City, "syria")]
    [TestCase("gaza-strip", PlaceKind.Area, "palestine")]
    [TestCase("west-bank", PlaceKind.Area, "palestine")]
    [TestCase("donetsk-oblast", PlaceKind.Region, "ukraine")]
    public void FindPlace_KnownId_ReturnsPlaceWithContainer(string id, PlaceKind kind, string? within)
    {
        var place = Gazetteer.Default.FindPlace(id);
        Assert.That(place, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(place!.Kind, Is.EqualTo(kind));
            Assert.That(place.Within, Is.EqualTo(within));
        });
    }

    [TestCase("suwayda", "syria", true)]
    [TestCase("aleppo", "syria", true)]
    [TestCase("rafah", "palestine", true)]
    [TestCase("suwayda", "turkey", false)]
    [TestCase("syria", "suwayda", false)]
    [TestCase("syria", "syria", true)]
    public void IsWithin_Containment_FollowsChain(string place, string container, bool expected) =>
        Assert.That(Gazetteer.Default.IsWithin(place, container), Is.EqualTo(expected));

    [TestCase("anadolu-agency", SourceKind.WireAgency)]
    [TestCase("bbc", SourceKind.Broadcaster)]
    [TestCase("vnexpress", SourceKind.Outlet)]
    public void FindSource_KnownId_ReturnsKind(string id, SourceKind kind) =>
        Assert.That(Gazetteer.Default.FindSource(id)?.Kind, Is.EqualTo(kind));

    [Test]
    public void FindActor_UnknownId_ReturnsNull() => Assert.That(Gazetteer.Default.FindActor("no-such-actor"), Is.Null);
}
