using System.IO;
using NewsEvents.Entities;

namespace NewsEvents.Tests.Entities;

public class UserGazetteerTests
{
    private const string Header = "{\"schema\":\"newsevents.gazetteer/1\",\"entries\":[";

    [Test]
    public void WithUserJson_NewPerson_IsResolved()
    {
        var gazetteer = Gazetteer.Default.WithUserJson(Header +
            "{\"id\":\"jane-roe\",\"name\":\"Jane Roe\",\"type\":\"person\",\"aliases\":[\"Roe\"],\"affiliation\":\"united-nations\",\"role\":\"envoy\"}]}");
        var resolution = EntityTestHelpers.Resolve("Roe arrived in Damascus.", gazetteer);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.Mentions.First().EntryId, Is.EqualTo("jane-roe"));
            Assert.That(gazetteer.FindActor("jane-roe")!.Affiliation, Is.EqualTo("united-nations"));
            Assert.That(Gazetteer.Default.FindActor("jane-roe"), Is.Null, "the default gazetteer is unchanged");
        });
    }

    [Test]
    public void WithUserJson_ExistingId_AddsAliasesAndOverridesName()
    {
        var gazetteer = Gazetteer.Default.WithUserJson(Header + "{\"id\":\"suwayda\",\"name\":\"Sweida\",\"aliases\":[\"Swayda\"]}]}");
        var place = gazetteer.FindPlace("suwayda")!;
        Assert.Multiple(() =>
        {
            Assert.That(place.Name, Is.EqualTo("Sweida"));
            Assert.That(place.Aliases, Does.Contain("Swayda").And.Contain("Suweyda"));
            Assert.That(place.Within, Is.EqualTo("syria"));
            Assert.That(EntityTestHelpers.Resolve("Clashes in Swayda ended.", gazetteer).Mentions.Single().EntryId, Is.EqualTo("suwayda"));
        });
    }

    [Test]
    public void WithUserJson_ReplaceAliases_DropsOldAliases()
    {
        var gazetteer = Gazetteer.Default.WithUserJson(Header + "{\"id\":\"wagner-group\",\"replaceAliases\":true,\"aliases\":[\"PMC Wagner\"]}]}");
        Assert.That(EntityTestHelpers.Resolve("Africa Corps troops left.", gazetteer).Mentions.Select(m => m.EntryId), Does.Not.Contain("wagner-group"));
    }

    [Test]
    public void WithUserJson_Remove_DeletesEntry()
    {
        var gazetteer = Gazetteer.Default.WithUserJson("{\"remove\":[\"hamas\"]}");
        Assert.Multiple(() =>
        {
            Assert.That(gazetteer.FindActor("hamas"), Is.Null);
            Assert.That(EntityTestHelpers.Resolve("Hamas said no.", gazetteer).Mentions, Is.Empty);
        });
    }

    [Test]
    public void WithUserJson_UserAliasCollision_UserEntryWins()
    {
        var gazetteer = Gazetteer.Default.WithUserJson(Header + "{\"id\":\"acme-militia\",\"name\":\"Acme Militia\",\"type\":\"armed-group\",\"aliases\":[\"Free Syrian Army\"]}]}");
        Assert.That(EntityTestHelpers.Resolve("The Free Syrian Army attacked.", gazetteer).Mentions.Single().EntryId, Is.EqualTo("acme-militia"));
    }

    [Test]
    public void WithUserFile_ReadsFile_AndNamesItInErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gazetteer-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, Header + "{\"id\":\"x-town\",\"name\":\"Xtown\",\"type\":\"city\",\"within\":\"syria\"}]}");
            Assert.That(Gazetteer.Default.WithUserFile(path).IsWithin("x-town", "syria"), Is.True);
            File.WriteAllText(path, Header + "{\"id\":\"x-town\",\"name\":3}]}");
            var exception = Assert.Throws<FormatException>(() => Gazetteer.Default.WithUserFile(path));
            Assert.That(exception!.Message, Does.Contain(path).And.Contain("entries[0].name"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<TestCaseData> Malformed()
    {
        yield return new TestCaseData("{", "malformed JSON").SetArgDisplayNames("truncated");
        yield return new TestCaseData("[]", "must be a JSON object").SetArgDisplayNames("array root");
        yield return new TestCaseData("{\"entries\":{}}", "\"entries\" must be an array").SetArgDisplayNames("entries object");
        yield return new TestCaseData("{\"$type\":\"System.IO.FileInfo, System.IO\",\"entries\":[]}", "unknown property \"$type\"").SetArgDisplayNames("$type at root");
        yield return new TestCaseData(Header + "{\"$type\":\"System.Object\",\"id\":\"a\"}]}", "entries[0].$type").SetArgDisplayNames("$type in entry");
        yield return new TestCaseData(Header + "{\"id\":\"a\",\"name\":\"A\",\"type\":\"spaceship\"}]}", "entries[0].type").SetArgDisplayNames("unknown type");
        yield return new TestCaseData(Header + "{\"id\":\"Bad Id\",\"name\":\"A\",\"type\":\"city\"}]}", "entries[0].id").SetArgDisplayNames("bad id");
        yield return new TestCaseData(Header + "{\"id\":\"a\",\"name\":\"A\",\"type\":\"city\",\"aliases\":[1]}]}", "entries[0].aliases[0]").SetArgDisplayNames("number alias");
        yield return new TestCaseData(Header + "{\"id\":\"a\",\"type\":\"city\"}]}", "needs a \"name\"").SetArgDisplayNames("new entry without name");
        yield return new TestCaseData(Header + "{\"id\":\"a\",\"name\":\"A\",\"type\":\"city\",\"within\":\"a\"}]}", "not valid").SetArgDisplayNames("place within itself");
        yield return new TestCaseData("{\"schema\":\"other/2\",\"entries\":[]}", "\"schema\" must be").SetArgDisplayNames("wrong schema");
        yield return new TestCaseData("{\"entries\":[],\"entries\":[]}", "malformed JSON").SetArgDisplayNames("duplicate property");
        yield return new TestCaseData(new string('[', 200) + new string(']', 200), "malformed JSON").SetArgDisplayNames("too deep");
        yield return new TestCaseData("{\"entries\":[]} {}", "Additional text").SetArgDisplayNames("trailing content");
    }

    [TestCaseSource(nameof(Malformed))]
    public void WithUserJson_Malformed_ThrowsFormatExceptionNamingSourceAndPath(string json, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => Gazetteer.Default.WithUserJson(json, "my.json"));
        Assert.That(exception!.Message, Does.StartWith("my.json").And.Contain(expected));
    }

    [Test]
    public void WithUserJson_Failure_LeavesGazetteerUnchanged()
    {
        var before = Gazetteer.Default.Actors.Length;
        Assert.Throws<FormatException>(() => Gazetteer.Default.WithUserJson(Header + "{\"id\":\"ok\",\"name\":\"Ok\",\"type\":\"person\"},{\"id\":\"bad\",\"type\":\"nope\"}]}"));
        Assert.Multiple(() =>
        {
            Assert.That(Gazetteer.Default.Actors, Has.Length.EqualTo(before));
            Assert.That(Gazetteer.Default.FindActor("ok"), Is.Null);
        });
    }
}
