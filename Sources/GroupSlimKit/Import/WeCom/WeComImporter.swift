import Foundation

/// Reads WeCom (企业微信) chat-archive data: decrypted archive messages as JSON lines (or one
/// JSON array), plus, optionally, group details saved from the `groupchat/get` APIs, which give
/// names, owners, creation times and member lists with join times. Pass one archive file, or a
/// folder (or ZIP) holding archive files and detail files together: each file is recognized by
/// its content, details are read first, and files of neither kind are listed as ignored.
///
/// Only group messages (a non-empty `roomid`) are imported; 1:1 messages and switch-log lines
/// are skipped and counted. A group known only from messages is named by its room id.
struct WeComImporter: FormatImporter {
    static let platform = "wecom"
    static var format: ImportFormat { .wecom }
    static var expectation: String {
        "wecom (WeCom chat-archive messages as JSON lines, optionally with groupchat/get detail JSON, in a folder)"
    }

    enum FileKind { case messages, detail }

    let options: ImportOptions

    init(options: ImportOptions) {
        self.options = options
    }

    static func recognizes(_ url: URL) -> Bool {
        guard let tree = try? ExportTree(url: url) else { return false }
        // Archive messages, or (a group detail saved on its own) a detail response.
        return tree.paths.prefix(200).contains { kind(of: $0, in: tree) != nil }
    }

    static func kind(of path: String, in tree: ExportTree) -> FileKind? {
        let head = tree.head(path, count: 4096)
        guard let first = head.firstSignificantByte, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return nil }
        if head.containsText("\"msgid\"") && (head.containsText("\"msgtime\"") || head.containsText("\"action\"")) {
            return .messages
        }
        if head.containsText("\"group_chat\"") || (head.containsText("\"roomname\"") && head.containsText("\"members\""))
            || (head.containsText("\"roomname\"") && head.containsText("\"room_create_time\"")) {
            return .detail
        }
        return nil
    }

    private final class State {
        var groups: [String: Int64] = [:]
        var skipped: [WeComMessage.Skip: Int] = [:]
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let tree = try ExportTree(url: source)
        tree.records = writer.records
        let session = ExportSession(writer: writer, platform: WeComImporter.platform, options: options)
        let state = State()
        var messageFiles: [String] = []
        var detailFiles: [String] = []
        var ignored: [String] = []
        for path in tree.paths {
            switch WeComImporter.kind(of: path, in: tree) {
            case .messages?: messageFiles.append(path)
            case .detail?: detailFiles.append(path)
            case nil: ignored.append(path)
            }
        }
        guard !messageFiles.isEmpty || !detailFiles.isEmpty else {
            if tree.isSingleFile, tree.head(tree.paths[0], count: 16).firstSignificantByte == nil {
                throw ExportRecordError.emptyFile(file: tree.displayName(of: tree.paths[0]))
            }
            throw ExportRecordError.wrongShape(file: source.path,
                                               expected: "WeCom archive messages (JSON lines with msgid, roomid, msgtime) or groupchat/get details")
        }
        for path in detailFiles { try readDetails(path, tree: tree, state: state, session: session) }
        for path in messageFiles { try readMessages(path, tree: tree, state: state, session: session) }
        if !ignored.isEmpty { session.warnings.append("ignored files: \(ignored.joined(separator: ", "))") }
        for (skip, count) in state.skipped.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            session.warnings.append("skipped \(count) \(skip.rawValue)")
        }
        return try session.finish(source: source, format: .wecom)
    }

    /// A detail file holds one response object, or an array of them.
    private func readDetails(_ path: String, tree: ExportTree, state: State, session: ExportSession) throws {
        let reader = try tree.reader(path)
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let handle: (JSONValue, RecordPlace) throws -> Void = { value, place in
            let detail = try WeComGroupDetail(value, place: place, fileStem: stem)
            let group = try session.group(detail.record())
            state.groups[detail.roomID] = group
            for member in detail.members {
                let person = try session.person(member.userID, name: member.name, isBot: member.isRobot)
                session.rosterMember(group: group, person: person, role: member.role, joinedAt: member.joinedAt)
            }
        }
        let count = try reader.forEachRecord(label: "group", handle)
        session.readFile(reader.fileName, records: count)
    }

    /// Archive messages: JSON lines as the SDK's pulls are usually saved, or one JSON array.
    private func readMessages(_ path: String, tree: ExportTree, state: State, session: ExportSession) throws {
        let reader = try tree.reader(path)
        let total = tree.size(of: path)
        let handle: (JSONValue, RecordPlace) throws -> Void = { value, place in
            switch try WeComMessage.read(value, place: place) {
            case .skipped(let skip):
                state.skipped[skip, default: 0] += 1
            case .oneToOne(let pair):
                try session.skipOneToOneChat(pair)
            case .message(let message):
                let group = try group(message.roomID, state: state, session: session)
                let sender = try session.person(message.from, name: nil, isBot: WeComMessage.isRobot(message.from))
                try session.message(group: group, sender: sender, senderKey: message.from, MessageRecord(
                    sentAt: message.milliseconds, sentRaw: message.raw, kind: message.kind, text: message.text,
                    sourceMessageID: message.id))
            }
            session.tick(file: reader.fileName, records: place.index, bytesRead: reader.offset, totalBytes: total)
        }
        let count = try reader.forEachRecord(label: "record", handle)
        session.readFile(reader.fileName, records: count)
    }

    private func group(_ roomID: String, state: State, session: ExportSession) throws -> Int64 {
        if let known = state.groups[roomID] { return known }
        // A group already stored (from details imported earlier) keeps its real name.
        if let stored = try session.writer.groupID(sourceID: roomID), stored.platform == WeComImporter.platform {
            state.groups[roomID] = stored.id
            return stored.id
        }
        let row = try session.group(GroupRecord(platform: WeComImporter.platform, sourceID: roomID, name: roomID))
        state.groups[roomID] = row
        return row
    }
}
