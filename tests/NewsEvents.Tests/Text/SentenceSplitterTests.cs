using NewsEvents.Text;

namespace NewsEvents.Tests.Text;

/// <summary>Table-driven sentence splitting on news-style text (made up, not from the seeds).</summary>
public class SentenceSplitterTests
{
    public sealed record SplitCase(string Name, string Text, string[] Expected)
    {
        public override string ToString() => Name;
    }

    private static SplitCase C(string name, string text, params string[] expected) => new(name, text, expected);

    public static IEnumerable<SplitCase> Cases() =>
    [
        C("two plain sentences", "The minister arrived on Monday. Talks began an hour later.", "The minister arrived on Monday.", "Talks began an hour later."),
        C("question and exclamation", "Will the truce hold? Nobody knows! Diplomats are wary.", "Will the truce hold?", "Nobody knows!", "Diplomats are wary."),
        C("Dr. title", "Dr. Amina Yusuf leads the clinic. She was appointed in May.", "Dr. Amina Yusuf leads the clinic.", "She was appointed in May."),
        C("Gen. title", "Gen. Carlos Tasker inspected the troops. The visit was brief.", "Gen. Carlos Tasker inspected the troops.", "The visit was brief."),
        C("Brig. Gen. titles", "Brig. Gen. Lars Olsen said the base was secure. Patrols continue.", "Brig. Gen. Lars Olsen said the base was secure.", "Patrols continue."),
        C("Rear Adm. title", "Rear Adm. Kofi Mensah briefed reporters. He took no questions.", "Rear Adm. Kofi Mensah briefed reporters.", "He took no questions."),
        C("Mr. and Mrs.", "Mr. and Mrs. Okafor were evacuated. Their home was damaged.", "Mr. and Mrs. Okafor were evacuated.", "Their home was damaged."),
        C("Prof. title", "Prof. Elena Rossi disagreed with the findings.", "Prof. Elena Rossi disagreed with the findings."),
        C("Sen. and Rep.", "Sen. Maria Lopez and Rep. John Park voted no. The bill failed.", "Sen. Maria Lopez and Rep. John Park voted no.", "The bill failed."),
        C("Lt. Col. titles", "Lt. Col. Ivan Petrov commanded the unit. It withdrew at dawn.", "Lt. Col. Ivan Petrov commanded the unit.", "It withdrew at dawn."),
        C("Capt. and Sgt.", "Capt. Ruth Ade and Sgt. Omar Bah were decorated.", "Capt. Ruth Ade and Sgt. Omar Bah were decorated."),
        C("Gov. title", "Gov. Helen Marsh declared an emergency. Schools closed.", "Gov. Helen Marsh declared an emergency.", "Schools closed."),
        C("U.S. mid-sentence", "The U.S. military confirmed the strike. Casualties were reported.", "The U.S. military confirmed the strike.", "Casualties were reported."),
        C("U.S. at sentence end before The", "Aid arrived from the U.S. The shipment was large.", "Aid arrived from the U.S.", "The shipment was large."),
        C("U.S. before lowercase", "Officials in the U.S. and Canada agreed.", "Officials in the U.S. and Canada agreed."),
        C("U.K. before proper noun", "The U.K. Foreign Office issued a warning.", "The U.K. Foreign Office issued a warning."),
        C("U.N. mid-sentence", "The U.N. envoy left Geneva. Talks stalled.", "The U.N. envoy left Geneva.", "Talks stalled."),
        C("a.m. before lowercase", "The blast occurred at 9 a.m. on Tuesday. Police sealed the area.", "The blast occurred at 9 a.m. on Tuesday.", "Police sealed the area."),
        C("p.m. at sentence end", "The vote ended at 11 p.m. The results came later.", "The vote ended at 11 p.m.", "The results came later."),
        C("No. before a number", "Resolution No. 2254 calls for elections. It passed in 2015.", "Resolution No. 2254 calls for elections.", "It passed in 2015."),
        C("decimal number", "Some 1.5 million people fled. Another 2.3 million are at risk.", "Some 1.5 million people fled.", "Another 2.3 million are at risk."),
        C("decimal percentage", "Inflation rose to 3.7 percent in June. Prices fell in July.", "Inflation rose to 3.7 percent in June.", "Prices fell in July."),
        C("money with cents", "Shares closed at $12.50 on Friday. Trading was thin.", "Shares closed at $12.50 on Friday.", "Trading was thin."),
        C("initials J. R. R.", "The library holds letters by J. R. R. Tolkien. They are rare.", "The library holds letters by J. R. R. Tolkien.", "They are rare."),
        C("middle initial", "George W. Bush visited the site. He spoke briefly.", "George W. Bush visited the site.", "He spoke briefly."),
        C("closing quote after period", "He said, “We will rebuild.” The crowd cheered.", "He said, “We will rebuild.”", "The crowd cheered."),
        C("quote with comma and attribution", "“The situation is stable,” he said. Residents disagreed.", "“The situation is stable,” he said.", "Residents disagreed."),
        C("quote with exclamation and attribution", "“Leave now!” the officer shouted. People ran.", "“Leave now!” the officer shouted.", "People ran."),
        C("quote with question and attribution", "“Who will pay?” she asked. No one answered.", "“Who will pay?” she asked.", "No one answered."),
        C("straight quotes", "\"We are ready.\" The commander nodded.", "\"We are ready.\"", "The commander nodded."),
        C("single curly quotes", "He called it ‘a turning point.’ Others were skeptical.", "He called it ‘a turning point.’", "Others were skeptical."),
        C("parenthesis after period", "The deal was signed. (Details were not released.) Markets rose.", "The deal was signed.", "(Details were not released.)", "Markets rose."),
        C("abbreviated month with day", "The attack on Sept. 11 changed policy. Few forgot it.", "The attack on Sept. 11 changed policy.", "Few forgot it."),
        C("Jan. with day", "Talks resume on Jan. 5 in Vienna.", "Talks resume on Jan. 5 in Vienna."),
        C("Inc. before lowercase", "Acme Inc. said profits fell. Shares dropped.", "Acme Inc. said profits fell.", "Shares dropped."),
        C("etc. before lowercase", "They brought food, water, etc. for the displaced. More is needed.", "They brought food, water, etc. for the displaced.", "More is needed."),
        C("ellipsis then capital", "He paused... Then he resigned.", "He paused...", "Then he resigned."),
        C("ellipsis then lowercase", "The answer was... unclear to everyone.", "The answer was... unclear to everyone."),
        C("sentence starting with digit", "The ceasefire failed. 12 people died overnight.", "The ceasefire failed.", "12 people died overnight."),
        C("sentence starting with quote", "The talks ended. “We failed,” he admitted.", "The talks ended.", "“We failed,” he admitted."),
        C("no final punctuation", "Rescue teams are still searching", "Rescue teams are still searching"),
        C("leading and trailing spaces", "  The port reopened.  Ships queued.  ", "The port reopened.", "Ships queued."),
        C("version-like numbers", "Version 2.0.1 was released. It fixes bugs.", "Version 2.0.1 was released.", "It fixes bugs."),
        C("St. as saint", "They prayed at St. Mark's Basilica. It was crowded.", "They prayed at St. Mark's Basilica.", "It was crowded."),
        C("multiple terminators", "Really?! The minister quit. Aides were stunned.", "Really?!", "The minister quit.", "Aides were stunned."),
        C("web address", "Details are at example.org today. Check later.", "Details are at example.org today.", "Check later."),
        C("unknown abbreviation before lowercase", "The dept. of health denied it.", "The dept. of health denied it."),
        C("vs. in a match", "The final, Spain vs. Italy, ends today. Fans gathered.", "The final, Spain vs. Italy, ends today.", "Fans gathered."),
    ];

