using System.Collections.Generic;
using System.Threading.Tasks;
using Orleans;

namespace NewsEvents.Orleans;

/// <summary>
/// Reads and analyzes articles (a stateless worker: activations are local to the calling silo and as many as it has cores),
/// and routes each analysis to the story shard of its corpus.
/// </summary>
public interface INewsAnalysisGrain : IGrainWithIntegerKey
{
    /// <summary>Reads and analyzes one article, without storing it.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The analysis, the same as <see cref="NewsPipeline.Analyze"/> gives in one process.</returns>
    Task<ArticleAnalysis> AnalyzeAsync(ArticleSubmission article);

    /// <summary>
    /// Reads and analyzes articles and adds each analysis to its story shard in <paramref name="corpus"/>; returns when every
    /// shard has stored them. Sending an article again (same id, same text) changes nothing.
    /// </summary>
    /// <param name="corpus">The corpus (a name without '/'), which the report grain of the same name reconciles.</param>
    /// <param name="articles">The articles.</param>
    /// <returns>The number of articles stored.</returns>
    Task<int> IngestAsync(string corpus, IReadOnlyList<ArticleSubmission> articles);
}
