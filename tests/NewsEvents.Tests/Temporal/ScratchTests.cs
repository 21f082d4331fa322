using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Temporal;

public sealed class ScratchTests
{
    [Test]
    public void Dump()
    {
        var tagger = new TemporalTagger();
        var r = new LocalDate(2025, 7, 23);
        foreach (var (id, text) in Seeds.All())
        {
            TestContext.Out.WriteLine("== " + id);
            foreach (var m in tagger.Tag(text, r))
            {
                TestContext.Out.WriteLine($"{m} yi={m.YearInferred} wa={m.WeekdayAnchored} oi={m.DayMonthOrderInferred} ap={m.Approximate}");
            }
        }

        var path = System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "Temporal", "scratch.txt");
        if (System.IO.File.Exists(path))
        {
            foreach (var line in System.IO.File.ReadAllLines(path))
            {
                var ms = tagger.Tag(line, r);
                TestContext.Out.WriteLine(line + "  =>  " + string.Join(" | ", ms.Select(m => $"{m} yi={m.YearInferred} wa={m.WeekdayAnchored} oi={m.DayMonthOrderInferred} ap={m.Approximate}")));
            }
        }
    }
}
