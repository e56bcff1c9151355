/// The formats of `groupslim report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, json, csv

    /// The file name `audit` writes this format to.
    public var auditFileName: String {
        switch self {
        case .md: return "report.md"
        case .html: return "report.html"
        case .json: return "plan.json"
        case .csv: return "groups.csv"
        }
    }
}
