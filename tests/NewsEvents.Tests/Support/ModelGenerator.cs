using System.Text;

namespace NewsEvents.Tests.Support;

/// <summary>Builds random but valid instances of every public model type from a seed, for property tests.</summary>
internal sealed class ModelGenerator
{
    private static readonly string[] Words =
    [
        "Syria", "Türkiye", "ceasefire", "al-Sharaa", "“quoted”", "said", "Suwayda", "ISIS", "Δ", "日本", "O'Brien", "\"q\"", "a\\b", "tab\there", "İstanbul",
    ];

    private readonly Random _random;

    public ModelGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public string Id() => "id-" + _random.Next(0, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Phrase(int maxWords = 6)
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, maxWords + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Words[_random.Next(Words.Length)]);
        }

        return builder.ToString();
    }

    public bool Bool() => _random.Next(2) == 0;

    public T Pick<T>(params T[] items) => items[_random.Next(items.Length)];

    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        var values = System.Enum.GetValues<TEnum>();
        return values[_random.Next(values.Length)];
    }

    public LocalDate Date() => new LocalDate(1990, 1, 1).PlusDays(_random.Next(0, 15_000));

    public ImmutableArray<T> Many<T>(Func<T> make, int max = 3) =>
        Enumerable.Range(0, _random.Next(0, max + 1)).Select(_ => make()).ToImmutableArray();

    public ImmutableArray<T> AtLeast<T>(int min, Func<T> make, int max = 3) =>
        Enumerable.Range(0, _random.Next(min, Math.Max(min, max) + 1)).Select(_ => make()).ToImmutableArray();

    public Source Source() => new(Id(), Phrase(3), Enum<SourceKind>(), Many(() => Phrase(2)));

    public Actor Actor()
    {
        var id = Id();
        return new Actor(id, Phrase(3), Enum<ActorKind>(), Many(() => Phrase(2)), Bool() ? null : id + "-parent", Bool() ? null : Phrase(2));
    }

    public Place Place()
    {
        var id = Id();
        return new Place(id, Phrase(2), Enum<PlaceKind>(), Many(() => Phrase(2)), Bool() ? null : id + "-in");
    }

    public TemporalValue Temporal()
    {
        var start = Date();
        return new TemporalValue(Phrase(3), start, start.PlusDays(_random.Next(0, 400)), Enum<TemporalGranularity>(), Bool(), Bool(), Bool());
    }

    public QuantityValue Quantity()
    {
        decimal? min = Bool() ? _random.Next(0, 100_000) : null;
        decimal? max = min is null || Bool() ? (min ?? 0) + _random.Next(0, 1000) + 0.5m : null;
        return new QuantityValue(Phrase(2), min, max, Bool(), Bool() ? null : Pick("people", "days", "airstrikes"));
    }

    public ClaimValue Value() => _random.Next(6) switch
    {
        0 => Temporal(),
        1 => Quantity(),
        2 => new ActorValue(Phrase(2), Id()),
        3 => new PlaceValue(Phrase(2), Id()),
        4 => new TermsValue(Phrase(4), "syria enter " + Id(), Enum<Polarity>()),
        _ => new TextValue(Phrase(3)),
    };

    public Factuality Factuality() => new(Enum<Certainty>(), Enum<Polarity>());

    public Attribution Attribution() => new(Bool() ? null : Id(), Many(Id, 2));

    public Evidence Evidence(string articleId) => new(articleId, _random.Next(0, 5000), Phrase(5));

    public Claim Claim(string articleId)
    {
        var value = Value();
        var property = value switch
        {
            TemporalValue => Pick(ClaimProperty.Date, ClaimProperty.Duration),
            QuantityValue => Pick(ClaimProperty.Deaths, ClaimProperty.Injured, ClaimProperty.Count),
            ActorValue => Pick(ClaimProperty.Agent, ClaimProperty.Target, ClaimProperty.Recipient, ClaimProperty.Mediator),
            PlaceValue => ClaimProperty.Place,
            TermsValue => ClaimProperty.Terms,
            _ => ClaimProperty.Occurred,
        };
        return new Claim(Id(), Id(), property, articleId, value, Attribution(), Factuality(), Evidence(articleId));
    }

    public Event Event() =>
        new(Id(), Enum<EventType>(), Many(() => new Participant(Id(), Enum<ParticipantRole>())), Bool() ? null : Temporal(),
            Bool() ? null : Id(), Many(Id).Distinct().ToImmutableArray(), Bool() ? null : Phrase(5))
        {
            Mentions = Many(EventMention),
        };

    public EventMention EventMention() =>
        new(Id(), _random.Next(0, 5000), Phrase(1), Phrase(1), Bool() ? null : _random.Next(0, 99999999).ToString("D8", System.Globalization.CultureInfo.InvariantCulture) + "-n");

    public ReferenceDate ReferenceDate() => _random.Next(3) switch
    {
        0 => NewsEvents.ReferenceDate.Unknown,
        1 => new ReferenceDate(Date(), Pick(ReferenceDateBasis.Metadata, ReferenceDateBasis.Dateline, ReferenceDateBasis.Inferred), evidence: Bool() ? null : Phrase(3)),
        _ => new ReferenceDate(null, ReferenceDateBasis.Inferred, _random.Next(1990, 2030), Phrase(2)),
    };

    public Article Article()
    {
        // Build text from pieces so sentences and boilerplate are real substrings at their offsets.
        var id = Id();
        var text = new StringBuilder();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var boilerplate = ImmutableArray.CreateBuilder<BoilerplateBlock>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var pieces = _random.Next(0, 6);
        for (var i = 0; i < pieces; i++)
        {
            var piece = Phrase(8) + ".";
            var offset = text.Length;
            text.Append(piece).Append('\n');
            if (Bool())
            {
                paragraphs.Add(new Paragraph(offset, piece.Length));
                sentences.Add(new Sentence(offset, piece, paragraphs.Count - 1));
            }
            else
            {
                boilerplate.Add(new BoilerplateBlock(Enum<BoilerplateKind>(), offset, piece, Phrase(3)));
            }
        }

        LocalDate? published = Bool() ? Date() : null;
        return new Article(id, text.ToString(), Bool() ? null : Phrase(2), Bool() ? null : Phrase(6), published,
            Bool() ? ReferenceDate() : null, Bool() ? null : "ANKARA", Many(() => Phrase(2)), Many(() => Phrase(2)),
            paragraphs.ToImmutable(), sentences.ToImmutable(), boilerplate.ToImmutable(), Bool() ? null : "https://example.org/" + id);
    }

    public ArticleMetadata Metadata() =>
        new(Id(), Bool() ? null : Phrase(2), Bool() ? null : Phrase(5), Bool() ? null : Date(), Bool() ? null : "https://example.org/a");

    public TemporalMention TemporalMention()
    {
        var kind = Enum<TemporalMentionKind>();
        LocalDate? start = kind is TemporalMentionKind.Duration or TemporalMentionKind.Set && Bool() ? null : Date();
        LocalDate? end = start?.PlusDays(_random.Next(0, 40));
        Period? duration = kind is TemporalMentionKind.Duration or TemporalMentionKind.Set ? Period.FromDays(_random.Next(1, 400)) : null;
        return new TemporalMention(kind, Phrase(3), _random.Next(0, 10_000), start, end, Enum<TemporalGranularity>(), duration,
            Bool(), Bool(), Bool(), Bool());
    }

    public QuantityMention QuantityMention()
    {
        var q = Quantity();
        return new QuantityMention(q.Text, _random.Next(0, 10_000), q.Min, q.Max, q.Approximate, q.Unit);
    }

    public ArticleAnalysis Analysis()
    {
        var article = Article();
        return new ArticleAnalysis(article, Many(Actor), Many(Place), Many(Event), Many(() => Claim(article.Id)),
            Many(TemporalMention), Many(QuantityMention), Many(Source));
    }

    public Conflict Conflict() =>
        new(Id(), Id(), Enum<ClaimProperty>(), Enum<ConflictKind>(), Enum<ConflictSeverity>(),
            AtLeast(2, () => new ConflictSide(Value(), AtLeast(1, Id), AtLeast(1, Id))), Phrase(8));

    public Corroboration Corroboration()
    {
        var articles = AtLeast(2, Id, 4);
        return new Corroboration(Id(), Enum<ClaimProperty>(), Value(), AtLeast(2, Id), articles, _random.Next(1, articles.Length + 1));
    }

    public ArticleSummary Summary() => ArticleSummary.Of(Article());

    public ReconciliationReport Report() =>
        new(Many(Summary), Many(Source), Many(Actor), Many(Place), Many(Event), Many(() => Claim(Id())), Many(Conflict),
            Many(Corroboration), Many(Id));
}
