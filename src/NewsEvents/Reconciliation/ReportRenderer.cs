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
public static partial class ReportRenderer
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
    private sealed partial class ReportView
    {
        private readonly ReconciliationReport _report;
        private readonly Dictionary<string, ArticleSummary> _articles;
        private readonly Dictionary<string, Event> _events;
        private readonly Dictionary<string, string> _actors;
        private readonly Dictionary<string, string> _places;
        private readonly ILookup<string, Claim> _claims;
        private readonly Dictionary<string, string> _sources;
        private readonly ILookup<string, Conflict> _conflictsByEvent;
        private readonly ILookup<string, Corroboration> _corroborationsByEvent;
        private readonly Dictionary<string, TemporalValue> _dates;

        public ReportView(ReconciliationReport report)
        {
            _report = report;
            _articles = report.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _events = report.Events.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _actors = report.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            _places = report.Places.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            _claims = report.Claims.ToLookup(c => c.Id, StringComparer.Ordinal);
            _sources = report.Sources.GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            _conflictsByEvent = report.Conflicts.ToLookup(c => c.EventId, StringComparer.Ordinal);
            _corroborationsByEvent = report.Corroborations.ToLookup(c => c.EventId, StringComparer.Ordinal);
            _dates = new Dictionary<string, TemporalValue>(StringComparer.Ordinal);
            foreach (var e in report.Events)
            {
                // An event's date: its own, else the date the most independent sources corroborate.
                if ((e.Time ?? _corroborationsByEvent[e.Id]
                        .Where(c => c.Property == ClaimProperty.Date && c.Value is TemporalValue)
                        .OrderByDescending(c => c.IndependentSources)
                        .Select(c => (TemporalValue)c.Value)
                        .FirstOrDefault()) is { } date)
                {
                    _dates[e.Id] = date;
                }
            }
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

        public string When(Event e) => DateOf(e) is { } t ? ValueComparer.DescribeTime(t) : "undated";

        public IEnumerable<Event> Timeline() => _report.Events
            .OrderBy(e => DateOf(e) is null ? 1 : 0)
            .ThenBy(e => DateOf(e)?.Start ?? default)
            .ThenBy(e => DateOf(e)?.End ?? default)
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
