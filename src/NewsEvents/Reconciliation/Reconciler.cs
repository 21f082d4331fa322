using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Reconciles article analyses: infers missing reference dates, links events across articles, compares claims
/// property by property and assembles a deterministic report.
/// </summary>
/// <remarks>Stateless and thread-safe. The report depends only on the set of analyses, never on their order.</remarks>
internal static class Reconciler
{
    /// <summary>Runs the stages after analysis: reference-date inference (when <paramref name="reanalyze"/> is given), then reconciliation.</summary>
    /// <param name="analyses">The analyses; for a repeated article id the greater under <see cref="AnalysisOrder"/> is kept.</param>
    /// <param name="reanalyze">
    /// Re-runs the per-article analysis on an article whose reference date was replaced; when <see langword="null"/>,
    /// no article is re-anchored.
    /// </param>
    /// <param name="timesOf">
    /// The article's temporal mentions against its reference date (the temporal tagger alone): candidate reference dates
    /// that resolve them alike score once, and the others re-resolve only the dates of one analysis instead of analyzing
    /// the article again. When <see langword="null"/>, every candidate is analyzed.
    /// </param>
    /// <param name="maxDegreeOfParallelism">How many undated articles reference-date inference dates at once.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    internal static ReconciliationReport Reconcile(IReadOnlyCollection<ArticleAnalysis> analyses, Func<Article, ArticleAnalysis>? reanalyze,
        Func<Article, ImmutableArray<TemporalMention>>? timesOf = null, int maxDegreeOfParallelism = 1)
    {
        var list = Distinct(analyses);
        return Reconcile(reanalyze is null ? list : InferReferenceDates(list, reanalyze, timesOf, maxDegreeOfParallelism), maxDegreeOfParallelism);
    }

    /// <summary>
    /// The reference-date stage: articles without a usable reference date get one from the articles that report the same
    /// events and are analyzed again against it. It runs before reconciliation, on the whole set of analyses.
    /// </summary>
    /// <param name="analyses">The analyses, one per article id.</param>
    /// <param name="reanalyze">Re-runs the per-article analysis on an article whose reference date was replaced.</param>
    /// <param name="timesOf">The article's temporal mentions against its reference date (see <see cref="Reconcile(IReadOnlyCollection{ArticleAnalysis}, Func{Article, ArticleAnalysis}?, Func{Article, ImmutableArray{TemporalMention}}?, int)"/>).</param>
    /// <param name="maxDegreeOfParallelism">How many undated articles are dated at once (each scores its own candidates).</param>
    /// <returns>The analyses, with inferred reference dates where the cluster gives one.</returns>
    internal static List<ArticleAnalysis> InferReferenceDates(List<ArticleAnalysis> analyses, Func<Article, ArticleAnalysis> reanalyze,
        Func<Article, ImmutableArray<TemporalMention>>? timesOf = null, int maxDegreeOfParallelism = 1)
    {
        var entities = EntityDirectory.Build(analyses);
        return ReferenceDateInference.Infer(analyses, new EventLinker(entities, maxDegreeOfParallelism), reanalyze, entities, timesOf, maxDegreeOfParallelism);
    }

    /// <summary>One analysis per article id (the greater under <see cref="AnalysisOrder"/>), ordered by id.</summary>
    internal static List<ArticleAnalysis> Distinct(IReadOnlyCollection<ArticleAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var byId = new SortedDictionary<string, ArticleAnalysis>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(analyses));
            byId[analysis.Article.Id] = byId.TryGetValue(analysis.Article.Id, out var other)
                ? AnalysisOrder.Greater(other, analysis)
                : analysis;
        }

        return byId.Values.ToList();
    }

    /// <summary>
    /// Reconciles analyses (one per article id, ordered by id) whose reference dates are settled: links events across
    /// articles, compares claims property by property and assembles the report.
    /// </summary>
    /// <param name="list">The analyses.</param>
    /// <param name="degree">How many threads the independent parts may use; the report is the same for every degree.</param>
    /// <returns>The report.</returns>
    internal static ReconciliationReport Reconcile(List<ArticleAnalysis> list, int degree = 1)
    {
        list = [.. Parallelism.Map(list, ReferenceDateInference.ApplyTextBounds, degree)];
        var entities = EntityDirectory.Build(list);
        var linker = new EventLinker(entities, degree);
        // Which articles copy which reads only the articles: it is built while the events are linked.
        var (linked, independence) = Parallelism.Both(
            () => linker.Link(Parallelism.Map(list, ReferenceDateInference.ForLinking, degree)),
            () => SourceIndependence.Build(list),
            degree);

        // Mention-level coreference joins the events of one story that share a mention's form, after the comparison: it
        // renames events in the report and never changes what was compared. It reads only the linked events, so it runs
        // beside the comparison.
        var ((claims, comparisons), (reported, renamed)) = Parallelism.Both(
            () => Compare(list, linked, entities, independence, degree),
            () => MentionCoreference.Join(linked.Events, linker),
            degree);
        string Renamed(string id) => renamed.TryGetValue(id, out var to) ? to : id;
        return new ReconciliationReport(
            [.. list.Select(a => ArticleSummary.Of(a.Article))],
            Sources(list, entities),
            entities.Actors,
            entities.Places,
            reported,
            renamed.Count == 0 ? [.. claims] : [.. claims.Select(c => renamed.ContainsKey(c.EventId) ? c with { EventId = Renamed(c.EventId) } : c)],
            renamed.Count == 0 ? comparisons.Conflicts : [.. comparisons.Conflicts.Select(c => renamed.ContainsKey(c.EventId)
                ? new Conflict(c.Id, Renamed(c.EventId), c.Property, c.Kind, c.Severity, c.Sides, c.Explanation) : c)],
            renamed.Count == 0 ? comparisons.Corroborations : [.. comparisons.Corroborations.Select(c => renamed.ContainsKey(c.EventId)
                ? new Corroboration(Renamed(c.EventId), c.Property, c.Value, c.Claims, c.Articles, c.IndependentSources) : c)],
            comparisons.Singletons);
    }

    // Every claim with its linked event's id, ordered by id then article, and their comparison.
    private static (List<Claim> Claims, Comparisons Comparisons) Compare(List<ArticleAnalysis> list, LinkResult linked, EntityDirectory entities,
        SourceIndependence independence, int degree)
    {
        // Each article's claims with their linked events' ids, on every core; then one order, by claim id then article.
        var perArticle = Parallelism.Map(list, analysis =>
        {
            var untyped = analysis.Events.Where(MentionLinker.IsUntyped).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var occurred = new HashSet<string>(StringComparer.Ordinal);
            var own = new (Claim Claim, bool MentionOnly)[analysis.Claims.Length];
            for (var k = 0; k < own.Length; k++)
            {
                var claim = analysis.Claims[k];
                // An untyped event has no slots, and an event's further mentions in one article restate its first: they are
                // evidence of where the event is mentioned, never compared (no corroboration, conflict or singleton).
                var mentionOnly = untyped.Contains(claim.EventId) || (claim.Property == ClaimProperty.Occurred && !occurred.Add(claim.EventId));
                own[k] = (linked.TryGetLinked(analysis.Article.Id, claim.EventId, out var e) ? claim with { EventId = e.Id } : claim, mentionOnly);
            }

            return own;
        }, degree, chunk: 16);
        var all = InClaimOrder(perArticle, degree);
        var mentionOnlyCount = 0;
        foreach (var entry in all)
        {
            mentionOnlyCount += entry.MentionOnly ? 1 : 0;
        }

        var claims = new List<Claim>(all.Length);
        var compared = new List<Claim>(all.Length - mentionOnlyCount);
        foreach (var (claim, mentionOnly) in all)
        {
            claims.Add(claim);
            if (!mentionOnly)
            {
                compared.Add(claim);
            }
        }

        var articles = list.ToDictionary(a => a.Article.Id, a => a.Article, StringComparer.Ordinal);
        var events = linked.Events.ToDictionary(e => e.Id, e => e, StringComparer.Ordinal);
        var comparer = new ClaimComparer(new ValueComparer(entities), independence, events, articles);
        return (claims, comparer.Compare(compared, degree));
    }

    // Claims by id, then article (a total order: an article's claim ids are its own). An article's claims carry its id, so
    // each article's claims are sorted on their own and the articles put in the order of their first claims; when every
    // article's last claim then comes before the next one's first, that is the order, found without sorting a million
    // claims together. Otherwise (ids written otherwise, or equal keys) all claims are sorted at once.
    internal static (Claim Claim, bool MentionOnly)[] InClaimOrder((Claim Claim, bool MentionOnly)[][] perArticle, int degree)
    {
        static int Order((Claim Claim, bool MentionOnly) a, (Claim Claim, bool MentionOnly) b)
        {
            var c = string.CompareOrdinal(a.Claim.Id, b.Claim.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Claim.ArticleId, b.Claim.ArticleId);
        }

        // Each article's claims sorted in place; whether they are then strictly increasing (no equal keys).
        var strict = Parallelism.Map(perArticle, own =>
        {
            Array.Sort(own, Order);
            for (var k = 1; k < own.Length; k++)
            {
                if (Order(own[k - 1], own[k]) >= 0)
                {
                    return false;
                }
            }

            return true;
        }, degree, chunk: 16);

        var all = new (Claim Claim, bool MentionOnly)[perArticle.Sum(a => a.Length)];
        var blocks = Array.FindAll(perArticle, o => o.Length > 0);
        var chained = Array.TrueForAll(strict, s => s);
        if (chained)
        {
            Array.Sort(blocks, (x, y) => Order(x[0], y[0]));
            for (var k = 1; k < blocks.Length && chained; k++)
            {
                chained = Order(blocks[k - 1][^1], blocks[k][0]) < 0;
            }
        }

        var at = 0;
        foreach (var block in blocks)
        {
            block.CopyTo(all, at);
            at += block.Length;
        }

        if (!chained)
        {
            Parallelism.Sort(all, Order, degree);
        }

        return all;
    }

    /// <summary>Lists the outlets that published the articles and the agencies they relay, merged by identifier.</summary>
    private static ImmutableArray<Source> Sources(IReadOnlyList<ArticleAnalysis> analyses, EntityDirectory entities)
    {
        var names = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var agencies = new HashSet<string>(StringComparer.Ordinal);
        var known = new SortedDictionary<string, Source>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, bool agency)
        {
            if (!slugs.TryGetValue(name, out var id))
            {
                id = StableId.Slug(name);
                slugs[name] = id;
            }

            if (!names.TryGetValue(id, out var set))
            {
                set = new SortedSet<string>(StringComparer.Ordinal);
                names[id] = set;
            }

            if (!string.Equals(name, id, StringComparison.Ordinal) || !entities.TryGetActor(id, out _))
            {
                set.Add(name.Trim());
            }

            if (agency)
            {
                agencies.Add(id);
            }
        }

        foreach (var analysis in analyses)
        {
            // Sources the entity stage resolved carry their canonical id, name, kind and the aliases seen ("AA").
            foreach (var resolved in analysis.Sources)
            {
                known.TryAdd(resolved.Id, resolved);
                if (!names.TryGetValue(resolved.Id, out var seen))
                {
                    seen = new SortedSet<string>(StringComparer.Ordinal);
                    names[resolved.Id] = seen;
                }

                seen.UnionWith(resolved.Aliases);
                seen.Add(resolved.Name);
            }

            if (analysis.Article.Source is { } source && !string.IsNullOrWhiteSpace(source))
            {
                Add(source, agency: false);
            }

            foreach (var relay in analysis.Article.Relays.Where(r => !string.IsNullOrWhiteSpace(r)))
            {
                Add(relay, agency: true);
            }

            foreach (var via in analysis.Claims.SelectMany(c => c.Attribution.Via))
            {
                Add(via, agency: true);
            }
        }

        var sources = ImmutableArray.CreateBuilder<Source>(names.Count);
        foreach (var (id, variants) in names)
        {
            var actorName = entities.TryGetActor(id, out var actor) ? actor.Name : null;
            known.TryGetValue(id, out var resolvedSource);
            // A written name ("Anadolu Agency") beats the bare identifier a claim's relay chain carries.
            var name = resolvedSource?.Name ?? actorName ?? variants.FirstOrDefault(v => v != id) ?? variants.FirstOrDefault() ?? id;
            var aliases = variants.Where(v => v != name)
                .Concat(actor?.Aliases ?? [])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            var kind = resolvedSource?.Kind ?? (agencies.Contains(id) ? SourceKind.WireAgency : SourceKind.Outlet);
            sources.Add(new Source(id, name, kind, aliases));
        }

        return sources.MoveToImmutable();
    }
}

