// TEMPORARY until the classifier lands.
public struct MessageClassifier: Sendable {
    public init() {}
    public func classify(kind: MessageKind, text: String?) -> ContentClass { .substantive }
    public func mentionsEveryone(_ text: String?) -> Bool { false }
}
