/// One line of a QQ message-manager export, classified.
enum QQLine: Equatable {
    case title                     // 消息记录（此消息记录为文本格式，不支持重新导入）
    case separator                 // 64 "="
    case folder(String)            // 消息分组:我的群聊
    case chat(String)              // 消息对象:湖之仆从
    case header(QQHeader)
    /// A line that starts like a message header (`YYYY-M-D H:`) but is not one; `reason` says
    /// what was wrong, `namesID` whether it ends in a `(…)`/`<…>` sender id all the same.
    case brokenHeader(reason: String, namesID: Bool)
    case blank
    case text(String)
}
