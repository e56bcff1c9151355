/// The dry-run cleanup plan: one proposal per group, the merge clusters, and what the plan
/// costs and saves. Nothing in it has been executed; it is what a district hands its leaders.
public struct CleanupPlan: Sendable, Equatable {
    /// The analysis the plan was built from (evidence, signals, pairs).
    public var analysis: AnalysisResult
    /// One per group, in the analysis' order (platform, source id).
    public var proposals: [GroupProposal]
    /// Sorted by survivor id; includes clusters held back by the mega-group limit.
    public var clusters: [MergeCluster]
    public var burden: BurdenSummary
    public var activity: WindowActivity

    public var asOf: Int64 { analysis.asOf }

    public func proposal(_ groupID: String) -> GroupProposal? { proposals.first { $0.groupID == groupID } }

    /// The merges the plan proposes (not those held back), by survivor id: one star per survivor.
    public var proposedMerges: [String: MergeCluster] {
        Dictionary(uniqueKeysWithValues: clusters.filter { !$0.isRefused }.map { ($0.survivor, $0) })
    }

    /// Proposals with this action, in plan order.
    public func proposals(_ action: PlanAction) -> [GroupProposal] { proposals.filter { $0.action == action } }

    /// How many groups get each action.
    public var actionCounts: [PlanAction: Int] {
        var counts: [PlanAction: Int] = [:]
        for proposal in proposals { counts[proposal.action, default: 0] += 1 }
        return counts
    }
}
