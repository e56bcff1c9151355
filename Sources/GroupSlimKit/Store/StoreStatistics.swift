/// What is in a store: the figures `groupslim stats` prints.
public struct StoreStatistics: Equatable, Sendable, Codable {
    public struct PlatformCounts: Equatable, Sendable, Codable {
        public var platform: String
        public var groups: Int
        public var memberships: Int
        public var messages: Int
        /// Members who are people (bots apart).
        public var people: Int
        public var bots: Int
    }

    public var groups: Int
    /// People, bots apart.
    public var people: Int
    /// Bot accounts (Slack bots and apps, Telegram and Discord bots, Mattermost bot posts,
    /// WeCom robots): stored, never counted as people or members.
    public var bots: Int
    /// One-to-one chats found in the imports and left out (each counted once).
    public var oneToOneChatsSkipped: Int
    public var memberships: Int
    public var messages: Int
    /// Messages whose text was kept; zero after `--no-text` imports.
    public var messagesWithText: Int
    public var importRuns: Int
    public var firstMessageAt: Int64?
    public var lastMessageAt: Int64?
    public var platforms: [PlatformCounts]
}
