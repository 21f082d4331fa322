using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Entities;

[Explicit("diagnostic dump")]
public class SeedDumpTests
{
    [Test]
    public void Dump_AllSeeds_Prints()
    {
        foreach (var (id, text) in Seeds.All())
        {
            var r = EntityTestHelpers.Resolve(text);
            TestContext.Out.WriteLine("=== " + id);
            TestContext.Out.WriteLine(EntityTestHelpers.Dump(r));
            foreach (var a in r.Actors) TestContext.Out.WriteLine($"A {a.Id} [{string.Join(" | ", a.Aliases)}] aff={a.Affiliation} role={a.Role} {a.Kind}");
            foreach (var p in r.Places) TestContext.Out.WriteLine($"P {p.Id} [{string.Join(" | ", p.Aliases)}] in={p.Within}");
            foreach (var s in r.Sources) TestContext.Out.WriteLine($"S {s.Id} [{string.Join(" | ", s.Aliases)}]");
        }
        Assert.Pass();
    }
}
