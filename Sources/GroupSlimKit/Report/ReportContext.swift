import Foundation

/// What every human-readable report needs, prepared once: the plan, the wording in the chosen
/// language, the zone for dates, and the figures the charts draw.
public struct ReportContext {
    public let plan: CleanupPlan
    public let language: ReportLanguage
    public let strings: ReportStrings
    public let zone: TimeZone
    /// The recorded plans up to this one, for the trend section (empty: no section).
    public var trend: [TrendPoint]

    public init(plan: CleanupPlan, language: ReportLanguage, trend: [TrendPoint] = []) {
        self.plan = plan
        self.trend = trend
        self.language = language
        strings = language.strings
        zone = plan.analysis.zone
    }

    public var asOfText: String { TimeFormatting.iso(plan.asOf, zone: zone) }

    /// Each proposal with its analysis, in plan order.
    var rows: [(proposal: GroupProposal, group: GroupAnalysis)] {
        Array(zip(plan.proposals, plan.analysis.groups))
    }

    /// Groups carrying each verdict, in ``VerdictKind`` order.
    var verdictCounts: [(verdict: VerdictKind, count: Int)] {
        VerdictKind.allCases.map { kind in (kind, plan.analysis.groups.filter { $0.verdicts.contains(kind) }.count) }
    }

    func messagesPerDay(_ group: GroupAnalysis) -> Double {
        Double(plan.activity.counts(group.profile.rowID).messages) / Double(plan.activity.windowDays)
    }

    func lastSubstantive(_ group: GroupAnalysis) -> String {
        group.signals.lastSubstantiveAt.map { TimeFormatting.date($0, zone: zone) } ?? strings.text(.never)
    }

    /// Proposals that need a line of evidence in the report: everything but a plain keep.
    var proposalsWithEvidence: [(proposal: GroupProposal, group: GroupAnalysis)] {
        rows.filter { $0.proposal.action != .keep || !$0.group.verdicts.isEmpty || $0.proposal.reasons.contains { $0.code == "absorbs" } }
    }

    /// Histogram bins for the groups-per-member chart: both series padded to the same length.
    var groupsPerMemberBins: (labels: [String], before: [Double], after: [Double]) {
        let before = plan.burden.groupsPerMemberHistogramBefore, after = plan.burden.groupsPerMemberHistogramAfter
        let count = max(before.count, after.count)
        return ((0..<count).map(String.init),
                (0..<count).map { Double($0 < before.count ? before[$0] : 0) },
                (0..<count).map { Double($0 < after.count ? after[$0] : 0) })
    }
}
