using System;

namespace NewsEvents;

/// <summary>Renders a <see cref="ReconciliationReport"/> as readable text or self-contained HTML.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ReportRenderer
{
    /// <summary>Renders a report as plain text, conflicts first.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string ToText(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.ToString();
    }

    /// <summary>Renders a report as one self-contained HTML document.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>NewsEvents report</title></head><body><pre>" +
               System.Net.WebUtility.HtmlEncode(report.ToString()) + "</pre></body></html>";
    }
}
