using NewsEvents.Entities;

namespace NewsEvents.Tests.Entities;

public class WordLexiconTests
{
    private static readonly WordLexicon Lexicon = new(Gazetteer.Default.Index, EntityCues.Default, (["over", "near"], WordCue.CountryPlace));

    private static IEnumerable<TestCaseData> CueLists()
    {
        var cues = EntityCues.Default;
        yield return new TestCaseData(cues.NotNames, nameof(WordCue.NotName)).SetName("NotNames");
        yield return new TestCaseData(cues.NameParticles, nameof(WordCue.NameParticle)).SetName("NameParticles");
        yield return new TestCaseData(cues.SpeechVerbs, nameof(WordCue.SpeechVerb)).SetName("SpeechVerbs");
        yield return new TestCaseData(cues.LocativeWords, nameof(WordCue.Locative)).SetName("LocativeWords");
        yield return new TestCaseData(cues.UnnamedSourceNouns, nameof(WordCue.UnnamedSourceNoun)).SetName("UnnamedSourceNouns");
        yield return new TestCaseData(cues.BodyModifiers, nameof(WordCue.BodyModifier)).SetName("BodyModifiers");
        yield return new TestCaseData(cues.MinistryFillers, nameof(WordCue.MinistryFiller)).SetName("MinistryFillers");
        yield return new TestCaseData(cues.CoreferenceNouns, nameof(WordCue.CoreferenceNoun)).SetName("CoreferenceNouns");
        yield return new TestCaseData(cues.AcronymContextBefore, nameof(WordCue.AcronymContextBefore)).SetName("AcronymContextBefore");
        yield return new TestCaseData(cues.AcronymContextAfter, nameof(WordCue.AcronymContextAfter)).SetName("AcronymContextAfter");
        yield return new TestCaseData(cues.Titles.FirstWords, nameof(WordCue.TitleStart)).SetName("Titles");
        yield return new TestCaseData(cues.BodyWords.FirstWords, nameof(WordCue.BodyWordStart)).SetName("BodyWords");
        yield return new TestCaseData(cues.DomainWords.FirstWords, nameof(WordCue.DomainWordStart)).SetName("DomainWords");
    }

    [TestCaseSource(nameof(CueLists))]
    public void TryFind_CueListWord_HasTheListsFlag(IEnumerable<string> words, string cueName)
    {
        var cue = Enum.Parse<WordCue>(cueName);
        foreach (var word in words)
        {
            Assert.That(Lexicon.TryFind(word.AsSpan(), out var known) && known.Cues.HasFlag(cue), Is.True, $"{word} lacks {cue}");
        }
    }

    [TestCaseSource(nameof(CueLists))]
    public void TryFind_KnownWordWithFlag_IsInTheList(IEnumerable<string> words, string cueName)
    {
        var cue = Enum.Parse<WordCue>(cueName);
        var list = words.ToHashSet(StringComparer.Ordinal);
        var flagged = Gazetteer.Default.Index.Exact.Next!.Keys.Concat(list).Concat(["over", "near", "ministry", "said"])
            .Where(w => Lexicon.TryFind(w, out var known) && known.Cues.HasFlag(cue));
        Assert.That(flagged.Where(w => !list.Contains(w)), Is.Empty);
    }

    [Test]
    public void TryFind_ExtraList_SetsItsFlag() =>
        Assert.That(Lexicon.TryFind("over".AsSpan(), out var known) ? known.Cues & WordCue.CountryPlace : WordCue.None, Is.EqualTo(WordCue.CountryPlace));

    [Test]
    public void TryFind_FirstWordOfAName_GivesTheExactTriesChild()
    {
        var root = Gazetteer.Default.Index.Exact.Next!;
        Assert.Multiple(() =>
        {
            foreach (var (word, node) in root)
            {
                Assert.That(Lexicon.TryFind(word.AsSpan(), out var known) ? known.ExactNode : null, Is.SameAs(node), word);
            }
        });
    }

    [TestCase("zzyzxqv")]
    [TestCase("")]
    [TestCase("Syria")]
    public void TryFind_UnknownOrUnfoldedWord_IsNotFound(string word) => Assert.That(Lexicon.TryFind(word.AsSpan(), out _), Is.False);

    [TestCase("The Syrian Defense Ministry’s spokesman said on Tuesday that al-Sharaa met officials in Damascus.")]
    [TestCase("ŞAM, Straße, Dar'a and İstanbul: Zeki Aktürk (AFP) told the U.S.-backed SDF.")]
    public void Tokenize_WithLexiconAndFoldBuffer_AgreesWithTokenizeWithout(string text)
    {
        var plain = Tokenizer.Tokenize(text, 0, text.Length);
        var withLexicon = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, withLexicon, Lexicon, new FoldBuffer());
        Assert.Multiple(() =>
        {
            Assert.That(withLexicon.Select(Describe), Is.EqualTo(plain.Select(Describe)));
            Assert.That(withLexicon.Where(t => t.Known is not null).All(t => ReferenceEquals(t.Folded, t.Known!.Word)), Is.True);
            Assert.That(withLexicon.Count(t => t.Known is not null), Is.GreaterThan(3));
        });
    }

    [Test]
    public void Tokenize_ManyUnknownWords_KeepsEveryWordWhenTheFoldBufferGrows()
    {
        var text = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"Qwx{i}zz"));
        var tokens = new List<Token>();
        var folds = new FoldBuffer();
        Tokenizer.Tokenize("Zzzz yyyy", 0, 9, tokens, Lexicon, folds);
        Tokenizer.Tokenize(text, 0, text.Length, tokens, Lexicon, folds);
        Assert.That(tokens.Select(t => t.Folded), Is.EqualTo(Enumerable.Range(0, 400).Select(i => $"qwx{i}zz")));
    }

    private static string Describe(Token t) => $"{t.Start} {t.End} {t.Folded} {t.Capitalized} {t.AllCaps} {t.Possessive} {t.Before} {t.After} {t.IsArticle}";
}
