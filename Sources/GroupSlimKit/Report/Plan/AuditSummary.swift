/// The few lines `groupslim audit` prints: the dry-run banner, the actions, the before/after
/// figures and where the files are.
public enum AuditSummary {
    public static func text(_ plan: CleanupPlan, language: ReportLanguage, folder: String, files: [String]) -> String {
        let s = language.strings
        var lines = [s.text(.dryRunBanner)]
        lines.append(contentsOf: BurdenTable.rows(plan.burden, strings: s).map { $0.joined(separator: ": ") })
        let notices = files.filter { $0.hasPrefix("notices/") }.count
        let reports = files.filter { !$0.hasPrefix("notices/") }
        lines.append("→ \(folder)/: \(reports.joined(separator: ", ")), notices/ (\(notices))")
        return lines.joined(separator: "\n")
    }
}
