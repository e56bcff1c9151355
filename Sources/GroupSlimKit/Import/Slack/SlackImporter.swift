import Foundation

/// Reads a Slack workspace export, zipped or unpacked: `channels.json` (public channels),
/// `groups.json` (private channels), `mpims.json` (group DMs), `users.json`, and one folder of
/// `YYYY-MM-DD.json` day files per conversation. 1:1 DMs (`dms.json`) are not groups and are
/// skipped and counted; bots (`is_bot` users, `bot_id` posts) are stored as bots, not people.
///
/// Each channel's `members` is its roster at export time; `channel_join`/`channel_leave` (and
/// the legacy `group_*`) messages are dated membership events; senders complete the picture.
/// Day files are streamed one message at a time; a ZIP is inflated as it is read.
struct SlackImporter: FormatImporter {
    static let platform = "slack"
    static var format: ImportFormat { .slack }
    static var expectation: String {
        "slack (a Slack workspace export, ZIP or folder, with channels.json, users.json and a folder of day files per channel)"
    }

    static let channelLists = ["channels.json", "groups.json", "mpims.json"]

    let options: ImportOptions

    init(options: ImportOptions) {
        self.options = options
    }

    static func recognizes(_ url: URL) -> Bool {
        guard let tree = try? ExportTree(url: url), !tree.isSingleFile else { return false }
        let lists = channelLists.filter(tree.paths.contains)
        return !lists.isEmpty && lists.allSatisfy { tree.head($0, count: 256).firstSignificantByte == UInt8(ascii: "[") }
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let tree = try ExportTree(url: source)
        tree.records = writer.records
        let lists = SlackImporter.channelLists.filter(tree.paths.contains)
        guard !tree.isSingleFile, !lists.isEmpty else {
            throw ExportRecordError.wrongShape(file: source.path, expected: "a Slack export (ZIP or folder) with channels.json")
        }
        let session = ExportSession(writer: writer, platform: SlackImporter.platform, options: options)
        let users = try readUsers(tree, session: session)
        var channels: [SlackChannel] = []
        for list in lists {
            let reader = try tree.reader(list)
            let count = try reader.forEachArrayElement(label: "conversation") { value, place in
                channels.append(try SlackChannel(value, place: place))
            }
            session.readFile(tree.displayName(of: list), records: count)
        }
        var dmIDs = Set<String>()
        if tree.paths.contains("dms.json") {
            // One-to-one DMs are no groups: counted by id, never read further.
            let reader = try tree.reader("dms.json")
            _ = try reader.forEachArrayElement(label: "direct message") { value, place in
                let id = try place.text(value, "id", expected: "the DM id (D…)")
                try session.skipOneToOneChat(id)
                dmIDs.insert(id)
            }
        }
        var dayFiles = SlackImporter.dayFilesByFolder(tree.paths).filter { !dmIDs.contains($0.key) }
        for channel in channels.sorted(by: { $0.id < $1.id }) {
            let group = try session.group(channel.record())
            for member in channel.members ?? [] {
                session.rosterMember(group: group, person: try session.person(member, name: users[member]?.name,
                                                                              isBot: users[member]?.isBot == true))
            }
            // Folders are named by channel name; conversations without a name by their id.
            let folder = [channel.name, channel.id].compactMap { $0 }.first { dayFiles[$0] != nil }
            for path in folder.flatMap({ dayFiles.removeValue(forKey: $0) }) ?? [] {
                try importDay(path, tree: tree, group: group, users: users, session: session)
            }
        }
        let unmatched = dayFiles.keys.sorted().filter { !$0.isEmpty }
        if !unmatched.isEmpty {
            session.warnings.append("ignored folders with no conversation in the channel lists: \(unmatched.joined(separator: ", "))")
        }
        return try session.finish(source: source, format: .slack)
    }

    private func readUsers(_ tree: ExportTree, session: ExportSession) throws -> [String: SlackUser] {
        var users: [String: SlackUser] = [:]
        guard let path = ["users.json", "org_users.json"].first(where: tree.paths.contains) else {
            session.warnings.append("no users.json: people are known by their ids only")
            return users
        }
        let reader = try tree.reader(path)
        let count = try reader.forEachArrayElement(label: "user") { value, place in
            users[try place.text(value, "id", expected: "the user id (U…)")] = SlackUser(value)
        }
        session.readFile(tree.displayName(of: path), records: count)
        return users
    }

    private func importDay(_ path: String, tree: ExportTree, group: Int64, users: [String: SlackUser],
                           session: ExportSession) throws {
        let reader = try tree.reader(path)
        let name = tree.displayName(of: path)
        let total = tree.size(of: path)
        let count = try reader.forEachArrayElement(label: "message") { value, place in
            let message = try SlackMessage(value, place: place, users: users)
            let sender = try message.senderID.map { try session.person($0, name: message.senderName, isBot: message.senderIsBot) }
            if let sender, let event = message.event {
                switch event {
                case .joined: session.joined(group: group, person: sender, at: message.milliseconds)
                case .left: session.left(group: group, person: sender, at: message.milliseconds)
                }
            }
            try session.message(group: group, sender: sender, senderKey: message.senderID ?? "", MessageRecord(
                sentAt: message.milliseconds, sentRaw: message.ts, kind: message.kind, text: message.text,
                sourceMessageID: message.ts))
            session.tick(file: name, records: place.index, bytesRead: reader.offset, totalBytes: total)
        }
        session.readFile(name, records: count)
    }

    /// `<folder>/YYYY-MM-DD.json` paths grouped by folder, each list sorted by day.
    static func dayFilesByFolder(_ paths: [String]) -> [String: [String]] {
        var folders: [String: [String]] = [:]
        for path in paths {
            let parts = path.split(separator: "/")
            guard parts.count == 2, isDayFileName(parts[1]) else { continue }
            folders[String(parts[0]), default: []].append(path)
        }
        return folders.mapValues { $0.sorted() }
    }

    private static func isDayFileName(_ name: Substring) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = Array(name.dropLast(5).utf8)
        guard stem.count == 10, stem[4] == UInt8(ascii: "-"), stem[7] == UInt8(ascii: "-") else { return false }
        return stem.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ($0.element >= 0x30 && $0.element <= 0x39) }
    }
}
