using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsEvents.Orleans;

/// <summary>Checks the ranges of <see cref="NewsEventsOrleansOptions"/>, naming the setting and the value found.</summary>
internal sealed class NewsEventsOrleansOptionsValidator : IValidateOptions<NewsEventsOrleansOptions>
{
    internal const string OutOfRange = "NewsEvents:Orleans:{0} was {1}; must be in [1, {2}]";

    public ValidateOptionsResult Validate(string? name, NewsEventsOrleansOptions options)
    {
        var failures = new List<string>();
        Check(failures, nameof(options.StorySplit), options.StorySplit, 1024);
        Check(failures, nameof(options.BatchSize), options.BatchSize, 1024);
        Check(failures, nameof(options.MaxBatchesInFlight), options.MaxBatchesInFlight, 1024);
        Check(failures, nameof(options.MaxAttempts), options.MaxAttempts, 100);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string setting, int value, int max)
    {
        if (value is < 1 || value > max)
        {
            failures.Add(string.Format(CultureInfo.InvariantCulture, OutOfRange, setting, value, max));
        }
    }
}
