// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027
using System.Globalization;
using System.Text;
using NewsEvents.Reconciliation;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// Folding a name or word (<see cref="NameDirectory.Fold"/>): lower case without diacritics or punctuation, the same on the
/// ASCII fast path as by normalization; the edit distance its spelling tests use.
/// </summary>
public sealed class NameFoldTests
{
    [TestCase("smith", "smith")]
    [TestCase("Smith", "smith")]
    [TestCase("O'Brien", "obrien")]
    [TestCase("al-Assad", "alassad")]
    [TestCase("223rd", "223rd")]
    [TestCase("U.S.", "us")]
    [TestCase("...", "")]
    [TestCase("", "")]
    [TestCase("José", "jose")]
    [TestCase("Müller-Lüdenscheidt", "mullerludenscheidt")]
    [TestCase("ÆSIR", "æsir")]
    [TestCase("Łódź", "łodz")]
    public void Fold_Case_LowerWithoutDiacriticsOrPunctuation(string written, string folded) =>
        Assert.That(NameDirectory.Fold(written), Is.EqualTo(folded));

    [Property(MaxTest = 500)]
    public bool Fold_AnyAsciiText_SameAsByNormalization(string? text)
    {
        var ascii = new string((text ?? "").Select(c => (char)(c % 128)).ToArray());
        return NameDirectory.Fold(ascii) == ByNormalization(ascii);
    }

    [TestCase("kitten", "sitting", 3)]
    [TestCase("phillips", "philip", 2)]
    [TestCase("", "abc", 3)]
    [TestCase("abc", "", 3)]
    [TestCase("same", "same", 0)]
    public void Edits_Case_Levenshtein(string a, string b, int edits) => Assert.That(NameDirectory.Edits(a, b), Is.EqualTo(edits));

    [Test]
    public void Edits_LongWords_CountedBeyondTheStackBuffer()
    {
        var a = new string('a', 300) + "x" + new string('b', 200);
        var b = new string('a', 300) + "y" + new string('b', 199);
        Assert.That(NameDirectory.Edits(a, b), Is.EqualTo(2));
    }

    [Test]
    public void Fold_FoldedWord_ReturnsTheSameString()
    {
        var word = "tonleyham" + 7.ToString(CultureInfo.InvariantCulture);
        Assert.That(NameDirectory.Fold(word), Is.SameAs(word));
    }

    private static string ByNormalization(string s)
    {
        var builder = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
