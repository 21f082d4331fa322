using System;
using System.Collections.Immutable;
using FluentValidation;
using NodaTime;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>One text from one outlet, read into title, dates, credits, paragraphs and sentences.</summary>
/// <remarks>
/// Immutable; equal by value, including collection contents. Every offset refers to <see cref="Text"/>,
/// the article text exactly as given; nothing is dropped: what is not story text is in <see cref="Boilerplate"/>.
/// </remarks>
public sealed record Article
{
    private static readonly ArticleValidator Validator = new();

    /// <summary>Creates an article and checks its invariants.</summary>
    /// <param name="id">Article identifier.</param>
    /// <param name="text">The full article text as given.</param>
    /// <param name="source">Name of the publishing outlet, if known.</param>
    /// <param name="title">The title, if known or found.</param>
    /// <param name="published">Publication date, if known.</param>
    /// <param name="referenceDate">The date relative expressions resolve against, with its basis.</param>
    /// <param name="dateline">The dateline place ("ANKARA"), if any.</param>
    /// <param name="credits">Agencies and authors credited ("AFP", "AP", "Euro News").</param>
    /// <param name="relays">Agencies whose reporting the text relays ("Anadolu Agency").</param>
    /// <param name="paragraphs">Story paragraphs.</param>
    /// <param name="sentences">Story sentences.</param>
    /// <param name="boilerplate">Blocks set aside as not part of the story.</param>
    /// <param name="url">Address of the article, if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Article(
        string id,
        string text,
        string? source = null,
        string? title = null,
        LocalDate? published = null,
        ReferenceDate? referenceDate = null,
        string? dateline = null,
        ImmutableArray<string> credits = default,
        ImmutableArray<string> relays = default,
        ImmutableArray<Paragraph> paragraphs = default,
        ImmutableArray<Sentence> sentences = default,
        ImmutableArray<BoilerplateBlock> boilerplate = default,
        string? url = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Source = source;
        Title = title;
        Published = published;
        ReferenceDate = referenceDate ?? (published is { } p && p.Year is >= 1000 and <= 9999
            ? new ReferenceDate(p, ReferenceDateBasis.Metadata)
            : ReferenceDate.Unknown);
        Dateline = dateline;
        _credits = credits.OrEmpty();
        _relays = relays.OrEmpty();
        _paragraphs = paragraphs.OrEmpty();
        _sentences = sentences.OrEmpty();
        _boilerplate = boilerplate.OrEmpty();
        Url = url;
        if (!IsValidFast())
        {
            ModelGuard.EnsureValid(this, Validator);
        }
    }

    /// <summary>Gets the article identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the full article text as given.</summary>
    public string Text { get; }

    /// <summary>Gets the outlet name, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the publication date, or <see langword="null"/>.</summary>
    public LocalDate? Published { get; }

    /// <summary>Gets the reference date and its basis.</summary>
    public ReferenceDate ReferenceDate
    {
        get => _referenceDate;
        init => _referenceDate = Preconditions.CheckNotNull(value, "Article.ReferenceDate");
    }

    // Set by the constructor through the init accessor, which the compiler does not follow.
    private readonly ReferenceDate _referenceDate = null!;

    /// <summary>Gets the dateline place, or <see langword="null"/>.</summary>
    public string? Dateline { get; }

    /// <summary>Gets the credited agencies and authors.</summary>
    public ImmutableArray<string> Credits => _credits.AsImmutableArray();

    private readonly EquatableArray<string> _credits;

    /// <summary>Gets the agencies whose reporting the text relays.</summary>
    public ImmutableArray<string> Relays => _relays.AsImmutableArray();

    private readonly EquatableArray<string> _relays;

    /// <summary>Gets the story paragraphs.</summary>
    public ImmutableArray<Paragraph> Paragraphs => _paragraphs.AsImmutableArray();

    private readonly EquatableArray<Paragraph> _paragraphs;

    /// <summary>Gets the story sentences.</summary>
    public ImmutableArray<Sentence> Sentences => _sentences.AsImmutableArray();

    private readonly EquatableArray<Sentence> _sentences;

    /// <summary>Gets the blocks set aside as not part of the story.</summary>
    public ImmutableArray<BoilerplateBlock> Boilerplate => _boilerplate.AsImmutableArray();

    private readonly EquatableArray<BoilerplateBlock> _boilerplate;

    /// <summary>Gets the URL, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Article {Id}: \"{Title ?? "(untitled)"}\" from {Source ?? "unknown source"}, {Sentences.Length} sentences, reference {ReferenceDate}";

    private bool PartsInsideText()
    {
        foreach (var p in Paragraphs)
        {
            if (p.Offset < 0 || p.Length < 0 || p.Offset + p.Length > Text.Length)
            {
                return false;
            }
        }

        foreach (var s in Sentences)
        {
            if (s.End > Text.Length || !Text.AsSpan(s.Offset, s.Length).SequenceEqual(s.Text))
            {
                return false;
            }
        }

        foreach (var b in Boilerplate)
        {
            if (b.Offset + b.Length > Text.Length || !Text.AsSpan(b.Offset, b.Length).SequenceEqual(b.Text))
            {
                return false;
            }
        }

        return true;
    }

    // Mirrors the validator exactly; the validator runs only to describe a failure, keeping construction cheap.
    private bool IsValidFast() =>
        ModelRules.IsId(Id) && Text is not null && (Published is null || Published.Value.Year is >= 1000 and <= 9999) && PartsInsideText();
}

/// <summary>Validates <see cref="Article"/> instances: ids, and that every part lies inside the text and matches it.</summary>
internal sealed class ArticleValidator : AbstractValidator<Article>
{
    /// <summary>Creates the validator.</summary>
    public ArticleValidator()
    {
        RuleFor(x => x.Id).MustBeId();
        RuleFor(x => x.Text).NotNull();
        RuleFor(x => x.Published).Must(d => d is null || (d.Value.Year >= 1000 && d.Value.Year <= 9999))
            .WithMessage("must be a year between 1000 and 9999");
        RuleForEach(x => x.Paragraphs)
            .Must((a, p) => p.Offset >= 0 && p.Length >= 0 && p.Offset + p.Length <= a.Text.Length)
            .WithMessage("must lie inside the article text");
        RuleForEach(x => x.Sentences)
            .Must((a, s) => s.End <= a.Text.Length && a.Text.AsSpan(s.Offset, s.Length).SequenceEqual(s.Text))
            .WithMessage("must lie inside the article text and equal the text at its offset");
        RuleForEach(x => x.Boilerplate)
            .Must((a, b) => b.Offset + b.Length <= a.Text.Length && a.Text.AsSpan(b.Offset, b.Length).SequenceEqual(b.Text))
            .WithMessage("must lie inside the article text and equal the text at its offset");
    }
}
