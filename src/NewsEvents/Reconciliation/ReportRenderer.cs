using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using NewsEvents.Reconciliation;

using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>Renders a <see cref="ReconciliationReport"/> as readable text or self-contained HTML.</summary>
/// <remarks>Stateless and thread-safe; the output depends only on the report.</remarks>
public static class ReportRenderer
{
    private const int MaxQuote = 400;
    private const int MaxSingletonsPerArticle = 5;

    /// <summary>Renders a report as plain text: a header with counts, then conflicts, corroborations, single-source claims and a timeline.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToText(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new ReportView(report);
        var text = new StringBuilder();
        text.AppendLine("NEWS RECONCILIATION REPORT");
        text.AppendLine(Invariant($"{report.Articles.Length} articles from {report.Sources.Length} sources; {report.Events.Length} events, {report.Claims.Length} claims"));
        text.AppendLine(Invariant($"{report.Conflicts.Length} conflicts, {report.Corroborations.Length} corroborations, {report.Singletons.Length} single-source claims"));
        text.AppendLine();

        text.AppendLine(Invariant($"CONFLICTS ({report.Conflicts.Length})"));
        if (report.Conflicts.IsEmpty)
        {
            text.AppendLine("  none");
        }

        var number = 0;
        foreach (var conflict in report.Conflicts)
        {
            number++;
            text.AppendLine(Invariant($"{number}. [{conflict.Severity.ToString().ToUpperInvariant()} {conflict.Kind.ToString().ToLowerInvariant()}] {Words(conflict.Property)} of {view.EventName(conflict.EventId)}"));
            text.Append("   ").AppendLine(conflict.Explanation);
            var side = 'A';
            foreach (var s in conflict.Sides)
            {
                text.AppendLine(Invariant($"   Side {side}: {view.Value(s.Value)} ({view.Outlets(s.Articles)})"));
                foreach (var claim in view.Claims(s.Claims, s.Articles))
                {
                    text.AppendLine(Invariant($"     {claim.ArticleId}: \"{Quote(claim.Evidence.Text)}\""));
                }

                side++;
            }
        }

        text.AppendLine();
        text.AppendLine(Invariant($"CORROBORATIONS ({report.Corroborations.Length})"));
        if (report.Corroborations.IsEmpty)
        {
            text.AppendLine("  none");
        }

        foreach (var c in report.Corroborations)
        {
            text.AppendLine(Invariant($"- {Words(c.Property)} of {view.EventName(c.EventId)}: {view.Value(c.Value)}"));
            text.AppendLine(Invariant($"    {c.Articles.Length} articles, {c.IndependentSources} independent {(c.IndependentSources == 1 ? "source" : "sources")}: {view.Outlets(c.Articles)}"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"SINGLE-SOURCE CLAIMS ({report.Singletons.Length})"));
        foreach (var (articleId, claims) in view.SingletonsByArticle())
        {
            text.AppendLine(Invariant($"- {view.Outlet(articleId)}: {claims.Count} {(claims.Count == 1 ? "claim" : "claims")}"));
            foreach (var claim in claims.Take(MaxSingletonsPerArticle))
            {
                text.AppendLine(Invariant($"    {Words(claim.Property)} of {view.EventName(claim.EventId)}: {view.Value(claim.Value)}"));
            }

            if (claims.Count > MaxSingletonsPerArticle)
            {
                text.AppendLine(Invariant($"    … and {claims.Count - MaxSingletonsPerArticle} more"));
            }
        }

        text.AppendLine();
        text.AppendLine("EVENT TIMELINE");
        foreach (var e in view.Timeline())
        {
            text.AppendLine(Invariant($"  {view.When(e),-27} {view.EventName(e.Id)} [{string.Join(", ", e.Articles)}]"));
        }

        return text.ToString();
    }

