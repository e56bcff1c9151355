/// What one import read and changed; printed after the import and stored with the run.
public struct ImportCounts: Equatable, Sendable, Codable {
    public var groupsRead = 0
    public var groupsAdded = 0
    public var peopleAdded = 0
    public var membershipsRead = 0
    public var membershipsAdded = 0
    public var membershipsInferred = 0
    public var messagesRead = 0
    public var messagesAdded = 0
    /// Records read but not stored because the store already had them (a re-import).
    public var recordsSkipped = 0
    /// Distinct bot accounts this run saw (stored apart from people; see ``StoreWriter/markBot(_:)``).
    public var botsSeen = 0
    /// One-to-one chats this run found and left out (a group audit has no use for them).
    public var oneToOneChatsSkipped = 0

    public init() {}
}
