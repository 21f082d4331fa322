using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Serialization;

public sealed class NewsEventsJsonTests
{
    private static readonly Config Properties = Config.QuickThrowOnFailure.WithMaxTest(150);

    // One maker per public model type (and enum) the JSON stacks must round-trip; SystemTextJsonTests uses the same list.
    internal static readonly Func<ModelGenerator, object>[] Makers =
    [
        g => g.Source(), g => g.Actor(), g => g.Place(), g => g.Temporal(), g => g.Quantity(), g => g.Value(), g => g.Claim("a1"),
        g => g.Event(), g => g.Article(), g => g.Metadata(), g => g.ReferenceDate(), g => g.TemporalMention(), g => g.QuantityMention(),
        g => g.Analysis(), g => g.Conflict(), g => g.Corroboration(), g => g.Summary(), g => g.Report(), g => g.Attribution(),
        g => g.Factuality(), g => g.Evidence("a1"),
        g => new Sentence(g.Pick(0, 7, 120), g.Phrase(), g.Pick(0, 2)), g => new Paragraph(g.Pick(0, 9), g.Pick(1, 40)),
        g => new BoilerplateBlock(g.Enum<BoilerplateKind>(), g.Pick(0, 30), g.Phrase(), g.Phrase()),
        g => new Participant(g.Id(), g.Enum<ParticipantRole>()), g => new Timex(g.Enum<TimexType>(), g.Pick("2025-07-23", "P3D", "XXXX-WXX-1", "PRESENT_REF")),
        g => new TermsValue(g.Phrase(), g.Phrase(), g.Enum<Polarity>()), g => new ActorValue(g.Phrase(), g.Id()), g => new PlaceValue(g.Phrase(), g.Id()),
        g => new TextValue(g.Phrase()), g => new TimeOfDayValue(g.Phrase(), new LocalTime(g.Pick(0, 9, 14), 0), new LocalTime(g.Pick(15, 23), 30), g.Pick(null, "GMT")),
        g => g.Enum<EventType>(), g => g.Enum<ConflictKind>(),
    ];

    public static IEnumerable<TestCaseData> PublicModelTypes() =>
        Makers.Select((make, i) => new TestCaseData(i).SetName("RoundTrip_" + make(new ModelGenerator(0)).GetType().Name + "_EqualsOriginal"));

