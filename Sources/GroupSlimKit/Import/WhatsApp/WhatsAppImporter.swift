import Foundation

/// Reads WhatsApp "Export chat" text files: one file per chat, a folder of them, or the ZIP
/// WhatsApp writes (with media, and always on iOS), read in place.
///
/// Each file is read twice, both times streaming: first to learn the day/month order from all
/// its dates (a locale's short date does not say), then to store messages and membership events.
/// The group's id and name come from the file name, the only place WhatsApp writes the title.
struct WhatsAppImporter: FormatImporter {
    static let platform = "whatsapp"
    static var format: ImportFormat { .whatsapp }
    static var expectation: String {
        "whatsapp (an \"Export chat\" .txt such as 'WhatsApp Chat with NAME.txt' or _chat.txt, a folder of them, or the export's .zip)"
    }
    static let lineShape = "a WhatsApp message line such as '12/31/24, 9:41 PM - Name: text' or '[31/12/2024, 21:41:05] Name: text'"

    let options: ImportOptions
    private let parser: TimestampParser
    private let headers = WhatsAppHeaderParser()

    init(options: ImportOptions) {
        self.options = options
        parser = TimestampParser(timeZone: options.timeZone)
    }

    /// The first line must be a header (a loosely separated one may be a system line without an
    /// author), and some line of the first few kilobytes a message with an author.
    static func recognizes(_ url: URL) -> Bool {
        guard let first = (try? WhatsAppChatFile.chats(in: url))?.first, let lines = first.firstLines() else { return false }
        let parser = WhatsAppHeaderParser()
        let cleaned = lines.map(WhatsAppText.clean).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let line = cleaned.first, parser.parse(line) != nil else { return false }
        return cleaned.contains { parser.messageStart($0) != nil }
    }

    /// The header of a line that starts a message. In a file whose headers end with a bare space
    /// or colon (`13.06.18 21.25.15: Name: text`), a header line without an author is a system
    /// line (`… Ana created group "X"`), not text.
    private func start(_ line: String, looseFile: Bool) -> WhatsAppHeader? {
        if let header = headers.messageStart(line) { return header }
        guard looseFile, let header = headers.parse(line), header.isLooselySeparated else { return nil }
        return header
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let files = try WhatsAppChatFile.chats(in: source)
        if files.isEmpty {
            throw ImportError.notAFolder(path: source.path, expected: "a folder or ZIP archive holding WhatsApp .txt exports")
        }
        var summary = ImportSummary(source: source.path, format: ImportFormat.whatsapp.rawValue, runID: writer.runID,
                                    files: [], counts: ImportCounts(), warnings: [])
        for file in files { try importChat(file, writer: writer, summary: &summary) }
        try writer.inferMembershipsFromSenders()
        summary.counts = writer.counts
        return summary
    }

    // MARK: - One chat

    /// What the first pass learns: the date order, and the title lines' facts.
    private struct Survey {
        var order: DateOrder
        var proven: Bool
        var created: (header: WhatsAppHeader, line: Int)?
        var latestSubject: String?
        /// Whether the headers end with a bare space or colon (see ``start(_:looseFile:)``).
        var looseFile: Bool
        /// Up to three distinct authors' keys, and whether any line is a group event (created,
        /// added, removed, left, joined by link, subject changed): a chat with two authors, one of
        /// them its title, and no group event is a one-to-one chat.
        var authors: Set<String>
        var groupEvents: Bool
        /// The author key under which iOS writes the chat's own notices, when the file shows one:
        /// the author of the first line (the encryption notice) whose every line begins with the
        /// U+200E mark iOS puts before system text. Named after the group, it is not a member.
        var chatVoice: String?
    }

