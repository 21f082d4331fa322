using NewsEvents.Reconciliation;

namespace NewsEvents.Tests.Support;

/// <summary>Reconciles a state without the reference-date stage, for tests of the merge laws on hand-built analyses.</summary>
internal static class StateReports
{
    public static ReconciliationReport ReportWithoutInference(this ReconciliationState state) => Reconciler.Reconcile(state.Analyses, reanalyze: null);
}
