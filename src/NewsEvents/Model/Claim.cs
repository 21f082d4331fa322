using System;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>How sure a source is of a claim, and whether it asserts or denies it (FactBank style).</summary>
/// <param name="Certainty">How sure the source is.</param>
/// <param name="Polarity">Whether the claim asserts or denies.</param>
public readonly record struct Factuality(Certainty Certainty, Polarity Polarity)
{
    /// <summary>Gets the factuality of a plain, unhedged assertion.</summary>
    public static Factuality Fact => new(Certainty.Certain, Polarity.Positive);

    /// <inheritdoc/>
    public override string ToString() => $"{Certainty}/{Polarity}";
}

/// <summary>Who says a claim, and through which outlets it was relayed.</summary>
/// <remarks>Immutable; equal by value, including the contents of <see cref="Via"/>.</remarks>
public sealed record Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="speaker">Identifier of the speaking actor (a person, "sources" of a ministry), or <see langword="null"/> when the outlet speaks itself.</param>
    /// <param name="via">Identifiers of sources that relayed the statement, nearest first ("anadolu-agency").</param>
    /// <exception cref="ArgumentException">An identifier is empty.</exception>
    public Attribution(string? speaker = null, ImmutableArray<string> via = default)
    {
        if (speaker is not null && string.IsNullOrWhiteSpace(speaker))
        {
            throw new ArgumentException("Attribution.Speaker was \"" + speaker + "\": " + ModelRules.IdRequired, nameof(speaker));
        }

        via = via.OrEmpty();
        if (via.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Attribution.Via contained an empty identifier: " + ModelRules.IdRequired, nameof(via));
        }

        Speaker = speaker;
        _via = via;
    }

    /// <summary>Gets the attribution of a claim the outlet makes in its own voice.</summary>
    public static Attribution Outlet { get; } = new();

    /// <summary>Gets the speaking actor's identifier, or <see langword="null"/>.</summary>
    public string? Speaker { get; }

    /// <summary>Gets the identifiers of relaying sources, nearest first.</summary>
    public ImmutableArray<string> Via => _via.AsImmutableArray();

    private readonly EquatableArray<string> _via;

    /// <inheritdoc/>
    public override string ToString() =>
        (Speaker ?? "outlet") + (Via.IsEmpty ? "" : " via " + string.Join(", ", Via));
}

