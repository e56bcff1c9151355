/// The verdicts of `policy-basis.md`. The first five propose an action; `protected` and
/// `too-new` are modifiers that stop a group from being judged.
public enum VerdictKind: String, CaseIterable, Sendable, Codable, Comparable {
    case zombie
    case taskEnded = "task-ended"
    case duplicate
    case overlapping
    case checkInOnly = "check-in-only"
    case protected
    case tooNew = "too-new"

    /// Verdicts that lead to dissolving or merging a group.
    public var isActionable: Bool { self != .protected && self != .tooNew }

    public static func < (lhs: VerdictKind, rhs: VerdictKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