    /// <summary>Renders a report as one self-contained HTML5 document (inline CSS, no scripts, no external assets).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToHtml(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new ReportView(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>News reconciliation report</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.4}")
            .Append("h1{font-size:1.6em}h2{border-bottom:2px solid #ccc;padding-bottom:.2em}")
            .Append(".conflict{border:1px solid #d99;border-radius:6px;padding:.8em;margin:1em 0;background:#fff8f8}")
            .Append(".conflict.soft{border-color:#db8;background:#fffcf3}")
            .Append(".sides{display:flex;gap:1em;flex-wrap:wrap}.side{flex:1 1 20em;border-left:4px solid #c66;padding:.3em .8em;background:#fff}")
            .Append("blockquote{margin:.4em 0;padding:.2em .6em;border-left:3px solid #aaa;color:#444;font-style:italic}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}")
            .Append("th{background:#f3f3f3}.badge{font-size:.8em;padding:.1em .4em;border-radius:3px;background:#eee}")
            .Append("ol.timeline{list-style:none;padding-left:0}ol.timeline li{border-left:3px solid #69c;padding:.2em .8em;margin:.3em 0}")
            .Append("time{font-weight:bold;margin-right:.6em}")
            .Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>News reconciliation report</h1>\n<p>")
            .Append(E(Invariant($"{report.Articles.Length} articles from {report.Sources.Length} sources; {report.Events.Length} events, {report.Claims.Length} claims; ")))
            .Append(E(Invariant($"{report.Conflicts.Length} conflicts, {report.Corroborations.Length} corroborations, {report.Singletons.Length} single-source claims.")))
            .Append("</p>\n");