/// <summary>Where in an article a claim was read: offset, length and the exact text.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Evidence
{
    /// <summary>The invariants of evidence, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Evidence> Rules = ModelRuleTable<Evidence>.Empty
        .Id(nameof(ArticleId), static x => x.ArticleId)
        .NotNegative(nameof(Offset), static x => x.Offset)
        .Text(nameof(Text), static x => x.Text);

    /// <summary>Creates evidence and checks its invariants.</summary>
    /// <param name="articleId">The article the text comes from.</param>
    /// <param name="offset">Offset of the first character in the article text.</param>
    /// <param name="text">The text, exactly as in the article.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Evidence(string articleId, int offset, string text)
    {
        ArticleId = articleId;
        Offset = offset;
        Text = text;
        Rules.Check(this);
    }

    /// <summary>Gets the article identifier.</summary>
    public string ArticleId { get; }

    /// <summary>Gets the offset in the article text.</summary>
    public int Offset { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Tells whether this evidence lies inside an article's text and equals it there.</summary>
    /// <param name="article">The article.</param>
    /// <returns><see langword="true"/> when the evidence matches the article.</returns>
    internal bool IsFoundIn(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Id == ArticleId && Offset + Length <= article.Text.Length &&
               article.Text.AsSpan(Offset, Length).SequenceEqual(Text);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ArticleId}@{Offset}: \"{Text}\"";
}

/// <summary>One outlet's assertion about one property of one event, with its value, source, certainty and evidence.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Claim
{
    /// <summary>The invariants of a claim, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Claim> Rules = ModelRuleTable<Claim>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Id(nameof(EventId), static x => x.EventId)
        .Id(nameof(ArticleId), static x => x.ArticleId)
        .Defined(nameof(Property), static x => x.Property)
        .Required(nameof(Value), static x => x.Value)
        .Required(nameof(Attribution), static x => x.Attribution)
        .Required(nameof(Evidence), static x => x.Evidence)
        .Must(nameof(Evidence), static x => x.Evidence, static (x, e) => e is null || e.ArticleId == x.ArticleId, "must come from the claim's article")
        .Must(nameof(ValueSpan), static x => x.ValueSpan, static (x, e) => e is null || e.ArticleId == x.ArticleId, "must come from the claim's article")
        .Defined("Factuality.Certainty", static x => x.Factuality.Certainty)
        .Defined("Factuality.Polarity", static x => x.Factuality.Polarity)
        .OptionalText(nameof(Subject), static x => x.Subject)
        .Must(nameof(Value), static x => x.Value, static (x, v) => v is null || ValueFits(x.Property, v),
            static x => "must be a kind of value that fits the property " + x.Property)
        .CheckedOnInit(nameof(EventId));

    /// <summary>Creates a claim and checks its invariants.</summary>
    /// <param name="id">Stable claim identifier.</param>
    /// <param name="eventId">The event the claim is about.</param>
    /// <param name="property">The property asserted.</param>
    /// <param name="articleId">The article that makes the claim.</param>
    /// <param name="value">The asserted value.</param>
    /// <param name="attribution">Who says so.</param>
    /// <param name="factuality">How sure, and whether asserted or denied.</param>
    /// <param name="evidence">Where in the article.</param>
    /// <param name="subject">
    /// What the property describes within the event when an event has several of it: the person whose age it is, the
    /// counted noun, the part of the story a time belongs to ("shoot", "arrest"). <see langword="null"/> for the event itself.
    /// </param>
    /// <param name="valueSpan">
    /// Where in the article the value itself was read (the words "on 23/7", "at least 5", the trigger "requested"), or
    /// <see langword="null"/> when the value has no span of its own.
    /// </param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Claim(string id, string eventId, ClaimProperty property, string articleId, ClaimValue value,
        Attribution attribution, Factuality factuality, Evidence evidence, string? subject = null, Evidence? valueSpan = null)
    {
        Subject = subject;
        ValueSpan = valueSpan;
        Id = id;
        EventId = eventId;
        Property = property;
        ArticleId = articleId;
        Value = value;
        Attribution = attribution;
        Factuality = factuality;
        Evidence = evidence;
        Rules.Check(this);
    }

    /// <summary>Gets the claim identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the event identifier.</summary>
    public string EventId
    {
        get => _eventId;
        init => _eventId = Preconditions.CheckId(value, "Claim.EventId");
    }

    // Set by the constructor through the init accessor, which the compiler does not follow.
    private readonly string _eventId = null!;

    /// <summary>Gets the property asserted.</summary>
    public ClaimProperty Property { get; }

    /// <summary>Gets the article identifier.</summary>
    public string ArticleId { get; }

    /// <summary>Gets the asserted value.</summary>
    public ClaimValue Value { get; }

    /// <summary>Gets who says so.</summary>
    public Attribution Attribution { get; }

    /// <summary>Gets the certainty and polarity.</summary>
    public Factuality Factuality { get; }

    /// <summary>Gets where in the article: the sentence (or headline) the claim was read from.</summary>
    public Evidence Evidence { get; }

    /// <summary>
    /// Gets where in the article the value itself was read: the exact words of a date, a number, a name or a trigger,
    /// usually inside <see cref="Evidence"/> (a participant carried over from an earlier sentence points at where it was
    /// named); <see langword="null"/> when the value has no span of its own (a claim built by hand).
    /// </summary>
    public Evidence? ValueSpan { get; }

    /// <summary>
    /// Gets what the property describes within the event (a person, a counted noun, a part of the story), or
    /// <see langword="null"/> when it describes the event itself. Claims compare only with claims of the same subject.
    /// </summary>
    public string? Subject { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id}: {EventId}.{Property}{(Subject is null ? "" : "(" + Subject + ")")} = {Value} [{Factuality}] by {Attribution} in {ArticleId}";

    private static bool ValueFits(ClaimProperty property, ClaimValue value) => property switch
    {
        ClaimProperty.Date or ClaimProperty.Duration => value is TemporalValue or TextValue,
        ClaimProperty.Deaths or ClaimProperty.Injured or ClaimProperty.Count => value is QuantityValue,
        ClaimProperty.Place => value is PlaceValue or TextValue or QuantityValue,
        ClaimProperty.Agent or ClaimProperty.Target or ClaimProperty.Recipient or ClaimProperty.Mediator => value is ActorValue or TextValue,
        ClaimProperty.Terms => value is TermsValue,
        ClaimProperty.Time => value is TimeOfDayValue,
        ClaimProperty.Age or ClaimProperty.Measure => value is QuantityValue,
        ClaimProperty.Name => value is ActorValue or PlaceValue or TextValue,
        ClaimProperty.Detail => value is TextValue,
        _ => true,
    };
}
