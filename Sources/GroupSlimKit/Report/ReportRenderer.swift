/// Renders a plan in any report format. Pure: the same plan and language give the same bytes,
/// and no report contains the wall-clock time.
public enum ReportRenderer {
    /// - Parameter trend: recorded plans up to this one (``TrendReader``); the Markdown and HTML
    ///   reports gain a trend section, and the JSON a `trend` array, when there are at least two.
    public static func render(_ plan: CleanupPlan, format: ReportFormat, language: ReportLanguage,
                              trend: [TrendPoint] = []) throws -> String {
        let context = ReportContext(plan: plan, language: language, trend: trend)
        switch format {
        case .md: return MarkdownReport.render(context)
        case .html: return HTMLReport.render(context)
        case .json: return try PlanDocument(plan, language: language, trend: trend).json()
        case .csv: return PlanCSVRenderer.render(context)
        }
    }
}
