using System.Globalization;

namespace NewsEvents.Text;

/// <summary>The warnings of <see cref="ArticleReader"/>, shared with the tests.</summary>
internal static class ReaderMessages
{
    /// <summary>The start of the warning for markup nested deeper than <see cref="HtmlNestingLimiter.MaxDepth"/>.</summary>
    public static readonly string NestingTooDeepPrefix =
        string.Create(CultureInfo.InvariantCulture, $"HTML elements nested deeper than {HtmlNestingLimiter.MaxDepth} levels");

    /// <summary>The warning for markup nested too deep, with the number of elements that lost their tags.</summary>
    /// <param name="tagsDropped">How many elements lost their tags.</param>
    /// <returns>The message.</returns>
    public static string NestingTooDeep(int tagsDropped) => string.Create(CultureInfo.InvariantCulture,
        $"{NestingTooDeepPrefix}: the tags of {tagsDropped} deeper elements were dropped before parsing; their text is kept");
}
