using NewsEvents.Claims;

namespace NewsEvents.Tests.Claims;

/// <summary>
/// The event-word table's look-ups by inflected form and by two-word key, which build their keys on the stack: the lemma a
/// form names, the must-not cases, and keys of any length (a hostile 10,000-letter "word" is simply not an event word).
/// </summary>
public class EventWordsTests
{
    private static readonly EventWords Words = EventWords.Default;

    [TestCase("struck", "strike", TestName = "Verb_Irregular")]
    [TestCase("stopped", "stop", TestName = "Verb_DoubledConsonantBeforeEd")]
    [TestCase("shooting", "shoot", TestName = "Verb_Ing")]
    [TestCase("studied", "study", TestName = "Verb_IedToY")]
    [TestCase("dies", "die", TestName = "Verb_Es")]
    [TestCase("evacuated", "evacuate", TestName = "Verb_SilentE")]
    public void TryVerb_InflectedForm_GivesItsLemma(string form, string lemma)
    {
        Assert.That(Words.TryVerb(form, out var word), Is.True);
        Assert.That(word.Lemma, Is.EqualTo(lemma));
    }

    [TestCase("quakes", "quake", TestName = "Noun_Plural")]
    [TestCase("robberies", "robbery", TestName = "Noun_IesPlural")]
    [TestCase("talks", "talks", TestName = "Noun_PluraleTantum")]
    [TestCase("stops", "stop", TestName = "Noun_PluralListedOnItsOwn_NamesTheActOfItsSingular")]
    [TestCase("operations", "operation", TestName = "Noun_PluralListedOnItsOwn_NominalizationSingular")]
    [TestCase("services", "services", TestName = "Noun_PluralListedOnItsOwn_SingularNamesNoAct_Kept")]
    public void TryNoun_Form_GivesItsNoun(string form, string lemma)
    {
        Assert.That(Words.TryNoun(form, out var word), Is.True);
        Assert.That(word.Lemma, Is.EqualTo(lemma));
    }

    [Test]
    public void TryNoun_PluralListedOnItsOwn_SharesTheRootOfTheVerbItsSingularNames()
    {
        Assert.That(Words.TryNoun("stops", out var noun), Is.True);
        Assert.That(Words.TryVerb("stopped", out var verb), Is.True);
        Assert.That(noun.RootKey, Is.EqualTo(verb.RootKey), "a headline's \"stops\" and the story's \"stopped\" are one happening");
    }

    // The detector reads a form once (Read) and hands the entry to the other look-ups: each must answer as the look-up by string does.
    [TestCase("struck", TestName = "ReadOnce_IrregularVerb")]
    [TestCase("stopped", TestName = "ReadOnce_InflectedVerb")]
    [TestCase("stops", TestName = "ReadOnce_ListedPlural")]
    [TestCase("quakes", TestName = "ReadOnce_PluralNoun")]
    [TestCase("dead", TestName = "ReadOnce_OutcomeAdjective")]
    [TestCase("according", TestName = "ReadOnce_ReportingPhraseHead")]
    [TestCase("during", TestName = "ReadOnce_NotAnEvent")]
    [TestCase("bridge", TestName = "ReadOnce_NoEventWord")]
    [TestCase("xqzv", TestName = "ReadOnce_InNoTable")]
    public void Read_EntryGivesTheSameAnswersAsTheStringLookUps(string form)
    {
        var entry = Words.Read(form);
        Assert.Multiple(() =>
        {
            Assert.That(Words.TryVerb(entry, form, out var lemma, out var verb), Is.EqualTo(Words.TryVerb(form, out var lemma2, out var verb2)));
            Assert.That((lemma, verb?.Lemma), Is.EqualTo((lemma2, verb2?.Lemma)));
            Assert.That(Words.TryNoun(entry, form, out var noun), Is.EqualTo(Words.TryNoun(form, out var noun2)));
            Assert.That(noun?.Lemma, Is.EqualTo(noun2?.Lemma));
            Assert.That(EventWords.TryEventAdjective(entry, out var adjective), Is.EqualTo(Words.TryEventAdjective(form, out var adjective2)));
            Assert.That(adjective?.Lemma, Is.EqualTo(adjective2?.Lemma));
            Assert.That(EventWords.IsNotEvent(entry), Is.EqualTo(Words.IsNotEvent(form)));
            Assert.That(EventWords.IsReportingPhrase(entry, "to"), Is.EqualTo(Words.IsReportingPhrase(form, "to")));
        });
    }

    [Test]
    public void Read_FormInNoTable_IsNull_AndStillInflects()
    {
        Assert.That(Words.Read("evacuated"), Is.Null, "an inflected form is no key of its own");
        Assert.That(Words.TryVerb(null, "evacuated", out var lemma, out _), Is.True);
        Assert.That(lemma, Is.EqualTo("evacuate"));
    }

    [TestCase("bridge", TestName = "NotVerb_Thing")]
    [TestCase("the", TestName = "NotVerb_FunctionWord")]
    [TestCase("", TestName = "NotVerb_Empty")]
    public void TryVerb_NotAnEventVerb_IsFalse(string form) => Assert.That(Words.TryVerb(form, out _), Is.False);

    [Test]
    public void TwoWordKeys_AreFoundWithoutBuildingStrings()
    {
        Assert.That(Words.TryPhrase("opened", "fire", out var phrase), Is.True);
        Assert.That(phrase.Lemma, Is.EqualTo("open fire"));
        Assert.That(Words.TryPhrase("opened", "door", out _), Is.False);
        Assert.That(Words.TryNounPhrase("air", "raids", out var noun), Is.True, "a plural two-word noun");
        Assert.That(noun.Lemma, Is.EqualTo("air raid"));
        Assert.That(Words.IsCompound("strike", "zone"), Is.True);
        Assert.That(Words.IsCompound("fire", "broke"), Is.False);
    }

    [TestCase(97, TestName = "LongKey_JustOverTheStackBuffer")]
    [TestCase(10_000, TestName = "LongKey_Hostile")]
    public void LongKeys_AreLookedUpOnTheHeap_AndFoundInNoTable(int length)
    {
        var word = new string('x', length) + "s";
        Assert.Multiple(() =>
        {
            Assert.That(Words.TryNoun(word, out _), Is.False);
            Assert.That(Words.TryNounPhrase(word, word, out _), Is.False);
            Assert.That(Words.TryVerb(word + "ing", out _), Is.False);
            Assert.That(Words.TryPhrase("opened", word, out _), Is.False);
            Assert.That(Words.IsCompound(word, word), Is.False);
        });
    }

    [Test]
    public void CachedKeys_OfACopy_FollowTheCopy()
    {
        // An adjective's word is the verb's word copied with another lemma: its keys must be its own, not the verb's.
        Assert.That(Words.TryVerb("die", out var verb), Is.True);
        _ = verb.RootKey;
        var copy = verb with { Lemma = "dead", Verb = "die" };
        var other = verb with { Lemma = "perish", Verb = null, Synset = null };
        Assert.That(copy.RootKey, Is.EqualTo("l:die"));
        Assert.That(other.RootKey, Is.EqualTo("l:perish"));
        Assert.That(other.SynsetKey, Is.Null);
        Assert.That(other.SynsetId, Is.Null);
    }
}
