/// Which group survives a merge. The documented order (README, "How the plan decides"):
///
/// 1. most substantive activity in the burden window (where the real work happens now);
/// 2. then most substantive messages over the group's whole life;
/// 3. then a group with a recorded owner unit (someone is accountable for it);
/// 4. then the older group (people know where it is);
/// 5. then the bigger group (fewer people have to move);
/// 6. then the smaller source id, so the choice is always deterministic.
public struct SurvivorRule: Sendable {
    /// What the rule looks at for one group.
    public struct Candidate: Sendable, Equatable {
        public var groupID: String
        public var recentSubstantive: Int
        public var substantive: Int
        public var hasOwnerUnit: Bool
        public var ageDays: Double
        public var members: Int

        public init(groupID: String, recentSubstantive: Int, substantive: Int, hasOwnerUnit: Bool, ageDays: Double, members: Int) {
            self.groupID = groupID
            self.recentSubstantive = recentSubstantive
            self.substantive = substantive
            self.hasOwnerUnit = hasOwnerUnit
            self.ageDays = ageDays
            self.members = members
        }
    }

    public init() {}

    /// Whether `a` should survive rather than `b`.
    public func prefers(_ a: Candidate, over b: Candidate) -> Bool {
        if a.recentSubstantive != b.recentSubstantive { return a.recentSubstantive > b.recentSubstantive }
        if a.substantive != b.substantive { return a.substantive > b.substantive }
        if a.hasOwnerUnit != b.hasOwnerUnit { return a.hasOwnerUnit }
        // Whole days, so that groups created on the same day fall through to size.
        let ageA = a.ageDays.rounded(.down), ageB = b.ageDays.rounded(.down)
        if ageA != ageB { return ageA > ageB }
        if a.members != b.members { return a.members > b.members }
        return a.groupID < b.groupID
    }

    /// Candidates best first.
    public func ranked(_ candidates: [Candidate]) -> [Candidate] {
        candidates.sorted { prefers($0, over: $1) }
    }
}
