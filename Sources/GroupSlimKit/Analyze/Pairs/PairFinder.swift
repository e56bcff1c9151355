/// Finds the pairs of groups worth judging as duplicates or overlaps, exactly and without
/// comparing all pairs: an inverted-index prefix-filter join over member sets, then purpose
/// signals for the pairs it returns.
struct PairFinder {
    let policy: AnalysisPolicy

    /// Pairs whose Jaccard or containment reaches the policy thresholds, sorted by (a, b).
    /// - Parameter eligible: which profiles take part (too-new groups do not).
    func pairs(profiles: [GroupProfile], eligible: [Bool], crossPosts: CrossPostDetector.Result) -> [PairSimilarity] {
        // Dense member ids so the join works on small integers.
        var dense: [Int64: Int32] = [:]
        var indexOfSet: [Int] = []
        var sets: [[Int32]] = []
        for (index, profile) in profiles.enumerated() where eligible[index] {
            var set: [Int32] = []
            set.reserveCapacity(profile.members.count)
            for member in profile.members {
                if let id = dense[member] {
                    set.append(id)
                } else {
                    let id = Int32(dense.count)
                    dense[member] = id
                    set.append(id)
                }
            }
            set.sort()
            sets.append(set)
            indexOfSet.append(index)
        }
        let thresholds = SimilarityJoin.Thresholds(
            jaccard: policy.duplicateJaccard, containment: policy.overlapContainment,
            minimumShared: policy.minimumSharedMembers)
        let found = SimilarityJoin(sets: sets).pairs(thresholds)
        return found.map { pair in
            let first = profiles[indexOfSet[pair.a]]
            let second = profiles[indexOfSet[pair.b]]
            let sharedTags = Set(first.tags).intersection(second.tags).sorted()
            let sameUnit = first.ownerUnit != nil && first.ownerUnit == second.ownerUnit
            return PairSimilarity(
                a: first.sourceID, b: second.sourceID, sizeA: pair.sizeA, sizeB: pair.sizeB, shared: pair.shared,
                jaccard: pair.jaccard, containmentOfAInB: pair.containmentOfAInB, containmentOfBInA: pair.containmentOfBInA,
                sharedTags: sharedTags, nameSimilarity: GroupNameSimilarity.similarity(first.name, second.name),
                sameOwnerUnit: sameUnit,
                crossPostedNotices: crossPosts.perPair[GroupPairKey(first.rowID, second.rowID)] ?? 0)
        }
    }
}