    private static List<string> Split(string text)
    {
        var spans = new List<(int Offset, int Length)>();
        SentenceSplitter.Split(text, 0, text.Length, ReaderLexicon.Default, spans);
        return spans.Select(s => text.Substring(s.Offset, s.Length)).ToList();
    }

    [TestCaseSource(nameof(Cases))]
    public void Split_NewsText_ReturnsExpectedSentences(SplitCase testCase)
    {
        Assert.That(Split(testCase.Text), Is.EqualTo(testCase.Expected), testCase.Name);
    }

    [Test]
    public void Split_LongLineWithoutPunctuation_ReturnsBoundedPseudoSentencesAtSpaces()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 200_000));
        var sentences = Split(text);
        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Count.GreaterThan(400));
            Assert.That(sentences.Max(s => s.Length), Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
            Assert.That(sentences.All(s => s.EndsWith("word", StringComparison.Ordinal)), Is.True);
            Assert.That(sentences.Sum(s => s.Length + 1), Is.EqualTo(text.Length));
        });
    }

    [Test]
    public void Split_LongRunWithoutSpaces_HardCutsWithoutBreakingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("a😀", 5_000));
        var sentences = Split(text);
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(sentences), Is.EqualTo(text));
            Assert.That(sentences.Max(s => s.Length), Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
            Assert.That(sentences.All(s => !char.IsHighSurrogate(s[^1])), Is.True);
        });
    }

    [Test]
    public void Split_LongRunOfPeriods_ReturnsBoundedPieces()
    {
        var text = new string('.', 100_000);
        var sentences = Split(text);
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(sentences), Is.EqualTo(text));
            Assert.That(sentences.Max(s => s.Length), Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength + 32));
        });
    }
}
