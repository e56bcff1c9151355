import ArgumentParser
import Foundation
import GroupSlimKit

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The whole job in one command: import, analyze, plan and write the reports into one folder.",
        discussion: """
            Imports every PATH into DIR/groupslim.db (importing the same data again adds nothing), \
            analyzes it, builds the dry-run plan, records the plan in the database, and writes into DIR:

              report.md     the report in Markdown
              report.html   one self-contained page with charts, for a browser or print
              plan.json     everything, for other tools
              groups.csv    one row per group, for Excel (UTF-8 with BOM)
              notices/      one draft notice per affected group's owner

            Then it prints a short summary. Running it again on the same input gives byte-identical \
            files: no report contains the time it was made; the analysis instant is --as-of, or the \
            latest message in the data.

            Example:
              groupslim audit Examples/district --out report --timezone Asia/Shanghai
            """)

    @Argument(help: ArgumentHelp("Export folders or files to import.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("The folder to write the database and the reports into.", valueName: "dir"))
    var out: String = "report"

    @OptionGroup var instant: PolicyOptions

    @OptionGroup var privacy: PseudonymOptions

    @OptionGroup var settings: ImportSettings

    @Option(help: ArgumentHelp("Language: zh or en. Default: zh when most group names are Chinese.", valueName: "lang"))
    var lang: ReportLanguage?

    @Option(help: ArgumentHelp("Folder of edited notice templates (see `groupslim report --export-templates`).",
                               valueName: "dir"))
    var templates: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one export folder or file to audit.") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: out)
        let noticeTemplates = try templates.map { try NoticeTemplates(folder: URL(fileURLWithPath: $0)) } ?? NoticeTemplates()
        _ = try instant.loadPolicy()  // a bad policy file is reported before anything is imported
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError("cannot create \(out): \(error.localizedDescription)")
        }
        let store = try GroupStore(path: folder.appendingPathComponent("groupslim.db").path)
        let importer = Importer(options: try settings.options())
        for path in paths {
            do {
                let summary = try importer.importSource(URL(fileURLWithPath: path), format: settings.format, into: store)
                if summary.skipped.total > 0 || !summary.warnings.isEmpty { print(ImportReport.text(summary)) }
            } catch {
                throw CLIError("import of \(path) failed; nothing from it was stored.\n\(error)")
            }
        }
        let recorded = try PlanBuilder().build(store, analysis: try instant.analyze(store))
        try PlanRecorder().record(recorded, into: store)
        let plan = try privacy.shareable(recorded, store: store)
        let language = lang ?? ReportLanguage.detect(groupNames: plan.proposals.map(\.name))
        let trend = try TrendReader(store: store, policy: plan.analysis.policy).points(upTo: plan.asOf)
        let written = try AuditReportWriter(language: language, templates: noticeTemplates).write(plan, to: folder, trend: trend)
        print(AuditSummary.text(plan, language: language, folder: out, files: written))
    }
}
