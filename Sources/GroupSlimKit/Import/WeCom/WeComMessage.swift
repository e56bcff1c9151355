/// One decrypted chat-archive message (`msgid, action, from, tolist, roomid, msgtime, msgtype`
/// and a body named after its msgtype).
struct WeComMessage {
    var id: String
    var roomID: String
    var from: String
    var milliseconds: Int64
    var raw: String
    var kind: MessageKind
    var text: String?

    /// What an archive line can be besides a group message.
    enum Skip: String { case switchLog = "switch-log entries", noTime = "messages without a valid msgtime" }

    enum Outcome {
        case message(WeComMessage)
        case skipped(Skip)
        /// A one-to-one message; `pair` is the two parties, sorted, which name the chat.
        case oneToOne(pair: String)
    }

    /// Robot ids start with `wb` (WeCom's archive documentation): a robot is a bot, not a person.
    static func isRobot(_ id: String) -> Bool { id.hasPrefix("wb") }

    static func read(_ value: JSONValue, place: RecordPlace) throws -> Outcome {
        if value["action"]?.string == "switch" { return .skipped(.switchLog) }
        let id = try place.text(value, "msgid", expected: "the message id (msgid)")
        let roomID = value["roomid"]?.string ?? ""
        let from = try place.text(value, "from", expected: "the sender's userid (from)")
        if roomID.isEmpty {
            let to = value["tolist"]?.array?.compactMap(\.string).first ?? ""
            return .oneToOne(pair: [from, to].sorted().joined(separator: ","))
        }
        guard let time = value["msgtime"] else { throw place.missing("msgtime", expected: "milliseconds since 1970") }
        guard let milliseconds = time.int64 else { throw place.bad("msgtime", expected: "milliseconds since 1970", found: time) }
        guard TimestampParser.isInRange(milliseconds: milliseconds) else { return .skipped(.noTime) }
        let type = value["msgtype"]?.string ?? "text"
        var kind = WeComMessage.kind(msgtype: type)
        if WeComMessage.isRobot(from) { kind = .bot }
        let text = value[type]?["content"]?.string
        return .message(WeComMessage(id: id, roomID: roomID, from: from, milliseconds: milliseconds,
                                     raw: time.scalarText ?? "", kind: kind, text: text))
    }

    static func kind(msgtype: String) -> MessageKind {
        switch msgtype {
        case "text", "markdown": return .text
        case "image": return .image
        case "voice", "meeting_voice_call": return .voice
        case "video": return .video
        case "file": return .file
        case "emotion": return .sticker
        case "location": return .location
        case "link", "weapp", "news", "docmsg", "sphfeed", "voip_doc_share": return .link
        case "revoke", "agree", "disagree": return .system
        default: return .text
        }
    }
}
