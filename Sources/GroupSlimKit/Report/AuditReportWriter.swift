import Foundation

/// Writes everything `groupslim audit` leaves in its folder: report.md, report.html, plan.json,
/// groups.csv and one draft notice per affected group under notices/. Same plan, same bytes.
public struct AuditReportWriter {
    public let language: ReportLanguage
    public let templates: NoticeTemplates

    public init(language: ReportLanguage, templates: NoticeTemplates = NoticeTemplates()) {
        self.language = language
        self.templates = templates
    }

    /// Writes the files into `folder` (created if needed); returns their paths relative to it, sorted.
    @discardableResult
    public func write(_ plan: CleanupPlan, to folder: URL, trend: [TrendPoint] = []) throws -> [String] {
        try ReportWriteError.makeFolder(folder)
        var written: [String] = []
        for format in ReportFormat.allCases {
            let text = try ReportRenderer.render(plan, format: format, language: language, trend: trend)
            try ReportWriteError.write(text, to: folder.appendingPathComponent(format.auditFileName))
            written.append(format.auditFileName)
        }
        written.append(contentsOf: try writeNotices(plan, to: folder.appendingPathComponent("notices")).map { "notices/" + $0 })
        return written.sorted()
    }

    /// Writes the notices into `folder`, first removing notices an earlier run left there.
    public func writeNotices(_ plan: CleanupPlan, to folder: URL) throws -> [String] {
        let manager = FileManager.default
        try ReportWriteError.makeFolder(folder)
        let prefixes = NoticeKind.allCases.map { $0.rawValue + "-" }
        for old in try ReportWriteError.writing(folder, { try manager.contentsOfDirectory(atPath: folder.path) })
        where old.hasSuffix(".txt") && prefixes.contains(where: old.hasPrefix) {
            let url = folder.appendingPathComponent(old)
            try ReportWriteError.writing(url) { try manager.removeItem(at: url) }
        }
        let notices = NoticeWriter(templates: templates).notices(ReportContext(plan: plan, language: language))
        for notice in notices {
            try ReportWriteError.write(notice.text, to: folder.appendingPathComponent(notice.fileName))
        }
        return notices.map(\.fileName)
    }
}
