using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace NewsEvents.Extensions.Hosting;

/// <summary>Builds the container's one <see cref="NewsPipeline"/> from validated options and says what it built.</summary>
internal static partial class NewsPipelineFactory
{
    public static NewsPipeline Create(IOptions<NewsEventsOptions> options, ILogger<NewsPipeline> logger)
    {
        var settings = options.Value;
        var builder = NewsPipeline.CreateBuilder();
        if (settings.GazetteerPath is { } path)
        {
            builder.UseGazetteer(Gazetteer.Default.WithUserFile(path));
        }

        if (settings.MaxDegreeOfParallelism is { } parallelism)
        {
            builder.UseParallelism(parallelism);
        }

        if (settings.DateOrder != TemporalTaggerOptions.Default.DateOrder)
        {
            builder.UseTemporalOptions(TemporalTaggerOptions.Default with { DateOrder = settings.DateOrder });
        }

        var reference = settings.DefaultReference is { } date ? LocalDate.FromDateOnly(date) : (LocalDate?)null;
        var pipeline = builder.UseDefaultReference(reference).Build();
        LogPipelineCreated(logger, settings.GazetteerPath ?? "(embedded)", pipeline.Options.MaxDegreeOfParallelism,
            reference?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(inferred)", settings.DateOrder);
        return pipeline;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "NewsEvents pipeline created: gazetteer {Gazetteer}, parallelism {Parallelism}, default reference {Reference}, date order {DateOrder}")]
    private static partial void LogPipelineCreated(ILogger logger, string gazetteer, int parallelism, string reference, DateOrder dateOrder);
}
