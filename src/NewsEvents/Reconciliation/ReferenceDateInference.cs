using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Infers reference dates for articles without a usable one (basis None, or no day), after metadata and the dateline:
/// first from the cluster of articles that report the same events, then as a year bound from absolute dates in the text.
/// </summary>
/// <remarks>
/// Cluster inference applies only to an article that has at least one anchored date (a weekday or a relative day such as
/// "last Saturday"), since only those depend on the reference date. Candidates are the single-day dates that dated articles
/// give to the events the article shares with them, each ±1 day. For each candidate the article is re-analyzed with that
/// reference date and scored: +1 for every date claim that agrees with a dated article's date for a shared event, −1 for
/// every one that conflicts (events are matched by type, participants and place, ignoring time, since time is what is
/// being tested). The best score wins; ties go to the earliest candidate not before the latest absolute date the article
/// itself writes. When nothing links, the text bound applies: the year of the latest absolute date written with its year
/// becomes the reference year (basis Inferred, no day), since an article is not older than the dates it reports.
/// </remarks>
internal static class ReferenceDateInference
{
    private const int MaxCandidates = 15;

    public static bool NeedsDate(Article article) => article.ReferenceDate.Basis == ReferenceDateBasis.None || article.ReferenceDate.Date is null;

    public static List<ArticleAnalysis> Infer(List<ArticleAnalysis> analyses, EventLinker linker, Func<Article, ArticleAnalysis> reanalyze,
        EntityDirectory entities, Func<Article, string>? datesOf = null)
    {
        if (!analyses.Any(a => NeedsDate(a.Article)) || !analyses.Any(a => !NeedsDate(a.Article)))
        {
            return analyses;
        }

        var first = linker.Link(analyses.Select(ForLinking).ToList());
        var membersByLinked = new Dictionary<string, List<(ArticleAnalysis Analysis, Event Event)>>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            foreach (var e in analysis.Events)
            {
                if (first.TryGetLinked(analysis.Article.Id, e.Id, out var linked))
                {
                    if (!membersByLinked.TryGetValue(linked.Id, out var list))
                    {
                        list = [];
                        membersByLinked[linked.Id] = list;
                    }

                    list.Add((analysis, e));
                }
            }
        }

        var result = new List<ArticleAnalysis>(analyses.Count);
        foreach (var analysis in analyses)
        {
            if (!NeedsDate(analysis.Article) || !HasAnchoredDate(analysis))
            {
                result.Add(analysis);
                continue;
            }

            var partners = new SortedDictionary<string, ArticleAnalysis>(StringComparer.Ordinal);
            var dates = new SortedSet<LocalDate>();
            foreach (var e in analysis.Events)
            {
                if (!first.TryGetLinked(analysis.Article.Id, e.Id, out var linked))
                {
                    continue;
                }

                foreach (var (other, otherEvent) in membersByLinked[linked.Id])
                {
                    if (NeedsDate(other.Article))
                    {
                        continue;
                    }

                    partners[other.Article.Id] = other;
                    foreach (var time in DatesOf(other, otherEvent))
                    {
                        if (time.Start == time.End)
                        {
                            dates.Add(time.Start);
                        }
                    }
                }
            }

            var candidates = new SortedSet<LocalDate>();
            foreach (var d in dates)
            {
                candidates.Add(d.PlusDays(-1));
                candidates.Add(d);
                candidates.Add(d.PlusDays(1));
            }

            if (candidates.Count == 0)
            {
                result.Add(analysis);
                continue;
            }

            var latestAbsolute = LatestAbsoluteDate(analysis)?.Date;
            ArticleAnalysis? best = null;
            ReferenceDate? bestReference = null;
            var bestScore = int.MinValue;
            var bestPreferred = false;
            var partnerList = partners.Values.ToList();

            // Candidates whose reference resolves every date of the text alike ("on Friday" from Saturday or Sunday) score
            // alike: one analysis per distinct resolution, and the winner analyzed again only when another scored for it.
            var scored = new Dictionary<string, int>(StringComparer.Ordinal);
            var evidence = "cluster: events shared with " + string.Join(", ", partners.Keys) + " (" +
                           candidates.Count.ToString(CultureInfo.InvariantCulture) + " candidate dates)";
            foreach (var candidate in candidates.Take(MaxCandidates))
            {
                var reference = new ReferenceDate(candidate, ReferenceDateBasis.Inferred, evidence: evidence);
                var article = analysis.Article with { ReferenceDate = reference };
                var signature = datesOf?.Invoke(article);
                ArticleAnalysis? redone = null;
                if (signature is null || !scored.TryGetValue(signature, out var score))
                {
                    redone = reanalyze(article);
                    score = Score(redone, partnerList, linker);
                    if (signature is not null)
                    {
                        scored[signature] = score;
                    }
                }

                var preferred = latestAbsolute is null || candidate >= latestAbsolute;

                // Candidates come in ascending order, so keeping the first of equal scores keeps the earliest.
                if (score > bestScore || (score == bestScore && preferred && !bestPreferred))
                {
                    best = redone is null ? null : redone with { Article = article };
                    bestReference = reference;
                    bestScore = score;
                    bestPreferred = preferred;
                }
            }

            if (best is null && bestReference is not null)
            {
                var article = analysis.Article with { ReferenceDate = bestReference };
                best = reanalyze(article) with { Article = article };
            }

            result.Add(best ?? analysis);
        }

