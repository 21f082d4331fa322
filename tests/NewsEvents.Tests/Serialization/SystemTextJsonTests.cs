using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json.Linq;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Serialization;

/// <summary>
/// <see cref="NewsEventsJson.ConfigureForNewsEvents(JsonSerializerOptions)"/>: System.Text.Json reads and writes every public
/// model type as the NewsEvents contract, the same document as the Newtonsoft serializer, and leaves the user's types alone.
/// </summary>
public sealed class SystemTextJsonTests
{
    private static readonly Config Properties = Config.QuickThrowOnFailure.WithMaxTest(100);

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForNewsEvents();

    private static readonly Func<ModelGenerator, object>[] Makers = NewsEventsJsonTests.Makers;

    public static IEnumerable<TestCaseData> PublicModelTypes() =>
        Makers.Select((make, i) => new TestCaseData(i).SetName("RoundTrip_SystemTextJson_" + make(new ModelGenerator(0)).GetType().Name + "_EqualsOriginalAndNewtonsoftDocument"));

    [TestCaseSource(nameof(PublicModelTypes))]
    public void RoundTrip_SystemTextJson_EqualsOriginalAndNewtonsoftDocument(int maker)
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var value = Makers[maker](new ModelGenerator(seed));
            var type = value.GetType();
            var json = JsonSerializer.Serialize(value, type, Options);
            var back = JsonSerializer.Deserialize(json, type, Options);
            var newtonsoft = (string)typeof(NewsEventsJson).GetMethods().Single(m => m.Name == "Serialize" && m.GetParameters().Length == 2)
                .MakeGenericMethod(type).Invoke(null, [value, false])!;
            Assert.That(back, Is.EqualTo(value), $"seed {seed}: {json}");
            Assert.That(json, Is.EqualTo(newtonsoft), $"seed {seed}: the two serializers wrote different documents");
        }).Check(Properties);
    }

    [Test]
    public void Serialize_ReportIndented_SameDocumentAsNewtonsoft()
    {
        var report = new ModelGenerator(7).Report();
        var indented = new JsonSerializerOptions { WriteIndented = true }.ConfigureForNewsEvents();

        var json = JsonSerializer.Serialize(report, indented);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo(NewsEventsJson.Serialize(report)));
            Assert.That(JObject.Parse(json)["schema"]!.ToString(), Is.EqualTo("newsevents.report/1"));
        });
    }

    [Test]
    public void Serialize_ClaimValueAsBaseType_KeepsKindAndFields()
    {
        ClaimValue value = new QuantityValue("over 1,100", 1101, null, true, "people");

        var json = JsonSerializer.Serialize(value, Options);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo("""{"kind":"quantity","text":"over 1,100","min":1101,"max":null,"approximate":true,"unit":"people"}"""));
            Assert.That(JsonSerializer.Deserialize<ClaimValue>(json, Options), Is.EqualTo(value));
        });
    }

    private sealed record UserEnvelope(string EventId, UserColour Colour, ReconciliationReport Report, TemporalGranularity Granularity);

    private enum UserColour
    {
        DarkRed,
    }

    [Test]
    public void Serialize_UserTypeHoldingReport_UserNamingAppliesToUserMembersOnly()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }.ConfigureForNewsEvents();
        options.Converters.Add(new JsonStringEnumConverter());
        var envelope = new UserEnvelope("mine-1", UserColour.DarkRed, new ModelGenerator(3).Report(), TemporalGranularity.Day);

        var json = JObject.Parse(JsonSerializer.Serialize(envelope, options));
        var back = JsonSerializer.Deserialize<UserEnvelope>(json.ToString(), options)!;

        Assert.Multiple(() =>
        {
            Assert.That(json.Properties().Select(p => p.Name), Is.EqualTo(new[] { "event_id", "colour", "report", "granularity" }));
            Assert.That((string?)json["colour"], Is.EqualTo("DarkRed"));
            Assert.That((string?)json["granularity"], Is.EqualTo("day"));
            Assert.That(JToken.DeepEquals(json["report"], JObject.Parse(NewsEventsJson.Serialize(envelope.Report))), Is.True);
            Assert.That(back.Report, Is.EqualTo(envelope.Report));
            Assert.That(back with { Report = envelope.Report }, Is.EqualTo(envelope));
        });
    }

    [TestCase("""{"kind":"weird","text":"x"}""", "unknown claim value kind 'weird'", TestName = "Deserialize_SystemTextJsonUnknownKind_ThrowsJsonExceptionNamingKind")]
    [TestCase("""{"kind":"quantity","text":"x","min":"many"}""", "min", TestName = "Deserialize_SystemTextJsonStringNumber_ThrowsJsonExceptionNamingPath")]
    public void Deserialize_SystemTextJsonInvalidValue_ThrowsJsonException(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ClaimValue>(json, Options));
        Assert.That(e!.Message, Does.Contain(expected));
    }

    [Test]
    public void ConfigureForNewsEvents_Twice_AddsOneConverter()
    {
        var options = new JsonSerializerOptions().ConfigureForNewsEvents().ConfigureForNewsEvents();
        Assert.That(options.Converters, Has.Count.EqualTo(1));
    }
}
