/// Walks a Telegram Desktop `result.json` on the import's reader thread and hands what it finds
/// to the database thread as ``TelegramReader/Event``s, in file order.
///
/// Parsing the JSON is a third of a Telegram import's CPU time; done beside the inserts (and the
/// background row building) it uses the second core instead of waiting for the first. The walk
/// touches no database: dialogs are announced by their ``GroupRecord`` and the database thread
/// resolves ids, so the result is exactly what a serial read would store.
struct TelegramReader {
    /// One thing found in the file.
    enum Event: Sendable {
        /// A group dialog whose messages follow, up to ``dialogEnd``.
        case dialog(GroupRecord)
        case message(TelegramMessage, offset: Int64)
        /// An `unsupported` element (it holds nothing but its id).
        case unsupported
        case dialogEnd
        /// A chat that is not a group (personal, bot, channel…), skipped whole.
        case skippedChat(type: String, id: String)
        /// A message with a problem of its own. The database thread's ``RecordGuard`` decides, as
        /// for every other format, whether it is skipped (`--skip-bad`) or stops the import.
        case badRecord(ExportRecordError)
        /// The import stops here: the error a serial read would have thrown at this point.
        case failure(UncheckedTransfer<any Error>)
    }

    /// Events per hand-over: enough that the queue's locking costs nothing per message.
    static let batchSize = 512

    let reader: JSONStreamReader
    let timestamps: TimestampParser

    /// Thrown inside the walk when the database thread has stopped taking events.
    private struct Cancelled: Error {}

    /// Reads the whole file into `queue`; the last event is `.failure` if the read stopped early.
    func run(into queue: BoundedQueue<[Event]>) {
        var batch: [Event] = []
        batch.reserveCapacity(TelegramReader.batchSize)
        func emit(_ event: Event) throws {
            batch.append(event)
            guard batch.count >= TelegramReader.batchSize else { return }
            guard queue.put(batch) else { throw Cancelled() }
            batch.removeAll(keepingCapacity: true)
        }
        do {
            try readDialog(isRoot: true, emit: emit)
            try reader.expectEnd()
        } catch is Cancelled {
            return
        } catch {
            batch.append(.failure(UncheckedTransfer(error)))
        }
        if !batch.isEmpty { _ = queue.put(batch) }
    }

    /// Reads one dialog object (or the account root, which holds `chats` and `left_chats`).
    private func readDialog(isRoot: Bool, emit: (Event) throws -> Void) throws {
        try reader.beginObject()
        var name: String?
        var type: String?
        var id: String?
        while let key = try reader.nextKey() {
            switch key {
            case "chats" where isRoot, "left_chats" where isRoot:
                try readDialogList(emit: emit)
            case "name": name = try reader.readValue().string
            case "type": type = try reader.readValue().string
            case "id": id = try reader.readValue().scalarText
            case "messages":
                guard let type, let id else {
                    throw ExportRecordError.wrongShape(file: reader.fileName,
                                                       expected: "a chat's type and id before its messages (line \(reader.line))")
                }
                guard TelegramImporter.groupTypes.contains(type) else {
                    try emit(.skippedChat(type: type, id: id))
                    try reader.skipValue()
                    continue
                }
                try emit(.dialog(GroupRecord(platform: TelegramImporter.platform, sourceID: id, name: name ?? "Telegram \(id)")))
                try readMessages(emit: emit)
                try emit(.dialogEnd)
            default:
                try reader.skipValue()
            }
        }
    }

    private func readDialogList(emit: (Event) throws -> Void) throws {
        try reader.beginObject()
        while let key = try reader.nextKey() {
            guard key == "list" else { try reader.skipValue(); continue }
            try reader.beginArray()
            while try reader.nextElement() {
                try readDialog(isRoot: false, emit: emit)
            }
        }
    }

    private func readMessages(emit: (Event) throws -> Void) throws {
        try reader.beginArray()
        _ = try reader.forEachElementOfOpenArray(label: "message") { value, place in
            do {
                guard let message = try TelegramMessage(value, place: place, timestamps: timestamps) else {
                    try emit(.unsupported)
                    return
                }
                try emit(.message(message, offset: reader.offset))
            } catch let error as ExportRecordError {
                // Reading goes on: if the guard stops the import, the queue is cancelled.
                try emit(.badRecord(error))
            }
        }
    }
}
