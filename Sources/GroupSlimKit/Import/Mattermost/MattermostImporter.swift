import Foundation

/// Reads a Mattermost bulk export (JSON lines: `version`, `team`, `channel`, `user`, `post`, …),
/// as the `.jsonl` file or the folder or ZIP `mmctl export create` writes around it.
///
/// Channels are keyed `team/channel` (Mattermost identifies everything by name); each user's
/// `teams[].channels[]` is the roster; posts and their nested `replies` are messages, with
/// `create_at` in milliseconds. Direct channels (`direct_channel`, `direct_post`) are keyed by
/// member set: two members is a one-to-one chat (skipped and counted), three or more a group
/// message, imported as a group. `bot` lines and `from_bot` posts are bots, kept apart from people.
struct MattermostImporter: FormatImporter {
    static let platform = "mattermost"
    static var format: ImportFormat { .mattermost }
    static var expectation: String {
        "mattermost (a Mattermost bulk export .jsonl starting with {\"type\":\"version\"}, or its folder or ZIP)"
    }

    let options: ImportOptions

    init(options: ImportOptions) {
        self.options = options
    }

    static func recognizes(_ url: URL) -> Bool {
        guard let tree = try? ExportTree(url: url), let path = dataFile(tree) else { return false }
        let head = tree.head(path, count: 512)
        guard head.firstSignificantByte == UInt8(ascii: "{") else { return false }
        let firstLine = Array(head.prefix { $0 != 0x0A })
        return firstLine.containsText("\"type\"") && firstLine.containsText("\"version\"")
    }

    private static func dataFile(_ tree: ExportTree) -> String? {
        tree.isSingleFile ? tree.paths.first : tree.paths.first { !$0.contains("/") && $0.lowercased().hasSuffix(".jsonl") }
    }

    /// Per-run state: channels by `team/name`, team display names, what was skipped.
    private final class State {
        var teams: [String: String] = [:]
        var channels: [String: Int64] = [:]
        var skipped: [String: Int] = [:]
        var unknownChannels: Set<String> = []
        /// Username → whether every post so far carried `from_bot`. `from_bot` marks a bot
        /// account's posts, so an account that only ever posted so is a bot; one that also wrote
        /// as a person stays a person. `from_webhook` (an integration posting under someone's
        /// account) makes a bot message, never a bot account.
        var onlyBotPosts: [String: Bool] = [:]
    }

    func run(source: URL, writer: StoreWriter) throws -> ImportSummary {
        let tree = try ExportTree(url: source)
        tree.records = writer.records
        guard let path = MattermostImporter.dataFile(tree) else {
            throw ExportRecordError.wrongShape(file: source.path, expected: "a Mattermost bulk export with a .jsonl file")
        }
        let session = ExportSession(writer: writer, platform: MattermostImporter.platform, options: options)
        let reader = try tree.reader(path)
        let state = State()
        let total = tree.size(of: path)
        let count = try reader.forEachLine(label: "record") { value, place in
            let type = try place.text(value, "type", expected: "the record type (version, team, channel, user, post …)")
            if place.index == 1 && type != "version" {
                throw ExportRecordError.wrongShape(file: place.file, expected: "line 1 to be {\"type\":\"version\",\"version\":1}")
            }
            guard let body = value[type], body.object != nil || type == "version" else {
                throw place.missing(type, expected: "the \(type) object that a '\(type)' line carries")
            }
            switch type {
            case "version": break
            case "team": state.teams[try place.text(body, "name", expected: "the team name")] = body["display_name"]?.string
            case "channel": try readChannel(body, place: place, state: state, session: session)
            case "user": try readUser(body, place: place, state: state, session: session)
            case "post": try readPost(body, place: place, state: state, session: session)
            case "bot":
                let username = try place.text(body, "username", expected: "the bot's username")
                _ = try session.person(username, name: body["display_name"]?.string, isBot: true)
            case "direct_channel": try readDirectChannel(body, place: place, state: state, session: session)
            case "direct_post": try readDirectPost(body, place: place, state: state, session: session)
            default: state.skipped[type, default: 0] += 1
            }
            session.tick(file: reader.fileName, records: place.index, bytesRead: reader.offset, totalBytes: total)
        }
        if count == 0 { throw ExportRecordError.emptyFile(file: reader.fileName) }
        session.readFile(reader.fileName, records: count)
        for (username, onlyBot) in state.onlyBotPosts.sorted(by: { $0.key < $1.key }) where onlyBot {
            _ = try session.person(username, name: nil, isBot: true)
        }
        if !state.channels.isEmpty {
            session.warnings.append("Mattermost exports give no channel creation time: a channel's age is counted from its first post")
        }
        if !state.unknownChannels.isEmpty {
            session.warnings.append("channels named by users or posts but not declared: \(state.unknownChannels.sorted().joined(separator: ", "))")
        }
        return try session.finish(source: source, format: .mattermost)
    }

