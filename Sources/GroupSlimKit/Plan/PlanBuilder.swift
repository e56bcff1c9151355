import Foundation

/// Builds the dry-run ``CleanupPlan`` from an analysis: one action per group (``PlanDrafter``),
/// merge stars (``MergeClusterer``), then what the plan costs and saves (``BurdenCalculator``).
/// Pure and deterministic: the same analysis and window give the same plan.
public struct PlanBuilder {
    public init() {}

    /// Reads the window activity and the people from `store`, then builds the plan.
    public func build(_ store: GroupStore, analysis: AnalysisResult) throws -> CleanupPlan {
        let zone = analysis.zone
        let activity = try WindowActivityReader(asOf: analysis.asOf, windowDays: analysis.policy.burdenWindowDays, timeZone: zone)
            .read(store)
        // The decisions ledger and rebounds: later plans honor what the office decided.
        let ledger = DecisionLedger(store: store)
        let rebounds = ReboundDetector(policy: analysis.policy).detect(analysis, decisions: try ledger.all())
        return build(analysis, activity: activity, people: try PersonDirectory.read(store),
                     ledger: try ledger.rulings(for: analysis), rebounds: rebounds)
    }

    public func build(_ analysis: AnalysisResult, activity: WindowActivity, people: PersonDirectory,
                      ledger: [Int64: (decision: Decision, ruling: LedgerRuling)] = [:], rebounds: [Rebound] = []) -> CleanupPlan {
        let groups = analysis.groups
        let drafter = PlanDrafter(policy: analysis.policy, pairs: analysis.pairs)
        let applier = LedgerApplier(ledger: ledger, rebounds: rebounds)
        let drafts = groups.map { applier.apply(drafter.draft($0), to: $0) }
        var outcome = MergeClusterer(groups: groups, drafts: drafts, activity: activity, policy: analysis.policy).form()
        // The plan as a whole must not raise the median or the mean weekly reading: while it
        // would, the merge that adds the most is withdrawn to review (dissolutions only remove
        // reading, so this ends at the latest when no merge is left).
        while true {
            let (proposals, clusters) = assemble(analysis, drafts: drafts, outcome: outcome, people: people)
            let burden = BurdenCalculator(groups: groups, proposals: proposals, clusters: clusters, activity: activity, people: people)
                .summary()
            let raises = burden.messagesPerMemberWeekAfter.median > burden.messagesPerMemberWeekBefore.median + 0.005
                || burden.messagesPerMemberWeekAfter.mean > burden.messagesPerMemberWeekBefore.mean + 0.005
            guard raises, let worst = outcome.stars.indices.max(by: {
                (outcome.stars[$0].cluster.netCostPerWeek, outcome.stars[$1].cluster.survivor)
                    < (outcome.stars[$1].cluster.netCostPerWeek, outcome.stars[$0].cluster.survivor)
            }) else {
                return CleanupPlan(analysis: analysis, proposals: proposals, clusters: clusters, burden: burden, activity: activity)
            }
            var withdrawn = outcome.stars[worst].cluster
            withdrawn.raisesPlanReading = true
            outcome.withdraw(worst, as: withdrawn)
        }
    }

    /// One proposal per group from the drafts and the merge stars, and the clusters to report.
    private func assemble(_ analysis: AnalysisResult, drafts: [PlanDraft], outcome: MergeClusterer.Outcome,
                          people: PersonDirectory) -> ([GroupProposal], [MergeCluster]) {
        let groups = analysis.groups
        var survivorOf: [Int: (survivor: Int, verdict: VerdictKind)] = [:]
        var starOf: [Int: MergeClusterer.Star] = [:]
        for star in outcome.stars {
            starOf[star.survivor] = star
            for member in star.merged { survivorOf[member.index] = (star.survivor, member.verdict) }
        }
        func memberIDs(_ ids: some Sequence<Int64>) -> [String] { ids.map(people.sourceID).sorted() }

        var proposals: [GroupProposal] = []
        for (index, group) in groups.enumerated() {
            let draft = drafts[index]
            var proposal = GroupProposal(
                groupID: group.profile.sourceID, platform: group.profile.platform, name: group.profile.name,
                ownerUnit: group.profile.ownerUnit, verdicts: group.verdicts, action: draft.action, mergeInto: nil,
                reasons: draft.reasons, membersAffected: [])
            if let star = starOf[index] {
                let absorbed = star.merged.map { groups[$0.index].profile.sourceID }
                var joining = Set<Int64>()
                for member in star.merged { joining.formUnion(groups[member.index].profile.members) }
                joining.subtract(group.profile.members)
                proposal.action = .keep
                proposal.reasons = [.absorbs(groups: absorbed)] + draft.verdictReasons
                proposal.membersAffected = memberIDs(joining)
            } else if let entry = survivorOf[index] {
                let survivorID = groups[entry.survivor].profile.sourceID
                proposal.mergeInto = survivorID
                proposal.reasons = [.mergeInto(survivor: survivorID, verdict: entry.verdict)] + draft.verdictReasons
                proposal.membersAffected = memberIDs(group.profile.members)
            } else if draft.isMergeCandidate {
                proposal = unresolved(proposal, draft: draft, refused: outcome.refused[index], drafts: drafts, groups: groups,
                                      policy: analysis.policy)
            } else if draft.action == .dissolve {
                proposal.membersAffected = memberIDs(group.profile.members)
            }
            proposals.append(proposal)
        }
        // One row per (survivor, merged groups): a held-back merge is reported once, however it was refused.
        var seen = Set<[String]>()
        let clusters = (outcome.stars.map(\.cluster) + outcome.refusedClusters)
            .filter { seen.insert([$0.survivor] + $0.merged).inserted }
            .sorted { ($0.survivor, $0.merged.joined(separator: ",")) < ($1.survivor, $1.merged.joined(separator: ",")) }
        return (proposals, clusters)
    }

    /// A merge candidate no survivor took in: refused by the mega-group limit, left doing the work
    /// alone because its partners are dissolved, or sent to review because no survivor pairs with it
    /// directly (the no-chaining rule).
    private func unresolved(_ proposal: GroupProposal, draft: PlanDraft, refused: MergeCluster?, drafts: [PlanDraft],
                            groups: [GroupAnalysis], policy: AnalysisPolicy) -> GroupProposal {
        var result = proposal
        let partners = draft.edges.map(\.target).sorted()
        if let refused {
            result.action = .review
            let why: PlanReason
            if refused.exceedsMegaGroupLimit {
                why = .megaGroup(survivor: refused.survivor, members: refused.mergedMembers,
                                 messagesPerDay: refused.expectedMessagesPerDay,
                                 memberLimit: policy.megaGroupMembers, messagesPerDayLimit: policy.megaGroupMessagesPerDay)
            } else if refused.exceedsBurdenLimit {
                why = .mergeBurden(MergeBurden(refused, policy: policy))
            } else {
                why = .planBurden(MergeBurden(refused, policy: policy))
            }
            result.reasons = [why] + draft.verdictReasons
            return result
        }
        let actions = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1.profile.sourceID, drafts[$0].action) })
        if partners.allSatisfy({ actions[$0] == .dissolve }) {
            result.action = .keep
            result.reasons = [.partnersDissolved(partners: partners)] + draft.verdictReasons
        } else {
            result.action = .review
            result.reasons = [.noDirectSurvivor(partners: partners)] + draft.verdictReasons
        }
        return result
    }
}
