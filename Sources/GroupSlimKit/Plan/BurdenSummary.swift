/// What the plan costs and saves for the whole district, before and after.
public struct BurdenSummary: Sendable, Equatable {
    /// One person's burden before and after.
    public struct PersonBurden: Sendable, Equatable {
        public var personID: String
        public var name: String?
        public var unit: String?
        public var groupsBefore: Int
        public var groupsAfter: Int
        public var messagesPerWeekBefore: Double
        public var messagesPerWeekAfter: Double
    }

    public var groupsBefore: Int
    public var groupsAfter: Int
    public var groupsDissolved: Int
    public var groupsMerged: Int
    public var groupsInReview: Int
    /// People who are a member of at least one group at as-of.
    public var members: Int
    public var groupsPerMemberBefore: Distribution
    public var groupsPerMemberAfter: Distribution
    /// How many members are in exactly `n` groups, for n = 0… (index = number of groups).
    public var groupsPerMemberHistogramBefore: [Int]
    public var groupsPerMemberHistogramAfter: [Int]
    /// Messages a member must read per week (the sum over their groups), measured in the window.
    public var messagesPerMemberWeekBefore: Distribution
    public var messagesPerMemberWeekAfter: Distribution
    /// The people in the most groups before the plan (then the most to read), at most 20.
    public var mostBurdened: [PersonBurden]
    /// Copies of cross-posted notices in the window that no longer reach anyone twice: the copies
    /// in dissolved groups and those collapsed by merges.
    public var crossPostCopiesRemoved: Int
    public var crossPostCopiesBefore: Int
    /// Check-ins and roll-calls in the window in groups the plan dissolves.
    public var checkInDemandsRemoved: Int
    public var checkInDemandsBefore: Int
    public var windowDays: Int
}
