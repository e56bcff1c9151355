/// One line of a QQ message-manager export, classified.
enum QQLine: Equatable {
    case title                     // 消息记录（此消息记录为文本格式，不支持重新导入）
    case separator                 // 64 "="
    case folder(String)            // 消息分组:我的群聊
    case chat(String)              // 消息对象:湖之仆从
    case header(QQHeader)
    case blank
    case text(String)
}
