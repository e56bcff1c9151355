import Foundation

/// Reads DiscordChatExporter output: its JSON (`guild`, `channel`, `messages[]`) or its CSV
/// (`AuthorID,Author,Date,Content,Attachments,Reactions`). One channel per file; pass one file or a folder of
/// them: the ` [part N]` files of one channel join into one group (by channel id, messages
/// deduplicated by id).
///
/// No roster exists: `GuildMemberJoin` and `RecipientAdd`/`RecipientRemove` are events, authors
/// are inferred members. The CSV layout has no message ids, types or channel metadata, so its
/// group comes from the file name and system messages read as text.
struct DiscordImporter: FormatImporter {
    static let platform = "discord"
    static var format: ImportFormat { .discord }
    static var expectation: String {
        "discord (DiscordChatExporter JSON or CSV files, one channel per file, or a folder of them)"
    }

    let options: ImportOptions

    init(options: ImportOptions) {
        self.options = options
    }

    enum Layout { case json, csv }

    static func recognizes(_ url: URL) -> Bool {
        guard let tree = try? ExportTree(url: url) else { return false }
        return tree.paths.prefix(50).contains { layout(of: $0, in: tree) != nil }
    }

    static func layout(of path: String, in tree: ExportTree) -> Layout? {
        let lower = path.lowercased()
        let head = tree.head(path, count: 4096)
        if lower.hasSuffix(".json") {
            guard head.firstSignificantByte == UInt8(ascii: "{"), head.containsText("\"guild\""),
                  head.containsText("\"channel\"") else { return nil }
            return .json
        }
        if lower.hasSuffix(".csv") {
            if head.containsText("AuthorID") && head.containsText("Date") && head.containsText("Content") { return .csv }
        }
        return nil
    }

    /// Groups of this run by channel id, so the parts of one channel are one group.
    private final class Channels {
        var groups: [String: Int64] = [:]
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let tree = try ExportTree(url: source)
        tree.records = writer.records
        let session = ExportSession(writer: writer, platform: DiscordImporter.platform, options: options)
        let channels = Channels()
        var ignored: [String] = []
        for path in tree.paths {
            switch DiscordImporter.layout(of: path, in: tree) {
            case .json?:
                try importJSON(path, tree: tree, channels: channels, session: session)
            case .csv?:
                guard case .zip = tree.storage else {
                    try importCSV(path, tree: tree, channels: channels, session: session)
                    continue
                }
                ignored.append(path)
            case nil:
                if tree.isSingleFile {
                    throw ExportRecordError.wrongShape(file: tree.displayName(of: path),
                                                       expected: "a DiscordChatExporter JSON (guild, channel, messages) or CSV (AuthorID,Author,Date,Content,…) file")
                }
                ignored.append(path)
            }
        }
        if channels.groups.isEmpty && writer.counts.oneToOneChatsSkipped == 0 {
            throw ExportRecordError.wrongShape(file: source.path, expected: "DiscordChatExporter JSON or CSV files")
        }
        if !ignored.isEmpty { session.warnings.append("ignored files: \(ignored.joined(separator: ", "))") }
        return try session.finish(source: source, format: .discord)
    }

    private func group(id: String, record: @autoclosure () -> GroupRecord, channels: Channels, session: ExportSession) throws -> Int64 {
        if let known = channels.groups[id] { return known }
        let row = try session.group(record())
        channels.groups[id] = row
        return row
    }

