using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsEvents.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.Storage;

namespace NewsEvents.Orleans;

/// <summary>Adds NewsEvents to Orleans silos and clients.</summary>
public static class NewsEventsOrleansBuilderExtensions
{
    internal const string MissingStorage =
        "No grain storage provider is named '{0}'. Add one (for example siloBuilder.AddMemoryGrainStorage(\"{0}\") on one machine, " +
        "or an ADO.NET, Redis or Azure provider for a cluster), or set NewsEvents:Orleans:StorageName to the name of one.";

    /// <summary>
    /// Adds the NewsEvents grains to a silo: the pipeline of <see cref="NewsEventsServiceCollectionExtensions.AddNewsEvents"/>,
    /// the analysis, story-shard and report grains, and <see cref="NewsEventsClusterClient"/>. Story shards are stored in the
    /// grain storage named by <see cref="NewsEventsOrleansOptions.StorageName"/>, which the silo must also add.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configurePipeline">Changes the pipeline options after binding, or <see langword="null"/>.</param>
    /// <param name="configureGrains">Changes the grain options after binding, or <see langword="null"/>.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ISiloBuilder AddNewsEvents(this ISiloBuilder builder, Action<NewsEventsOptions>? configurePipeline = null,
        Action<NewsEventsOrleansOptions>? configureGrains = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddNewsEvents(configurePipeline);
        AddShared(builder.Services, configureGrains);

        // The grains name one storage; it resolves to the provider the options name, unless the silo added one by that name.
        builder.Services.TryAddKeyedSingleton<IGrainStorage>(NewsEventsOrleansOptions.DefaultStorageName, static (provider, _) =>
        {
            var name = provider.GetRequiredService<IOptions<NewsEventsOrleansOptions>>().Value.StorageName;
            return string.Equals(name, NewsEventsOrleansOptions.DefaultStorageName, StringComparison.Ordinal)
                ? throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, MissingStorage, name))
                : provider.GetKeyedService<IGrainStorage>(name) ??
                  throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, MissingStorage, name));
        });
        return builder;
    }

    /// <summary>Adds NewsEvents to a cluster client: the serializers of its types and <see cref="NewsEventsClusterClient"/>.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="configure">Changes the client options after binding, or <see langword="null"/>.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IClientBuilder AddNewsEvents(this IClientBuilder builder, Action<NewsEventsOrleansOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddShared(builder.Services, configure);
        return builder;
    }

    private static void AddShared(IServiceCollection services, Action<NewsEventsOrleansOptions>? configure)
    {
        var options = services.AddOptions<NewsEventsOrleansOptions>()
            .Configure<IServiceProvider>(static (options, provider) =>
            {
                if (provider.GetService<IConfiguration>() is { } configuration)
                {
                    configuration.GetSection(NewsEventsOrleansOptions.SectionName).Bind(options);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsEventsOrleansOptions>, NewsEventsOrleansOptionsValidator>());
        services.TryAddSingleton<NewsEventsClusterClient>();
    }
}
