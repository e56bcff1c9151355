/// What the plan proposes for one group. A plan never executes anything: platforms such as
/// DingTalk and WeCom do not even let an admin dissolve an ordinary group; its owner does.
public enum PlanAction: String, CaseIterable, Sendable, Codable, Comparable {
    /// Zombie, task-ended or check-in-only: the group has no work left to do.
    case dissolve
    /// Duplicate or overlapping: its members and work move into the surviving group.
    case merge
    /// A person must decide: conflicting or weak evidence, protected but dormant, a merge that
    /// would create a mega-group, or a merge partner that is itself going elsewhere.
    case review
    case keep

    /// The verdicts that lead to dissolving a group.
    public static let dissolveVerdicts: Set<VerdictKind> = [.zombie, .taskEnded, .checkInOnly]
    /// The verdicts that lead to merging a group into another.
    public static let mergeVerdicts: Set<VerdictKind> = [.duplicate, .overlapping]

    /// Whether the group stops existing as it is (it is dissolved or merged away).
    public var removesGroup: Bool { self == .dissolve || self == .merge }

    public static func < (lhs: PlanAction, rhs: PlanAction) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
