/// Gives identical messages that share a timestamp distinct ids.
///
/// Chat logs without message ids (WhatsApp with minute precision, QQ) can hold the same "收到"
/// from the same person twice in one minute; the store would take the second for a re-import of
/// the first. Counting repeats in file order gives each copy a stable id, so importing the file
/// again still adds nothing. Memory stays bounded: only the current timestamp's messages are kept.
struct RepeatedMessageCounter {
    private var currentTime: Int64?
    private var seen: [String: Int] = [:]

    /// `nil` for the first copy (the store's own content key identifies it), else an id that
    /// names the timestamp, sender, kind, a hash of the text and the copy's number.
    mutating func sourceID(sentAt: Int64, senderKey: String, kind: MessageKind, text: String?) -> String? {
        if currentTime != sentAt {
            currentTime = sentAt
            seen.removeAll(keepingCapacity: true)
        }
        let hash = TextNormalizer.fnv1a(text ?? "")
        let key = "\(senderKey)\u{1}\(kind.rawValue)\u{1}\(hash)"
        let copy = seen[key, default: 0]
        seen[key] = copy + 1
        return copy == 0 ? nil : "repeat:\(sentAt):\(senderKey):\(kind.rawValue):\(hash):\(copy)"
    }
}
