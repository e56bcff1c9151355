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
        guard let lines = TextSniffer.lines(of: url) else { return false }
        let parser = QQLineParser()
        for line in lines {
            switch parser.classify(line) {
            case .blank: continue
            case .title, .folder, .chat, .separator: return true
            case .header(let header): return header.id != nil
            case .text: return false
            }
        }
        return false
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        guard FileManager.default.fileExists(atPath: source.path) else { throw ImportError.pathNotFound(path: source.path) }
        let walker = QQSectionWalker(url: source)
        var numbers: [String: [String: String]] = [:]  // chat → nickname → id
        _ = try walker.walk { message in
            if let id = message.header.id, message.isGroup { numbers[message.chat, default: [:]][message.header.nickname] = id }
        }
        let parser = TimestampParser(timeZone: options.timeZone)
        var state = State()
        let encoding = try walker.walk(progress: options.progress) { message in
            guard message.isGroup else {
                state.skippedChats.insert(message.chat)
                return
            }
            try writer.records.attempt {
                try store(message, numbers: numbers[message.chat] ?? [:], parser: parser, writer: writer, file: source.path,
                          state: &state)
            }
        }
        try writeMemberships(state, writer: writer)
        try writer.inferMembershipsFromSenders()
        var warnings: [String] = []
        if !state.skippedChats.isEmpty {
            warnings.append("\(source.path): skipped \(state.skippedChats.count) one-to-one chat(s) in friend folders; only groups are imported")
        }
        return ImportSummary(source: source.path, format: ImportFormat.qq.rawValue, runID: writer.runID,
                             files: [.init(path: source.path, records: state.messages, encoding: encoding.rawValue)],
                             counts: writer.counts, warnings: warnings)
    }

    // MARK: - Private

    private struct State {
        var groups: [String: Int64] = [:]
        var timelines: [String: [String: MembershipTimeline]] = [:]  // chat → person key → timeline
        var titled: [String: [String: (role: MemberRole, name: String, firstSeen: Int64)]] = [:]
        var repeats = RepeatedMessageCounter()
        var skippedChats = Set<String>()
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
                let key = numbers[event.name] ?? QQImporter.nameKey(event.name)
                var timeline = state.timelines[message.chat, default: [:]][key] ?? MembershipTimeline(displayName: event.name)
                if event.joined { timeline.joined(at: sentAt) } else { timeline.left(at: sentAt) }
                state.timelines[message.chat, default: [:]][key] = timeline
            }
        } else {
            senderKey = header.id ?? QQImporter.nameKey(header.nickname)
            sender = try writer.personID(platform: QQImporter.platform, sourceID: senderKey, name: header.nickname, unit: nil)
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
