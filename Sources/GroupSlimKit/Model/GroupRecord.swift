/// A group as an importer found it, before it has a row in the store.
///
/// Every importer, whatever the format, reduces its source to these records, so the store and
/// the analysis never depend on a platform's own shapes.
public struct GroupRecord: Equatable, Sendable {
    public var platform: String
    /// The id the source gave the group (`12345@chatroom`, a Slack channel id, a CSV `group_id`).
    public var sourceID: String
    public var name: String
    public var ownerUnit: String?
    public var ownerID: String?
    public var createdAt: Int64?
    public var createdRaw: String?
    public var purposeTags: [String]
    /// The declared end of a phase task, as a date (`YYYY-MM-DD`).
    public var taskEnd: String?
    /// The instant the task-end day is over (midnight after it, in the import's zone).
    public var taskEndAt: Int64?
    public var isProtected: Bool

    public init(platform: String, sourceID: String, name: String, ownerUnit: String? = nil, ownerID: String? = nil,
                createdAt: Int64? = nil, createdRaw: String? = nil, purposeTags: [String] = [],
                taskEnd: String? = nil, taskEndAt: Int64? = nil, isProtected: Bool = false) {
        self.platform = platform
        self.sourceID = sourceID
        self.name = name
        self.ownerUnit = ownerUnit
        self.ownerID = ownerID
        self.createdAt = createdAt
        self.createdRaw = createdRaw
        self.purposeTags = purposeTags
        self.taskEnd = taskEnd
        self.taskEndAt = taskEndAt
        self.isProtected = isProtected
    }
}
