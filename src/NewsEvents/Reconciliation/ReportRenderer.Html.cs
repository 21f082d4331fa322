using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsEvents.Reconciliation;
using NodaTime;

namespace NewsEvents;

/// <content>The HTML report: conflicts with quoted evidence, a who-says-what grid, an SVG timeline, corroborations, single-source claims.</content>
public static partial class ReportRenderer
{
    private const int MaxGridRows = 60;
    private const int MaxLanes = 24;
    private const int SvgWidth = 960;
    private const int SvgLabelWidth = 170;
    private const int SvgLaneHeight = 30;

    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.4;padding:0 1em}" +
        "h1{font-size:1.6em}h2{border-bottom:2px solid #ccc;padding-bottom:.2em}" +
        ".conflict{border:1px solid #d99;border-radius:6px;padding:.8em;margin:1em 0;background:#fff8f8;break-inside:avoid}" +
        ".conflict.soft{border-color:#db8;background:#fffcf3}" +
        ".sides{display:flex;gap:1em;flex-wrap:wrap}.side{flex:1 1 20em;border-left:4px solid #c66;padding:.3em .8em;background:#fff}" +
        "blockquote{margin:.4em 0;padding:.2em .6em;border-left:3px solid #aaa;color:#333}" +
        "blockquote q{font-style:italic}q.own-quotes{quotes:none}blockquote footer{font-size:.85em;color:#555;margin-top:.2em}" +
        "mark{background:#ffe36e;padding:0 .1em}" +
        "cite.outlet{font-style:normal;font-weight:600}.title{color:#555}" +
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}" +
        "th{background:#f3f3f3}.badge{font-size:.8em;padding:.1em .4em;border-radius:3px;background:#eee}" +
        ".factuality{background:#e8defc}.factuality.negative{background:#fbd3d3}" +
        "table.grid td{text-align:center;width:5em}table.grid td.event{text-align:left;width:auto}" +
        "td.agree{background:#cdeccd}td.conflict{background:#f6b8b8;font-weight:bold}td.reports{background:#dde6f3}td.silent{background:#fafafa;color:#bbb}" +
        ".legend span{display:inline-block;padding:.1em .5em;margin-right:.5em;border:1px solid #ddd}" +
        "ol.timeline{list-style:none;padding-left:0}ol.timeline li{border-left:3px solid #69c;padding:.2em .8em;margin:.3em 0}" +
        "time{font-weight:bold;margin-right:.6em}svg.timeline{width:100%;height:auto;border:1px solid #eee;background:#fff}" +
        "svg .lane-label{font-size:12px;fill:#333}svg .axis{font-size:11px;fill:#666}svg .mark{fill:#3b6fb6}" +
        "svg .mark.conflicting{fill:#c62828}svg .conflict-line{stroke:#c62828;stroke-width:2}svg .lane{stroke:#ddd}svg .tick{stroke:#f0f0f0}" +
        "details{margin:.3em 0}summary{cursor:pointer}" +
        "@media print{body{max-width:none;margin:0}a{color:inherit}details>summary{list-style:none}.sides{display:block}}";

    /// <summary>
    /// Renders a report as one self-contained HTML5 document (inline CSS and SVG, no scripts, no external assets): conflicts
    /// with the quoted sentences of each side (value words highlighted, speaker, relay and factuality shown, links to the
    /// articles), a who-says-what grid of events by outlets, a timeline with one lane per outlet, corroborations, every
    /// single-source claim (in expandable lists) and the sources.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToHtml(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new ReportView(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>News reconciliation report</title>\n<style>\n")
            .Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>News reconciliation report</h1>\n<p>")
            .Append(E(Invariant($"{report.Articles.Length} articles from {report.Sources.Length} sources; {report.Events.Length} events, {report.Claims.Length} claims; ")))
            .Append(E(Invariant($"{report.Conflicts.Length} conflicts, {report.Corroborations.Length} corroborations, {report.Singletons.Length} single-source claims.")))
            .Append("</p>\n<nav><a href=\"#conflicts\">Conflicts</a> · <a href=\"#grid\">Who says what</a> · <a href=\"#timeline\">Timeline</a> · ")
            .Append("<a href=\"#corroborations\">Corroborations</a> · <a href=\"#singletons\">Single-source claims</a> · <a href=\"#sources\">Sources</a></nav>\n");

        AppendConflicts(html, report, view);
        AppendGrid(html, report, view);
        AppendTimeline(html, report, view);
        AppendCorroborations(html, report, view);
        AppendSingletons(html, view);
        AppendSources(html, report, view);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendConflicts(StringBuilder html, ReconciliationReport report, ReportView view)
    {
        html.Append("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
        if (report.Conflicts.IsEmpty)
        {
            html.Append("<p>No conflicts.</p>\n");
        }

        foreach (var conflict in report.Conflicts)
        {
            html.Append("<article class=\"conflict ").Append(conflict.Severity == ConflictSeverity.Soft ? "soft" : "hard")
                .Append("\" id=\"").Append(E(conflict.Id)).Append("\">\n<h3>")
                .Append(E(Words(conflict.Property) + " of " + view.EventName(conflict.EventId)))
                .Append(" <span class=\"badge\">").Append(E(conflict.Severity.ToString().ToLowerInvariant() + " " + conflict.Kind.ToString().ToLowerInvariant()))
                .Append("</span></h3>\n<p>").Append(E(conflict.Explanation)).Append("</p>\n<div class=\"sides\">\n");
            foreach (var side in conflict.Sides)
            {
                html.Append("<div class=\"side\">\n<h4>").Append(E(view.Value(side.Value))).Append("</h4>\n<p>");
                AppendOutlets(html, view, side.Articles);
                html.Append("</p>\n");
                foreach (var claim in view.Claims(side.Claims, side.Articles))
                {
                    AppendQuote(html, view, claim);
                }

                html.Append("</div>\n");
            }

            html.Append("</div>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A quoted sentence with the value's words marked, and who says it, through whom, how surely, where.</summary>
    private static void AppendQuote(StringBuilder html, ReportView view, Claim claim)
    {
        // A sentence that is itself a quotation already starts with its quotation mark; the browser must not add another.
        var ownQuotes = Quote(claim.Evidence.Text) is { Length: > 0 } flat && flat[0] is '"' or '\u201C' or '\u2018' or '\'';
        html.Append(ownQuotes ? "<blockquote><q class=\"own-quotes\">" : "<blockquote><q>").Append(Highlight(claim.Evidence.Text, claim.Value.Text))
            .Append("</q>\n<footer>");
        AppendOutlet(html, view, claim.ArticleId, claim.Evidence.Text);
        if (claim.Attribution.Speaker is { } speaker)
        {
            html.Append(", according to <span class=\"speaker\">").Append(E(view.ActorName(speaker))).Append("</span>");
        }

        if (!claim.Attribution.Via.IsEmpty)
        {
            html.Append(", via <span class=\"via\">").Append(E(string.Join(", ", claim.Attribution.Via.Select(view.SourceName)))).Append("</span>");
        }

        if (Factuality(claim.Factuality) is { } factuality)
        {
            html.Append(" <span class=\"badge factuality").Append(claim.Factuality.Polarity == Polarity.Negative ? " negative" : "").Append("\">")
                .Append(E(factuality)).Append("</span>");
        }

        html.Append("</footer></blockquote>\n");
    }

    /// <summary>How a claim's factuality reads, or null for a plain assertion.</summary>
    private static string? Factuality(Factuality factuality)
    {
        var certainty = factuality.Certainty switch
        {
            Certainty.Probable => "reportedly",
            Certainty.Possible => "possibly",
            Certainty.Underspecified => "unconfirmed",
            _ => null,
        };
        return factuality.Polarity == Polarity.Negative ? (certainty is null ? "denied" : certainty + ", denied") : certainty;
    }

    /// <summary>Flattens and shortens a quote, HTML-encodes it and marks the first occurrence of the value's words.</summary>
    private static string Highlight(string evidence, string value)
    {
        var quote = Quote(evidence);
        var words = value.Trim();
        var at = words.Length == 0 ? -1 : quote.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return E(quote);
        }

        return E(quote[..at]) + "<mark>" + E(quote.Substring(at, words.Length)) + "</mark>" + E(quote[(at + words.Length)..]);
    }

    private static void AppendOutlets(StringBuilder html, ReportView view, IEnumerable<string> articleIds)
    {
        var first = true;
        foreach (var id in articleIds)
        {
            if (!first)
            {
                html.Append("; ");
            }

            AppendOutlet(html, view, id, sentence: null);
            first = false;
        }
    }

    /// <summary>An article by its outlet's name and title (the id as a tooltip), linked to its URL (and the sentence) when known.</summary>
    private static void AppendOutlet(StringBuilder html, ReportView view, string articleId, string? sentence)
    {
        var article = view.Article(articleId);
        var link = SafeUrl(article?.Url);
        if (link is not null)
        {
            html.Append("<a href=\"").Append(E(sentence is null ? link : TextFragment(link, sentence))).Append("\">");
        }

        html.Append("<cite class=\"outlet\" title=\"").Append(E("article " + articleId)).Append("\">")
            .Append(E(article?.Source ?? articleId)).Append("</cite>");
        if (article?.Title is { Length: > 0 } title)
        {
            html.Append(" <span class=\"title\">“").Append(E(title)).Append("”</span>");
        }

        if (link is not null)
        {
            html.Append("</a>");
        }
    }

    /// <summary>Only absolute http(s) addresses become links, so a metadata file cannot inject <c>javascript:</c>.</summary>
    private static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>A link to a sentence inside the page (a text fragment, <c>#:~:text=</c>), from its first words.</summary>
    private static string TextFragment(string url, string sentence)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8);
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return (hash < 0 ? url : url[..hash]) + "#:~:text=" + Uri.EscapeDataString(string.Join(' ', words)).Replace("-", "%2D", StringComparison.Ordinal);
    }

    /// <summary>Events by outlets: who agrees, who contradicts, who reports alone, who is silent.</summary>
    private static void AppendGrid(StringBuilder html, ReconciliationReport report, ReportView view)
    {
        html.Append("<section id=\"grid\">\n<h2>Who says what</h2>\n");
        var outlets = view.Lanes();
        AppendLaneNote(html, view, outlets);
        var rows = view.GridEvents().Take(MaxGridRows).ToList();
        if (rows.Count == 0 || outlets.Count == 0)
        {
            html.Append("<p>No event is reported by more than one outlet.</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"legend\"><span class=\"agree\">✓ agrees with another outlet</span><span class=\"conflict\">✗ contradicts another outlet</span>")
            .Append("<span class=\"reports\">• reports it alone</span><span class=\"silent\">– silent</span></p>\n")
            .Append("<table class=\"grid\">\n<thead><tr><th>Event</th>");
        foreach (var lane in outlets)
        {
            html.Append("<th title=\"").Append(E(string.Join(", ", lane.Articles))).Append("\">").Append(E(lane.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var e in rows)
        {
            html.Append("<tr><td class=\"event\">").Append(E(view.EventName(e.Id))).Append("</td>");
            foreach (var lane in outlets)
            {
                var (state, symbol, tip) = view.Stance(e, lane);
                html.Append("<td class=\"").Append(state).Append("\" title=\"").Append(E(lane.Name + ": " + tip)).Append("\">").Append(symbol).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (view.GridEvents().Count() > MaxGridRows)
        {
            html.Append("<p>").Append(E(Invariant($"Showing the first {MaxGridRows} events; conflicts first."))).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>An SVG timeline with one lane per outlet: each dated claim or event is a mark; dates in conflict are joined by a red line.</summary>
    private static void AppendTimeline(StringBuilder html, ReconciliationReport report, ReportView view)
    {
        html.Append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        var lanes = view.Lanes();
        AppendLaneNote(html, view, lanes);
        var marks = view.DatedMarks(lanes);
        if (marks.Count > 0)
        {
            var first = marks.Min(m => m.Date);
            var last = marks.Max(m => m.Date);
            var span = Math.Max(1, Period.DaysBetween(first, last));
            var plot = SvgWidth - SvgLabelWidth - 30;
            double X(LocalDate d) => SvgLabelWidth + 10 + (plot * (double)Period.DaysBetween(first, d) / span);
            double Y(int lane) => 20 + (lane * SvgLaneHeight) + (SvgLaneHeight / 2.0);
            var height = 40 + (lanes.Count * SvgLaneHeight);
            html.Append("<svg class=\"timeline\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .Append(Invariant($"{SvgWidth} {height}")).Append("\" aria-label=\"Timeline of dated events, one lane per outlet\">\n")
                .Append("<title>Timeline of dated events, one lane per outlet</title>\n");
            for (var i = 0; i < lanes.Count; i++)
            {
                html.Append(Invariant($"<line class=\"lane\" x1=\"{SvgLabelWidth}\" y1=\"{Y(i):0.#}\" x2=\"{SvgWidth - 10}\" y2=\"{Y(i):0.#}\"/>"))
                    .Append(Invariant($"<text class=\"lane-label\" x=\"4\" y=\"{Y(i) + 4:0.#}\">")).Append(E(Shorten(lanes[i].Name, 26))).Append("</text>\n");
            }

            // Up to six ticks, evenly spaced; the first label starts at its tick and the last ends at it, so neither is cut off.
            var ticks = Enumerable.Range(0, 6).Select(i => first.PlusDays((int)Math.Round(span * i / 5.0))).Distinct().ToList();
            for (var i = 0; i < ticks.Count; i++)
            {
                var anchor = i == 0 ? "start" : i == ticks.Count - 1 ? "end" : "middle";
                html.Append(Invariant($"<line class=\"tick\" x1=\"{X(ticks[i]):0.#}\" y1=\"14\" x2=\"{X(ticks[i]):0.#}\" y2=\"{height - 20}\"/>"))
                    .Append(Invariant($"<text class=\"axis\" x=\"{X(ticks[i]):0.#}\" y=\"{height - 6}\" text-anchor=\"{anchor}\">"))
                    .Append(E(ticks[i].ToString("d MMM yyyy", CultureInfo.InvariantCulture))).Append("</text>\n");
            }

            // Red lines first, so the marks stay visible on top of them.
            foreach (var (from, to) in view.ConflictLinks(marks))
            {
                html.Append(Invariant($"<line class=\"conflict-line\" x1=\"{X(from.Date):0.#}\" y1=\"{Y(from.Lane):0.#}\" x2=\"{X(to.Date):0.#}\" y2=\"{Y(to.Lane):0.#}\">"))
                    .Append("<title>").Append(E("Conflicting dates: " + view.EventName(from.EventId))).Append("</title></line>\n");
            }

            foreach (var mark in marks)
            {
                html.Append(Invariant($"<circle class=\"mark{(mark.Conflicting ? " conflicting" : "")}\" cx=\"{X(mark.Date):0.#}\" cy=\"{Y(mark.Lane):0.#}\" r=\"5\">"))
                    .Append("<title>").Append(E(view.EventName(mark.EventId) + ": " + mark.Text + " (" + lanes[mark.Lane].Name + ")")).Append("</title></circle>\n");
            }

            html.Append("</svg>\n");
        }
        else
        {
            html.Append("<p>No outlet dates any event.</p>\n");
        }

        html.Append("<ol class=\"timeline\">\n");
        foreach (var e in view.Timeline())
        {
            html.Append("<li><time");
            if (view.DateOf(e) is { } t)
            {
                html.Append(" datetime=\"").Append(t.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"');
            }

            html.Append('>').Append(E(view.When(e))).Append("</time>").Append(E(view.EventName(e.Id))).Append(' ');
            AppendOutlets(html, view, e.Articles);
            html.Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static void AppendCorroborations(StringBuilder html, ReconciliationReport report, ReportView view)
    {
        html.Append("<section id=\"corroborations\">\n<h2>Corroborations</h2>\n");
        if (report.Corroborations.IsEmpty)
        {
            html.Append("<p>No corroborations.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Event</th><th>Property</th><th>Value</th><th>Articles</th><th>Independent sources</th></tr></thead>\n<tbody>\n");
        foreach (var c in report.Corroborations)
        {
            html.Append("<tr><td>").Append(E(view.EventName(c.EventId))).Append("</td><td>").Append(E(Words(c.Property)))
                .Append("</td><td>").Append(E(view.Value(c.Value))).Append("</td><td>");
            AppendOutlets(html, view, c.Articles);
            html.Append("</td><td>").Append(c.IndependentSources.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Every single-source claim, per article, in an expandable list.</summary>
    private static void AppendSingletons(StringBuilder html, ReportView view)
    {
        html.Append("<section id=\"singletons\">\n<h2>Single-source claims</h2>\n");
        foreach (var (articleId, claims) in view.SingletonsByArticle())
        {
            html.Append("<details class=\"singletons\"><summary>");
            AppendOutlet(html, view, articleId, sentence: null);
            html.Append(": ").Append(E(claims.Count.ToString(CultureInfo.InvariantCulture) + (claims.Count == 1 ? " claim" : " claims")))
                .Append("</summary>\n<ul>\n");
            foreach (var claim in claims)
            {
                html.Append("<li>").Append(E(Words(claim.Property) + " of " + view.EventName(claim.EventId) + ": " + view.Value(claim.Value)));
                if (Factuality(claim.Factuality) is { } factuality)
                {
                    html.Append(" <span class=\"badge factuality\">").Append(E(factuality)).Append("</span>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n</details>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendSources(StringBuilder html, ReconciliationReport report, ReportView view)
    {
        html.Append("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>Source</th><th>Kind</th><th>Also known as</th><th>Articles</th></tr></thead>\n<tbody>\n");
        foreach (var source in report.Sources)
        {
            html.Append("<tr><td title=\"").Append(E(source.Id)).Append("\">").Append(E(source.Name)).Append("</td><td>").Append(E(Words(source.Kind.ToString())))
                .Append("</td><td>").Append(E(string.Join(", ", source.Aliases))).Append("</td><td>");
            AppendOutlets(html, view, view.ArticlesOf(source));
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendLaneNote(StringBuilder html, ReportView view, List<Lane> lanes)
    {
        if (view.OutletCount > lanes.Count)
        {
            html.Append("<p>").Append(E(Invariant($"Showing the {lanes.Count} outlets with the most articles, of {view.OutletCount}."))).Append("</p>\n");
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>One outlet's lane: its display name and its articles.</summary>
    private sealed record Lane(string Name, IReadOnlyList<string> Articles);

    /// <summary>A dated mark on the timeline: what an outlet dates an event to.</summary>
    private sealed record Mark(string EventId, int Lane, LocalDate Date, string Text, string? ClaimId, bool Conflicting);

    private sealed partial class ReportView
    {
        public ArticleSummary? Article(string articleId) => _articles.GetValueOrDefault(articleId);

        public string ActorName(string id) => _actors.TryGetValue(id, out var name) ? name : id;

        public string SourceName(string id) => _sources.GetValueOrDefault(id, id);

        /// <summary>
        /// One lane per outlet (articles without an outlet are lanes of their own), by name; at most <see cref="MaxLanes"/>,
        /// those with the most articles, so a corpus of thousands of outlets still gives a readable picture.
        /// </summary>
        public List<Lane> Lanes() => _report.Articles
            .GroupBy(a => a.Source ?? a.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxLanes)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Lane(g.Key, g.Select(a => a.Id).ToList()))
            .ToList();

        /// <summary>Gets how many outlets the report has (lanes beyond <see cref="MaxLanes"/> are not drawn).</summary>
        public int OutletCount => _report.Articles.Select(a => a.Source ?? a.Id).Distinct(StringComparer.Ordinal).Count();

        /// <summary>Events that more than one outlet reports or that are in conflict: conflicts first, then by number of articles.</summary>
        public IEnumerable<Event> GridEvents()
        {
            var conflicted = _report.Conflicts.Select(c => c.EventId).ToHashSet(StringComparer.Ordinal);
            return _report.Events
                .Where(e => conflicted.Contains(e.Id) || e.Articles.Select(a => _articles.GetValueOrDefault(a)?.Source ?? a).Distinct(StringComparer.Ordinal).Count() > 1)
                .OrderBy(e => conflicted.Contains(e.Id) ? 0 : 1)
                .ThenByDescending(e => e.Articles.Length)
                .ThenBy(e => e.Id, StringComparer.Ordinal);
        }

        /// <summary>What one outlet says about an event: conflict, agree, reports (alone) or silent.</summary>
        public (string State, string Symbol, string Tip) Stance(Event e, Lane lane)
        {
            var articles = lane.Articles.Where(a => e.Articles.Contains(a)).ToHashSet(StringComparer.Ordinal);
            if (articles.Count == 0)
            {
                return ("silent", "–", "does not report it");
            }

            var conflict = _conflictsByEvent[e.Id].FirstOrDefault(c => c.Sides.Any(s => s.Articles.Any(articles.Contains)));
            if (conflict is not null)
            {
                return ("conflict", "✗", "contradicts another outlet on the " + Words(conflict.Property).ToLowerInvariant());
            }

            return _corroborationsByEvent[e.Id].Any(c => c.Articles.Any(articles.Contains) && c.Articles.Any(a => !articles.Contains(a)))
                ? ("agree", "✓", "agrees with another outlet")
                : ("reports", "•", "reports it; no other outlet confirms or contradicts it");
        }

        /// <summary>The marks of the timeline: each date claim in its outlet's lane, and the event's own date where no claim dates it.</summary>
        public List<Mark> DatedMarks(List<Lane> lanes)
        {
            var laneOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < lanes.Count; i++)
            {
                foreach (var a in lanes[i].Articles)
                {
                    laneOf[a] = i;
                }
            }

            var conflicting = _report.Conflicts.Where(c => c.Kind == ConflictKind.Temporal)
                .SelectMany(c => c.Sides).SelectMany(s => s.Claims).ToHashSet(StringComparer.Ordinal);
            var marks = new List<Mark>();
            var dated = new HashSet<(string, int)>();
            foreach (var claim in _report.Claims)
            {
                if (claim.Property == ClaimProperty.Date && claim.Value is TemporalValue t && laneOf.TryGetValue(claim.ArticleId, out var lane) &&
                    _events.ContainsKey(claim.EventId) && dated.Add((claim.EventId + "|" + t.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lane)))
                {
                    marks.Add(new Mark(claim.EventId, lane, t.Start, claim.Value.Text, claim.Id, conflicting.Contains(claim.Id)));
                }
            }

            var withMark = marks.Select(m => (m.EventId, m.Lane)).ToHashSet();
            foreach (var e in _report.Events)
            {
                if (e.Time is not { } time)
                {
                    continue;
                }

                foreach (var article in e.Articles)
                {
                    if (laneOf.TryGetValue(article, out var lane) && withMark.Add((e.Id, lane)))
                    {
                        marks.Add(new Mark(e.Id, lane, time.Start, ValueComparer.DescribeTime(time), null, false));
                    }
                }
            }

            return marks;
        }

        /// <summary>Pairs of marks whose dates are in conflict: the first mark of one side with the first mark of each other side.</summary>
        public IEnumerable<(Mark From, Mark To)> ConflictLinks(List<Mark> marks)
        {
            var byClaim = new Dictionary<string, Mark>(StringComparer.Ordinal);
            foreach (var mark in marks)
            {
                if (mark.ClaimId is { } id)
                {
                    byClaim.TryAdd(id, mark);
                }
            }

            foreach (var conflict in _report.Conflicts.Where(c => c.Kind == ConflictKind.Temporal))
            {
                var sides = conflict.Sides
                    .Select(s => s.Claims.Select(id => byClaim.GetValueOrDefault(id)).OfType<Mark>().FirstOrDefault())
                    .OfType<Mark>()
                    .ToList();
                for (var i = 1; i < sides.Count; i++)
                {
                    yield return (sides[0], sides[i]);
                }
            }
        }

        /// <summary>An event's date: its own, else the date the most independent sources corroborate.</summary>
        public TemporalValue? DateOf(Event e) => _dates.GetValueOrDefault(e.Id);
    }
}
