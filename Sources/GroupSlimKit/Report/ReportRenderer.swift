/// Renders a plan in any report format. Pure: the same plan and language give the same bytes,
/// and no report contains the wall-clock time.
public enum ReportRenderer {
    public static func render(_ plan: CleanupPlan, format: ReportFormat, language: ReportLanguage) throws -> String {
        let context = ReportContext(plan: plan, language: language)
        switch format {
        case .md: return MarkdownReport.render(context)
        case .html: return HTMLReport.render(context)
        case .json: return try PlanDocument(plan, language: language).json()
        case .csv: return PlanCSVRenderer.render(context)
        }
    }
}
