import Foundation

/// Reads the classic PC QQ message manager's text export (`全部消息记录.txt` or one chat's file).
///
/// Two streaming passes: the first learns each group's nickname → QQ-number map, so the names
/// that system lines use ("X加入本群") can be tied to the numbers that messages use; the second
/// stores. Group sections become groups; friend sections (one-to-one chats) are skipped and
/// counted. QQ gives groups no id in this export, so the 消息对象 name is the group's id.
struct QQImporter: FormatImporter {
    static let platform = "qq"
    static var format: ImportFormat { .qq }
    static var expectation: String { "qq (a QQ message-manager .txt export: 消息记录 … 消息对象: sections)" }

    let options: ImportOptions

    init(options: ImportOptions) { self.options = options }

    static func recognizes(_ url: URL) -> Bool {
        guard let tree = try? ExportTree(url: url) else { return false }
        return !files(tree).isEmpty
    }

    /// The QQ exports of `tree`: the file itself, or every `.txt` of a folder (offices export
    /// one file per group) whose first lines are a QQ export's, sorted by path.
    static func files(_ tree: ExportTree) -> [String] {
        let candidates = tree.isSingleFile ? tree.paths : tree.paths.filter { $0.lowercased().hasSuffix(".txt") }
        return candidates.filter { path in
            let head = tree.head(path, count: TextSniffer.prefixBytes)
            guard let lines = TextSniffer.lines(prefix: head, isWholeFile: head.count < TextSniffer.prefixBytes) else { return false }
            return looksLikeQQ(lines)
        }
    }

    private static func looksLikeQQ(_ lines: [String]) -> Bool {
        let parser = QQLineParser()
        for line in lines {
            switch parser.classify(line) {
            case .blank: continue
            case .title, .folder, .chat, .separator: return true
            case .header(let header): return header.id != nil
            case .text, .brokenHeader: return false
            }
        }
        return false
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let tree = try ExportTree(url: source)
        let paths = QQImporter.files(tree)
        if paths.isEmpty {
            if tree.isSingleFile {
                // A single file is read whatever its first lines, so the error names the line that is wrong.
                return try run(files: [tree.paths[0]], tree: tree, source: source, writer: writer)
            }
            throw ImportError.notAFolder(path: source.path, expected: "a QQ message-manager .txt export, or a folder of them")
        }
        return try run(files: paths, tree: tree, source: source, writer: writer)
    }

    private func run(files paths: [String], tree: ExportTree, source: URL, writer: StoreWriter) throws -> ImportSummary {
        var summary = ImportSummary(source: source.path, format: ImportFormat.qq.rawValue, runID: writer.runID,
                                    files: [], counts: ImportCounts(), warnings: [])
        var state = State()
        for path in paths {
            let walker = QQSectionWalker(tree: tree, path: path)
            // Pass 1: each group's nickname → QQ number map, so the names that system lines use
            // can be tied to the numbers that messages use.
            var numbers: [String: [String: String]] = [:]
            _ = try walker.walk { item in
                if case .message(let message) = item, let id = message.header.id, message.isGroup {
                    numbers[message.chat, default: [:]][message.header.nickname] = id
                }
            }
            let parser = TimestampParser(timeZone: options.timeZone)
            let before = state.messages
            let encoding = try walker.walk(progress: options.progress) { item in
                switch item {
                case .malformed(let error):
                    try writer.records.attempt { throw error }
                case .message(let message):
                    guard message.isGroup else {
                        try writer.skipOneToOneChat(platform: QQImporter.platform, id: message.chat)
                        return
                    }
                    try writer.records.attempt {
                        try store(message, numbers: numbers[message.chat] ?? [:], parser: parser, writer: writer,
                                  file: tree.displayName(of: path), state: &state)
                    }
                }
            }
            summary.files.append(.init(path: tree.displayName(of: path), records: state.messages - before, encoding: encoding.rawValue))
        }
        try writeMemberships(state, writer: writer)
        try writer.inferMembershipsFromSenders()
        summary.counts = writer.counts
        return summary
    }

    // MARK: - Private

    private struct State {
        var groups: [String: Int64] = [:]
        var timelines: [String: [String: MembershipTimeline]] = [:]  // chat → person key → timeline
        var titled: [String: [String: (role: MemberRole, name: String, firstSeen: Int64)]] = [:]
        var repeats = RepeatedMessageCounter()
        var messages = 0
    }

