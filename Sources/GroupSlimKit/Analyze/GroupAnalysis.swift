import Foundation

/// One group's analysis: who it is, what was measured, and every verdict check.
public struct GroupAnalysis: Sendable, Equatable {
    public var profile: GroupProfile
    public var signals: GroupSignals
    /// One check per verdict kind, in ``VerdictKind`` order.
    public var checks: [VerdictCheck]

    /// The granted verdicts, in ``VerdictKind`` order.
    public var verdicts: [VerdictKind] { checks.filter(\.granted).map(\.verdict) }

    public func check(_ kind: VerdictKind) -> VerdictCheck? { checks.first { $0.verdict == kind } }
}

/// The whole analysis at one as-of instant.
public struct AnalysisResult: Sendable, Equatable {
    public var asOf: Int64
    public var timeZone: String
    public var policy: AnalysisPolicy
    public var groups: [GroupAnalysis]
    public var pairs: [PairSimilarity]
    /// Distinct notice texts that were posted into more than one group within 24 hours.
    public var crossPostedNotices: Int

    /// The zone the analysis read local times in (dates in plans and reports use it too).
    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")! }

    /// The analysis of the group with this source id (or `platform:id`).
    public func group(_ id: String) -> GroupAnalysis? {
        groups.first { $0.profile.sourceID == id || $0.profile.qualifiedID == id }
    }
}
