/// A follow-up review (回头看) between two recorded plans: what appeared, what vanished, whose
/// verdicts changed, and whether the earlier plan's dissolutions and merges were carried out.
public struct RunDiff: Sendable, Equatable, Codable {
    public struct GroupRef: Sendable, Equatable, Codable {
        public var group: String
        public var name: String
    }

    public struct VerdictChange: Sendable, Equatable, Codable {
        public var group: String
        public var name: String
        public var before: [String]
        public var after: [String]
    }

    public enum ProgressState: String, Sendable, Codable, CaseIterable {
        case carriedOut = "carried-out"
        case notCarriedOut = "not-carried-out"
        /// Not carried out, and the later plan is at least `follow_up_days` after the proposal.
        case overdue
        /// The office kept the group instead (`decide … keep` or `reject`).
        case declined
    }

    /// What became of one dissolve or merge proposal of the earlier plan.
    public struct Progress: Sendable, Equatable, Codable {
        public var group: String
        public var name: String
        public var proposed: String
        public var mergeInto: String?
        public var state: ProgressState
        /// People's messages between the two plans' as-of instants.
        public var messagesSince: Int
        /// Whether the later export no longer contains the group.
        public var gone: Bool
    }

    public var from: PlanRun
    public var to: PlanRun
    public var newGroups: [GroupRef]
    public var vanishedGroups: [GroupRef]
    public var changedVerdicts: [VerdictChange]
    public var progress: [Progress]
    /// New groups regrowing retired ones, as of the later plan.
    public var rebounds: [Rebound]

    /// Proposals per state, for summaries.
    public func count(_ state: ProgressState) -> Int { progress.filter { $0.state == state }.count }
}