    private func store(_ message: QQMessage, numbers: [String: String], parser: TimestampParser, writer: StoreWriter,
                       file: String, state: inout State) throws {
        let groupID: Int64
        if let known = state.groups[message.chat] {
            groupID = known
        } else {
            groupID = try writer.upsertGroup(GroupRecord(platform: QQImporter.platform, sourceID: message.chat, name: message.chat))
            state.groups[message.chat] = groupID
        }
        guard let sentAt = message.header.clock.milliseconds(parser) else {
            throw ImportError.badValue(file: file, line: message.line, column: "time", value: message.header.raw,
                                       expected: "a real date and time 'YYYY-MM-DD H:MM:SS'")
        }
        let header = message.header
        let text = message.text
        var senderKey = ""
        var sender: Int64?
        var reading: MessageReading
        if let id = header.id, QQContent.systemIDs.contains(id) {
            reading = MessageReading(kind: .system, text: text)
            if let event = QQContent.event(text) {
                // "尹欣俊(100015838)加入本群" names the number itself; otherwise the nickname is tied
                // to the number it spoke under.
                let (named, number) = QQLineParser.splitSender(event.name)
                let name = QQLineParser.visible(named).isEmpty ? event.name : QQLineParser.visible(named)
                let key = number ?? numbers[event.name] ?? QQImporter.nameKey(event.name)
                var timeline = state.timelines[message.chat, default: [:]][key] ?? MembershipTimeline(displayName: name)
                if event.joined { timeline.joined(at: sentAt) } else { timeline.left(at: sentAt) }
                state.timelines[message.chat, default: [:]][key] = timeline
            }
        } else {
            senderKey = header.id ?? QQImporter.nameKey(header.nickname)
            sender = try writer.personID(platform: QQImporter.platform, sourceID: senderKey, name: header.nickname, unit: nil,
                                         isBot: QQContent.robotIDs.contains(senderKey))
            reading = BracketPlaceholders.read(text)
            if header.role != .member, state.titled[message.chat]?[senderKey] == nil {
                state.titled[message.chat, default: [:]][senderKey] = (header.role, header.nickname, sentAt)
            }
        }
        let id = state.repeats.sourceID(sentAt: sentAt, senderKey: senderKey, kind: reading.kind, text: reading.text)
        try writer.queueMessage(groupID: groupID, senderID: sender, senderKey: senderKey,
                                 MessageRecord(sentAt: sentAt, sentRaw: header.raw, kind: reading.kind, text: reading.text,
                                               sourceMessageID: id))
        state.messages += 1
    }

    /// Writes event timelines, and the 群主/管理员 roles that header titles showed.
    private func writeMemberships(_ state: State, writer: StoreWriter) throws {
        for chat in state.groups.keys.sorted() {
            guard let groupID = state.groups[chat] else { continue }
            var timelines = state.timelines[chat] ?? [:]
            var inferred: [(String, MemberRole, String, Int64)] = []
            for (key, titled) in state.titled[chat] ?? [:] {
                if timelines[key] != nil { timelines[key]?.role = titled.role } else { inferred.append((key, titled.role, titled.name, titled.firstSeen)) }
            }
            for (key, timeline) in timelines.sorted(by: { $0.key < $1.key }) {
                let person = try writer.personID(platform: QQImporter.platform, sourceID: key, name: timeline.displayName, unit: nil)
                try writer.upsertMembership(groupID: groupID, personID: person, role: timeline.role, joinedAt: timeline.joinedAt,
                                            leftAt: timeline.leftAt, source: .event)
            }
            for (key, role, name, firstSeen) in inferred.sorted(by: { $0.0 < $1.0 }) {
                let person = try writer.personID(platform: QQImporter.platform, sourceID: key, name: name, unit: nil)
                try writer.upsertMembership(groupID: groupID, personID: person, role: role, joinedAt: firstSeen, leftAt: nil,
                                            source: .inferred)
            }
        }
    }

    /// The id of someone known only by nickname (system lines, exports without numbers); the
    /// prefix keeps it apart from QQ numbers and e-mails.
    static func nameKey(_ nickname: String) -> String { "nick:" + nickname }
}
