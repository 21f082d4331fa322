using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsEvents.Extensions.Hosting;

/// <summary>Registers NewsEvents in a service collection.</summary>
public static class NewsEventsServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared, thread-safe <see cref="NewsPipeline"/> built from <see cref="NewsEventsOptions"/>. The options are
    /// bound from the configuration section <see cref="NewsEventsOptions.SectionName"/> (when an <c>IConfiguration</c> is
    /// registered), then changed by <paramref name="configure"/>, and validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options after binding, or <see langword="null"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddNewsEvents(this IServiceCollection services, Action<NewsEventsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<NewsEventsOptions>()
            .Configure<IServiceProvider>(static (options, provider) =>
            {
                // A host always registers IConfiguration; a bare service collection may not, and then there is nothing to bind.
                if (provider.GetService<IConfiguration>() is { } configuration)
                {
                    configuration.GetSection(NewsEventsOptions.SectionName).Bind(options);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsEventsOptions>, NewsEventsOptionsValidator>());
        services.TryAddSingleton(provider => NewsPipelineFactory.Create(
            provider.GetRequiredService<IOptions<NewsEventsOptions>>(), provider.GetRequiredService<ILogger<NewsPipeline>>()));
        return services;
    }
}