    [TestCaseSource(nameof(PublicModelTypes))]
    public void RoundTrip_GeneratedInstances_EqualOriginal(int maker)
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var value = Makers[maker](new ModelGenerator(seed));
            var json = Serialize(value);
            var back = Deserialize(json, value.GetType());
            Assert.That(back, Is.EqualTo(value), $"seed {seed}: {json}");
            Assert.That(back!.GetHashCode(), Is.EqualTo(value.GetHashCode()), $"seed {seed}: hash codes differ");
        }).Check(Properties);
    }

    [Test]
    public void Serialize_Report_UsesSchemaNamesCamelCaseKebabEnumsAndIsoDates()
    {
        var claim = new Claim("001/c1", "e1", ClaimProperty.Date, "001", new TemporalValue("on 23/7", new LocalDate(2025, 7, 23), new LocalDate(2025, 7, 23), TemporalGranularity.Day),
            new Attribution("zeki-akturk", ["anadolu-agency"]), Factuality.Fact, new Evidence("001", 5, "said on 23/7"));
        var report = new ReconciliationReport(
            articles: [new ArticleSummary("001", "VnExpress", null, null, new ReferenceDate(new LocalDate(2025, 7, 23), ReferenceDateBasis.Inferred))],
            events: [new Event("e1", EventType.RequestSupport, [new Participant("syria", ParticipantRole.Agent)], articles: ["001"])],
            claims: [claim], singletons: ["001/c1"]);

        var json = JObject.Parse(NewsEventsJson.Serialize(report));

        Assert.Multiple(() =>
        {
            Assert.That((string?)json["schema"], Is.EqualTo("newsevents.report/1"));
            Assert.That((string?)json["articles"]![0]!["referenceDate"]!["date"], Is.EqualTo("2025-07-23"));
            Assert.That((string?)json["articles"]![0]!["referenceDate"]!["basis"], Is.EqualTo("inferred"));
            Assert.That((string?)json["events"]![0]!["type"], Is.EqualTo("request-support"));
            Assert.That((string?)json["events"]![0]!["participants"]![0]!["actor"], Is.EqualTo("syria"));
            Assert.That((string?)json["events"]![0]!["participants"]![0]!["role"], Is.EqualTo("agent"));
            Assert.That((string?)json["claims"]![0]!["event"], Is.EqualTo("e1"));
            Assert.That((string?)json["claims"]![0]!["article"], Is.EqualTo("001"));
            Assert.That((string?)json["claims"]![0]!["value"]!["kind"], Is.EqualTo("temporal"));
            Assert.That((string?)json["claims"]![0]!["value"]!["start"], Is.EqualTo("2025-07-23"));
            Assert.That((string?)json["claims"]![0]!["value"]!["granularity"], Is.EqualTo("day"));
            Assert.That((string?)json["claims"]![0]!["attribution"]!["via"]![0], Is.EqualTo("anadolu-agency"));
            Assert.That((string?)json["claims"]![0]!["factuality"]!["certainty"], Is.EqualTo("certain"));
            Assert.That((int?)json["claims"]![0]!["evidence"]!["offset"], Is.EqualTo(5));
            Assert.That((string?)json["singletons"]![0], Is.EqualTo("001/c1"));
        });
    }

    [Test]
    public void Serialize_QuantityValue_WritesSchemaFields()
    {
        var json = JObject.Parse(NewsEventsJson.Serialize<ClaimValue>(new QuantityValue("over 1,100", 1101, null, true, "people")));
        Assert.That(json.ToString(Formatting.None),
            Is.EqualTo("""{"kind":"quantity","text":"over 1,100","min":1101,"max":null,"approximate":true,"unit":"people"}"""));
    }

    [Test]
    public void Serialize_TemporalValueWithTimex_WritesTimeMlTypeAndValueAndRoundTrips()
    {
        ClaimValue value = new TemporalValue("in the third quarter", new LocalDate(2013, 7, 1), new LocalDate(2013, 9, 30), TemporalGranularity.Month)
        {
            Timex = new Timex(TimexType.Date, "2013-Q3"),
        };

        var json = NewsEventsJson.Serialize(value, indented: false);

        Assert.Multiple(() =>
        {
            Assert.That(JObject.Parse(json)["timex"]!.ToString(Formatting.None), Is.EqualTo("""{"type":"DATE","value":"2013-Q3"}"""));
            Assert.That(NewsEventsJson.Deserialize<ClaimValue>(json), Is.EqualTo(value));
        });
    }

    public static IEnumerable<TestCaseData> HostileJson()
    {
        yield return new TestCaseData("""{"kind":"temporal","text":"x","start":"2025-07-01","end":"2025-07-01","granularity":"day","timex":{"type":"WHEN","value":"x"}}""", "unknown timex type 'WHEN'")
            .SetName("Deserialize_UnknownTimexType_NamesType");
        yield return new TestCaseData("""{"kind":"temporal","text":"x","start":"2025-07-01","end":"2025-07-01","granularity":"day","timex":{"type":"DATE","value":"2025 07"}}""", "white space")
            .SetName("Deserialize_TimexValueWithSpace_NamesRule");
        yield return new TestCaseData("""{"kind":"temporal","text":"x","start":"2025-07-23","end":"2025-07-01","granularity":"day"}""", "End")
            .SetName("Deserialize_EndBeforeStart_NamesRule");
        yield return new TestCaseData("""{"kind":"weird","text":"x"}""", "unknown claim value kind 'weird'").SetName("Deserialize_UnknownKind_NamesKind");
        yield return new TestCaseData("""{"kind":"temporal","text":"x","start":"23/7/2025","end":"2025-07-01","granularity":"day"}""", "start")
            .SetName("Deserialize_BadDate_NamesPath");
        yield return new TestCaseData("""{"kind":"text"}""", "text").SetName("Deserialize_MissingText_NamesProperty");
        yield return new TestCaseData("""{"kind":"terms","text":"x","proposition":"p","polarity":"maybe"}""", "polarity")
            .SetName("Deserialize_BadEnum_NamesPath");
        yield return new TestCaseData("""{"kind":"terms","text":"x","proposition":"p","polarity":1}""", "polarity")
            .SetName("Deserialize_IntegerEnum_Rejected");
        yield return new TestCaseData("""{"kind":"text","text":"a","text":"b"}""", "text").SetName("Deserialize_DuplicateKey_Rejected");
        yield return new TestCaseData("{\"kind\":\"text\",\"text\":\"a\"", "Malformed JSON").SetName("Deserialize_Truncated_Malformed");
        yield return new TestCaseData("""{"kind":"text","text":"a"} {}""", "Additional text").SetName("Deserialize_TrailingContent_Rejected");
        yield return new TestCaseData("null", "null").SetName("Deserialize_Null_Rejected");
        yield return new TestCaseData("""{"kind":"quantity","text":"x","min":"many"}""", "min").SetName("Deserialize_StringNumber_NamesPath");
    }

    [TestCaseSource(nameof(HostileJson))]
    public void Deserialize_InvalidClaimValue_ThrowsJsonSerializationExceptionWithContext(string json, string expected)
    {
        var e = Assert.Throws<JsonSerializationException>(() => NewsEventsJson.Deserialize<ClaimValue>(json));
        Assert.That(e!.Message, Does.Contain(expected));
    }

    [Test]
    public void Deserialize_DeepNesting_ThrowsInsteadOfRecursing()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        var e = Assert.Throws<JsonSerializationException>(() => NewsEventsJson.Deserialize<ReconciliationReport>(json));
        Assert.That(e!.Message, Does.Contain("depth").IgnoreCase);
    }

    [Test]
    public void Deserialize_TypeNameMetadata_IsIgnoredNeverInstantiated()
    {
        const string json = """{"$type":"System.IO.FileInfo, System.IO.FileSystem","kind":"text","text":"hello"}""";
        Assert.That(NewsEventsJson.Deserialize<ClaimValue>(json), Is.EqualTo(new TextValue("hello")));
    }

    [Test]
    public void Deserialize_ReportWithOtherSchema_Throws()
    {
        var e = Assert.Throws<JsonSerializationException>(() => NewsEventsJson.Deserialize<ReconciliationReport>("""{"schema":"other/9"}"""));
        Assert.That(e!.Message, Does.Contain("schema").And.Contain("other/9"));
    }

    [Test]
    public void Deserialize_InvalidNestedClaim_NamesTypeAndProperty()
    {
        const string json = """{"schema":"newsevents.report/1","events":[{"id":"  ","type":"attack"}]}""";
        var e = Assert.Throws<JsonSerializationException>(() => NewsEventsJson.Deserialize<ReconciliationReport>(json));
        Assert.That(e!.Message, Does.Contain("Event.Id"));
    }

    [Test]
    [SetCulture("tr-TR")]
    public void RoundTrip_UnderTurkishCulture_Unchanged()
    {
        var value = new QuantityValue("1.5 million", 1_500_000.5m, 1_600_000m, true, "IDLIB");
        var json = NewsEventsJson.Serialize<ClaimValue>(value);
        Assert.That(NewsEventsJson.Deserialize<ClaimValue>(json), Is.EqualTo(value));
    }

    private static string Serialize(object value) =>
        (string)typeof(NewsEventsJson).GetMethods().Single(m => m.Name == "Serialize" && m.GetParameters().Length == 2)
            .MakeGenericMethod(value.GetType()).Invoke(null, [value, false])!;

    private static object? Deserialize(string json, Type type) =>
        typeof(NewsEventsJson).GetMethods().Single(m => m.Name == "Deserialize" && m.GetParameters()[0].ParameterType == typeof(string))
            .MakeGenericMethod(type).Invoke(null, [json]);
}

