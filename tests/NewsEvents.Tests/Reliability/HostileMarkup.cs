using System.Text;

namespace NewsEvents.Tests.Reliability;

/// <summary>Hostile and broken HTML pages, each built on demand around one story paragraph, named for test output.</summary>
public static class HostileMarkup
{
    /// <summary>The story sentence every page carries in its first paragraph; it must come out of the reader.</summary>
    internal const string Story = "Rescue teams reached the flooded village of Tarnow on Monday, officials said.";

    public sealed record Page(string Name, Func<string> Build)
    {
        public override string ToString() => Name;
    }

    internal static IEnumerable<Page> All()
    {
        yield return new("200,000 nested divs", () => Wrap(Repeat("<div>", 200_000) + "x" + Repeat("</div>", 200_000)));
        yield return new("200,000 unclosed mixed tags", () => Wrap(Repeat("<div><b><i><a href='x'><span>x ", 40_000)));
        yield return new("100,000 fonts closed by stray end tags", () => Wrap(Repeat("<font>x</b>", 100_000)));
        yield return new("100,000 bold blocks misnested", () => Wrap(Repeat("<b><div>x</b>", 100_000)));
        yield return new("50,000 paragraphs reopening bold", () => Wrap(Repeat("<p><b>x</p>", 50_000)));
        yield return new("200,000 unclosed list items", () => Wrap("<ul>" + Repeat("<li>x", 200_000)));
        yield return new("100,000 nested tables", () => Wrap(Repeat("<table>", 100_000) + "x"));
        yield return new("1,000,000 sibling elements", () => Wrap(Repeat("<span>a</span>", 1_000_000)));
        yield return new("8 MB attribute value", () => Wrap("<div title=\"" + new string('x', 8 * 1024 * 1024) + "\">x</div>"));
        yield return new("8 MB unclosed attribute value", () => Wrap("<div title=\"" + new string('x', 8 * 1024 * 1024)));
        yield return new("200,000 unclosed start tags", () => Wrap(Repeat("<div x", 200_000)));
        yield return new("8 MB unclosed comment", () => Wrap("<!--" + new string('x', 8 * 1024 * 1024)));
        yield return new("billion laughs in the doctype", () => BillionLaughs());
        yield return new("1,000,000 character references", () => Wrap("<p>" + Repeat("&amp;&#x1F600;&nbsp;&notin;&#99999999;&#0;&", 150_000) + "</p>"));
        yield return new("1,000,000 unknown named references", () => Wrap("<p>" + Repeat("&lol9;", 1_000_000) + "</p>"));
    }

    /// <summary>The page around its hostile part: a story paragraph first, so the text to find is known.</summary>
    internal static string Wrap(string hostile) => "<!DOCTYPE html><html><head><title>Flood</title></head><body><p>" + Story + "</p>" + hostile + "</body></html>";

    /// <summary>Nine levels of entities, each ten times the one below, declared in the doctype: XML would expand 10⁹ "lol"s; HTML expands none.</summary>
    internal static string BillionLaughs()
    {
        var doctype = new StringBuilder("<!DOCTYPE html [<!ENTITY lol \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            var below = level == 1 ? "lol" : "lol" + (level - 1);
            doctype.Append("<!ENTITY lol").Append(level).Append(" \"").Append(Repeat("&" + below + ";", 10)).Append("\">");
        }

        doctype.Append("]>");
        return doctype + "<html><body><p>" + Story + "</p><p>&lol9;</p></body></html>";
    }

    internal static string Repeat(string unit, int times) => HostileInputs.Repeat(unit, times);
}
