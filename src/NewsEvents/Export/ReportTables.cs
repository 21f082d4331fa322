using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using NewsEvents.Claims;
using NewsEvents.Export;
using NewsEvents.Reconciliation;

namespace NewsEvents;

/// <summary>
/// A reconciliation report as flat tables, for data teams that load events into a database or a data frame:
/// one row per event, one row per claim and one row per side of a conflict. Lists (actors, articles) are joined with
/// <see cref="ListSeparator"/>, identifiers are the report's, enum values are kebab-case as in the report JSON.
/// </summary>
/// <remarks>Immutable and thread-safe. Columns, their types and meaning are documented in docs/exports.md.</remarks>
public sealed class ReportTables
{
    /// <summary>The separator of list cells ("turkey;syria").</summary>
    public const char ListSeparator = ';';

    private ReportTables(ImmutableArray<EventRow> events, ImmutableArray<ClaimRow> claims, ImmutableArray<ConflictRow> conflicts)
    {
        Events = events;
        Claims = claims;
        Conflicts = conflicts;
    }

    /// <summary>Gets one row per event, in the report's order.</summary>
    public ImmutableArray<EventRow> Events { get; }

    /// <summary>Gets one row per claim, in the report's order.</summary>
    public ImmutableArray<ClaimRow> Claims { get; }

    /// <summary>Gets one row per side of each conflict, in the report's order.</summary>
    public ImmutableArray<ConflictRow> Conflicts { get; }

