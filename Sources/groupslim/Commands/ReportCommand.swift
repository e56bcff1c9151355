import ArgumentParser
import Foundation
import GroupSlimKit

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the cleanup plan as a report leaders read: Markdown, HTML, JSON or CSV, in Chinese or English.",
        discussion: """
            md    summary, charts drawn with text, the plan by action, merges with their cost, the 20 \
            most burdened people, the evidence per group.
            html  the same as one self-contained page (inline CSS and SVG charts, no script, no \
            external files): groups per member before/after, busiest hours, verdicts, actions, an \
            activity sparkline per group. Reads well at 1280 px and prints on A4.
            json  everything, for other tools (the same document as `plan --format json`).
            csv   one row per group; UTF-8 with BOM for Excel; cells starting with = + - @ are defused.

            The language defaults to Chinese when most group names are Chinese.

            Draft notices to each affected group's owner (dissolve, merge, review, and the owner of \
            a surviving group) are written with --notices DIR. Their wording comes from templates: \
            `--export-templates DIR` writes the built-in ones (dissolve.zh.txt, merge.en.txt …) for \
            editing, and `--templates DIR` uses your edited files (a file left out keeps the \
            built-in text; placeholders are written {{group_name}}, {{evidence}} …).

            Examples:
              groupslim report --format html --out report.html
              groupslim report --format csv --lang en --out groups.csv
              groupslim report --export-templates my-templates
              groupslim report --templates my-templates --notices notices
            """)

    @OptionGroup var options: AnalysisOptions

    @Option(help: "Report format: md, html, json or csv.")
    var format: ReportFormat = .md

    @OptionGroup var output: ReportOutputOptions

    @OptionGroup var privacy: PseudonymOptions

    @Option(help: ArgumentHelp("Folder of edited notice templates (see --export-templates).", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Also write one draft notice per affected group into this folder.", valueName: "dir"))
    var notices: String?

    @Option(help: ArgumentHelp("Write the built-in notice templates into this folder for editing, and stop.", valueName: "dir"))
    var exportTemplates: String?

    func run() throws {
        if let exportTemplates {
            try NoticeTemplates().export(to: URL(fileURLWithPath: exportTemplates))
            print("Wrote the notice templates to \(exportTemplates). Edit them, then pass --templates \(exportTemplates).")
            return
        }
        let noticeTemplates = try templates.map { try NoticeTemplates(folder: URL(fileURLWithPath: $0)) } ?? NoticeTemplates()
        let store = try options.openStore()
        let plan = try privacy.shareable(try PlanBuilder().build(store, analysis: try options.analyze(store)), store: store)
        let language = output.language(for: plan)
        let trend = try TrendReader(store: store, policy: plan.analysis.policy).points(upTo: plan.asOf)
        try output.write(try ReportRenderer.render(plan, format: format, language: language, trend: trend))
        if let notices {
            let written = try AuditReportWriter(language: language, templates: noticeTemplates)
                .writeNotices(plan, to: URL(fileURLWithPath: notices))
            FileHandle.standardError.write(Data("Wrote \(written.count) draft notices to \(notices).\n".utf8))
        }
    }
}
