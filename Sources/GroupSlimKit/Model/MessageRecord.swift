/// A message as an importer found it. The text is optional twice over: many messages have none
/// (images, system events), and the import may be told not to keep it at all.
public struct MessageRecord: Equatable, Sendable {
    public var sentAt: Int64
    public var sentRaw: String
    public var kind: MessageKind
    public var text: String?
    /// The source's own message id, when it has one; otherwise a content hash identifies it.
    public var sourceMessageID: String?

    public init(sentAt: Int64, sentRaw: String, kind: MessageKind, text: String?, sourceMessageID: String?) {
        self.sentAt = sentAt
        self.sentRaw = sentRaw
        self.kind = kind
        self.text = text
        self.sourceMessageID = sourceMessageID
    }
}
