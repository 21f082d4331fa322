// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027
using System.Security.Cryptography;
using System.Text;
using NewsEvents.Internal;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace NewsEvents.Tests.Internal;

/// <summary>
/// Content-derived ids (<see cref="StableId.Of"/>): the prefix, a hyphen and the first 8 bytes of the SHA-256 of the parts'
/// UTF-8 joined by U+001F, in lower-case hex. Every id in a report rests on this, so it must never change.
/// </summary>
public sealed class StableIdTests
{
    [TestCase("ev", new string[0])]
    [TestCase("ev", new[] { "a1/e1" })]
    [TestCase("cl", new[] { "a1", "e1", "deaths" })]
    [TestCase("ev", new[] { "", "" })]
    [TestCase("x", new[] { "Łódź – São Paulo 東京 🌍" })]
    public void Of_Case_SameAsTheDefinition(string prefix, string[] parts) =>
        Assert.That(StableId.Of(prefix, parts), Is.EqualTo(Definition(prefix, parts)));

    [Test]
    public void Of_KnownValue_Unchanged() =>
        // The SHA-256 of "abc" begins ba7816bf8f01cfea.
        Assert.That(StableId.Of("ev", ["abc"]), Is.EqualTo("ev-ba7816bf8f01cfea"));

    [Test]
    public void Of_PartsLongerThanThePooledBuffer_SameAsTheDefinition()
    {
        string[] parts = [new string('é', 5000), "short", new string('z', 300), string.Concat(Enumerable.Repeat("😀", 700))];
        Assert.That(StableId.Of("ev", parts), Is.EqualTo(Definition("ev", parts)));
    }

    [Property(MaxTest = 300)]
    public bool Of_AnyParts_SameAsTheDefinition(string[]? parts)
    {
        var clean = (parts ?? []).Select(p => p ?? "").ToArray();
        return StableId.Of("ev", clean) == Definition("ev", clean);
    }

    private static string Definition(string prefix, IEnumerable<string> parts) =>
        prefix + "-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts))), 0, 8).ToLowerInvariant();
}
