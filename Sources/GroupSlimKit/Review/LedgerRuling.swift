/// How a recorded decision bears on a group at one as-of: what a plan must do with the group
/// and what a follow-up review (回头看) reports about it.
public enum LedgerRuling: Sendable, Equatable {
    /// Certified as needed until `until` (inclusive): keep it, whatever the verdicts say.
    case certified(until: String, reason: String?)
    /// The certification ran out: the group is judged again like any other.
    case certificationExpired(until: String)
    /// The office rejected the proposal and nothing new has been found since: keep it visible
    /// with the office's reason, do not propose it again.
    case rejectionStands(on: String, reason: String?)
    /// Rejected earlier, but verdicts have appeared that the office did not see: propose again.
    case rejectionReopened(on: String, newVerdicts: [VerdictKind])
    /// Decided dissolved or merged, and the data agrees: silent since, or gone from a newer export.
    case carriedOut(DecisionKind, on: String, into: String?)
    /// Decided dissolved or merged, but people still post in it.
    case notCarriedOut(DecisionKind, on: String, into: String?, messagesSince: Int)

    /// Whether a plan may propose an action for the group.
    public var allowsProposal: Bool {
        switch self {
        case .certificationExpired, .rejectionReopened: return true
        case .certified, .rejectionStands, .carriedOut, .notCarriedOut: return false
        }
    }

    /// A stable identifier for machines.
    public var code: String {
        switch self {
        case .certified: return "certified"
        case .certificationExpired: return "certification-expired"
        case .rejectionStands: return "rejection-stands"
        case .rejectionReopened: return "rejection-reopened"
        case .carriedOut: return "carried-out"
        case .notCarriedOut: return "not-carried-out"
        }
    }
}
