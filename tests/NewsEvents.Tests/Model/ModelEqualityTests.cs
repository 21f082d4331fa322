using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Model;

/// <summary>Equality compares contents, including collections, and agrees with hash codes and operators.</summary>
public sealed class ModelEqualityTests
{
    public static IEnumerable<TestCaseData> EqualPairs()
    {
        TestCaseData Pair<T>(string name, Func<T> make) => new TestCaseData((Func<object>)(() => make()!)).SetName("Equals_" + name + "_ByValue");
        yield return Pair("Actor", () => new Actor("turkey", "Turkey", ActorKind.State, ["Türkiye", "Ankara"]));
        yield return Pair("Place", () => new Place("suwayda", "Suwayda", PlaceKind.Region, ["Sweida"], "syria"));
        yield return Pair("Source", () => new Source("aa", "Anadolu Agency", SourceKind.WireAgency, ["AA"]));
        yield return Pair("Attribution", () => new Attribution("zeki-akturk", ["anadolu-agency"]));
        yield return Pair("Event", () => new Event("e1", EventType.Fight, [new Participant("druze", ParticipantRole.Agent)], articles: ["000", "002"]));
        yield return Pair("Conflict", () => new Conflict("k1", "e1", ClaimProperty.Date, ConflictKind.Temporal, ConflictSeverity.Hard,
            [new ConflictSide(new TextValue("a"), ["c1"], ["001"]), new ConflictSide(new TextValue("b"), ["c2"], ["003"])], "They differ."));
        yield return Pair("Corroboration", () => new Corroboration("e1", ClaimProperty.Occurred, new TextValue("x"), ["c1", "c2"], ["a", "b"], 2));
        yield return Pair("Report", () => new ReconciliationReport(singletons: ["c1", "c2"]));
        yield return Pair("Article", () => new Article("001", "One. Two.", sentences: [new Sentence(0, "One.", 0), new Sentence(5, "Two.", 0)]));
        yield return Pair("ArticleSummary", () => new ArticleSummary("001", "X", null, null, ReferenceDate.Unknown, ["AFP"]));
    }

    [TestCaseSource(nameof(EqualPairs))]
    public void Equals_IndependentlyBuiltInstances_EqualWithSameHash(Func<object> make)
    {
        var a = make();
        var b = make();
        Assert.Multiple(() =>
        {
            Assert.That(ReferenceEquals(a, b), Is.False);
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a.ToString(), Is.Not.Empty.And.Not.Contains("ImmutableArray"));
        });
    }

    [Test]
    public void Equals_DifferentCollectionContents_NotEqual()
    {
        var a = new Actor("turkey", "Turkey", ActorKind.State, ["Türkiye"]);
        var b = new Actor("turkey", "Turkey", ActorKind.State, ["Ankara"]);
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.Not.EqualTo(b));
            Assert.That(a != b, Is.True);
            Assert.That(a == (b with { Aliases = ["Türkiye"] }), Is.True);
        });
    }

    [Test]
    public void Equals_DefaultAndEmptyArrays_AreEqual()
    {
        Assert.That(new Attribution("x", default), Is.EqualTo(new Attribution("x", ImmutableArray<string>.Empty)));
    }

    [Test]
    public void Equals_GeneratedInstancesAgainstThemselvesAndOthers_Consistent()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var a = new ModelGenerator(seed).Report();
            var same = new ModelGenerator(seed).Report();
            var other = new ModelGenerator(seed + 1_000_000).Report();
            Assert.That(a, Is.EqualTo(same), $"seed {seed}");
            Assert.That(a.GetHashCode(), Is.EqualTo(same.GetHashCode()), $"seed {seed}");
            if (!a.Equals(other))
            {
                Assert.That(other, Is.Not.EqualTo(a), $"seed {seed}: equality not symmetric");
            }
        }
    }
}
