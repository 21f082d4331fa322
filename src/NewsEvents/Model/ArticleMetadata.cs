using NodaTime;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>What the caller knows about an article besides its text: id, outlet, title, publication date, URL.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record ArticleMetadata
{
    /// <summary>The invariants of metadata, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<ArticleMetadata> Rules = ModelRuleTable<ArticleMetadata>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Must(nameof(Published), static x => x.Published, static (_, d) => ModelRules.IsPlausibleYear(d?.Year), ModelRules.YearInRange);

    /// <summary>Creates metadata and checks its invariants.</summary>
    /// <param name="id">Article identifier, such as the file name without extension.</param>
    /// <param name="outlet">Name of the outlet that published the article, if known.</param>
    /// <param name="title">Title, if known; otherwise the reader looks for one in the text.</param>
    /// <param name="published">Publication date, if known.</param>
    /// <param name="url">Address of the article, if known.</param>
    /// <exception cref="System.ArgumentException">An invariant does not hold.</exception>
    public ArticleMetadata(string id, string? outlet = null, string? title = null, LocalDate? published = null, string? url = null)
    {
        Id = id;
        Outlet = outlet;
        Title = title;
        Published = published;
        Url = url;
        Rules.Check(this);
    }

    /// <summary>Gets the article identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the outlet name, or <see langword="null"/>.</summary>
    public string? Outlet { get; }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the publication date, or <see langword="null"/>.</summary>
    public LocalDate? Published { get; }

    /// <summary>Gets the URL, or <see langword="null"/>.</summary>
    public string? Url { get; }
}

/// <summary>The date an article's relative expressions ("last Saturday") are resolved against, with where it came from.</summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record ReferenceDate
{
    /// <summary>The invariants of a reference date, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<ReferenceDate> Rules = ModelRuleTable<ReferenceDate>.Empty
        .Defined(nameof(Basis), static x => x.Basis)
        .Must(nameof(Year), static x => x.Year, static (x, year) => x.Date is null || year == x.Date.Value.Year, "must equal the year of Date")
        .Must(nameof(Year), static x => x.Year, static (_, year) => ModelRules.IsPlausibleYear(year), "must be between 1000 and 9999")
        .Must(nameof(Basis), static x => x.Basis, static (x, basis) => (basis == ReferenceDateBasis.None) == (x.Year is null),
            "must be None exactly when neither Date nor Year is known");

    /// <summary>Creates a reference date and checks its invariants.</summary>
    /// <param name="date">The day, if known.</param>
    /// <param name="basis">Where the date came from.</param>
    /// <param name="year">The year, when only the year is known (or the year of <paramref name="date"/>).</param>
    /// <param name="evidence">Short text that justifies the date ("header ' date 2025-07-23'").</param>
    /// <exception cref="System.ArgumentException">An invariant does not hold.</exception>
    public ReferenceDate(LocalDate? date, ReferenceDateBasis basis, int? year = null, string? evidence = null)
    {
        Date = date;
        Basis = basis;
        Year = year ?? date?.Year;
        Evidence = evidence;
        Rules.Check(this);
    }

    /// <summary>Gets a reference date that is not known at all.</summary>
    public static ReferenceDate Unknown { get; } = new(null, ReferenceDateBasis.None);

    /// <summary>Gets the day, or <see langword="null"/> when only the year (or nothing) is known.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets where the date came from.</summary>
    public ReferenceDateBasis Basis { get; }

    /// <summary>Gets the year, or <see langword="null"/> when unknown.</summary>
    public int? Year { get; }

    /// <summary>Gets the text that justifies the date, or <see langword="null"/>.</summary>
    public string? Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => Date is { } d
        ? $"{d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} ({Basis})"
        : Year is { } y ? $"{y} ({Basis})" : "unknown";
}