        html.Append("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
        if (report.Conflicts.IsEmpty)
        {
            html.Append("<p>No conflicts.</p>\n");
        }

        foreach (var conflict in report.Conflicts)
        {
            html.Append("<article class=\"conflict ").Append(conflict.Severity == ConflictSeverity.Soft ? "soft" : "hard").Append("\">\n<h3>")
                .Append(E(Words(conflict.Property) + " of " + view.EventName(conflict.EventId)))
                .Append(" <span class=\"badge\">").Append(E(conflict.Severity.ToString().ToLowerInvariant() + " " + conflict.Kind.ToString().ToLowerInvariant()))
                .Append("</span></h3>\n<p>").Append(E(conflict.Explanation)).Append("</p>\n<div class=\"sides\">\n");
            foreach (var side in conflict.Sides)
            {
                html.Append("<div class=\"side\">\n<h4>").Append(E(view.Value(side.Value))).Append("</h4>\n<p>").Append(E(view.Outlets(side.Articles))).Append("</p>\n");
                foreach (var claim in view.Claims(side.Claims, side.Articles))
                {
                    html.Append("<blockquote>").Append(E(Quote(claim.Evidence.Text))).Append(" <span class=\"badge\">").Append(E(claim.ArticleId)).Append("</span></blockquote>\n");
                }

                html.Append("</div>\n");
            }

            html.Append("</div>\n</article>\n");
        }

        html.Append("</section>\n<section id=\"corroborations\">\n<h2>Corroborations</h2>\n");
        if (report.Corroborations.IsEmpty)
        {
            html.Append("<p>No corroborations.</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead><tr><th>Event</th><th>Property</th><th>Value</th><th>Articles</th><th>Independent sources</th></tr></thead>\n<tbody>\n");
            foreach (var c in report.Corroborations)
            {
                html.Append("<tr><td>").Append(E(view.EventName(c.EventId))).Append("</td><td>").Append(E(Words(c.Property)))
                    .Append("</td><td>").Append(E(view.Value(c.Value))).Append("</td><td>").Append(E(view.Outlets(c.Articles)))
                    .Append("</td><td>").Append(c.IndependentSources.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n<section id=\"singletons\">\n<h2>Single-source claims</h2>\n<ul>\n");
        foreach (var (articleId, claims) in view.SingletonsByArticle())
        {
            html.Append("<li>").Append(E(view.Outlet(articleId) + ": " + claims.Count.ToString(CultureInfo.InvariantCulture) + (claims.Count == 1 ? " claim" : " claims")))
                .Append("<ul>\n");
            foreach (var claim in claims.Take(MaxSingletonsPerArticle))
            {
                html.Append("<li>").Append(E(Words(claim.Property) + " of " + view.EventName(claim.EventId) + ": " + view.Value(claim.Value))).Append("</li>\n");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ul>\n</section>\n<section id=\"timeline\">\n<h2>Event timeline</h2>\n<ol class=\"timeline\">\n");
        foreach (var e in view.Timeline())
        {
            html.Append("<li><time");
            if (e.Time is { } t)
            {
                html.Append(" datetime=\"").Append(t.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"');
            }

            html.Append('>').Append(E(view.When(e))).Append("</time>").Append(E(view.EventName(e.Id)))
                .Append(" <span class=\"badge\">").Append(E(string.Join(", ", e.Articles))).Append("</span></li>\n");
        }

        html.Append("</ol>\n</section>\n<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>Source</th><th>Kind</th><th>Also known as</th><th>Articles</th></tr></thead>\n<tbody>\n");
        foreach (var source in report.Sources)
        {
            html.Append("<tr><td>").Append(E(source.Name)).Append("</td><td>").Append(E(Words(source.Kind.ToString())))
                .Append("</td><td>").Append(E(string.Join(", ", source.Aliases))).Append("</td><td>").Append(E(string.Join(", ", view.ArticlesOf(source))))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxQuote ? flat : flat[..(MaxQuote - 1)] + "…";
    }

    private static string Words(ClaimProperty property) => property switch
    {
        ClaimProperty.Occurred => "Occurrence",
        ClaimProperty.Deaths => "Death toll",
        ClaimProperty.Injured => "Number injured",
        _ => Words(property.ToString()),
    };

    private static string Words(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Look-ups over a report shared by both renderers.</summary>
    private sealed class ReportView
    {
        private readonly ReconciliationReport _report;
        private readonly Dictionary<string, ArticleSummary> _articles;
        private readonly Dictionary<string, Event> _events;
        private readonly Dictionary<string, string> _actors;
        private readonly Dictionary<string, string> _places;
        private readonly ILookup<string, Claim> _claims;

        public ReportView(ReconciliationReport report)
        {
            _report = report;
            _articles = report.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _events = report.Events.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _actors = report.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            _places = report.Places.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            _claims = report.Claims.ToLookup(c => c.Id, StringComparer.Ordinal);
        }

        public string Outlet(string articleId) =>
            _articles.TryGetValue(articleId, out var a) && a.Source is { } s ? s + " (" + articleId + ")" : articleId;

        public string Outlets(IEnumerable<string> articleIds) => ClaimComparer.JoinList(articleIds.Select(Outlet).ToList());

        public IEnumerable<Claim> Claims(IEnumerable<string> claimIds, IEnumerable<string> articleIds)
        {
            var articles = new HashSet<string>(articleIds, StringComparer.Ordinal);
            return claimIds.SelectMany(id => _claims[id]).Where(c => articles.Contains(c.ArticleId));
        }

        public string EventName(string eventId)
        {
            if (!_events.TryGetValue(eventId, out var e))
            {
                return eventId;
            }

            if (e.Label is { } label)
            {
                return label;
            }

            var actors = e.Participants.Select(p => _actors.TryGetValue(p.ActorId, out var n) ? n : p.ActorId).Distinct(StringComparer.Ordinal).Take(3).ToList();
            return Words(e.Type.ToString()).ToLowerInvariant() + (actors.Count == 0 ? "" : " (" + string.Join(", ", actors) + ")");
        }

        public string Value(ClaimValue value) => value switch
        {
            TemporalValue t => ValueComparer.DescribeTime(t),
            PlaceValue p => _places.TryGetValue(p.PlaceId, out var n) ? n : p.Text,
            ActorValue a => _actors.TryGetValue(a.ActorId, out var n) ? n : a.Text,
            TermsValue t => (t.Polarity == Polarity.Negative ? "rules out: " : "provides for: ") + t.Proposition,
            _ => value.Text.Length > 0 ? value.Text : value.Kind,
        };

        public string When(Event e) => e.Time is { } t ? ValueComparer.DescribeTime(t) : "undated";

        public IEnumerable<Event> Timeline() => _report.Events
            .OrderBy(e => e.Time is null ? 1 : 0)
            .ThenBy(e => e.Time?.Start ?? default)
            .ThenBy(e => e.Time?.End ?? default)
            .ThenBy(e => e.Id, StringComparer.Ordinal);

        public IEnumerable<(string ArticleId, List<Claim> Claims)> SingletonsByArticle()
        {
            var ids = new HashSet<string>(_report.Singletons, StringComparer.Ordinal);
            return _report.Claims.Where(c => ids.Contains(c.Id))
                .GroupBy(c => c.ArticleId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.ToList()));
        }

        public IEnumerable<string> ArticlesOf(Source source) => _report.Articles
            .Where(a => (a.Source is { } s && StableId.Slug(s) == source.Id) || a.Relays.Any(r => StableId.Slug(r) == source.Id))
            .Select(a => a.Id);
    }
}
