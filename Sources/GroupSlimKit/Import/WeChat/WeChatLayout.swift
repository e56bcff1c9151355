/// The CSV layouts the community WeChat export tools write, told apart by their header rows.
enum WeChatLayout: String, CaseIterable, Sendable {
    /// WeChatMsg / MemoTrace (留痕): raw `MSG` table columns, one file per conversation.
    case weChatMsg = "WeChatMsg"
    /// PyWxDump 3.0: `content` holds a JSON `{"src", "msg"}` object.
    case pyWxDumpJSON = "PyWxDump 3.0"
    /// PyWxDump 3.1+: `msg` and `src` columns.
    case pyWxDump = "PyWxDump 3.1"
    /// sjzar/chatlog's HTTP API CSV.
    case chatlog = "chatlog"

    /// The columns each layout must have (matched case-insensitively).
    var required: [String] {
        switch self {
        case .weChatMsg: return ["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "StrContent"]
        case .pyWxDumpJSON: return ["MsgSvrID", "type_name", "is_sender", "talker", "room_name", "content", "CreateTime"]
        case .pyWxDump: return ["MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "CreateTime"]
        case .chatlog: return ["Time", "SenderName", "Sender", "TalkerName", "Talker", "Content"]
        }
    }

    /// Every column the layout's reader uses.
    var columns: [CanonicalFile.Column] {
        let optional: [String]
        switch self {
        case .weChatMsg: optional = ["StrTime", "Remark", "NickName", "Sender", "Status"]
        case .pyWxDumpJSON: optional = ["id"]
        case .pyWxDump: optional = ["id", "src"]
        case .chatlog: optional = []
        }
        return required.map { CanonicalFile.Column($0.lowercased(), required: true, []) }
            + optional.map { CanonicalFile.Column($0.lowercased(), []) }
    }

    /// The layout whose required columns the header holds; `nil` for none.
    static func detect(header: [String]) -> WeChatLayout? {
        let names = Set(header.map(CanonicalFile.normalizeHeader))
        return allCases.first { layout in layout.required.allSatisfy { names.contains(CanonicalFile.normalizeHeader($0)) } }
    }
}
