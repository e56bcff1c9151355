/// Forms merge clusters as stars around a survivor, never chains.
///
/// Groups that may survive (kept groups without verdicts, and merge candidates) are taken best
/// first by the ``SurvivorRule``. Each takes in every still-free merge candidate whose *own*
/// verdict names it (its duplicate partner or its containing group). A group that has taken
/// others in stays; a group that has been taken in is not a survivor for anyone else. So every
/// merged group pairs directly with its survivor, and A~B, B~C never merges A with C.
///
/// A star whose merged group would pass the mega-group limit is not formed: its groups stay
/// free (another survivor they pair with directly may still take them) and otherwise go to review.
struct MergeClusterer {
    struct Star {
        var survivor: Int
        var merged: [(index: Int, verdict: VerdictKind)]
        var cluster: MergeCluster
    }

    struct Outcome {
        var stars: [Star] = []
        /// Stars refused by the mega-group limit, by the candidates they would have taken in.
        var refused: [Int: MergeCluster] = [:]
        var refusedClusters: [MergeCluster] = []
    }

    let groups: [GroupAnalysis]
    let drafts: [PlanDraft]
    let activity: WindowActivity
    let policy: AnalysisPolicy
    /// Each group's cross-posted copies, found once for all the clusters ``measure(survivor:merged:)`` weighs.
    private let copyPositions: [Int64: [Int]]

    init(groups: [GroupAnalysis], drafts: [PlanDraft], activity: WindowActivity, policy: AnalysisPolicy) {
        self.groups = groups
        self.drafts = drafts
        self.activity = activity
        self.policy = policy
        copyPositions = activity.copyPositionsByGroup()
    }

    func form() -> Outcome {
        let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1.profile.sourceID, $0) })
        var inbound: [Int: [(index: Int, verdict: VerdictKind)]] = [:]
        for (source, draft) in drafts.enumerated() where draft.isMergeCandidate {
            for edge in draft.edges {
                if let target = index[edge.target] { inbound[target, default: []].append((source, edge.verdict)) }
            }
        }
        let rule = SurvivorRule()
        let candidates = drafts.indices.filter { drafts[$0].canSurvive }.map { candidate($0) }
        var taken = Set<Int>()
        var survivors = Set<Int>()
        var outcome = Outcome()
        for best in rule.ranked(candidates) {
            let survivor = index[best.groupID]!
            guard !taken.contains(survivor) else { continue }
            var merged: [(index: Int, verdict: VerdictKind)] = []
            for edge in inbound[survivor] ?? [] where !taken.contains(edge.index) && !survivors.contains(edge.index) {
                if let existing = merged.firstIndex(where: { $0.index == edge.index }) {
                    if edge.verdict == .duplicate { merged[existing].verdict = .duplicate }
                } else {
                    merged.append(edge)
                }
            }
            guard !merged.isEmpty else { continue }
            merged.sort { groups[$0.index].profile.sourceID < groups[$1.index].profile.sourceID }
            let cluster = measure(survivor: survivor, merged: merged.map(\.index))
            if cluster.exceedsMegaGroupLimit {
                for member in merged where outcome.refused[member.index] == nil { outcome.refused[member.index] = cluster }
                outcome.refusedClusters.append(cluster)
                continue
            }
            survivors.insert(survivor)
            for member in merged { taken.insert(member.index) }
            outcome.stars.append(Star(survivor: survivor, merged: merged, cluster: cluster))
        }
        return outcome
    }

    private func candidate(_ index: Int) -> SurvivorRule.Candidate {
        let group = groups[index]
        return SurvivorRule.Candidate(
            groupID: group.profile.sourceID, recentSubstantive: activity.counts(group.profile.rowID).substantive,
            substantive: group.signals.substantiveMessages, hasOwnerUnit: !(group.profile.ownerUnit ?? "").isEmpty,
            ageDays: group.signals.ageDays, members: group.signals.memberCount)
    }

    /// Size and expected traffic of the merged group.
    func measure(survivor: Int, merged: [Int]) -> MergeCluster {
        let all = [survivor] + merged
        var members = Set<Int64>()
        var messages = 0
        for index in all {
            members.formUnion(groups[index].profile.members)
            messages += activity.counts(groups[index].profile.rowID).messages
        }
        let collapsed = activity.redundantCopies(among: Set(all.map { groups[$0].profile.rowID }), positions: copyPositions)
        let days = Double(activity.windowDays)
        let expected = Double(messages - collapsed) / days
        return MergeCluster(
            survivor: groups[survivor].profile.sourceID, merged: merged.map { groups[$0].profile.sourceID }.sorted(),
            mergedMembers: members.count, expectedMessagesPerDay: expected, summedMessagesPerDay: Double(messages) / days,
            collapsedCrossPosts: collapsed,
            exceedsMegaGroupLimit: members.count > policy.megaGroupMembers || expected > policy.megaGroupMessagesPerDay)
    }
}
