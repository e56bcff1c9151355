/// One DiscordChatExporter message (JSON), reduced to what the store needs.
struct DiscordMessage {
    enum Event { case joined(String), left(String) }

    var id: String
    var milliseconds: Int64
    var raw: String
    var authorID: String
    var authorName: String?
    var authorIsBot: Bool
    var kind: MessageKind
    var text: String
    var event: Event?

    /// Message types that are the platform speaking, not a person. Types Discord added later
    /// are written as their bare number (`"8"`, `"24"`) and count as system too.
    static let systemTypes: Set<String> = [
        "RecipientAdd", "RecipientRemove", "Call", "ChannelNameChange", "ChannelIconChange",
        "ChannelPinnedMessage", "GuildMemberJoin", "ThreadCreated",
    ]

    init(_ value: JSONValue, place: RecordPlace, timestamps: TimestampParser) throws {
        id = try place.text(value, "id", expected: "the message id (a snowflake string)")
        raw = try place.text(value, "timestamp", expected: "an ISO 8601 time with offset")
        guard let parsed = timestamps.parse(raw) else {
            throw ExportRecordError.badField(file: place.file, record: place.description, field: "timestamp",
                                             expected: "an ISO 8601 time such as 2023-01-17T19:33:07.489+00:00", found: "'\(raw)'")
        }
        milliseconds = parsed.milliseconds
        guard let author = value["author"], author.object != nil else {
            throw place.missing("author", expected: "an object with the author's id and name")
        }
        authorID = try place.text(author, "id", expected: "the author's id")
        authorName = [author["nickname"], author["name"]].lazy.compactMap { $0?.string }.first { !$0.isEmpty }
        authorIsBot = author["isBot"]?.bool == true
        text = value["content"]?.string ?? ""
        let type = value["type"]?.scalarText ?? "Default"
        let target = value["mentions"]?.array?.first?["id"]?.scalarText
        switch type {
        case "GuildMemberJoin": event = .joined(authorID)
        case "RecipientAdd": event = target.map { .joined($0) }
        case "RecipientRemove": event = .left(target ?? authorID)
        default: event = nil
        }
        if DiscordMessage.systemTypes.contains(type) || type.allSatisfy(\.isNumber) {
            kind = .system
        } else if authorIsBot {
            kind = .bot
        } else if let file = value["attachments"]?.array?.first?["fileName"]?.string {
            kind = AttachmentKind.kind(fileName: file)
        } else if value["stickers"]?.array?.isEmpty == false {
            kind = .sticker
        } else if text.isEmpty && value["embeds"]?.array?.isEmpty == false {
            kind = .link
        } else {
            kind = .text
        }
    }
}

/// The kind of an attachment judged by its file extension (Discord and most exports give no
/// MIME type, only a name or URL).
enum AttachmentKind {
    static let images: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "bmp", "heic", "tif", "tiff"]
    static let videos: Set<String> = ["mp4", "mov", "webm", "mkv", "avi", "m4v"]
    static let audio: Set<String> = ["mp3", "ogg", "oga", "opus", "wav", "m4a", "aac", "flac", "amr", "silk"]

    static func kind(fileName: String) -> MessageKind {
        let name = fileName.split(separator: "?").first.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: ".") else { return .file }
        let ext = name[name.index(after: dot)...].lowercased()
        if images.contains(ext) { return .image }
        if videos.contains(ext) { return .video }
        if audio.contains(ext) { return .voice }
        return .file
    }
}
