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
              whatsapp   "Export chat" .txt or its .zip, or a folder of them; group named by file
              qq         QQ message-manager .txt (消息对象: sections), or a folder of them
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

            Every format: one-to-one chats (friend chats, DMs, personal chats) are skipped and \
            counted; bots are stored apart from people and never count as members or activity \
            (see `groupslim stats`). An export with no group chat at all is an error saying what it \
            held. A line that starts like a message header but is not one (QQ, WhatsApp) stops the \
            import at that line instead of joining the message before it. When no format fits, the \
            error names the closest one, why it stopped and the line, quoted.

            Text files may be UTF-8 (with or without BOM), UTF-16 with BOM or GB18030, with LF, CRLF \
            or CR line ends.

            --roster people.csv ties platform identities to one person and unit: its aliases column \
            lists identities such as wechat:wxid_abc; qq:12345; whatsapp:+86 138 0013 8000 (a \
            WhatsApp number or display name); a roster name unique in the file also matches a \
            WhatsApp author, or a WeChat/QQ person known only by that name. See the README.

            Times without an offset (2026/3/5 9:07, WhatsApp and QQ logs, PyWxDump) are read in \
            --timezone. WhatsApp dates are read day/month or month/day as each file's dates show; \
            when they cannot tell, the import warns and --date-order decides.

            When stderr is a terminal, long imports show progress there: records read, MB/s and \
            an ETA for the current file.
            """)

    @Argument(help: ArgumentHelp("Export folders or files to import.", valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var settings: ImportSettings

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one export folder or file to import.") }
    }

    func run() throws {
        // Ctrl-C must stop an import even when a parent (a test runner, a scheduler) started us
        // with SIGINT ignored: the open transaction is simply never committed, and SQLite rolls
        // it back the next time the database is opened, so the database stays as before.
        signal(SIGINT, SIG_DFL)
        let progress = ProgressPrinter()
        let store = try GroupStore(path: database.db)
        let importer = Importer(options: try settings.options(progress: progress.isEnabled ? progress.report : nil))
        for path in paths {
            let summary: ImportSummary
            do {
                summary = try importer.importSource(URL(fileURLWithPath: path), format: settings.format, into: store)
            } catch {
                progress.clear()
                throw CLIError("import of \(path) failed; nothing from it was stored.\n\(error)")
            }
            progress.clear()
            print(ImportReport.text(summary))
        }
    }
}
