/// A message with every column the store keeps already computed — class, length, content hash,
/// @all flag, de-duplication key — but not yet tied to a group or sender row.
///
/// Computing these is most of an import's CPU time and needs no database, so an importer can
/// build rows on another thread (see ``CanonicalImporter``'s message pipeline) while the
/// connection's thread only resolves ids and inserts.
public struct MessageRow: Sendable {
    public var sentAt: Int64
    public var sentRaw: String
    public var kind: MessageKind
    public var contentClass: ContentClass
    /// The text to store: `nil` when empty or when the import does not keep text.
    public var storedText: String?
    public var textLength: Int
    public var contentHash: Int64?
    public var mentionsEveryone: Bool
    public var sourceMessageID: String?
    /// Identifies the message within its group: the source id when it has one, otherwise time,
    /// sender, kind and text, so a re-import of the same export adds nothing.
    public var dedupKey: Int64

    /// Computes the row for `message`, sent by the person the export calls `senderKey`.
    public init(_ message: MessageRecord, senderKey: String, classifier: MessageClassifier, keepText: Bool) {
        let text = message.text.flatMap { $0.isEmpty ? nil : $0 }
        sentAt = message.sentAt
        sentRaw = message.sentRaw
        kind = message.kind
        contentClass = classifier.classify(kind: message.kind, text: message.text)
        storedText = keepText ? text : nil
        textLength = text?.count ?? 0
        contentHash = text.flatMap(TextNormalizer.contentHash)
        mentionsEveryone = classifier.mentionsEveryone(text)
        sourceMessageID = message.sourceMessageID
        var key = FNV1a()
        if let id = message.sourceMessageID, !id.isEmpty {
            key.combine("id\u{1}")
            key.combine(id)
        } else {
            key.combine("m\u{1}")
            key.combine(String(message.sentAt))
            key.combine(1)
            key.combine(senderKey)
            key.combine(1)
            key.combine(message.kind.rawValue)
            key.combine(1)
            key.combine(text ?? "")
        }
        dedupKey = key.value
    }
}