    private func importJSON(_ path: String, tree: ExportTree, channels: Channels, session: ExportSession) throws {
        let reader = try tree.reader(path)
        var guild: JSONValue?
        var channel: JSONValue?
        var count = 0
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "guild": guild = try reader.readValue()
            case "channel": channel = try reader.readValue()
            case "messages":
                guard let channel, let id = channel["id"]?.scalarText else {
                    throw ExportRecordError.wrongShape(file: reader.fileName, expected: "a channel with an id before the messages")
                }
                if channel["type"]?.string == "DirectTextChat" {
                    // A one-to-one DM is no group: skipped and counted, as every importer does.
                    try session.skipOneToOneChat(id)
                    try reader.skipValue()
                    continue
                }
                let name = channel["name"]?.string ?? id
                let guildName = guild?["id"]?.scalarText == "0" ? nil : guild?["name"]?.string
                let topic = channel["topic"]?.string.map { [$0] } ?? []
                let group = try group(id: id, record: GroupRecord(
                    platform: DiscordImporter.platform, sourceID: id, name: guildName.map { "\($0) / \(name)" } ?? name,
                    ownerUnit: guildName, createdAt: DiscordSnowflake.milliseconds(id), createdRaw: DiscordSnowflake.milliseconds(id).map { _ in id },
                    purposeTags: topic), channels: channels, session: session)
                try reader.beginArray()
                count = try reader.forEachElementOfOpenArray(label: "message") { value, place in
                    let message = try DiscordMessage(value, place: place, timestamps: session.timestamps)
                    let author = try session.person(message.authorID, name: message.authorName, isBot: message.authorIsBot)
                    switch message.event {
                    case .joined(let who)?: session.joined(group: group, person: try session.person(who, name: nil), at: message.milliseconds)
                    case .left(let who)?: session.left(group: group, person: try session.person(who, name: nil), at: message.milliseconds)
                    case nil: break
                    }
                    try session.message(group: group, sender: author, senderKey: message.authorID, MessageRecord(
                        sentAt: message.milliseconds, sentRaw: message.raw, kind: message.kind, text: message.text,
                        sourceMessageID: message.id))
                }
            default:
                try reader.skipValue()
            }
        }
        try reader.expectEnd()
        guard channel != nil else { throw ExportRecordError.wrongShape(file: reader.fileName, expected: "a DiscordChatExporter export with channel and messages") }
        session.readFile(reader.fileName, records: count)
    }

    private func importCSV(_ path: String, tree: ExportTree, channels: Channels, session: ExportSession) throws {
        let name = tree.displayName(of: path)
        let url = tree.isSingleFile ? URL(fileURLWithPath: tree.displayName) : URL(fileURLWithPath: name)
        let csv = try CSVReader(url: url, displayName: name)
        guard let header = try csv.next() else { throw ExportRecordError.emptyFile(file: name) }
        let columns = DiscordCSVColumns(header.fields)
        guard let authorColumn = columns.author, let dateColumn = columns.date else {
            throw ImportError.missingColumn(file: name, column: columns.author == nil ? "Author" : "Date",
                                            accepted: ["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"],
                                            found: header.fields)
        }
        let file = DiscordFileName((path as NSString).lastPathComponent)
        let id = file.channelID ?? file.title
        if file.isOneToOneDM {
            try session.skipOneToOneChat(id)
            return
        }
        let group = try group(id: id, record: GroupRecord(platform: DiscordImporter.platform, sourceID: id, name: file.title,
                                                          createdAt: DiscordSnowflake.milliseconds(id),
                                                          createdRaw: DiscordSnowflake.milliseconds(id).map { _ in id }),
                              channels: channels, session: session)
        var count = 0
        while let record = try csv.next() {
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }
            guard record.fields.count == header.fields.count else {
                throw ImportError.fieldCount(file: name, line: record.line, found: record.fields.count, expected: header.fields.count)
            }
            count += 1
            let date = record.fields[dateColumn]
            guard let parsed = session.timestamps.parse(date) else {
                throw ImportError.badValue(file: name, line: record.line, column: "Date", value: date,
                                           expected: "an ISO 8601 time such as 2023-01-17T19:33:07.4890000+00:00")
            }
            let authorName = record.fields[authorColumn]
            let authorKey = columns.authorID.map { record.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? "name:" + authorName
            let author = try session.person(authorKey, name: authorName)
            let attachments = columns.attachments.map { record.fields[$0] } ?? ""
            let firstAttachment = attachments.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) }
            try session.message(group: group, sender: author, senderKey: authorKey, MessageRecord(
                sentAt: parsed.milliseconds, sentRaw: date,
                kind: firstAttachment.map(AttachmentKind.kind(fileName:)) ?? .text,
                text: columns.content.map { record.fields[$0] } ?? "", sourceMessageID: nil))
        }
        session.readFile(name, records: count)
    }
}

/// Column positions of a DiscordChatExporter CSV header.
struct DiscordCSVColumns {
    var authorID: Int?
    var author: Int?
    var date: Int?
    var content: Int?
    var attachments: Int?

    init(_ header: [String]) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        authorID = names.firstIndex(of: "AuthorID")
        author = names.firstIndex(of: "Author")
        date = names.firstIndex(of: "Date")
        content = names.firstIndex(of: "Content")
        attachments = names.firstIndex(of: "Attachments")
    }
}
