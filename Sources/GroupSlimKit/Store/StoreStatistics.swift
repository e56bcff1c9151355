/// What is in a store: the figures `groupslim stats` prints.
public struct StoreStatistics: Equatable, Sendable, Codable {
    public struct PlatformCounts: Equatable, Sendable, Codable {
        public var platform: String
        public var groups: Int
        public var memberships: Int
        public var messages: Int
        public var people: Int
    }

    public var groups: Int
    public var people: Int
    public var memberships: Int
    public var messages: Int
    /// Messages whose text was kept; zero after `--no-text` imports.
    public var messagesWithText: Int
    public var importRuns: Int
    public var firstMessageAt: Int64?
    public var lastMessageAt: Int64?
    public var platforms: [PlatformCounts]
}
