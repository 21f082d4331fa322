using System.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Reliability;

/// <summary>A type that counts its instances: hostile JSON naming it in <c>$type</c> must never create one.</summary>
public sealed class Tripwire
{
    private static int _instances;

    public Tripwire() => Interlocked.Increment(ref _instances);

    public static int Instances => Volatile.Read(ref _instances);

    public string? Id { get; set; }
}

/// <summary>
/// Hostile JSON for the three JSON readers (metadata sidecar, user gazetteer, report): each failure is a clear exception
/// whose message names the JSON path, <c>$type</c> is never honoured, and nothing is half-loaded.
/// </summary>
[NonParallelizable]
public sealed class HostileJsonTests
{
    private const string TripwireType = "NewsEvents.Tests.Reliability.Tripwire, NewsEvents.Tests";
    private const string FileInfoType = "System.IO.FileInfo, System.Private.CoreLib";
    private static readonly string TenMegabytes = new('x', 10 * 1024 * 1024);
    private static readonly Lazy<string> ReportJson = new(() =>
    {
        var pipeline = NewsPipeline.CreateDefault();
        var analyses = Seeds.All().Select(s => pipeline.Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id)))).ToList();
        return NewsEventsJson.Serialize(pipeline.Reconcile(analyses));
    });

    public sealed record Case(string Name, string Json, string Path)
    {
        public override string ToString() => Name;
    }

    private static IEnumerable<Case> MetadataCases()
    {
        yield return new("deep nesting", new string('[', 200) + new string(']', 200), "[0]");
        yield return new("deep nesting in a field", "[{\"id\":\"a\",\"title\":" + new string('[', 100) + new string(']', 100) + "}]", "[0].title");
        yield return new("duplicate id key", "[{\"id\":\"a\",\"id\":\"b\"}]", "[0].id");
        yield return new("duplicate article id", "[{\"id\":\"a\"},{\"id\":\"a\"}]", "[1]");
        yield return new("id is a number", "[{\"id\":5}]", "[0].id");
        yield return new("published is a bool", "[{\"id\":\"a\",\"published\":true}]", "[0].published");
        yield return new("published is not a date", "[{\"id\":\"a\",\"published\":\"2025-02-31\"}]", "[0].published");
        yield return new("published is year 99999", "[{\"id\":\"a\",\"published\":\"99999-01-01\"}]", "[0].published");
        yield return new("title is an object", "[{\"id\":\"a\",\"title\":{\"$type\":\"" + FileInfoType + "\"}}]", "[0].title");
        yield return new("missing id", "[{\"id\":\"a\"},{\"source\":\"BBC\"}]", "[1]");
        yield return new("root is an object", "{\"id\":\"a\"}", "line 1");
        yield return new("element is a number", "[{\"id\":\"a\"},7]", "[1]");
        yield return new("truncated", "[{\"id\":\"a\",\"source\":\"BB", "[0].source");
        yield return new("trailing garbage", "[{\"id\":\"a\"}] [", "line 1");
    }

    private static IEnumerable<Case> GazetteerCases()
    {
        const string head = "{\"schema\":\"newsevents.gazetteer/1\",\"entries\":[";
        yield return new("deep nesting", head + new string('[', 200) + new string(']', 200) + "]}", "entries[0]");
        yield return new("$type on the root", "{\"$type\":\"" + FileInfoType + "\",\"entries\":[]}", "$type");
        yield return new("$type on an entry", head + "{\"$type\":\"" + TripwireType + "\",\"id\":\"x-org\",\"name\":\"X\",\"type\":\"organization\"}]}", "entries[0]");
        yield return new("duplicate key", head + "{\"id\":\"x-org\",\"id\":\"y-org\",\"name\":\"X\",\"type\":\"organization\"}]}", "entries[0].id");
        yield return new("name is a number", head + "{\"id\":\"x-org\",\"name\":5,\"type\":\"organization\"}]}", "entries[0].name");
        yield return new("aliases is a string", head + "{\"id\":\"x-org\",\"name\":\"X\",\"type\":\"organization\",\"aliases\":\"X\"}]}", "entries[0].aliases");
        yield return new("unknown type", head + "{\"id\":\"x-org\",\"name\":\"X\",\"type\":\"planet\"}]}", "entries[0].type");
        yield return new("missing name and type", head + "{\"id\":\"x-new-org\"}]}", "entries[0]");
        yield return new("huge alias", head + "{\"id\":\"x-org\",\"name\":\"X\",\"type\":\"organization\",\"aliases\":[\"" + TenMegabytes + "\"]}]}", "entries[0].aliases");
        yield return new("entries is an object", "{\"schema\":\"newsevents.gazetteer/1\",\"entries\":{}}", "entries");
        yield return new("truncated", head + "{\"id\":\"x-org\",\"name\":\"X", "entries[0].name");
    }

    private static IEnumerable<Case> ReportCases()
    {
        yield return new("deep nesting", "{\"schema\":\"newsevents.report/1\",\"articles\":" + new string('[', 200) + new string(']', 200) + "}", "articles[0]");
        yield return new("duplicate key", Mutate(r => { }, raw => raw.Replace("\"schema\":", "\"singletons\":[],\"singletons\":[],\"schema\":", StringComparison.Ordinal)), "singletons");
        yield return new("claim id is an object", Mutate(r => ((JObject)r["claims"]![0]!)["id"] = new JObject()), "claims[0].id");
        yield return new("evidence offset is a string", Mutate(r => ((JObject)r["claims"]![0]!["evidence"]!)["offset"] = "x"), "claims[0].evidence.offset");
        yield return new("evidence offset is negative", Mutate(r => ((JObject)r["claims"]![0]!["evidence"]!)["offset"] = -4), "claims[0].evidence");
        yield return new("claim id missing", Mutate(r => ((JObject)r["claims"]![0]!).Remove("id")), "claims[0]");
        yield return new("claim value kind unknown", Mutate(r => ((JObject)r["claims"]![0]!["value"]!)["kind"] = "planet"), "claims[0].value");
        yield return new("claim value $type", Mutate(r => ((JObject)r["claims"]![0]!["value"]!).Remove("kind")), "claims[0].value");
        yield return new("enum as integer", Mutate(r => ((JObject)r["claims"]![0]!)["property"] = 3), "claims[0].property");
        yield return new("date is year 99999", Mutate(r => ((JObject)r["articles"]![0]!)["published"] = "99999-01-01"), "articles[0].published");
        yield return new("articles is a string", Mutate(r => r["articles"] = "all"), "articles");
        yield return new("wrong schema", Mutate(r => r["schema"] = "newsevents.report/9"), "schema");
        yield return new("truncated", ReportJson.Value[..(ReportJson.Value.Length / 2)], "");
    }

    [TestCaseSource(nameof(MetadataCases))]
    public void ArticleMetadataFileParse_HostileJson_ThrowsFormatExceptionNamingThePath(Case input)
    {
        var thrown = HangGuard.Run(() => Catch(() => ArticleMetadataFile.Parse(input.Json, "meta.json")), "ArticleMetadataFile.Parse");
        Assert.That(thrown, Is.TypeOf<FormatException>(), thrown?.ToString());
        Assert.That(thrown!.Message, Does.StartWith("meta.json").And.Contain(input.Path));
    }

    [TestCaseSource(nameof(GazetteerCases))]
    public void GazetteerWithUserJson_HostileJson_ThrowsFormatExceptionNamingThePath(Case input)
    {
        var before = Gazetteer.Default.Actors.Length;
        var thrown = HangGuard.Run(() => Catch(() => Gazetteer.Default.WithUserJson(input.Json, "user.json")), "Gazetteer.WithUserJson");
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.TypeOf<FormatException>(), thrown?.ToString());
            Assert.That(thrown?.Message, Does.StartWith("user.json").And.Contain(input.Path));
            Assert.That(Gazetteer.Default.Actors, Has.Length.EqualTo(before), "the default gazetteer was changed");
            Assert.That(Tripwire.Instances, Is.Zero, "$type was honoured");
        });
    }

    [TestCaseSource(nameof(ReportCases))]
    public void NewsEventsJsonDeserializeReport_HostileJson_ThrowsJsonSerializationExceptionNamingThePath(Case input)
    {
        var thrown = HangGuard.Run(() => Catch(() => NewsEventsJson.Deserialize<ReconciliationReport>(input.Json)), "NewsEventsJson.Deserialize");
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.TypeOf<JsonSerializationException>(), thrown?.ToString());
            Assert.That(thrown?.Message, Does.Contain("ath '" + input.Path), thrown?.Message);
            Assert.That(Tripwire.Instances, Is.Zero, "$type was honoured");
        });
    }

    [TestCase(FileInfoType)]
    [TestCase(TripwireType)]
    public void Readers_TypeField_IsNeverHonoured(string typeName)
    {
        var original = NewsEventsJson.Deserialize<ReconciliationReport>(ReportJson.Value);
        var withType = Mutate(r =>
        {
            r.AddFirst(new JProperty("$type", typeName));
            foreach (var claim in r["claims"]!.Children<JObject>())
            {
                claim.AddFirst(new JProperty("$type", typeName));
                ((JObject)claim["value"]!).AddFirst(new JProperty("$type", typeName));
            }
        });
        var metadata = ArticleMetadataFile.Parse($"[{{\"$type\":\"{typeName}\",\"id\":\"a\",\"source\":\"BBC\"}}]", "meta.json");

        var report = NewsEventsJson.Deserialize<ReconciliationReport>(withType);

        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(original));
            Assert.That(metadata, Is.EqualTo(new[] { new ArticleMetadata("a", "BBC") }));
            Assert.That(Tripwire.Instances, Is.Zero, "$type was honoured");
        });
    }

    [Test]
    public void ArticleMetadataFileParse_TenMegabyteTitle_KeepsItWholeOrRejectsItWithThePath()
    {
        var json = "[{\"id\":\"a\",\"title\":\"" + TenMegabytes + "\"}]";
        var thrown = HangGuard.Run(() => Catch(() => ArticleMetadataFile.Parse(json, "meta.json")), "ArticleMetadataFile.Parse");
        if (thrown is null)
        {
            Assert.That(ArticleMetadataFile.Parse(json, "meta.json").Single().Title, Is.EqualTo(TenMegabytes));
        }
        else
        {
            Assert.That(thrown, Is.TypeOf<FormatException>());
            Assert.That(thrown.Message, Does.Contain("[0].title"));
        }
    }

    [Test]
    public void NewsEventsJsonDeserializeReport_TenMegabyteEvidence_RoundTripsOrRejectsWithThePath()
    {
        var json = Mutate(r => ((JObject)r["claims"]![0]!["evidence"]!)["text"] = TenMegabytes);
        var thrown = HangGuard.Run(() => Catch(() => NewsEventsJson.Deserialize<ReconciliationReport>(json)), "NewsEventsJson.Deserialize");
        if (thrown is null)
        {
            var report = NewsEventsJson.Deserialize<ReconciliationReport>(json);
            Assert.That(report.Claims[0].Evidence.Text, Is.EqualTo(TenMegabytes));
        }
        else
        {
            Assert.That(thrown, Is.TypeOf<JsonSerializationException>());
            Assert.That(thrown.Message, Does.Contain("claims[0].evidence"));
        }
    }

    [Test]
    public void ReportJson_OfTheSeeds_RoundTrips()
    {
        // The mutations above start from this document, so it must itself be valid.
        var report = NewsEventsJson.Deserialize<ReconciliationReport>(ReportJson.Value);
        Assert.That(NewsEventsJson.Serialize(report), Is.EqualTo(ReportJson.Value));
    }

    private static string Mutate(Action<JObject> change, Func<string, string>? raw = null)
    {
        var root = JObject.Parse(ReportJson.Value);
        change(root);
        var json = root.ToString(Formatting.None);
        return raw is null ? json : raw(json);
    }

    private static string Mutate(Func<JObject, object> change) => Mutate(r => { change(r); });

    private static Exception? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
