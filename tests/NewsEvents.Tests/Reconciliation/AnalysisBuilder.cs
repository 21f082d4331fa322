namespace NewsEvents.Tests.Reconciliation;

/// <summary>Builds <see cref="ArticleAnalysis"/> objects by hand for reconciliation tests.</summary>
internal sealed class AnalysisBuilder
{
    private readonly string _id;
    private readonly string? _source;
    private readonly ReferenceDate? _reference;
    private readonly List<string> _relays = [];
    private readonly List<string> _credits = [];
    private readonly List<Actor> _actors = [];
    private readonly List<Place> _places = [];
    private readonly List<Event> _events = [];
    private readonly List<(string EventId, ClaimProperty Property, ClaimValue Value, string Evidence, Factuality Factuality, Attribution Attribution)> _claims = [];
    private readonly List<TemporalMention> _mentions = [];
    private string? _text;

    public AnalysisBuilder(string id, string? source = null, LocalDate? published = null, ReferenceDate? reference = null)
    {
        _id = id;
        _source = source;
        _reference = reference ?? (published is { } p ? new ReferenceDate(p, ReferenceDateBasis.Metadata) : ReferenceDate.Unknown);
    }

    public static TemporalValue Day(int year, int month, int day, string? text = null, bool weekday = false) =>
        new(text ?? $"{day}/{month}/{year}", new LocalDate(year, month, day), new LocalDate(year, month, day), TemporalGranularity.Day, weekdayAnchored: weekday);

    public static TemporalValue Days(LocalDate start, LocalDate end, string? text = null) =>
        new(text ?? $"{start:d MMMM} to {end:d MMMM yyyy}", start, end, TemporalGranularity.Day);

    public static TemporalValue Month(int year, int month, string? text = null)
    {
        var start = new LocalDate(year, month, 1);
        return new(text ?? $"in {start:MMMM yyyy}", start, start.PlusMonths(1).PlusDays(-1), TemporalGranularity.Month);
    }

    public static QuantityValue Number(string text, decimal? min, decimal? max, bool approximate = false, string? unit = "people") =>
        new(text, min, max, approximate, unit);

    public static TermsValue Terms(string text, string proposition, Polarity polarity) => new(text, proposition, polarity);

    public AnalysisBuilder Text(string text)
    {
        _text = text;
        return this;
    }

    public AnalysisBuilder Relays(params string[] agencies)
    {
        _relays.AddRange(agencies);
        return this;
    }

    public AnalysisBuilder Credits(params string[] credits)
    {
        _credits.AddRange(credits);
        return this;
    }

    public AnalysisBuilder Actor(string id, string name, ActorKind kind = ActorKind.State, string? affiliation = null, params string[] aliases)
    {
        _actors.Add(new Actor(id, name, kind, [.. aliases], affiliation));
        return this;
    }

    public AnalysisBuilder Place(string id, string name, PlaceKind kind, string? within = null, params string[] aliases)
    {
        _places.Add(new Place(id, name, kind, [.. aliases], within));
        return this;
    }

    public AnalysisBuilder Event(string id, EventType type, TemporalValue? time = null, string? place = null, string? label = null,
        params (string Actor, ParticipantRole Role)[] participants)
    {
        _events.Add(new Event(id, type, [.. participants.Select(p => new Participant(p.Actor, p.Role))], time, place, [_id], label));
        return this;
    }

    public AnalysisBuilder Claim(string eventId, ClaimProperty property, ClaimValue value, string evidence,
        Factuality? factuality = null, string? speaker = null, params string[] via)
    {
        _claims.Add((eventId, property, value, evidence, factuality ?? Factuality.Fact, new Attribution(speaker, [.. via])));
        return this;
    }

    public AnalysisBuilder Mention(TemporalValue value, TemporalMentionKind kind = TemporalMentionKind.Date)
    {
        _mentions.Add(new TemporalMention(kind, value.Text, 0, value.Start, value.End, value.Granularity,
            yearInferred: value.YearInferred, weekdayAnchored: value.WeekdayAnchored));
        return this;
    }

    public ArticleAnalysis Build()
    {
        var text = _text ?? $"Story {_id} by {_source ?? "unknown"}. " + string.Join(" ", _claims.Select(c => c.Evidence + "."));
        var article = new Article(_id, text, _source, $"Title of {_id}", _reference?.Basis == ReferenceDateBasis.Metadata ? _reference.Date : null,
            _reference, credits: [.. _credits], relays: [.. _relays]);
        var claims = _claims.Select((c, i) =>
        {
            var offset = Math.Max(0, text.IndexOf(c.Evidence, StringComparison.Ordinal));
            return new Claim($"{_id}-c{i + 1}", c.EventId, c.Property, _id, c.Value, c.Attribution, c.Factuality, new Evidence(_id, offset, c.Evidence));
        });
        return new ArticleAnalysis(article, [.. _actors], [.. _places], [.. _events], [.. claims], [.. _mentions]);
    }
}
