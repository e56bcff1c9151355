/// One WeChat message as every layout reduces it.
struct WeChatRow {
    /// `…@chatroom` for groups; a person's wxid (or the file's contact name) for one-to-one chats.
    var conversationID: String?
    var conversationName: String?
    /// The sender's wxid (or, where a layout has none, display name).
    var senderID: String?
    var senderName: String?
    var isSelf: Bool
    var sentAt: Int64
    var sentRaw: String
    var kind: MessageKind
    var text: String?
    var messageID: String?
}
