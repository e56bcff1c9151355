import Foundation

/// Reads WeChat chat CSVs from the community export tools (WeChatMsg/留痕, PyWxDump 3.0 and 3.1+,
/// chatlog): one file, or a folder searched two levels deep (WeChatMsg writes
/// `聊天记录/<name>/<name>_utf8.csv`). Each file's layout is detected from its header.
///
/// Only group chats are imported: conversations whose id ends in `@chatroom`, or, for WeChatMsg
/// files whose path gives no id, files with more than one other sender. One-to-one chats are
/// skipped and counted. Every file is read twice (streaming): first to tie display names to
/// wxids, since join notices name people by display name, then to store.
struct WeChatImporter: FormatImporter {
    static let platform = "wechat"
    static var format: ImportFormat { .wechat }
    static var expectation: String {
        "wechat (a WeChatMsg/留痕, PyWxDump or chatlog chat CSV, or a folder of them)"
    }

    let options: ImportOptions

    init(options: ImportOptions) { self.options = options }

    static func recognizes(_ url: URL) -> Bool {
        guard let file = csvFiles(in: url).first ?? (isFile(url) ? url : nil),
              let first = TextSniffer.lines(of: file, limit: 1)?.first else { return false }
        let header = first.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \u{FEFF}"))
        }
        return WeChatLayout.detect(header: header) != nil
    }

    private static func isFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// `.csv` files in `url` and its subfolders (two levels), sorted by path.
    static func csvFiles(in url: URL) -> [URL] {
        guard !isFile(url) else { return [] }
        var found: [URL] = []
        func scan(_ folder: URL, depth: Int) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let child = folder.appendingPathComponent(name)
                if name.lowercased().hasSuffix(".csv") && isFile(child) { found.append(child) } else if depth > 0 && !isFile(child) {
                    scan(child, depth: depth - 1)
                }
            }
        }
        scan(url, depth: 2)
        return found
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        guard FileManager.default.fileExists(atPath: source.path) else { throw ImportError.pathNotFound(path: source.path) }
        let files = WeChatImporter.isFile(source) ? [source] : WeChatImporter.csvFiles(in: source)
        if files.isEmpty { throw ImportError.notAFolder(path: source.path, expected: "a folder holding WeChat export CSV files") }
        var summary = ImportSummary(source: source.path, format: ImportFormat.wechat.rawValue, runID: writer.runID,
                                    files: [], counts: ImportCounts(), warnings: [])
        var survey = Survey()
        for file in files { try survey.read(file, importer: self) }
        for file in files { try importFile(file, survey: survey, writer: writer, summary: &summary) }
        try writer.inferMembershipsFromSenders()
        summary.counts = writer.counts
        return summary
    }

    // MARK: - One file

    /// What the first pass over every file learns: which display names belong to which wxids
    /// (in each conversation, and across the export, since a remark is the exporter's own label
    /// for a contact), and how many other people spoke in each conversation.
    private struct Survey {
        var names: [String: [String: String]] = [:]  // conversation → display name → wxid
        var everywhere: [String: Set<String>] = [:]  // display name → wxids
        var otherSenders: [String: Set<String>] = [:]

        mutating func read(_ url: URL, importer: WeChatImporter) throws {
            // Bad rows are counted by the writing pass; this pass only steps over them when skipping.
            _ = try importer.forEachRow(url, records: RecordGuard(skipBad: importer.options.skipBad)) { row, _ in
                let conversation = row.conversationID ?? row.conversationName ?? ""
                guard let id = row.senderID else { return }
                if let name = row.senderName {
                    names[conversation, default: [:]][name] = id
                    everywhere[name, default: []].insert(id)
                }
                if !row.isSelf { otherSenders[conversation, default: []].insert(id) }
            }
        }

        /// The wxid a notice's display name stands for; a `nick:` id when no sender had that name.
        func person(named name: String, in conversation: String) -> String {
            if let id = names[conversation]?[name] { return id }
            if let ids = everywhere[name], ids.count == 1, let id = ids.first { return id }
            return "nick:" + name
        }
    }

    private func reader(_ url: URL) throws -> (CSVReader, WeChatRowReader) {
        let csv = try CSVReader(url: url, displayName: url.path)
        guard let headerRecord = try csv.next() else {
            throw ImportError.emptyFile(file: url.path, expected: "a WeChat export CSV with a header row")
        }
        guard let layout = WeChatLayout.detect(header: headerRecord.fields) else {
            throw ImportError.unexpectedLine(
                file: url.path, line: headerRecord.line,
                expected: "a WeChat export header: " + WeChatLayout.allCases.map { "\($0.rawValue) (\($0.required.joined(separator: ",")))" }.joined(separator: "; "))
        }
        let header = try HeaderMap(header: headerRecord, columns: layout.columns, file: url.path)
        let rows = WeChatRowReader(layout: layout, header: header, file: url.path, parser: TimestampParser(timeZone: options.timeZone),
                                   fileConversation: WeChatImporter.isExportAll(url) ? nil : WeChatImporter.conversation(of: url))
        return (csv, rows)
    }

    fileprivate func forEachRow(_ url: URL, records: RecordGuard? = nil,
                                _ body: (WeChatRow, CSVRecord) throws -> Void) throws -> (SourceEncoding, Int) {
        let (csv, rows) = try reader(url)
        var count = 0
        while var record = try csv.next() {
            // Older WeChatMsg builds wrote one-to-one chats with nine values per row under the
            // twelve-column header (no Remark, NickName, Sender): the missing trailing columns
            // are empty, not a broken row.
            if rows.layout == .weChatMsg, rows.header.fieldCount == 12, record.fields.count == 9 {
                record.fields += ["", "", ""]
            }
            let handled = try (records ?? RecordGuard(skipBad: false)).attempt {
                if record.fields.count != rows.header.fieldCount {
                    throw ImportError.fieldCount(file: url.path, line: record.line, found: record.fields.count,
                                                 expected: rows.header.fieldCount)
                }
                try body(try rows.row(record), record)
            }
            guard handled else { continue }
            count += 1
        }
        return (csv.encoding, count)
    }

    private func importFile(_ url: URL, survey: Survey, writer: StoreWriter, summary: inout ImportSummary) throws {
        var groups: [String: Int64] = [:]
        var timelines: [String: [String: MembershipTimeline]] = [:]
        var repeats = RepeatedMessageCounter()
        let (encoding, count) = try forEachRow(url, records: writer.records) { row, _ in
            let conversation = row.conversationID ?? row.conversationName ?? ""
            let isGroup = conversation.hasSuffix("@chatroom")
                || (row.conversationID == nil && (survey.otherSenders[conversation]?.count ?? 0) > 1)
            guard isGroup else {
                try writer.skipOneToOneChat(platform: WeChatImporter.platform, id: conversation)
                return
            }
            let groupID: Int64
            if let known = groups[conversation] {
                groupID = known
            } else if row.conversationName == nil, let stored = try writer.groupID(sourceID: conversation),
                      stored.platform == WeChatImporter.platform {
                // PyWxDump rows carry only the id: keep the name an earlier import gave the group.
                groupID = stored.id
                groups[conversation] = groupID
            } else {
                groupID = try writer.upsertGroup(GroupRecord(platform: WeChatImporter.platform, sourceID: conversation,
                                                             name: row.conversationName ?? conversation))
                groups[conversation] = groupID
            }
            let senderKey = row.senderID ?? ""
            let sender = try row.senderID.map {
                try writer.personID(platform: WeChatImporter.platform, sourceID: $0, name: row.senderName, unit: nil)
            }
            if row.kind == .system, let text = row.text {
                for event in WeChatSystemText.events(text) {
                    let key = survey.person(named: event.name, in: conversation)
                    var timeline = timelines[conversation, default: [:]][key] ?? MembershipTimeline(displayName: event.name)
                    if event.joined { timeline.joined(at: row.sentAt) } else { timeline.left(at: row.sentAt) }
                    timelines[conversation, default: [:]][key] = timeline
                }
            }
            let id = row.messageID ?? repeats.sourceID(sentAt: row.sentAt, senderKey: senderKey, kind: row.kind, text: row.text)
            try writer.queueMessage(groupID: groupID, senderID: sender, senderKey: senderKey,
                                     MessageRecord(sentAt: row.sentAt, sentRaw: row.sentRaw, kind: row.kind, text: row.text,
                                                   sourceMessageID: id))
        }
        for conversation in timelines.keys.sorted() {
            guard let groupID = groups[conversation] else { continue }
            for (key, timeline) in (timelines[conversation] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let person = try writer.personID(platform: WeChatImporter.platform, sourceID: key, name: timeline.displayName, unit: nil)
                try writer.upsertMembership(groupID: groupID, personID: person, role: timeline.role, joinedAt: timeline.joinedAt,
                                            leftAt: timeline.leftAt, source: .event)
            }
        }
        summary.files.append(.init(path: url.path, records: count, encoding: encoding.rawValue))
    }

    /// WeChatMsg's "export all" file, which mixes conversations.
    static func isExportAll(_ url: URL) -> Bool { url.lastPathComponent.lowercased() == "messages.csv" }

    /// The conversation a WeChatMsg file belongs to: `name(id)` in the file or folder name gives
    /// both; otherwise the name alone (`<name>_utf8.csv`, or its folder).
    static func conversation(of url: URL) -> (id: String?, name: String) {
        var stem = url.deletingPathExtension().lastPathComponent
        if stem.hasSuffix("_utf8") { stem.removeLast(5) }
        let folder = url.deletingLastPathComponent().lastPathComponent
        for candidate in [stem, folder] {
            if candidate.hasSuffix(")"), let open = candidate.range(of: "(", options: .backwards) {
                let id = String(candidate[open.upperBound..<candidate.index(before: candidate.endIndex)])
                if !id.isEmpty { return (id, String(candidate[..<open.lowerBound])) }
            }
        }
        return (nil, stem)
    }
}
