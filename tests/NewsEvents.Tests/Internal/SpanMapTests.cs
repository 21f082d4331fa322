// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027
using NewsEvents.Internal;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace NewsEvents.Tests.Internal;

/// <summary>
/// The span-keyed table behind the event words: every key it holds is found however the key is given (string, span, parts),
/// and its bit filter never turns a held key away; keys it does not hold are not found.
/// </summary>
public class SpanMapTests
{
    [Test]
    public void EveryKey_IsFound_AsStringSpanAndParts()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i % 3 == 0 ? " fire" : "")).ToList();
        var map = new SpanMap<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < keys.Count; i++)
            {
                var key = keys[i];
                Assert.That(map.TryGetValue(key, out var a) && a == i, Is.True, key);
                Assert.That(map.TryGetValue(key.AsSpan(), out var b) && b == i, Is.True, key);
                var cut = key.Length / 2;
                Assert.That(map.TryGetValue(key.AsSpan(0, cut), key.AsSpan(cut, 1), key.AsSpan(cut + 1), out var c) && c == i, Is.True, key);
            }
        });
    }

    [TestCase("w12", true)]
    [TestCase("w4999", true)]
    [TestCase("w5000", false)]
    [TestCase("W12", false)]
    [TestCase("", false)]
    public void TryGetKey_TextGivenAsASpan_TheTablesOwnString(string text, bool held)
    {
        var keys = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var map = new SpanMap<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        // The text sits inside a longer string, as a word sits inside an article.
        var article = "<" + text + ">";
        var found = map.TryGetKey(article.AsSpan(1, text.Length), out var stored);
        Assert.That(found, Is.EqualTo(held));
        if (held)
        {
            Assert.That(stored, Is.SameAs(keys.Single(k => k == text)));
        }
    }

    [TestCase("")]
    [TestCase("w5000")]
    [TestCase("W1")]
    [TestCase("w1 fire")]
    [TestCase("fire")]
    public void KeyNotHeld_IsNotFound(string key)
    {
        var map = new SpanMap<int>(Enumerable.Range(0, 5000).Select(i => KeyValuePair.Create("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i)));
        Assert.That(map.TryGetValue(key, out _), Is.False);
    }

    [Test]
    public void EmptyTable_FindsNothing()
    {
        var map = new SpanMap<bool>([]);
        Assert.That(map.TryGetValue("fire", out _), Is.False);
        Assert.That(map.Count, Is.Zero);
    }

    [Test]
    public void KeyGivenTwice_KeepsTheLastValue()
    {
        var map = new SpanMap<int>([KeyValuePair.Create("quake", 1), KeyValuePair.Create("flood", 2), KeyValuePair.Create("quake", 3)]);
        Assert.That(map.TryGetValue("quake", out var value), Is.True);
        Assert.That(value, Is.EqualTo(3));
        Assert.That(map.Count, Is.EqualTo(2));
    }

    [TestCase("café", "cafe")]
    [TestCase("naïve", "naive")]
    [TestCase("Ärger", "ärger")]
    public void KeysThatDifferInOneCharacter_AreTwoKeys(string held, string other)
    {
        var map = new SpanMap<string>([KeyValuePair.Create(held, held)]);
        Assert.That(map.TryGetValue(held, out var value), Is.True);
        Assert.That(value, Is.EqualTo(held));
        Assert.That(map.TryGetValue(other, out _), Is.False);
    }

    [Property(MaxTest = 300)]
    public bool AnyHeldKeyIsFound_AnyOtherIsNot(string[] held, string probe)
    {
        var keys = (held ?? []).Where(k => k is not null).Distinct(StringComparer.Ordinal).ToList();
        var map = new SpanMap<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        var found = keys.TrueForAll(k => map.TryGetValue(k.AsSpan(), out _));
        return found && (probe is null || map.TryGetValue(probe.AsSpan(), out _) == keys.Contains(probe, StringComparer.Ordinal));
    }
}