/// <summary>A total order on analyses of the same article, so that keeping "the greater one" is deterministic.</summary>
/// <remarks>
/// Compares a canonical text key built from the article (text, source, title, dates, credits, relays) and the
/// events and claims (identifiers, values, attribution, factuality, evidence); no serializer is involved.
/// Analyses with equal keys are interchangeable for reconciliation.
/// </remarks>
internal static class AnalysisOrder
{
    public static ArticleAnalysis Greater(ArticleAnalysis a, ArticleAnalysis b)
    {
        if (ReferenceEquals(a, b) || a.Equals(b))
        {
            return a;
        }

        return string.CompareOrdinal(Key(a), Key(b)) >= 0 ? a : b;
    }

    internal static string Key(ArticleAnalysis analysis)
    {
        var article = analysis.Article;
        var builder = new System.Text.StringBuilder();
        builder.Append(article.Text).Append('\u001e')
            .Append(article.Source).Append('\u001e')
            .Append(article.Title).Append('\u001e')
            .Append(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\u001e')
            .Append(article.ReferenceDate).Append('|').Append(article.ReferenceDate.Evidence).Append('\u001e')
            .AppendJoin(",", article.Credits).Append('\u001e')
            .AppendJoin(",", article.Relays).Append('\u001e');
        foreach (var e in analysis.Events)
        {
            builder.Append(e).Append('|').Append(e.Label).Append('\u001e');
        }

        foreach (var c in analysis.Claims)
        {
            builder.Append(c).Append('|').Append(c.Evidence.Offset).Append('|').Append(c.Evidence.Text).Append('|');
            if (c.Value is TemporalValue t)
            {
                builder.Append(t.YearInferred).Append(t.WeekdayAnchored).Append(t.DayMonthOrderInferred);
            }
            else if (c.Value is QuantityValue q)
            {
                builder.Append(q.Approximate);
            }

            builder.Append('\u001e');
        }

        foreach (var a in analysis.Actors)
        {
            builder.Append(a).Append('|').Append(a.Affiliation).Append('|').AppendJoin(",", a.Aliases).Append('\u001e');
        }

        foreach (var p in analysis.Places)
        {
            builder.Append(p).Append('|').AppendJoin(",", p.Aliases).Append('\u001e');
        }

        return builder.ToString();
    }
}