    /// <summary>Builds the tables of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="pipeline">
    /// The pipeline that made the report: its gazetteer gives country codes and its lexicon the CAMEO and PLOVER codes of
    /// story frames. <see langword="null"/> means the embedded gazetteer and lexicon.
    /// </param>
    /// <param name="analyses">
    /// The per-article analyses the report was made from, if at hand: with their text, near-identical wire copies published
    /// under different outlet names count once in <see cref="EventRow.IndependentSources"/>, as in the report's
    /// corroborations. Without them, articles count once per outlet and per credited or relayed agency.
    /// </param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportTables Create(ReconciliationReport report, NewsPipeline? pipeline = null, IEnumerable<ArticleAnalysis>? analyses = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var options = pipeline?.Options ?? NewsPipelineOptions.Default;
        var independence = analyses is null
            ? SourceIndependence.FromSummaries(report.Articles)
            : SourceIndependence.Build(analyses.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList());
        var builder = new TableBuilder(report, options.Gazetteer, options.Lexicon.Frames, independence);
        return new ReportTables(builder.Events(), builder.Claims(), builder.Conflicts());
    }

    /// <summary>Joins list cells with <see cref="ListSeparator"/>.</summary>
    internal static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);

    /// <summary>Turns a PascalCase enum name into kebab-case, as the report JSON writes it ("ActorName" → "actor-name").</summary>
    internal static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private sealed class TableBuilder
    {
        private readonly ReconciliationReport _report;
        private readonly Gazetteer _gazetteer;
        private readonly Dictionary<string, FrameDefinition> _frames;
        private readonly Dictionary<string, ArticleSummary> _articles;
        private readonly Dictionary<string, Place> _places;
        private readonly Dictionary<string, string> _sourceNames;
        private readonly ILookup<string, Claim> _claimsByEvent;
        private readonly Dictionary<string, string> _status = new(StringComparer.Ordinal);
        private readonly SourceIndependence _independence;
        private readonly Dictionary<(string EventId, ClaimProperty Property), Corroboration> _bestCorroboration = new();

        public TableBuilder(ReconciliationReport report, Gazetteer gazetteer, FrameLexicon frames, SourceIndependence independence)
        {
            _report = report;
            _gazetteer = gazetteer;
            _frames = new Dictionary<string, FrameDefinition>(StringComparer.Ordinal);
            foreach (var frame in frames.Frames)
            {
                // A user lexicon layered over the embedded one may redefine a frame; the last definition wins.
                _frames[frame.Name] = frame;
            }

            _articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            _places = report.Places.ToDictionary(p => p.Id, StringComparer.Ordinal);
            _sourceNames = report.Sources.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
            _claimsByEvent = report.Claims.ToLookup(c => c.EventId, StringComparer.Ordinal);
            _independence = independence;
            foreach (var c in report.Corroborations)
            {
                // Per event and property, the corroboration with the most independent sources (ties: the first claim id).
                var key = (c.EventId, c.Property);
                if (!_bestCorroboration.TryGetValue(key, out var best) || c.IndependentSources > best.IndependentSources ||
                    (c.IndependentSources == best.IndependentSources &&
                     string.CompareOrdinal(c.Claims.FirstOrDefault(), best.Claims.FirstOrDefault()) < 0))
                {
                    _bestCorroboration[key] = c;
                }
            }
            foreach (var id in report.Singletons)
            {
                _status[id] = "single-source";
            }

            foreach (var claim in report.Corroborations.SelectMany(c => c.Claims))
            {
                _status[claim] = "corroborated";
            }

            foreach (var claim in report.Conflicts.SelectMany(c => c.Sides).SelectMany(s => s.Claims))
            {
                _status[claim] = "conflicting";
            }
        }

        public ImmutableArray<EventRow> Events()
        {
            var conflictsByEvent = _report.Conflicts.GroupBy(c => c.EventId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var rows = ImmutableArray.CreateBuilder<EventRow>(_report.Events.Length);
            foreach (var e in _report.Events)
            {
                var claims = _claimsByEvent[e.Id].ToList();
                var frame = e.Frame is not null && _frames.TryGetValue(e.Frame, out var f) ? f : null;
                var date = e.Time ?? BestCorroborated(e.Id, ClaimProperty.Date) as TemporalValue;
                var place = e.Place ?? (BestCorroborated(e.Id, ClaimProperty.Place) as PlaceValue)?.PlaceId;
                var (deathsLow, deathsHigh) = Range(claims, ClaimProperty.Deaths);
                var (injuredLow, injuredHigh) = Range(claims, ClaimProperty.Injured);
                rows.Add(new EventRow(
                    e.Id,
                    Kebab(e.Type),
                    e.Frame,
                    e.IsStory,
                    e.Label,
                    frame is not null ? frame.Cameo : EventCodes.Cameo(e.Type),
                    frame is not null ? frame.Plover : EventCodes.Plover(e.Type),
                    date?.Start,
                    date?.End,
                    date is null ? null : Kebab(date.Granularity),
                    place,
                    place is null ? null : _places.TryGetValue(place, out var p) ? p.Name : _gazetteer.FindPlace(place)?.Name,
                    place is null ? null : CountryCode(place),
                    Join(e.ActorsIn(ParticipantRole.Agent)),
                    Join(e.ActorsIn(ParticipantRole.Target)),
                    Join(e.Participants.Select(x => x.ActorId).Distinct(StringComparer.Ordinal)),
                    deathsLow,
                    deathsHigh,
                    injuredLow,
                    injuredHigh,
                    e.Articles.Length,
                    Join(e.Articles),
                    Join(e.Articles.Select(Outlet).OfType<string>().Distinct(StringComparer.Ordinal)),
                    _independence.CountIndependent(e.Articles, claims),
                    conflictsByEvent.GetValueOrDefault(e.Id)));
            }

            return rows.MoveToImmutable();
        }

        public ImmutableArray<ClaimRow> Claims()
        {
            var rows = ImmutableArray.CreateBuilder<ClaimRow>(_report.Claims.Length);
            foreach (var c in _report.Claims)
            {
                var v = c.Value;
                rows.Add(new ClaimRow(
                    c.Id,
                    c.EventId,
                    c.ArticleId,
                    Outlet(c.ArticleId),
                    Kebab(c.Property),
                    c.Subject,
                    v.Kind,
                    v.Text,
                    c.ValueSpan?.Offset,
                    c.ValueSpan?.Length,
                    (v as TemporalValue)?.Start,
                    (v as TemporalValue)?.End,
                    v is TemporalValue t ? Kebab(t.Granularity) : null,
                    (v as QuantityValue)?.Min,
                    (v as QuantityValue)?.Max,
                    (v as QuantityValue)?.Unit,
                    v switch { ActorValue a => a.ActorId, PlaceValue pv => pv.PlaceId, _ => null },
                    (v as TermsValue)?.Proposition,
                    v is TermsValue terms ? Kebab(terms.Polarity) : null,
                    c.Attribution.Speaker,
                    Join(c.Attribution.Via.Select(Name)),
                    Kebab(c.Factuality.Certainty),
                    Kebab(c.Factuality.Polarity),
                    _status.GetValueOrDefault(c.Id, "compatible"),
                    c.Evidence.Offset,
                    c.Evidence.Length,
                    c.Evidence.Text));
            }

            return rows.MoveToImmutable();
        }

        public ImmutableArray<ConflictRow> Conflicts()
        {
            var rows = ImmutableArray.CreateBuilder<ConflictRow>();
            foreach (var c in _report.Conflicts)
            {
                for (var i = 0; i < c.Sides.Length; i++)
                {
                    var side = c.Sides[i];
                    rows.Add(new ConflictRow(
                        c.Id,
                        c.EventId,
                        Kebab(c.Property),
                        Kebab(c.Kind),
                        Kebab(c.Severity),
                        i + 1,
                        side.Value.Kind,
                        side.Value.Text,
                        Join(side.Claims),
                        Join(side.Articles),
                        Join(side.Articles.Select(Outlet).OfType<string>().Distinct(StringComparer.Ordinal)),
                        c.Explanation));
                }
            }

            return rows.ToImmutable();
        }

        /// <summary>The value of the event's corroboration of a property with the most independent sources, if any.</summary>
        private ClaimValue? BestCorroborated(string eventId, ClaimProperty property) =>
            _bestCorroboration.TryGetValue((eventId, property), out var best) ? best.Value : null;

        /// <summary>
        /// The lowest and highest figure the outlets give for a count (deaths, injured), from positive claims only: "at
        /// least 5" gives a low of 5 and no high of its own, "up to 10" a high of 10.
        /// </summary>
        private static (long? Low, long? High) Range(List<Claim> claims, ClaimProperty property)
        {
            long? low = null, high = null;
            foreach (var claim in claims)
            {
                if (claim.Property != property || claim.Value is not QuantityValue q || claim.Factuality.Polarity != Polarity.Positive)
                {
                    continue;
                }

                if ((q.Min ?? q.Max) is { } l)
                {
                    var whole = (long)decimal.Floor(l);
                    low = low is null ? whole : Math.Min(low.Value, whole);
                }

                if ((q.Max ?? q.Min) is { } h)
                {
                    var whole = (long)decimal.Ceiling(h);
                    high = high is null ? whole : Math.Max(high.Value, whole);
                }
            }

            return (low, high);
        }

        /// <summary>The ISO 3166-1 alpha-2 code of the country a place is in (or is), from the gazetteer.</summary>
        private string? CountryCode(string placeId)
        {
            var id = placeId;
            for (var depth = 0; depth < 16 && id is not null; depth++)
            {
                if (_gazetteer.TryGetEntry(id, out var entry))
                {
                    if (entry.Type == Entities.EntryType.Country && entry.Iso is { Length: 2 } iso)
                    {
                        return iso;
                    }

                    // Regions carry ISO 3166-2 codes ("SY-SU"), whose prefix is the country's code.
                    if (entry.Iso is { Length: > 3 } subdivision && subdivision[2] == '-')
                    {
                        return subdivision[..2];
                    }
                }

                id = _places.TryGetValue(id, out var place) ? place.Within : _gazetteer.FindPlace(id)?.Within;
            }

            return null;
        }

        private string? Outlet(string articleId) => _articles.TryGetValue(articleId, out var a) ? a.Source : null;

        private string Name(string sourceId) => _sourceNames.GetValueOrDefault(sourceId, sourceId);
    }
}
