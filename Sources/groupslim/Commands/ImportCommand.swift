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

            When stderr is a terminal, long imports show progress there: records read, MB/s and \
            an ETA for the current file.
            """)

    @Argument(help: ArgumentHelp("Export folders or files to import.", valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The export format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ImportFormat = .auto

    @Option(help: ArgumentHelp("IANA time zone for times written without an offset (default: this system's zone).",
                               valueName: "zone"))
    var timezone: String?

    @Flag(help: "Do not store message text: keep only each message's class, length and content hash. Every verdict still works.")
    var noText = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one export folder or file to import.") }
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("'\(timezone)' is not a known time zone; use an IANA name such as Asia/Shanghai.")
        }
    }

    func run() throws {
        let zone = try timezone.map(ImportOptions.timeZone(named:)) ?? .current
        let progress = ProgressPrinter()
        let options = ImportOptions(timeZone: zone, keepText: !noText, progress: progress.isEnabled ? progress.report : nil)
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
