import Foundation

/// WeChat's message type codes and the export tools' Chinese type labels, as kinds.
enum WeChatTypes {
    /// `Type` (+ `SubType` for 49 app messages) of the raw `MSG` table.
    static func kind(type: Int, subType: Int) -> MessageKind {
        switch type {
        case 1: return .text
        case 3: return .image
        case 34: return .voice
        case 43: return .video
        case 47: return .sticker
        case 48: return .location
        case 42: return .link
        case 49:
            switch subType {
            case 1, 53, 57, 87: return .text  // text-like, 接龙, quote/reply, group announcement
            case 6: return .file
            case 8: return .sticker
            case 17: return .location
            case 62: return .system  // pat
            case 2000, 2001, 2003: return .file  // transfer, red packet
            default: return .link
            }
        case 10000, 10002, 50: return .system
        default: return .text
        }
    }

    /// PyWxDump's `type_name` labels.
    static func kind(label: String) -> MessageKind {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("消息撤回") || trimmed.contains("通话") { return .system }
        switch trimmed {
        case "文本", "引用回复", "群公告", "接龙", "未知": return .text
        case "图片": return .image
        case "语音": return .voice
        case "视频": return .video
        case "动画表情", "表情", "GIF表情": return .sticker
        case "位置", "实时位置": return .location
        case "文件", "转账", "红包", "红包封面": return .file
        case "系统通知", "拍一拍", "邀请加群", "系统": return .system
        default: return MessageKind(canonical: trimmed) ?? .link
        }
    }

    /// The text of an app message's XML (`<title>…</title>`), which is what a reply, an
    /// announcement or a 接龙 says; `nil` when there is none.
    static func appMessageTitle(_ xml: String) -> String? {
        guard let open = xml.range(of: "<title>"), let close = xml.range(of: "</title>", range: open.upperBound..<xml.endIndex) else {
            return nil
        }
        var title = String(xml[open.upperBound..<close.lowerBound])
        if title.hasPrefix("<![CDATA["), title.hasSuffix("]]>") { title = String(title.dropFirst(9).dropLast(3)) }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            title = title.replacingOccurrences(of: entity, with: character)
        }
        return title.isEmpty ? nil : title
    }

    /// Splits the `wxid_x:\n` sender prefix that WeChat 4.x and mobile databases leave on group
    /// message content.
    static func splitSenderPrefix(_ content: String) -> (sender: String?, content: String) {
        guard let newline = content.firstIndex(of: "\n"), content[..<newline].hasSuffix(":") else { return (nil, content) }
        let candidate = content[..<content.index(before: newline)]
        guard !candidate.isEmpty, candidate.count <= 64,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-@.".contains($0)) }) else { return (nil, content) }
        return (String(candidate), String(content[content.index(after: newline)...]))
    }
}
