using System;
using System.Collections.Immutable;
using System.Linq;
using FluentValidation;
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
    private static readonly EvidenceValidator Validator = new();

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
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
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

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(ArticleId) && Offset >= 0 && !string.IsNullOrWhiteSpace(Text);
}

/// <summary>Validates <see cref="Evidence"/> instances.</summary>
internal sealed class EvidenceValidator : AbstractValidator<Evidence>
{
    /// <summary>Creates the validator.</summary>
    public EvidenceValidator()
    {
        RuleFor(x => x.ArticleId).MustBeId();
        RuleFor(x => x.Offset).GreaterThanOrEqualTo(0).WithMessage(ModelRules.NotNegative);
        RuleFor(x => x.Text).MustBeText();
    }
}

/// <summary>One outlet's assertion about one property of one event, with its value, source, certainty and evidence.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Claim
{
    private static readonly ClaimValidator Validator = new();

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
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Claim(string id, string eventId, ClaimProperty property, string articleId, ClaimValue value,
        Attribution attribution, Factuality factuality, Evidence evidence, string? subject = null)
    {
        Subject = subject;
        Id = id;
        EventId = eventId;
        Property = property;
        ArticleId = articleId;
        Value = value;
        Attribution = attribution;
        Factuality = factuality;
        Evidence = evidence;
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
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

    /// <summary>Gets where in the article.</summary>
    public Evidence Evidence { get; }

    /// <summary>
    /// Gets what the property describes within the event (a person, a counted noun, a part of the story), or
    /// <see langword="null"/> when it describes the event itself. Claims compare only with claims of the same subject.
    /// </summary>
    public string? Subject { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id}: {EventId}.{Property}{(Subject is null ? "" : "(" + Subject + ")")} = {Value} [{Factuality}] by {Attribution} in {ArticleId}";

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(Id) && ModelRules.IsId(ArticleId) && Enum.IsDefined(Property) &&
        Value is not null && Attribution is not null && Evidence is not null && Evidence.ArticleId == ArticleId &&
        Enum.IsDefined(Factuality.Certainty) && Enum.IsDefined(Factuality.Polarity) && ClaimValidator.ValueFits(Property, Value) &&
        (Subject is null || !string.IsNullOrWhiteSpace(Subject));
}

/// <summary>Validates <see cref="Claim"/> instances.</summary>
internal sealed class ClaimValidator : AbstractValidator<Claim>
{
    /// <summary>Creates the validator.</summary>
    public ClaimValidator()
    {
        RuleFor(x => x.Id).MustBeId();
        RuleFor(x => x.EventId).MustBeId();
        RuleFor(x => x.ArticleId).MustBeId();
        RuleFor(x => x.Property).MustBeDefined();
        RuleFor(x => x.Value).NotNull();
        RuleFor(x => x.Attribution).NotNull();
        RuleFor(x => x.Evidence).NotNull();
        RuleFor(x => x.Evidence).Must((c, e) => e is null || e.ArticleId == c.ArticleId).WithMessage("must come from the claim's article");
        RuleFor(x => x.Factuality.Certainty).MustBeDefined();
        RuleFor(x => x.Factuality.Polarity).MustBeDefined();
        RuleFor(x => x.Subject).Must(s => s is null || !string.IsNullOrWhiteSpace(s)).WithMessage("must be null or not blank");
        RuleFor(x => x.Value).Must((c, v) => v is null || ValueFits(c.Property, v))
            .WithMessage(c => "must be a kind of value that fits the property " + c.Property);
    }

    internal static bool ValueFits(ClaimProperty property, ClaimValue value) => property switch
    {
        ClaimProperty.Date or ClaimProperty.Duration => value is TemporalValue or TextValue,
        ClaimProperty.Deaths or ClaimProperty.Injured or ClaimProperty.Count => value is QuantityValue,
        ClaimProperty.Place => value is PlaceValue or TextValue,
        ClaimProperty.Agent or ClaimProperty.Target or ClaimProperty.Recipient or ClaimProperty.Mediator => value is ActorValue or TextValue,
        ClaimProperty.Terms => value is TermsValue,
        ClaimProperty.Time => value is TimeOfDayValue,
        ClaimProperty.Age or ClaimProperty.Measure => value is QuantityValue,
        ClaimProperty.Name => value is ActorValue or PlaceValue or TextValue,
        ClaimProperty.Detail => value is TextValue,
        _ => true,
    };
}
