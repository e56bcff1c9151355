import Foundation

/// The chat's title, which WhatsApp writes only into the export's file name:
/// `WhatsApp Chat with NAME.txt` and its translations, `与NAME的 WhatsApp 聊天.txt`, or, for the
/// iOS `_chat.txt` inside `WhatsApp Chat - NAME.zip`, the unpacked folder's name.
enum WhatsAppChatName {
    private static let prefixes = [
        "WhatsApp Chat with ", "WhatsApp Chat mit ", "Chat de WhatsApp con ", "Discussion WhatsApp avec ",
        "Conversa do WhatsApp com ", "Conversa de WhatsApp com ", "Chat WhatsApp con ", "Чат WhatsApp с ",
        "WhatsApp Chat - ", "WhatsApp-Chat mit ",
    ]
    private static let wrappers: [(String, String)] = [("与", "的 WhatsApp 聊天"), ("与", "的WhatsApp聊天"), ("與", "的WhatsApp對話"),
                                                       ("與", "的 WhatsApp 對話")]

    /// The title from `url`'s name; `fallback` (the chat's latest subject line) when the name
    /// is not one of WhatsApp's own.
    static func name(for url: URL, fallback: String? = nil) -> String {
        var stem = url.deletingPathExtension().lastPathComponent
        if stem == "_chat" || stem.isEmpty { stem = url.deletingLastPathComponent().lastPathComponent }
        let spaced = stem.replacingOccurrences(of: "_", with: " ")
        for prefix in prefixes {
            for candidate in [stem, spaced] where candidate.hasPrefix(prefix) {
                return String(candidate.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        for (open, close) in wrappers where stem.hasPrefix(open) && stem.hasSuffix(close) && stem.count > open.count + close.count {
            return String(stem.dropFirst(open.count).dropLast(close.count))
        }
        return fallback ?? stem
    }
}
