using System.Collections.Frozen;
using NewsEvents.Claims;

namespace NewsEvents.Tests.Claims;

/// <summary>The story phase's word classes and the lemma test its passes start from.</summary>
public class StoryWordsTests
{
    private static readonly FrameLexicon Frames = EventLexicon.Default.Frames;

    private static readonly FrozenSet<string> Lemmas =
        new[] { "find", "discover", "carry", "stab", "plan", "kill", "pass", "fall", "hop" }.ToFrozenSet(StringComparer.Ordinal);

    // Irregular forms, each regular suffix (-ing, -ied, -ed, -s), doubled stems, short words the rules leave alone, and a
    // word too long for the stack buffer.
    private static readonly string[] Words =
    [
        "found", "fell", "finds", "finding", "find", "finder", "discovered", "discovering", "discovers", "carried", "carries",
        "stabbed", "stabbing", "planned", "planning", "killed", "kills", "passes", "pass", "passed", "hoped", "hopped", "ss", "a",
        "is", "bodies", "died", "tied", "filled", "seeing", new string('x', 70) + "ied",
    ];

    [TestCaseSource(nameof(Words))]
    public void IsLemmaIn_AnyWord_AgreesWithLemma(string word) =>
        Assert.That(Frames.IsLemmaIn(Lemmas, word), Is.EqualTo(Lemmas.Contains(Frames.Lemma(word))), $"the lemma of \"{word}\" is {Frames.Lemma(word)}");

    [Test]
    public void IsLemmaIn_FinderVerbs_FindsTheirForms()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Frames.IsLemmaIn(Frames.FinderVerbs, "found"), Is.True);
            Assert.That(Frames.IsLemmaIn(Frames.FinderVerbs, "discovered"), Is.True);
            Assert.That(Frames.IsLemmaIn(Frames.FinderVerbs, "founded"), Is.False);
        });
    }

    [Test]
    public void WordClassesOf_DefaultLexicon_ClassesTheWordsPassesStartFrom()
    {
        var classes = StoryRun.WordClassesOf(Frames);
        StoryWordClass ClassOf(string word) => classes.TryGetValue(word, out var c) ? c : StoryWordClass.None;
        Assert.Multiple(() =>
        {
            Assert.That(ClassOf("street").HasFlag(StoryWordClass.StreetType), Is.True);
            Assert.That(ClassOf("north-east").HasFlag(StoryWordClass.Bearing), Is.True);
            Assert.That(ClassOf("east").HasFlag(StoryWordClass.Bearing), Is.True);
            Assert.That(ClassOf("streak").HasFlag(StoryWordClass.StreakWord), Is.True);
            Assert.That(ClassOf("fights").HasFlag(StoryWordClass.StreakWord), Is.True);
            Assert.That(ClassOf("sixth").HasFlag(StoryWordClass.OrdinalWord), Is.True);
            Assert.That(classes.TryGetValue("xylophone", out _), Is.False);
        });
    }

    [Test]
    public void WordClassesOf_DefaultLexicon_HoldsTheFirstWordOfEveryCueAndMarker()
    {
        var classes = StoryRun.WordClassesOf(Frames);
        StoryWordClass ClassOf(string word) => classes.TryGetValue(word, out var c) ? c : StoryWordClass.None;
        Assert.Multiple(() =>
        {
            Assert.That(Frames.DetailCueStarts, Is.Not.Empty);
            Assert.That(Frames.DetailCueStarts.All(w => ClassOf(w).HasFlag(StoryWordClass.DetailCueStart)), Is.True);
            Assert.That(Frames.BackgroundMarkerStarts, Is.Not.Empty);
            Assert.That(Frames.BackgroundMarkerStarts.All(w => ClassOf(w).HasFlag(StoryWordClass.BackgroundMarkerStart)), Is.True);
            Assert.That(Frames.DetailHeads.Keys.All(w => ClassOf(w).HasFlag(StoryWordClass.DetailHead)), Is.True);
        });
    }

    [Test]
    public void DetailCueStarts_EveryCue_MatchesOnlyAtItsFirstWord()
    {
        // A cue matched by the phrase table starts at a word of DetailCueStarts: the gate that skips other words loses none.
        var tokens = ClaimTokenizer.Tokenize("He was shot in the head and convicted of murder.", 0, 48);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Frames.DetailCues.TryMatch(tokens, i, out _, out _))
            {
                Assert.That(Frames.DetailCueStarts, Does.Contain(tokens[i].Lower));
            }
        }
    }

    [Test]
    public void StorySentenceWords_AnyAndIs_ReadTheFlags()
    {
        var words = new StorySentenceWords([StoryWordClass.None, StoryWordClass.StreetType | StoryWordClass.SmallInteger], StoryWordClass.StreetType | StoryWordClass.SmallInteger);
        Assert.Multiple(() =>
        {
            Assert.That(words.Any(StoryWordClass.StreetType), Is.True);
            Assert.That(words.Any(StoryWordClass.Bearing | StoryWordClass.SmallInteger), Is.True);
            Assert.That(words.Any(StoryWordClass.Bearing), Is.False);
            Assert.That(words.Is(0, StoryWordClass.StreetType), Is.False);
            Assert.That(words.Is(1, StoryWordClass.SmallInteger), Is.True);
            Assert.That(StorySentenceWords.Empty.Any(StoryWordClass.SmallInteger), Is.False);
        });
    }
}
