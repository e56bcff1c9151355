/// A new group that regrows one the office dissolved or merged away (反弹回潮), with the
/// evidence that it is the same circle of people for the same purpose.
public struct Rebound: Sendable, Equatable, Codable {
    /// The new group (`platform:id`).
    public var group: String
    public var name: String
    /// The group it regrows (`platform:id`), and what was decided about it.
    public var earlierGroup: String
    public var earlierName: String
    public var decision: DecisionKind
    public var decidedOn: String
    /// When the new group started (its creation, else its first message or join), `YYYY-MM-DD`.
    public var startedOn: String
    public var sharedMembers: Int
    /// Of the new group's members, the share who were in the earlier group.
    public var memberShare: Double
    public var sharedTags: [String]
    public var nameSimilarity: Double
    public var sameOwnerUnit: Bool
    /// What made the purpose match: "tags", "name", or "owner unit".
    public var purposeEvidence: String

    /// One sentence for plans and reports.
    public var summary: String {
        let percent = Int((memberShare * 100).rounded())
        return "Rebound of \(earlierGroup) (\(decision.rawValue) on \(decidedOn)): started \(startedOn), "
            + "\(sharedMembers) shared members (\(percent)% of its members), same purpose by \(purposeEvidence)."
    }
}
