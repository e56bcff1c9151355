import ArgumentParser
import Foundation
import GroupSlimKit

/// How exports are read, shared by `import` and `audit`.
struct ImportSettings: ParsableArguments {
    @Option(help: "The export format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ImportFormat = .auto

    @Option(help: ArgumentHelp("IANA time zone for times written without an offset (default: this system's zone).",
                               valueName: "zone"))
    var timezone: String?

    @Flag(help: """
        Skip records with a problem of their own (a bad time, an unknown group, a wrong field count, a damaged \
        message header together with its lines) instead of \
        stopping; the summary counts them per reason and shows the first few. Problems with a whole file \
        (a missing column, broken quoting, an unreadable encoding) still stop the import.
        """)
    var skipBad = false

    @Option(help: ArgumentHelp("A people.csv (member_id,name,unit,aliases) whose aliases name platform identities, e.g. qq:12345.",
                               valueName: "file"))
    var roster: String?

    @Option(help: "Day/month order of WhatsApp dates when a file's dates cannot tell: dmy, mdy or ymd.")
    var dateOrder: DateOrder?

    @Flag(help: "Do not store message text: keep only each message's class, length and content hash. Every verdict still works.")
    var noText = false

    func validate() throws {
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("'\(timezone)' is not a known time zone; use an IANA name such as Asia/Shanghai.")
        }
    }

    /// The library's import options for these settings.
    func options(progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> ImportOptions {
        ImportOptions(timeZone: try timezone.map(ImportOptions.timeZone(named:)) ?? .current, keepText: !noText,
                      progress: progress, skipBad: skipBad, dateOrder: dateOrder, roster: roster.map { URL(fileURLWithPath: $0) })
    }
}
