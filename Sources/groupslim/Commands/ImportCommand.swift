import ArgumentParser
import Foundation
import GroupSlimKit

extension ImportFormat: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import chat-group exports into the database.",
        discussion: """
            Each PATH is imported in one transaction: if anything in it is wrong, the command names \
            the file, line and problem, and the database stays exactly as it was before that PATH. \
            Importing the same data again adds nothing.

            Canonical format: a folder with groups.csv (required), members.csv, messages.csv and \
            people.csv; see the README for the columns and their Chinese header names. CSV may be \
            UTF-8 (with or without BOM) or GB18030/GBK as Excel writes it on Chinese Windows.

            Times without an offset (2026/3/5 9:07) are read in --timezone.
            """)

    @Argument(help: ArgumentHelp("Export folders or files to import.", valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The export format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ImportFormat = .auto

    @Option(help: ArgumentHelp("IANA time zone for times written without an offset (default: this system's zone).",
                               valueName: "zone"))
    var timezone: String?

    @Flag(help: """
        Skip records with a problem of their own (a bad time, an unknown group, a wrong field count) instead of \
        stopping; the summary counts them per reason and shows the first few. Problems with a whole file \
        (a missing column, broken quoting, an unreadable encoding) still stop the import.
        """)
    var skipBad = false

    @Flag(help: "Do not store message text: keep only each message's class, length and content hash. Every verdict still works.")
    var noText = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one export folder or file to import.") }
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("'\(timezone)' is not a known time zone; use an IANA name such as Asia/Shanghai.")
        }
    }

    func run() throws {
        // Ctrl-C must stop an import even when a parent (a test runner, a scheduler) started us
        // with SIGINT ignored: the open transaction is simply never committed, and SQLite rolls
        // it back the next time the database is opened, so the database stays as before.
        signal(SIGINT, SIG_DFL)
        let zone = try timezone.map(ImportOptions.timeZone(named:)) ?? .current
        let progress = ProgressPrinter()
        let options = ImportOptions(timeZone: zone, keepText: !noText, progress: progress.isEnabled ? progress.report : nil,
                                    skipBad: skipBad)
        let store = try GroupStore(path: database.db)
        let importer = Importer(options: options)
        for path in paths {
            let summary: ImportSummary
            do {
                summary = try importer.importSource(URL(fileURLWithPath: path), format: format, into: store)
            } catch {
                progress.clear()
                throw CLIError("import of \(path) failed; nothing from it was stored.\n\(error)")
            }
            progress.clear()
            print(ImportReport.text(summary))
        }
    }
}
