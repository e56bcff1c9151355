/// What one day-file message means for the store: its kind, its sender and any membership
/// event it records.
struct SlackMessage {
    enum Event { case joined, left }

    var milliseconds: Int64
    var ts: String
    var kind: MessageKind
    var senderID: String?
    var senderName: String?
    /// Whether the sender is a bot account: a `users.json` bot, or a post made by a bot or
    /// integration with no user behind it (`bot_id`, `bot_message`). A person's post through an
    /// app (`user` and `bot_id`) is a bot message, but the person stays a person.
    var senderIsBot: Bool
    var text: String?
    var event: Event?

    static let systemSubtypes: Set<String> = [
        "channel_join", "channel_leave", "group_join", "group_leave",
        "channel_topic", "channel_purpose", "channel_name", "channel_archive", "channel_unarchive",
        "group_topic", "group_purpose", "group_name", "group_archive", "group_unarchive",
        "pinned_item", "unpinned_item", "bot_add", "bot_remove", "reminder_add", "tombstone", "huddle_thread",
    ]

    init(_ value: JSONValue, place: RecordPlace, users: [String: SlackUser]) throws {
        ts = try place.text(value, "ts", expected: "the message time as a string such as \"1452837318.000002\"")
        guard let milliseconds = EpochText.milliseconds(fromSeconds: ts) else {
            throw ExportRecordError.badField(file: place.file, record: place.description, field: "ts",
                                             expected: "epoch seconds such as \"1452837318.000002\"", found: "'\(ts)'")
        }
        self.milliseconds = milliseconds
        let subtype = value["subtype"]?.string
        let user = value["user"]?.string
        let botID = value["bot_id"]?.string
        senderID = user ?? botID
        senderIsBot = user.flatMap({ users[$0]?.isBot }) == true || (user == nil && (botID != nil || subtype == "bot_message"))
        senderName = user.flatMap { users[$0]?.name }
            ?? value["user_profile"]?["real_name"]?.string
            ?? value["username"]?.string
            ?? value["bot_profile"]?["name"]?.string
        text = value["text"]?.string.map(SlackMessage.unescape)
        switch subtype {
        case "channel_join", "group_join": event = .joined
        case "channel_leave", "group_leave": event = .left
        default: event = nil
        }
        if let subtype, SlackMessage.systemSubtypes.contains(subtype) {
            kind = .system
        } else if subtype == "bot_message" || botID != nil || user.flatMap({ users[$0]?.isBot }) == true {
            kind = .bot
        } else if let mime = SlackMessage.firstFileType(value) {
            kind = SlackMessage.kind(mimeType: mime)
        } else {
            kind = .text
        }
    }

    /// The mimetype of the first shared file: `files[]` in newer exports, `file` in older ones.
    private static func firstFileType(_ value: JSONValue) -> String? {
        let file = value["files"]?.array?.first ?? value["file"]
        guard let file, file.object != nil else { return nil }
        return file["mimetype"]?.string ?? ""
    }

    static func kind(mimeType: String) -> MessageKind {
        if mimeType.hasPrefix("image/") { return .image }
        if mimeType.hasPrefix("video/") { return .video }
        if mimeType.hasPrefix("audio/") { return .voice }
        return .file
    }

    /// Slack escapes only these three in message text.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