    private func survey(_ file: WhatsAppChatFile) throws -> Survey {
        let reader = try file.open()
        var guesser = WhatsAppDateOrderGuesser()
        var created: (header: WhatsAppHeader, line: Int)?
        var subject: String?
        var sawLine = false
        var loose = 0, strict = 0
        var authors = Set<String>()
        var groupEvents = false
        var firstAuthor: (key: String, alwaysMarked: Bool)?
        var sawMessage = false
        var looseSystem: [(header: WhatsAppHeader, line: Int)] = []
        let eventKinds: Set<WhatsAppEvent.Kind> = [.created, .added, .removed, .left, .joinedByLink, .subjectChanged]
        /// What a system line's text tells the survey: a group event, the creation, the subject.
        func note(_ text: String, _ header: WhatsAppHeader, line: Int) {
            guard let event = WhatsAppEventCatalog.event(in: text) else { return }
            if eventKinds.contains(event.kind) { groupEvents = true }
            if event.kind == .created, created.map({ line < $0.line }) ?? true { created = (header, line) }
            if event.kind == .created || event.kind == .subjectChanged, let name = event.newName { subject = name }
        }
        while let raw = try reader.nextLine() {
            let line = WhatsAppText.clean(raw)
            // A loosely separated header without an author is a system line when the file's
            // headers are loose; the count is settled at the end, so take them all here.
            guard let header = headers.messageStart(line) else {
                if let system = headers.parse(line), system.isLooselySeparated {
                    // Only a system line if the file's headers turn out loose; kept aside till then.
                    if looseSystem.count < 100_000 { looseSystem.append((system, reader.lineNumber)) }
                    sawLine = true
                } else if !sawLine && !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw ImportError.unexpectedLine(file: reader.displayName, line: reader.lineNumber, expected: WhatsAppImporter.lineShape)
                }
                continue
            }
            sawLine = true
            guesser.add(header)
            if header.isLooselySeparated { loose += 1 } else { strict += 1 }
            if let colon = header.body.range(of: ": ") {
                let key = WhatsAppIdentity.key(String(header.body[..<colon.lowerBound]))
                let marked = raw.contains(": \u{200E}")
                if !sawMessage { firstAuthor = marked ? (key, true) : nil }
                if let first = firstAuthor, first.key == key, !marked { firstAuthor?.alwaysMarked = false }
            }
            sawMessage = true
            var eventText: String? = header.body.contains(": ") ? nil : header.body
            if let colon = header.body.range(of: ": ") {
                let author = String(header.body[..<colon.lowerBound])
                if authors.count < 3 { authors.insert(WhatsAppIdentity.key(author)) }
                // iOS writes group notices with the group's name as the author.
                eventText = String(header.body[colon.upperBound...])
            }
            if let eventText { note(eventText, header, line: reader.lineNumber) }
        }
        let looseFile = loose > strict
        if looseFile {
            for (header, line) in looseSystem {
                guesser.add(header)
                note(header.body, header, line: line)
            }
        }
        let chatVoice = firstAuthor.flatMap { $0.alwaysMarked ? $0.key : nil }
        if let chatVoice { authors.remove(chatVoice) }
        if !sawLine { throw ImportError.emptyFile(file: reader.displayName, expected: WhatsAppImporter.lineShape) }
        let guess = guesser.guess()
        return Survey(order: options.dateOrder ?? guess.order, proven: options.dateOrder != nil || guess.proven,
                      created: created, latestSubject: subject, looseFile: looseFile, authors: authors,
                      groupEvents: groupEvents, chatVoice: chatVoice)
    }

    private func importChat(_ file: WhatsAppChatFile, writer: StoreWriter, summary: inout ImportSummary) throws {
        let survey = try survey(file)
        let name = file.displayName
        let title = WhatsAppChatName.name(for: file.titleURL, fallback: survey.latestSubject)
        // WhatsApp writes no chat type. A chat named after one of at most two authors, with no
        // group event in it, is a conversation with that person: skipped and counted.
        let authorsBesidesTitle = survey.authors.subtracting([WhatsAppIdentity.key(title)])
        if survey.authors.count <= 2, authorsBesidesTitle.count < survey.authors.count, !survey.groupEvents {
            try writer.skipOneToOneChat(platform: WhatsAppImporter.platform, id: title)
            return
        }
        if !survey.proven {
            summary.warnings.append("\(name): the dates never show whether they are day/month or month/day; read as \(survey.order == .mdy ? "month/day" : "day/month"). Pass --date-order dmy or mdy if that is wrong.")
        }
        var group = GroupRecord(platform: WhatsAppImporter.platform, sourceID: title, name: title)
        if let created = survey.created {
            group.createdAt = try instant(created.header, order: survey.order, file: name, line: created.line)
            group.createdRaw = created.header.raw
        }
        let groupID = try writer.upsertGroup(group)
        var chat = ChatState(groupID: groupID, order: survey.order,
                             chatVoices: Set([WhatsAppIdentity.key(title)] + (survey.chatVoice.map { [$0] } ?? [])))
        let reader = try file.open()
        var droppingBody = false
        while let raw = try reader.nextLine() {
            let line = WhatsAppText.clean(raw)
            if let header = start(line, looseFile: survey.looseFile) {
                try writer.records.attempt { try flush(&chat, writer: writer, file: name) }
                chat.pending = (header, [], reader.lineNumber)
                droppingBody = false
                if chat.messages % 50_000 == 0, chat.messages > 0, let progress = options.progress {
                    progress(reader.progress(records: chat.messages))
                }
            } else if headers.startsLikeHeader(line) {
                // A damaged header is never folded into the message before it (that credited one
                // person's words to another): an error, or with --skip-bad a counted skip together
                // with the lines that belong to it.
                try writer.records.attempt { try flush(&chat, writer: writer, file: name) }
                droppingBody = true
                let error = ImportError.malformedHeader(
                    file: name, line: reader.lineNumber, quoted: LineExcerpt.quote(WhatsAppImporter.headerPart(line)),
                    reason: "its date and time are not a complete, possible time", expected: WhatsAppImporter.lineShape)
                try writer.records.attempt { throw error }
            } else if chat.pending != nil, !droppingBody {
                chat.pending?.continuation.append(raw)
            }
        }
        try writer.records.attempt { try flush(&chat, writer: writer, file: name) }
        for (key, membership) in chat.memberships.sorted(by: { $0.key < $1.key }) {
            let person = try writer.personID(platform: WhatsAppImporter.platform, sourceID: key, name: membership.displayName, unit: nil)
            try writer.upsertMembership(groupID: groupID, personID: person, role: membership.role, joinedAt: membership.joinedAt,
                                        leftAt: membership.leftAt, source: .event)
        }
        summary.files.append(.init(path: name, records: chat.messages, encoding: reader.encoding.rawValue))
    }

    /// The header part of a damaged header line, to quote in the error: up to the author's
    /// colon, never the message text after it.
    static func headerPart(_ line: String) -> String {
        guard let colon = line.range(of: ": ", options: [], range: line.index(line.startIndex, offsetBy: min(8, line.count))..<line.endIndex)
        else { return line }
        return String(line[..<colon.lowerBound])
    }

    /// The state of one chat's second pass.
    private struct ChatState {
        let groupID: Int64
        let order: DateOrder
        /// The chat title's identity key, and the author the survey found speaking for the chat:
        /// iOS writes group notices with the group's name as the author.
        let chatVoices: Set<String>
        var pending: (header: WhatsAppHeader, continuation: [String], line: Int)?
        var memberships: [String: MembershipTimeline] = [:]
        var repeats = RepeatedMessageCounter()
        var messages = 0

        init(groupID: Int64, order: DateOrder, chatVoices: Set<String>) {
            self.groupID = groupID
            self.order = order
            self.chatVoices = chatVoices
        }

        mutating func note(_ name: String, at time: Int64, joined: Bool, role: MemberRole = .member) {
            let key = WhatsAppIdentity.key(name)
            var membership = memberships[key] ?? MembershipTimeline(displayName: name)
            if joined { membership.joined(at: time) } else { membership.left(at: time) }
            if role == .owner { membership.role = .owner }
            memberships[key] = membership
        }
    }

    /// Stores the message being collected, now that its last line is known.
    private func flush(_ chat: inout ChatState, writer: StoreWriter, file: String) throws {
        guard let (header, continuation, line) = chat.pending else { return }
        chat.pending = nil
        let sentAt = try instant(header, order: chat.order, file: file, line: line)
        let body = ([header.body] + continuation).joined(separator: "\n")
        var author: String?
        var reading: MessageReading
        if let event = header.body.contains(": ") ? nil : WhatsAppEventCatalog.event(in: header.body) {
            record(event, at: sentAt, in: &chat)
            author = event.actor
            reading = .init(kind: .system, text: body)
        } else if let colon = header.body.range(of: ": ") {
            let text = ([String(header.body[colon.upperBound...])] + continuation).joined(separator: "\n")
            if WhatsAppEventCatalog.isEncryptionNotice(text) {
                reading = .init(kind: .system, text: text)  // the "author" is the chat's own name
            } else if chat.chatVoices.contains(WhatsAppIdentity.key(String(header.body[..<colon.lowerBound]))) {
                // iOS: "[…] Group Name: ‎Dana created group …" — the group speaking, not a member.
                if let event = WhatsAppEventCatalog.event(in: text) {
                    record(event, at: sentAt, in: &chat)
                    author = event.actor
                }
                reading = .init(kind: .system, text: text)
            } else {
                author = String(header.body[..<colon.lowerBound])
                reading = WhatsAppMedia.read(text)
            }
        } else {
            reading = .init(kind: .system, text: body)  // a system line no template knows
        }
        let senderKey = author.map(WhatsAppIdentity.key) ?? ""
        let sender = try author.map {
            try writer.personID(platform: WhatsAppImporter.platform, sourceID: WhatsAppIdentity.key($0), name: $0, unit: nil)
        }
        let id = chat.repeats.sourceID(sentAt: sentAt, senderKey: senderKey, kind: reading.kind, text: reading.text)
        try writer.queueMessage(groupID: chat.groupID, senderID: sender, senderKey: senderKey,
                                 MessageRecord(sentAt: sentAt, sentRaw: header.raw, kind: reading.kind, text: reading.text,
                                               sourceMessageID: id))
        chat.messages += 1
    }

    private func record(_ event: WhatsAppEvent, at time: Int64, in chat: inout ChatState) {
        switch event.kind {
        case .created:
            if let actor = event.actor { chat.note(actor, at: time, joined: true, role: .owner) }
        case .added:
            for target in event.targets { chat.note(target, at: time, joined: true) }
        case .joinedByLink:
            if let actor = event.actor { chat.note(actor, at: time, joined: true) }
        case .left:
            if let actor = event.actor { chat.note(actor, at: time, joined: false) }
        case .removed:
            for target in event.targets { chat.note(target, at: time, joined: false) }
        default:
            break
        }
    }

    private func instant(_ header: WhatsAppHeader, order: DateOrder, file: String, line: Int) throws -> Int64 {
        guard let clock = WhatsAppDateOrderGuesser.wallClock(header, order: order), let time = clock.milliseconds(parser) else {
            throw ImportError.badValue(
                file: file, line: line, column: "date", value: header.raw,
                expected: "a real date and time read as \(order.rawValue) like the rest of the file (--date-order overrides)")
        }
        return time
    }
}
