/// What the store says about a group itself (not its messages): identity, owner, declared
/// purpose and the members present at as-of.
public struct GroupProfile: Sendable, Equatable {
    /// Row id in the store.
    public var rowID: Int64
    public var platform: String
    /// The id as the source gave it; this is what reports and `explain` use. When two platforms
    /// use the same id (a WhatsApp and a QQ group both named 网格工作群), both become
    /// `platform:id`, so every id in an analysis names one group.
    public var sourceID: String
    public var name: String
    public var ownerUnit: String?
    public var createdAt: Int64?
    public var taskEnd: String?
    public var taskEndAt: Int64?
    public var isProtected: Bool
    public var tags: [String]
    /// Store person ids of the members at as-of, sorted.
    public var members: [Int64]
    /// Earliest join time among members (a lower bound on age when creation is unknown).
    public var earliestJoin: Int64?
    /// When the group first appeared in the data, if it arrived with a later import than the
    /// first one of its format (the data's latest message in that import); `nil` for groups
    /// present from the first import on. Drives the grace period.
    public var firstSeenAt: Int64?
    /// Whether every membership of the group was inferred from who posted (no roster, no join
    /// events: Discord guild channels, chats exported without a member list). Posters are not
    /// the audience, so overlap between such groups is weak evidence.
    public var audienceInferred: Bool = false
    /// Members whose unit is known, how many units they come from, and the biggest unit's count:
    /// an audience spread over several units is a broad (all-staff, notice) group.
    public var membersWithUnit: Int = 0
    public var memberUnits: Int = 0
    public var largestUnitMembers: Int = 0
    /// The usage report's aggregates, for groups known only from one (Microsoft Teams).
    public var activityReport: GroupActivityReport? = nil

    /// `platform:id`, whether or not the id had to be qualified.
    public var qualifiedID: String { sourceID.hasPrefix(platform + ":") ? sourceID : platform + ":" + sourceID }
}
