using System.Globalization;
using System.IO;
using FsCheck;
using FsCheck.Fluent;
using NewsEvents.Serialization;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Serialization;

/// <summary>
/// A large report's JSON written in chunks on several threads (<see cref="ReportJsonWriter"/>) is the text of the report
/// serialized in one piece, character for character, indented or not, however the arrays are cut.
/// </summary>
public sealed class ReportJsonWriterTests
{
    private static readonly Lazy<ReconciliationReport> SeedReport = new(() =>
    {
        var pipeline = NewsPipeline.CreateDefault();
        return pipeline.Reconcile(Seeds.All().Select(s => pipeline.Analyze(ArticleReader.Read(s.Text, new ArticleMetadata(s.Id)))));
    });

    [TestCase(true, 1, 1)]
    [TestCase(true, 7, 4)]
    [TestCase(true, 64, 2)]
    [TestCase(true, 100_000, 2)]
    [TestCase(false, 1, 1)]
    [TestCase(false, 7, 4)]
    [TestCase(false, 64, 2)]
    public void Write_SeedReportInChunks_SameTextAsInOnePiece(bool indented, int chunkSize, int degree)
    {
        var report = SeedReport.Value;
        Assert.That(report.Claims.Length, Is.GreaterThan(chunkSize * 3).Or.GreaterThan(100), "the report should span several chunks");
        Assert.That(Chunked(report, indented, chunkSize, degree), Is.EqualTo(Whole(report, indented)));
    }

    [TestCase(true, false, 5)]
    [TestCase(false, false, 64)]
    [TestCase(true, true, 64)]
    public void Write_ToUtf8StreamWriter_SameBytesAsInOnePiece(bool indented, bool byteOrderMark, int chunkSize)
    {
        // The chunks' bytes go to the stream directly: the file must be the one the writer alone would make.
        var report = SeedReport.Value;
        var encoding = new System.Text.UTF8Encoding(byteOrderMark);
        byte[] Bytes(Action<TextWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new StreamWriter(stream, encoding, 1024, leaveOpen: true))
            {
                writer.Write("{\"before\": \u201cquoted\u201d}\n");
                write(writer);
                writer.Write("\n");
            }

            return stream.ToArray();
        }

        var whole = Bytes(w => NewsEventsJson.SerializeWhole(report, w, indented));
        var chunked = Bytes(w => ReportJsonWriter.Write(NewsEventsJson.Settings, report, w, indented, degree: 2, chunkSize, minItems: 1));
        Assert.That(chunked, Is.EqualTo(whole));
    }

    [Test]
    public void Write_GeneratedReports_SameTextAsInOnePiece()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var report = new ModelGenerator(seed).Report();
            foreach (var indented in new[] { true, false })
            {
                Assert.That(Chunked(report, indented, chunkSize: 2, degree: 3), Is.EqualTo(Whole(report, indented)), $"seed {seed}, indented {indented}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    [Test]
    public void Serialize_LargeReport_SameTextAsInOnePieceAndReadsBack()
    {
        // Above the size where the public serializer switches to chunks: the seed report's claims 30 times over.
        var seed = SeedReport.Value;
        var claims = Enumerable.Repeat(seed.Claims, 30).SelectMany(c => c).ToImmutableArray();
        Assert.That(claims.Length, Is.GreaterThanOrEqualTo(ReportJsonWriter.DefaultMinItems));
        var report = new ReconciliationReport(seed.Articles, seed.Sources, seed.Actors, seed.Places, seed.Events, claims, seed.Conflicts,
            seed.Corroborations, seed.Singletons);
        var json = NewsEventsJson.Serialize(report);
        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo(Whole(report, indented: true)));
            Assert.That(NewsEventsJson.Deserialize<ReconciliationReport>(json), Is.EqualTo(report));
        });
    }

    private static string Whole(ReconciliationReport report, bool indented)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        NewsEventsJson.SerializeWhole(report, writer, indented);
        return writer.ToString();
    }

    private static string Chunked(ReconciliationReport report, bool indented, int chunkSize, int degree)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ReportJsonWriter.Write(NewsEventsJson.Settings, report, writer, indented, degree, chunkSize, minItems: 1);
        return writer.ToString();
    }
}
