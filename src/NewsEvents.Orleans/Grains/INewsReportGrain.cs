using System.Threading.Tasks;
using Orleans;

namespace NewsEvents.Orleans;

/// <summary>
/// Reconciles one corpus (the grain key) across the cluster: merges the states of its story shards and produces the report
/// that <see cref="NewsPipeline.Reconcile(ReconciliationState)"/> gives in one process, reference-date inference included.
/// </summary>
public interface INewsReportGrain : IGrainWithStringKey
{
    /// <summary>Reconciles the corpus as it stands.</summary>
    /// <returns>The report.</returns>
    Task<ReconciliationReport> GetReportAsync();

    /// <summary>Reconciles the corpus and returns the report as <c>newsevents.report/1</c> JSON, exactly as the CLI writes it.</summary>
    /// <returns>The report JSON.</returns>
    Task<string> GetReportJsonAsync();

    /// <summary>Counts the distinct articles stored in the corpus.</summary>
    /// <returns>The number of articles.</returns>
    Task<int> GetArticleCountAsync();
}
