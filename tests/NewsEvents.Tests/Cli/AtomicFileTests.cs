using System.IO;
using System.Threading;
using System.Text;
using NewsEvents.Cli.Output;

namespace NewsEvents.Tests.Cli;

/// <summary>
/// The report file is written through a writer (JSON is streamed: a day of news is longer than one string can hold), in
/// UTF-8 without a byte-order mark, and replaces the target only when complete.
/// </summary>
[TestFixture]
public sealed class AtomicFileTests
{
    private string _folder = "";

    [SetUp]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "newsevents-atomic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Write_FromAWriter_StreamsUtf8WithoutBom_AndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "report.json");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, writer =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                writer.Write("é");
            }
        }, CancellationToken.None);

        var bytes = File.ReadAllBytes(path);
        Assert.Multiple(() =>
        {
            Assert.That(bytes, Has.Length.EqualTo(200_000), "two UTF-8 bytes per 'é', no byte-order mark");
            Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(new string('é', 100_000)));
            Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
        });
    }

    [Test]
    public void Write_WriterThrows_KeepsTheOldFile_AndRemovesTheTemporaryOne()
    {
        var path = Path.Combine(_folder, "report.json");
        File.WriteAllText(path, "old");

        Assert.That(() => AtomicFile.Write(path, writer =>
        {
            writer.Write("partial");
            throw new IOException("disk full");
        }, CancellationToken.None), Throws.TypeOf<IOException>());

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
            Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
        });
    }
}
