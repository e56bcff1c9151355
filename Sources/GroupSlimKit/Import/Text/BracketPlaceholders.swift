import Foundation

/// The `[图片]`-style placeholders Chinese chat tools write instead of media (QQ's message
/// manager, WeChat export tools such as chatlog): a message that starts with one is that medium,
/// and any text after the placeholders is its caption.
enum BracketPlaceholders {
    static let table: [(String, MessageKind)] = [
        ("[图片]", .image), ("[表情]", .sticker), ("[动画表情]", .sticker), ("[语音]", .voice), ("[视频]", .video),
        ("[文件]", .file), ("[位置]", .location), ("[地理位置]", .location), ("[链接]", .link), ("[卡片消息]", .link),
        ("[分享]", .link), ("[音乐]", .link), ("[小程序]", .link), ("[聊天记录]", .link), ("[名片]", .link),
        ("[QQ红包]", .file), ("[红包]", .file), ("[转账]", .file), ("[语音通话]", .system), ("[视频通话]", .system),
        ("[拍一拍]", .system),
    ]

    static func read(_ text: String) -> MessageReading {
        guard let (_, kind) = table.first(where: { text.hasPrefix($0.0) }) else { return MessageReading(kind: .text, text: text) }
        var caption = text
        for (marker, _) in table { caption = caption.replacingOccurrences(of: marker, with: "") }
        caption = caption.trimmingCharacters(in: .whitespacesAndNewlines)
        return MessageReading(kind: kind, text: caption.isEmpty ? nil : caption)
    }
}
