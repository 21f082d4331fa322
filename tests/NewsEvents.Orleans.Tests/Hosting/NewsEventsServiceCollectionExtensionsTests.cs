using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsEvents.Extensions.Hosting;

namespace NewsEvents.Orleans.Tests.Hosting;

/// <summary><c>services.AddNewsEvents()</c>: options from configuration, validated when the host starts.</summary>
public sealed class NewsEventsServiceCollectionExtensionsTests
{
    private static IHost Build(Dictionary<string, string?> settings, Action<NewsEventsOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddNewsEvents(configure);
        return builder.Build();
    }

    [Test]
    public async Task AddNewsEvents_Configuration_BuildsPipelineWithTheseOptions()
    {
        using var host = Build(new()
        {
            ["NewsEvents:MaxDegreeOfParallelism"] = "3",
            ["NewsEvents:DateOrder"] = "MonthFirst",
            ["NewsEvents:DefaultReference"] = "2025-07-23",
        });
        await host.StartAsync();

        var pipeline = host.Services.GetRequiredService<NewsPipeline>();

        Assert.Multiple(() =>
        {
            Assert.That(pipeline.Options.MaxDegreeOfParallelism, Is.EqualTo(3));
            Assert.That(pipeline.Options.Temporal.DateOrder, Is.EqualTo(DateOrder.MonthFirst));
            Assert.That(pipeline.Options.DefaultReference, Is.EqualTo(new LocalDate(2025, 7, 23)));
            Assert.That(host.Services.GetRequiredService<NewsPipeline>(), Is.SameAs(pipeline), "one shared pipeline");
        });
        await host.StopAsync();
    }

    [Test]
    public async Task AddNewsEvents_ConfigureDelegate_OverridesConfiguration()
    {
        using var host = Build(new() { ["NewsEvents:MaxDegreeOfParallelism"] = "3" }, o => o.MaxDegreeOfParallelism = 5);
        await host.StartAsync();

        Assert.That(host.Services.GetRequiredService<NewsPipeline>().Options.MaxDegreeOfParallelism, Is.EqualTo(5));
        await host.StopAsync();
    }

    [Test]
    public void StartAsync_ParallelismZero_FailsNamingSettingAndValue()
    {
        using var host = Build(new() { ["NewsEvents:MaxDegreeOfParallelism"] = "0" });

        var e = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(e!.Message, Does.Contain("NewsEvents:MaxDegreeOfParallelism was 0"));
    }

    [Test]
    public void StartAsync_MissingGazetteerFile_FailsNamingThePath()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "no-such-gazetteer-" + Guid.NewGuid().ToString("N") + ".json");
        using var host = Build(new() { ["NewsEvents:GazetteerPath"] = path });

        var e = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(e!.Message, Does.Contain(path).And.Contain("must exist"));
    }

    [Test]
    public void AddNewsEvents_WithoutConfiguration_UsesDefaults()
    {
        using var services = new ServiceCollection().AddLogging().AddNewsEvents().BuildServiceProvider();

        Assert.That(services.GetRequiredService<NewsPipeline>().Options.DefaultReference, Is.Null);
    }
}

/// <summary>The ranges of <see cref="NewsEventsOrleansOptions"/>.</summary>
public sealed class NewsEventsOrleansOptionsValidatorTests
{
    [Test]
    public void Validate_Defaults_Succeeds() =>
        Assert.That(new NewsEventsOrleansOptionsValidator().Validate(null, new NewsEventsOrleansOptions()).Succeeded, Is.True);

    [Test]
    public void Validate_StorySplitZero_FailsNamingSettingAndValue()
    {
        var result = new NewsEventsOrleansOptionsValidator().Validate(null, new NewsEventsOrleansOptions { StorySplit = 0 });

        Assert.That(result.FailureMessage, Is.EqualTo("NewsEvents:Orleans:StorySplit was 0; must be in [1, 1024]"));
    }
}
