import Foundation

/// Turns one CSV record of any ``WeChatLayout`` into a ``WeChatRow``.
struct WeChatRowReader {
    let layout: WeChatLayout
    let header: HeaderMap
    let file: String
    let parser: TimestampParser
    /// WeChatMsg files hold one conversation, named by the file or its folder; `nil` for its
    /// "export all" `messages.csv`, whose rows name their conversation themselves.
    let fileConversation: (id: String?, name: String)?

    func row(_ record: CSVRecord) throws -> WeChatRow {
        switch layout {
        case .weChatMsg: return try weChatMsg(record)
        case .pyWxDump, .pyWxDumpJSON: return try pyWxDump(record)
        case .chatlog: return try chatlog(record)
        }
    }

    private func weChatMsg(_ record: CSVRecord) throws -> WeChatRow {
        let type = try integer("type", record)
        let subType = header.value("subtype", in: record).flatMap { Int($0) } ?? 0
        let isSelf = header.value("issender", in: record) == "1"
        // CreateTime is the UTC instant; StrTime only the exporting PC's wall clock.
        let raw = header.value("createtime", in: record) ?? header.value("strtime", in: record) ?? ""
        let sentAt = try time(raw, column: header.value("createtime", in: record) == nil ? "StrTime" : "CreateTime", record)
        var content = header.rawValue("strcontent", in: record) ?? ""
        var sender = header.value("sender", in: record)
        let prefixed = WeChatTypes.splitSenderPrefix(content)
        if let prefixSender = prefixed.sender { content = prefixed.content; sender = sender ?? prefixSender }
        let kind = WeChatTypes.kind(type: type, subType: subType)
        let text: String?
        switch type {
        case 1, 10000: text = content
        case 49: text = WeChatTypes.appMessageTitle(content)
        default: text = nil  // images, voice, stickers: the cell holds XML, not words
        }
        guard let fileConversation else {
            // "Export all": Remark/NickName name the conversation and Sender is 我 or a member's
            // display name (no wxid), kept as `nick:NAME` like the names in join notices.
            let name = header.value("sender", in: record)
            return WeChatRow(
                conversationID: nil, conversationName: header.value("remark", in: record) ?? header.value("nickname", in: record),
                senderID: name.map { isSelf || $0 == "我" ? "我" : "nick:" + $0 }, senderName: name, isSelf: isSelf || name == "我",
                sentAt: sentAt, sentRaw: header.value("strtime", in: record) ?? raw, kind: kind, text: text,
                messageID: nil)
        }
        return WeChatRow(
            conversationID: fileConversation.id, conversationName: fileConversation.name, senderID: sender,
            senderName: header.value("remark", in: record) ?? header.value("nickname", in: record), isSelf: isSelf,
            sentAt: sentAt, sentRaw: header.value("strtime", in: record) ?? raw, kind: kind, text: text,
            messageID: header.value("localid", in: record).map { "local:" + $0 })
    }

    private func pyWxDump(_ record: CSVRecord) throws -> WeChatRow {
        let raw = try header.required("createtime", in: record)
        let sentAt = try time(raw, column: "CreateTime", record)
        let label = header.value("type_name", in: record) ?? ""
        let kind = WeChatTypes.kind(label: label)
        var text: String?
        if layout == .pyWxDumpJSON {
            text = WeChatRowReader.jsonMessage(header.rawValue("content", in: record))
        } else {
            text = header.rawValue("msg", in: record)
        }
        if kind != .text && kind != .system { text = nil }  // "图片", "表情": labels, not words
        let talker = header.value("talker", in: record)
        let isSelf = header.value("is_sender", in: record) == "1" || talker == "我"
        return WeChatRow(
            conversationID: header.value("room_name", in: record), conversationName: nil,
            senderID: kind == .system || talker == "系统" || talker == "未知" ? nil : talker, senderName: nil, isSelf: isSelf,
            sentAt: sentAt, sentRaw: raw, kind: kind, text: text, messageID: header.value("msgsvrid", in: record))
    }

    private func chatlog(_ record: CSVRecord) throws -> WeChatRow {
        let raw = try header.required("time", in: record)
        let sentAt = try time(raw, column: "Time", record)
        let sender = header.value("sender", in: record)
        let isSystem = sender == nil || sender == "系统消息" || header.value("sendername", in: record) == "系统消息"
        var reading = BracketPlaceholders.read(header.rawValue("content", in: record) ?? "")
        if isSystem { reading.kind = .system }
        return WeChatRow(
            conversationID: header.value("talker", in: record), conversationName: header.value("talkername", in: record),
            senderID: isSystem ? nil : sender, senderName: header.value("sendername", in: record), isSelf: false,
            sentAt: sentAt, sentRaw: raw, kind: reading.kind, text: reading.text, messageID: nil)
    }

    /// The `msg` of PyWxDump 3.0's `{"src": …, "msg": …}` cell (the cell as is when it is not JSON).
    static func jsonMessage(_ cell: String?) -> String? {
        guard let cell, cell.hasPrefix("{"), let data = cell.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return cell }
        return object["msg"] as? String
    }

    private func integer(_ column: String, _ record: CSVRecord) throws -> Int {
        let value = try header.required(column, in: record)
        guard let number = Int(value) else {
            throw ImportError.badValue(file: file, line: record.line, column: column, value: value, expected: "a whole number")
        }
        return number
    }

    private func time(_ raw: String, column: String, _ record: CSVRecord) throws -> Int64 {
        guard !raw.isEmpty, let parsed = parser.parse(raw), !parsed.isDateOnly else {
            throw ImportError.badValue(file: file, line: record.line, column: column, value: raw,
                                       expected: "Unix seconds or a local time such as 2024-10-04 11:42:05 (or Excel's 2024/10/4 11:42)")
        }
        return parsed.milliseconds
    }
}