public sealed class NewsEventsJsonNumberTests
{
    [Test]
    public void Serialize_QuantityMention_WholeNumbersWithoutFractionAndRoundTrips()
    {
        var mention = new QuantityMention("over 1,100 people", 3, 1101m, 2.5m * 1000m + 0.25m, true, "people");
        var json = NewsEventsJson.Serialize(mention, indented: false);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"min\":1101,").And.Contain("\"max\":2500.25,"));
            Assert.That(NewsEventsJson.Deserialize<QuantityMention>(json), Is.EqualTo(mention));
        });
    }
}

/// <summary><see cref="NewsEventsJson.ConfigureForNewsEvents(JsonSerializerSettings)"/> changes NewsEvents types only.</summary>
public sealed class NewsEventsJsonUserTypeTests
{
    private sealed class UserRecord
    {
        public string EventId { get; set; } = "";

        public UserStatus Status { get; set; }

        public Claim? Claim { get; set; }
    }

    private enum UserStatus
    {
        InProgress,
    }

    private static Claim SomeClaim() => new ModelGenerator(11).Claim("a1");

    [Test]
    public void Serialize_UserType_KeepsUserNamesAndEnumsButNewsEventsMembersFollowSchema()
    {
        var settings = new JsonSerializerSettings().ConfigureForNewsEvents();
        var record = new UserRecord { EventId = "mine", Status = UserStatus.InProgress, Claim = SomeClaim() };

        var json = JObject.Parse(JsonConvert.SerializeObject(record, settings));

        Assert.Multiple(() =>
        {
            Assert.That(json.Properties().Select(p => p.Name), Is.EqualTo(new[] { "EventId", "Status", "Claim" }));
            Assert.That(json["Status"]!.Type, Is.EqualTo(JTokenType.Integer), "the user's enum is written as Newtonsoft writes it by default");
            Assert.That(JToken.DeepEquals(json["Claim"], JObject.Parse(NewsEventsJson.Serialize(record.Claim))), Is.True);
            Assert.That(JsonConvert.DeserializeObject<UserRecord>(json.ToString(), settings)!.Claim, Is.EqualTo(record.Claim));
        });
    }

    [Test]
    public void ConfigureForNewsEvents_UserResolverAndConverters_StillServeUserTypes()
    {
        var settings = new JsonSerializerSettings
        {
            ContractResolver = new Newtonsoft.Json.Serialization.DefaultContractResolver { NamingStrategy = new Newtonsoft.Json.Serialization.SnakeCaseNamingStrategy() },
            Converters = { new Newtonsoft.Json.Converters.StringEnumConverter() },
        }.ConfigureForNewsEvents();
        var record = new UserRecord { EventId = "mine", Status = UserStatus.InProgress, Claim = SomeClaim() };

        var json = JObject.Parse(JsonConvert.SerializeObject(record, settings));

        Assert.Multiple(() =>
        {
            Assert.That(json.Properties().Select(p => p.Name), Is.EqualTo(new[] { "event_id", "status", "claim" }));
            Assert.That((string?)json["status"], Is.EqualTo("InProgress"));
            Assert.That((string?)json["claim"]!["event"], Is.EqualTo(record.Claim!.EventId));
            Assert.That((string?)json["claim"]!["property"], Does.Match("^[a-z]+(-[a-z]+)*$"), "NewsEvents enums stay kebab-case");
        });
    }
}
