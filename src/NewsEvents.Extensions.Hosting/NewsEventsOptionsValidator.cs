using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.Extensions.Options;

namespace NewsEvents.Extensions.Hosting;

/// <summary>Checks what data annotations cannot say well: ranges with the value found, and that a configured gazetteer file exists.</summary>
internal sealed class NewsEventsOptionsValidator : IValidateOptions<NewsEventsOptions>
{
    internal const string MissingGazetteer = "NewsEvents:GazetteerPath was '{0}'; the file must exist";
    internal const string EmptyGazetteer = "NewsEvents:GazetteerPath was empty; omit it or name a file";
    internal const string BadParallelism = "NewsEvents:MaxDegreeOfParallelism was {0}; must be in [1, {1}]";

    public ValidateOptionsResult Validate(string? name, NewsEventsOptions options)
    {
        var failures = new List<string>();
        if (options.MaxDegreeOfParallelism is { } parallelism and (< 1 or > NewsEventsOptions.MaxParallelism))
        {
            failures.Add(string.Format(CultureInfo.InvariantCulture, BadParallelism, parallelism, NewsEventsOptions.MaxParallelism));
        }

        if (options.GazetteerPath is { } path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                failures.Add(EmptyGazetteer);
            }
            else if (!File.Exists(path))
            {
                failures.Add(string.Format(CultureInfo.InvariantCulture, MissingGazetteer, path));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
