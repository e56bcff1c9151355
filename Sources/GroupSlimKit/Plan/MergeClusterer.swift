/// Forms merge clusters as stars around a survivor, never chains.
///
/// Groups that may survive (kept groups without verdicts, and merge candidates) are taken best
/// first by the ``SurvivorRule``. Each takes in every still-free merge candidate whose *own*
/// verdict names it (its duplicate partner or its containing group). A group that has taken
/// others in stays; a group that has been taken in is not a survivor for anyone else. So every
/// merged group pairs directly with its survivor, and A~B, B~C never merges A with C.
///
/// A merge that costs more reading than it saves (``MergeCluster/exceedsBurdenLimit``) is not
/// taken: each candidate is weighed alone against its survivor first, then the whole star. A star
/// whose merged group would pass the mega-group or burden limits is not formed: its groups stay
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

        /// Takes a formed star apart: its groups go to review with `cluster` as the reason.
        mutating func withdraw(_ position: Int, as cluster: MergeCluster) {
            let star = stars.remove(at: position)
            for member in star.merged { refused[member.index] = cluster }
            refusedClusters.append(cluster)
        }
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
            merged.sort { groups[$0.index].profile.sourceID < groups[$1.index].profile.sourceID }
            // Each candidate alone first: one costly merge must not sink the others of the star.
            var alone: MergeCluster?
            merged = merged.filter { member in
                let measured = measure(survivor: survivor, merged: [member.index])
                alone = measured
                guard measured.exceedsBurdenLimit else { return true }
                if outcome.refused[member.index] == nil { outcome.refused[member.index] = measured }
                outcome.refusedClusters.append(measured)
                return false
            }
            guard !merged.isEmpty else { continue }
            for member in merged { outcome.refused[member.index] = nil }
            // A star of one is the merge just measured alone.
            let cluster = merged.count == 1 && alone?.merged == [groups[merged[0].index].profile.sourceID]
                ? alone! : measure(survivor: survivor, merged: merged.map(\.index))
            if cluster.isRefused {
                for member in merged where outcome.refused[member.index] == nil { outcome.refused[member.index] = cluster }
                outcome.refusedClusters.append(cluster)
                continue
            }
            survivors.insert(survivor)
            for member in merged { taken.insert(member.index) }
            outcome.stars.append(Star(survivor: survivor, merged: merged, cluster: cluster))
        }
        // A candidate refused by one survivor may have been taken by another: that refusal is moot.
        outcome.refusedClusters.removeAll { cluster in
            cluster.merged.allSatisfy { id in index[id].map(taken.contains) ?? false }
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
        var cluster = MergeCluster(
            survivor: groups[survivor].profile.sourceID, merged: merged.map { groups[$0].profile.sourceID }.sorted(),
            mergedMembers: members.count, expectedMessagesPerDay: expected, summedMessagesPerDay: Double(messages) / days,
            collapsedCrossPosts: collapsed,
            exceedsMegaGroupLimit: members.count > policy.megaGroupMembers || expected > policy.megaGroupMessagesPerDay)
        weighBurden(&cluster, groups: all, afterPerWeek: expected * 7)
        return cluster
    }

    /// Fills in what the merge adds to and removes from each person's week, and whether it is
    /// worth it under the policy (``AnalysisPolicy/mergeMaxAddedMessagesPerPersonWeek``,
    /// ``AnalysisPolicy/mergeMembershipWeight``).
    private func weighBurden(_ cluster: inout MergeCluster, groups all: [Int], afterPerWeek: Double) {
        var before: [Int64: (reading: Double, groups: Int)] = [:]
        for index in all {
            let rate = activity.messagesPerWeek(groups[index].profile.rowID)
            for person in groups[index].profile.members {
                let entry = before[person] ?? (0, 0)
                before[person] = (entry.reading + rate, entry.groups + 1)
            }
        }
        var added = 0.0, removed = 0.0, maxAdded = 0.0
        var memberships = 0, readingMore = 0
        for (_, entry) in before {
            let change = afterPerWeek - entry.reading
            // Rounding noise (a cluster's rate against the sum of its parts) is no change.
            if change > 1e-6 {
                added += change
                readingMore += 1
                maxAdded = max(maxAdded, change)
            } else if change < -1e-6 {
                removed -= change
            }
            memberships += entry.groups - 1
        }
        cluster.addedMessagesPerWeek = added
        cluster.removedMessagesPerWeek = removed
        cluster.membershipsRemoved = memberships
        cluster.maxAddedPerPersonWeek = maxAdded
        cluster.peopleReadingMore = readingMore
        cluster.netCostPerWeek = added - removed - policy.mergeMembershipWeight * Double(memberships)
        cluster.exceedsBurdenLimit = cluster.netCostPerWeek > 1e-6 || maxAdded > policy.mergeMaxAddedMessagesPerPersonWeek + 1e-6
    }
}
