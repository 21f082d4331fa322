using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NewsEvents;

/// <summary>
/// <see cref="ReconciliationReport.ToString"/>: a summary line, then small aligned tables of conflicts, corroborations and
/// articles, for a debugger, a log or LINQPad. Only the first rows of each table are shown.
/// </summary>
internal static class ReportText
{
    private const int MaxRows = 12;
    private const int MaxCell = 40;
    private const int MaxLastCell = 120;

    public static string Format(ReconciliationReport report)
    {
        var events = report.Events.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        string EventName(string id) => events.TryGetValue(id, out var e) ? e.Label ?? e.Frame ?? e.Type.ToString() : id;
        static string Count(int n, string one) => n.ToString(CultureInfo.InvariantCulture) + " " + one + (n == 1 ? "" : "s");

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Report: {report.Articles.Length} articles, {report.Events.Length} events, {report.Claims.Length} claims, ")
            .Append(CultureInfo.InvariantCulture, $"{report.Conflicts.Length} conflicts, {report.Corroborations.Length} corroborations, {report.Singletons.Length} singletons");
        Table(text, "Conflicts", ["severity", "kind", "property", "event", "sides"], report.Conflicts.Select(c => new[]
        {
            Lower(c.Severity), Lower(c.Kind), Lower(c.Property), EventName(c.EventId),
            string.Join(" | ", c.Sides.Select(s => s.Value.Text + " (" + Count(s.Articles.Length, "article") + ")")),
        }).ToList());
        Table(text, "Corroborations", ["property", "event", "value", "articles", "independent"], report.Corroborations.Select(c => new[]
        {
            Lower(c.Property), EventName(c.EventId), c.Value.Text, c.Articles.Length.ToString(CultureInfo.InvariantCulture),
            c.IndependentSources.ToString(CultureInfo.InvariantCulture),
        }).ToList());
        Table(text, "Articles", ["id", "source", "title", "reference date"], report.Articles.Select(a => new[]
        {
            a.Id, a.Source ?? "", a.Title ?? "", a.ReferenceDate.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + Lower(a.ReferenceDate.Basis) + ")" : "unknown",
        }).ToList());
        return text.ToString();
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void Table(StringBuilder text, string title, string[] header, List<string[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // Inner columns are cut short to keep the table narrow; the last one has room, since nothing follows it.
        var shown = rows.Take(MaxRows).Select(r => r.Select((c, i) => Cell(c, i == r.Length - 1 ? MaxLastCell : MaxCell)).ToArray()).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, shown.Max(r => r[i].Length))).ToArray();
        text.Append('\n').Append(title).Append('\n');
        void Line(string[] cells) => text.Append("  ").Append(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])))).Append('\n');
        Line(header);
        shown.ForEach(Line);
        if (rows.Count > MaxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"  … {rows.Count - MaxRows} more\n");
        }
    }

    private static string Cell(string value, int max)
    {
        var flat = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
