import ArgumentParser
import Foundation
import GroupSlimKit

extension ImportFormat: ExpressibleByArgument {}
extension DateOrder: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import chat-group exports into the database.",
        discussion: """
            Each PATH is imported in one transaction: if anything in it is wrong, the command names \
            the file, line and problem, and the database stays exactly as it was before that PATH. \
            Importing the same data again adds nothing.

            Formats (detected from the content; --format overrides):
              canonical  folder with groups.csv, members.csv, messages.csv, people.csv
              whatsapp   "Export chat" .txt, or a folder of them; group named by file
              qq         QQ message-manager .txt (消息对象: sections); 1:1 chats skipped
              wechat     WeChatMsg/留痕, PyWxDump or chatlog CSV, or a folder of them;
                         only …@chatroom group chats are imported
              teams      Teams team-activity report CSV: counts only, so zombie is
                         judged from the last activity date and every other verdict
                         is reported as "not judged"

              slack      workspace export ZIP or folder (channels, private groups, group DMs)
              telegram   Telegram Desktop result.json, one chat or the whole account
              discord    DiscordChatExporter JSON/CSV files or a folder ([part N] files join)
              mattermost bulk-export .jsonl, or the folder or ZIP holding it
              wecom      folder of chat-archive JSON lines plus optional groupchat/get JSON
            Exports are read as streams, ZIPs in place; membership = roster + dated join/leave \
            events + senders. See the README section "Importing platform exports" for what maps to what.

            Text files may be UTF-8 (with or without BOM), UTF-16 with BOM or GB18030, with LF, CRLF \
            or CR line ends.

            --roster people.csv ties platform identities to one person and unit: its aliases column \
            lists identities such as wechat:wxid_abc; qq:12345; whatsapp:+86 138 0013 8000 (a \
            WhatsApp number or display name); a roster name unique in the file also matches a \
            WhatsApp author, or a WeChat/QQ person known only by that name. See the README.

            Times without an offset (2026/3/5 9:07, WhatsApp and QQ logs, PyWxDump) are read in \
            --timezone. WhatsApp dates are read day/month or month/day as each file's dates show; \
            when they cannot tell, the import warns and --date-order decides.
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

    @Option(help: ArgumentHelp("A people.csv (member_id,name,unit,aliases) whose aliases name platform identities, e.g. qq:12345.",
                               valueName: "file"))
    var roster: String?

    @Option(help: "Day/month order of WhatsApp dates when a file's dates cannot tell: dmy, mdy or ymd.")
    var dateOrder: DateOrder?

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
                                    skipBad: skipBad, dateOrder: dateOrder, roster: roster.map { URL(fileURLWithPath: $0) })
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
