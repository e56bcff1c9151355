/// One message of a QQ export with the section it belongs to, as ``QQSectionWalker`` yields it.
struct QQMessage {
    /// The 消息分组 folder (`我的群聊`, a friend list …), `nil` when the file has none.
    var folder: String?
    /// The 消息对象: the group's (or friend's) name.
    var chat: String
    var header: QQHeader
    var lines: [String]
    /// The header's line number.
    var line: Int

    /// The content with the blank lines that separate messages removed from its end.
    var text: String {
        var body = lines
        while let last = body.last, last.trimmingCharacters(in: .whitespaces).isEmpty { body.removeLast() }
        return body.joined(separator: "\n")
    }

    /// Whether the section is a group chat: the 我的群聊 folder, 多人聊天/讨论组, or no folder at all
    /// (a single group's export). Friend lists hold one-to-one chats, which are not groups.
    var isGroup: Bool {
        guard let folder else { return true }
        return folder.contains("群") || folder.contains("多人聊天") || folder.contains("讨论组")
    }
}