        return result;
    }

    /// <summary>
    /// Returns the analysis as linking should see it: an article without a reference day cannot place weekday-anchored or
    /// relative event times, so those times are dropped and its events link as undated ones.
    /// </summary>
    public static ArticleAnalysis ForLinking(ArticleAnalysis analysis)
    {
        if (!NeedsDate(analysis.Article) || !analysis.Events.Any(e => e.Time is { } t && ValueComparer.IsAnchored(t)))
        {
            return analysis;
        }

        var events = analysis.Events
            .Select(e => e.Time is { } t && ValueComparer.IsAnchored(t) ? e with { Time = null } : e)
            .ToImmutableArray();
        return analysis with { Events = events };
    }

    /// <summary>Applies the text bound to an article that still has no reference date at all.</summary>
    public static ArticleAnalysis ApplyTextBounds(ArticleAnalysis analysis)
    {
        if (analysis.Article.ReferenceDate.Basis != ReferenceDateBasis.None || LatestAbsoluteDate(analysis) is not { } latest)
        {
            return analysis;
        }

        var reference = new ReferenceDate(null, ReferenceDateBasis.Inferred, latest.Date.Year,
            "latest absolute date in the text: \"" + latest.Text + "\"");
        return analysis with { Article = analysis.Article with { ReferenceDate = reference } };
    }


    /// <summary>
    /// Tells whether the article's dates depend on its reference date: anchored values, or expressions the tagger could
    /// not resolve without one ("on Wednesday", "on 23/7", "July 13" with no reference come back without days).
    /// </summary>
    private static bool HasAnchoredDate(ArticleAnalysis analysis) =>
        analysis.Claims.Any(c => c.Value is TemporalValue t && ValueComparer.IsAnchored(t)) ||
        analysis.TemporalMentions.Any(m => m.Kind is TemporalMentionKind.Date or TemporalMentionKind.Range &&
                                           (m.Start is null || (m.ToValue() is { } v && ValueComparer.IsAnchored(v))));

    private static (LocalDate Date, string Text)? LatestAbsoluteDate(ArticleAnalysis analysis)
    {
        (LocalDate Date, string Text)? latest = null;
        foreach (var m in analysis.TemporalMentions)
        {
            if (m.Kind is not (TemporalMentionKind.Date or TemporalMentionKind.Range) || m.ToValue() is not { } v ||
                v.YearInferred || ValueComparer.IsAnchored(v) || !HasDigit(m.Text))
            {
                continue;
            }

            if (latest is null || v.End > latest.Value.Date)
            {
                latest = (v.End, m.Text);
            }
        }

        return latest;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<TemporalValue> DatesOf(ArticleAnalysis analysis, Event e)
    {
        if (e.Time is { } time)
        {
            yield return time;
        }

        foreach (var c in analysis.Claims)
        {
            if (c.EventId == e.Id && c.Property == ClaimProperty.Date && c.Value is TemporalValue t)
            {
                yield return t;
            }
        }
    }

    private static int Score(ArticleAnalysis redone, List<ArticleAnalysis> partners, EventLinker linker)
    {
        var score = 0;
        foreach (var e in redone.Events)
        {
            var own = DatesOf(redone, e).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            foreach (var partner in partners)
            {
                var theirs = partner.Events.Where(p => linker.Compatible(p, e, useTime: false))
                    .SelectMany(p => DatesOf(partner, p)).ToList();
                if (theirs.Count == 0)
                {
                    continue;
                }

                foreach (var mine in own)
                {
                    score += theirs.Any(t => t.Overlaps(mine)) ? 1 : -1;
                }
            }
        }

        return score;
    }
}