    private func readChannel(_ body: JSONValue, place: RecordPlace, state: State, session: ExportSession) throws {
        let team = try place.text(body, "team", expected: "the channel's team name")
        let name = try place.text(body, "name", expected: "the channel name")
        let tags = ["purpose", "header"].compactMap { body[$0]?.string?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        let record = GroupRecord(platform: MattermostImporter.platform, sourceID: "\(team)/\(name)",
                                 name: body["display_name"]?.string ?? name, ownerUnit: state.teams[team] ?? team,
                                 purposeTags: tags)
        state.channels["\(team)/\(name)"] = try session.group(record)
    }

    /// The usernames of a direct channel: `members` (or the newer `participants`), sorted, so the
    /// same conversation has the same key in the channel line and in its posts.
    private static func directMembers(_ body: JSONValue, key: String) -> [String] {
        let names = body[key]?.array?.compactMap { $0.string ?? $0["username"]?.string }
            ?? body["participants"]?.array?.compactMap { $0["username"]?.string } ?? []
        return Array(Set(names)).sorted()
    }

    /// A direct channel: two members (or one, a self-DM) is a one-to-one chat, skipped and
    /// counted; three or more is a group message (GM), a group like Slack's mpims, keyed by its
    /// member set since it has no name.
    private func readDirectChannel(_ body: JSONValue, place: RecordPlace, state: State, session: ExportSession) throws {
        guard let (group, members) = try directGroup(body, membersKey: "members", place: place, state: state, session: session) else {
            return
        }
        for member in members { session.rosterMember(group: group, person: try session.person(member, name: nil)) }
    }

    private func readDirectPost(_ body: JSONValue, place: RecordPlace, state: State, session: ExportSession) throws {
        guard let (group, _) = try directGroup(body, membersKey: "channel_members", place: place, state: state, session: session) else {
            return
        }
        try storePost(body, place: place, group: group, state: state, session: session)
        for reply in body["replies"]?.array ?? [] {
            try storePost(reply, place: place, group: group, state: state, session: session)
        }
    }

    /// The group of a direct channel line or post with its members; `nil` (after counting the
    /// skip) for a one-to-one chat.
    private func directGroup(_ body: JSONValue, membersKey: String, place: RecordPlace, state: State,
                             session: ExportSession) throws -> (Int64, [String])? {
        let members = MattermostImporter.directMembers(body, key: membersKey)
        guard !members.isEmpty else { throw place.missing(membersKey, expected: "the usernames of the direct channel's members") }
        guard members.count >= 3 else {
            try session.skipOneToOneChat("direct:" + members.joined(separator: ","))
            return nil
        }
        return (try directGroup(members, state: state, session: session), members)
    }

    private func directGroup(_ members: [String], state: State, session: ExportSession) throws -> Int64 {
        let key = "direct:" + members.joined(separator: ",")
        if let known = state.channels[key] { return known }
        let row = try session.group(GroupRecord(platform: MattermostImporter.platform, sourceID: key,
                                                name: members.joined(separator: ", ")))
        state.channels[key] = row
        return row
    }

    private func group(team: String, channel: String, state: State, session: ExportSession) throws -> Int64 {
        let key = "\(team)/\(channel)"
        if let known = state.channels[key] { return known }
        state.unknownChannels.insert(key)
        let row = try session.group(GroupRecord(platform: MattermostImporter.platform, sourceID: key, name: channel,
                                                ownerUnit: state.teams[team] ?? team))
        state.channels[key] = row
        return row
    }

    private func readUser(_ body: JSONValue, place: RecordPlace, state: State, session: ExportSession) throws {
        let username = try place.text(body, "username", expected: "the user's username")
        let full = [body["first_name"]?.string, body["last_name"]?.string].compactMap { $0 }.filter { !$0.isEmpty }
        // Latin names are spaced ("Alice Wang"); CJK ones are written together ("陈静").
        let separator = full.allSatisfy { $0.allSatisfy(\.isASCII) } ? " " : ""
        let name = full.isEmpty ? body["nickname"]?.string ?? username : full.joined(separator: separator)
        let person = try session.person(username, name: name)
        for team in body["teams"]?.array ?? [] {
            guard let teamName = team["name"]?.string else { continue }
            for channel in team["channels"]?.array ?? [] {
                guard let channelName = channel["name"]?.string else { continue }
                let group = try group(team: teamName, channel: channelName, state: state, session: session)
                let roles = channel["roles"]?.string ?? ""
                session.rosterMember(group: group, person: person, role: roles.contains("channel_admin") ? .admin : .member)
            }
        }
    }

    private func readPost(_ body: JSONValue, place: RecordPlace, state: State, session: ExportSession) throws {
        let team = try place.text(body, "team", expected: "the post's team name")
        let channel = try place.text(body, "channel", expected: "the post's channel name")
        let group = try group(team: team, channel: channel, state: state, session: session)
        try storePost(body, place: place, group: group, state: state, session: session)
        for reply in body["replies"]?.array ?? [] {
            try storePost(reply, place: place, group: group, state: state, session: session)
        }
    }

    /// Whether a post's `props` say a bot or an incoming webhook wrote it (`from_bot`,
    /// `from_webhook`; Mattermost writes them as the string "true", older tools as a boolean):
    /// such posts are not people's activity, even when a person's account carries them.
    static func isAutomated(_ props: JSONValue?) -> Bool {
        guard let props else { return false }
        return flag(props, "from_bot") || flag(props, "from_webhook")
    }

    /// A `props` flag Mattermost writes as the string "true" (older tools: a boolean).
    static func flag(_ props: JSONValue?, _ key: String) -> Bool {
        props?[key]?.bool == true || props?[key]?.string?.lowercased() == "true"
    }

    /// A post or a reply: `create_at` in ms; `system_*` types are the server speaking, and the
    /// join/leave ones are membership events of their user.
    private func storePost(_ post: JSONValue, place: RecordPlace, group: Int64, state: State, session: ExportSession) throws {
        let username = try place.text(post, "user", expected: "the author's username")
        guard let createAt = post["create_at"] else { throw place.missing("create_at", expected: "milliseconds since 1970") }
        guard let milliseconds = createAt.int64, TimestampParser.isInRange(milliseconds: milliseconds) else {
            throw place.bad("create_at", expected: "milliseconds since 1970 within 1990–2200", found: createAt)
        }
        let person = try session.person(username, name: nil)
        let type = post["type"]?.string ?? ""
        if !type.hasPrefix("system_") {
            state.onlyBotPosts[username] = (state.onlyBotPosts[username] ?? true) && MattermostImporter.flag(post["props"], "from_bot")
        }
        switch type {
        case "system_join_channel", "system_add_to_channel", "system_join_team":
            session.joined(group: group, person: person, at: milliseconds)
        case "system_leave_channel", "system_remove_from_channel", "system_leave_team":
            session.left(group: group, person: person, at: milliseconds)
        default: break
        }
        let kind: MessageKind
        if type.hasPrefix("system_") {
            kind = .system
        } else if MattermostImporter.isAutomated(post["props"]) {
            kind = .bot
        } else if let file = post["attachments"]?.array?.first?["path"]?.string {
            kind = AttachmentKind.kind(fileName: file)
        } else {
            kind = .text
        }
        try session.message(group: group, sender: person, senderKey: username, MessageRecord(
            sentAt: milliseconds, sentRaw: createAt.scalarText ?? "", kind: kind, text: post["message"]?.string ?? "",
            sourceMessageID: nil))
    }
}
