import Foundation

/// What a message *is* on the platform (its container), as the export states it.
///
/// This is distinct from ``ContentClass``, which is what the message *does* in the group
/// (a notice, an acknowledgement, a check-in …). Importers map each format's own type codes onto
/// these cases so the analysis never needs to know where a message came from.
public enum MessageKind: String, CaseIterable, Sendable, Codable, Comparable {
    case text, image, video, voice, file, link, location, sticker, system, checkin, bot

    /// Parses a kind as written in a canonical `messages.csv`, accepting common synonyms and the
    /// Chinese names an office would type. Returns `nil` for anything unknown so the caller can
    /// report the line.
    public init?(canonical raw: String) {
        // Most rows already hold a case name exactly; skip trimming and lowercasing for them.
        if let exact = MessageKind(rawValue: raw) { self = exact; return }
        let key = raw.trimmedWhitespace.lowercased()
        if key.isEmpty { self = .text; return }
        if let direct = MessageKind(rawValue: key) { self = direct; return }
        switch key {
        case "文本", "文字", "txt", "message": self = .text
        case "图片", "照片", "photo", "picture", "img": self = .image
        case "视频", "movie": self = .video
        case "语音", "audio", "voice_message": self = .voice
        case "文件", "document", "attachment": self = .file
        case "链接", "分享", "url", "article": self = .link
        case "位置", "定位", "地理位置": self = .location
        case "表情", "动画表情", "emoji", "gif", "animation": self = .sticker
        case "系统", "系统消息", "service": self = .system
        case "打卡", "签到", "check-in", "check_in": self = .checkin
        case "机器人", "bot_message", "robot": self = .bot
        default: return nil
        }
    }

    public static func < (lhs: MessageKind, rhs: MessageKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
