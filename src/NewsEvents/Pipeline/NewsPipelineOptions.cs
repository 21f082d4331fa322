using System;
using FluentValidation;
using NodaTime;

namespace NewsEvents;

/// <summary>Options of a <see cref="NewsPipeline"/>.</summary>
/// <remarks>Immutable; build with <see cref="NewsPipelineBuilder"/>.</remarks>
public sealed record NewsPipelineOptions
{
    internal NewsPipelineOptions(Gazetteer gazetteer, TemporalTaggerOptions temporal, LocalDate? defaultReference, int maxDegreeOfParallelism,
        Claims.EventLexicon? lexicon = null)
    {
        Lexicon = lexicon ?? Claims.EventLexicon.Default;
        Gazetteer = gazetteer;
        Temporal = temporal;
        DefaultReference = defaultReference;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>Gets the default options: embedded gazetteer, default tagger options, all cores.</summary>
    public static NewsPipelineOptions Default { get; } = new(Gazetteer.Default, TemporalTaggerOptions.Default, null, Environment.ProcessorCount);

    /// <summary>Gets the gazetteer.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Gets the temporal tagger options.</summary>
    public TemporalTaggerOptions Temporal { get; }

    /// <summary>Gets the reference date for articles that have none, or <see langword="null"/>.</summary>
    public LocalDate? DefaultReference { get; }

    /// <summary>Gets the event lexicon (embedded, plus any user layer).</summary>
    internal Claims.EventLexicon Lexicon { get; }

    /// <summary>Gets how many articles <see cref="NewsPipeline.AnalyzeAsync"/> analyzes at once.</summary>
    public int MaxDegreeOfParallelism { get; }
}

/// <summary>Builds a <see cref="NewsPipeline"/> with custom options.</summary>
/// <remarks>Not thread-safe; the pipeline it builds is.</remarks>
public sealed class NewsPipelineBuilder
{
    private static readonly NewsPipelineOptionsValidator Validator = new();
    private Gazetteer _gazetteer = Gazetteer.Default;
    private TemporalTaggerOptions _temporal = TemporalTaggerOptions.Default;
    private LocalDate? _defaultReference;
    private int _parallelism = Environment.ProcessorCount;
    private Claims.EventLexicon _lexicon = Claims.EventLexicon.Default;

    /// <summary>Uses a gazetteer instead of the embedded one.</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public NewsPipelineBuilder UseGazetteer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        return this;
    }

    /// <summary>
    /// Layers a user event lexicon over the embedded one: its event entries (lemma, type, verbs, nouns) and cue lists are
    /// added to or override the embedded ones. The JSON has the shape of the embedded <c>Resources/lexicon/events.json</c>.
    /// </summary>
    /// <param name="json">The user lexicon JSON.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON is not a valid lexicon; the message says where.</exception>
    public NewsPipelineBuilder UseEventLexicon(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        _lexicon = _lexicon.WithUserJson(json);
        return this;
    }

    /// <summary>Sets the temporal tagger options (date order, past/future policy).</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public NewsPipelineBuilder UseTemporalOptions(TemporalTaggerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _temporal = options;
        return this;
    }

    /// <summary>Sets the reference date for articles that have none.</summary>
    /// <param name="reference">The date.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDefaultReference(LocalDate? reference)
    {
        _defaultReference = reference;
        return this;
    }

    /// <summary>Sets how many articles are analyzed at once.</summary>
    /// <param name="maxDegreeOfParallelism">From 1 to 256.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseParallelism(int maxDegreeOfParallelism)
    {
        _parallelism = maxDegreeOfParallelism;
        return this;
    }

    /// <summary>Builds the pipeline after validating the options.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the message names each.</exception>
    public NewsPipeline Build()
    {
        var options = new NewsPipelineOptions(_gazetteer, _temporal, _defaultReference, _parallelism, _lexicon);
        Internal.ModelGuard.EnsureValid(options, Validator);
        return new NewsPipeline(options);
    }
}

/// <summary>Validates <see cref="NewsPipelineOptions"/>.</summary>
internal sealed class NewsPipelineOptionsValidator : AbstractValidator<NewsPipelineOptions>
{
    /// <summary>Creates the validator.</summary>
    public NewsPipelineOptionsValidator()
    {
        RuleFor(x => x.Gazetteer).NotNull();
        RuleFor(x => x.Temporal).NotNull();
        RuleFor(x => x.MaxDegreeOfParallelism).InclusiveBetween(1, 256);
        RuleFor(x => x.DefaultReference).Must(d => d is null || (d.Value.Year >= 1000 && d.Value.Year <= 9999))
            .WithMessage("must be a year between 1000 and 9999");
    }
}
