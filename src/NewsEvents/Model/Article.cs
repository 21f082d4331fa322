using System;
using System.Collections.Immutable;
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
    /// <summary>The invariants of an article (every part lies inside the text and matches it), checked by the constructor and the validator.</summary>
    internal static readonly ModelRuleTable<Article> Rules = ModelRuleTable<Article>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Must(nameof(Published), static x => x.Published, static (_, d) => ModelRules.IsPlausibleYear(d?.Year), ModelRules.YearInRange)
        .Each(nameof(Paragraphs), static x => x.Paragraphs, static (a, p) => p.Offset >= 0 && p.Length >= 0 && p.Offset + p.Length <= a.Text.Length,
            "must lie inside the article text")
        .Each(nameof(Sentences), static x => x.Sentences, static (a, s) => Matches(a.Text, s.Offset, s.Text), AtOffset)
        .Each(nameof(Boilerplate), static x => x.Boilerplate, static (a, b) => Matches(a.Text, b.Offset, b.Text), AtOffset);

    private const string AtOffset = "must lie inside the article text and equal the text at its offset";

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
        Rules.Check(this);
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

    // A sentence's or block's offset is never negative (its own constructor checks that).
    private static bool Matches(string text, int offset, string part) =>
        offset + part.Length <= text.Length && text.AsSpan(offset, part.Length).SequenceEqual(part);
}
