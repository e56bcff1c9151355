import Foundation

/// Reads a Telegram Desktop JSON export (`result.json`): a single chat's export, whose root is
/// the dialog, or a full-account export with `chats.list` and `left_chats.list`.
///
/// Only groups are imported (`private_group`, `private_supergroup`, `public_supergroup`);
/// personal chats, bots, channels and saved messages are skipped and counted. Service actions
/// become dated membership events (create, invite, remove, join by link or request); the
/// `messages` arrays are streamed one message at a time, whatever the file's size.
struct TelegramImporter: FormatImporter {
    static let platform = "telegram"
    static var format: ImportFormat { .telegram }
    static var expectation: String {
        "telegram (Telegram Desktop's JSON export: result.json of one chat or of the whole account)"
    }

    static let groupTypes: Set<String> = ["private_group", "private_supergroup", "public_supergroup"]
    /// Chats with one other party (a person, a bot, oneself): skipped and counted as one-to-one.
    static let oneToOneTypes: Set<String> = ["personal_chat", "bot_chat", "saved_messages"]
    static let dialogTypes = ["personal_chat", "bot_chat", "private_group", "private_supergroup", "public_supergroup",
                              "private_channel", "public_channel", "saved_messages", "replies", "verification_codes"]

    let options: ImportOptions

    init(options: ImportOptions) {
        self.options = options
    }

    static func recognizes(_ url: URL) -> Bool {
        guard let tree = try? ExportTree(url: url), let path = resultPath(tree) else { return false }
        let head = tree.head(path)
        guard head.firstSignificantByte == UInt8(ascii: "{"), !head.containsText("\"guild\"") else { return false }
        if head.containsText("\"personal_information\"") || head.containsText("\"chats\"") { return true }
        return head.containsText("\"messages\"") && dialogTypes.contains { head.containsText("\"\($0)\"") }
    }

    private static func resultPath(_ tree: ExportTree) -> String? {
        tree.isSingleFile ? tree.paths.first : tree.paths.first { $0 == "result.json" }
    }

    /// Per-run state: what was skipped, for the summary.
    private final class Tally {
        var skippedChats: [String: Int] = [:]
        var unsupported = 0
        var unmatchedNames = 0
        var groups = 0
        var messages = 0
    }

    /// Batches of ``TelegramReader/batchSize`` events in flight between the reader thread and
    /// this one. Enough that the reader keeps going while this thread waits for a batch of rows
    /// (8 left a core idle: 16.6 s for 1 GB, against 15.0 s with 24); 64 gained 3% more for 15 MB
    /// more peak memory.
    static let batchesInFlight = 24

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let tree = try ExportTree(url: source)
        guard let path = TelegramImporter.resultPath(tree) else {
            throw ExportRecordError.wrongShape(file: source.path, expected: "a Telegram Desktop export with result.json")
        }
        let session = ExportSession(writer: writer, platform: TelegramImporter.platform, options: options)
        // No guard on the tree: the reader thread forwards bad records, and `writer.records` judges
        // them here, on the thread that owns it.
        let reader = try tree.reader(path)
        let fileName = reader.fileName
        let tally = Tally()
        let total = tree.size(of: path)
        if try reader.peekValueStart() == nil { throw ExportRecordError.emptyFile(file: fileName) }
        // From here on the reader thread is the JSON reader's only user.
        let walk = UncheckedTransfer(TelegramReader(reader: reader, timestamps: session.timestamps))
        var dialog: TelegramDialog?
        try BackgroundProducer.run(capacity: TelegramImporter.batchesInFlight) { (queue: BoundedQueue<[TelegramReader.Event]>) in
            walk.value.run(into: queue)
        } consume: { batch in
            for event in batch {
                switch event {
                case .dialog(let chat):
                    dialog = TelegramDialog(group: try session.group(chat))
                    tally.groups += 1
                case .message(let message, let offset):
                    guard let dialog else { continue }
                    try store(message, dialog: dialog, tally: tally, session: session)
                    session.tick(file: fileName, records: tally.messages, bytesRead: offset, totalBytes: total)
                case .unsupported:
                    tally.unsupported += 1
                case .dialogEnd:
                    if let dialog { tally.unmatchedNames += try dialog.resolve(session: session) }
                    dialog = nil
                case .skippedChat(let type, let id):
                    if TelegramImporter.oneToOneTypes.contains(type) {
                        try session.skipOneToOneChat(id)
                    } else {
                        tally.skippedChats[type, default: 0] += 1
                    }
                case .badRecord(let error):
                    try writer.records.attempt { throw error }
                case .failure(let error):
                    throw error.value
                }
            }
        }
        session.readFile(fileName, records: tally.messages)
        if tally.groups == 0 && tally.skippedChats.isEmpty && writer.counts.oneToOneChatsSkipped == 0 {
            throw ExportRecordError.wrongShape(file: fileName, expected: "a Telegram export with a chat (name, type, id, messages) or chats.list")
        }
        if !tally.skippedChats.isEmpty {
            let parts = tally.skippedChats.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            session.warnings.append("skipped \(tally.skippedChats.values.reduce(0, +)) channel(s) and other chats that are not groups (\(parts.joined(separator: ", ")))")
        }
        if tally.unsupported > 0 { session.warnings.append("skipped \(tally.unsupported) unsupported messages") }
        if tally.unmatchedNames > 0 {
            session.warnings.append("\(tally.unmatchedNames) invite/remove targets could not be matched to an id by name (no or several senders with that name)")
        }
        return try session.finish(source: source, format: .telegram)
    }

    /// Stores one message of the current dialog: its sender, the membership change a service
    /// action makes, and the message itself.
    private func store(_ message: TelegramMessage, dialog: TelegramDialog, tally: Tally, session: ExportSession) throws {
        tally.messages += 1
        dialog.saw(name: message.senderName, id: message.senderID)
        let sender = try message.senderID.map { try session.person($0, name: message.senderName, isBot: message.senderIsBot) }
        if message.isService {
            try applyAction(message, sender: sender, dialog: dialog, session: session)
        }
        try session.message(group: dialog.group, sender: sender, senderKey: message.senderID ?? message.senderName ?? "",
                            MessageRecord(sentAt: message.milliseconds, sentRaw: message.raw, kind: message.kind,
                                          text: message.text, sourceMessageID: message.id))
    }

    /// Service actions that change who is in the group. Targets are names; the actor is an id.
    private func applyAction(_ message: TelegramMessage, sender: Int64?, dialog: TelegramDialog, session: ExportSession) throws {
        let time = message.milliseconds
        switch message.action {
        case "create_group":
            try session.writer.setGroupCreated(groupID: dialog.group, at: time, raw: message.raw)
            if let sender { session.joined(group: dialog.group, person: sender, at: time) }
            for name in message.targets where name != message.senderName { dialog.named(name, at: time, .joined) }
        case "invite_members":
            for name in message.targets { dialog.named(name, at: time, .joined) }
        case "join_group_by_link", "join_group_by_request":
            if let sender { session.joined(group: dialog.group, person: sender, at: time) }
        case "remove_members":
            for name in message.targets {
                // Removing oneself is leaving.
                if name == message.senderName, let sender {
                    session.left(group: dialog.group, person: sender, at: time)
                } else {
                    dialog.named(name, at: time, .left)
                }
            }
        default:
            break
        }
    }
}
