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
            // Purpose tags only: generic work tags and unit names say nothing about the purpose.
            let units = [first.ownerUnit, second.ownerUnit]
            let tagsA = PurposeName.purposeTags(first.tags, ownerUnits: units)
            let tagsB = PurposeName.purposeTags(second.tags, ownerUnits: units)
            let sharedTags = Set(tagsA).intersection(tagsB).sorted()
            let unitA = first.ownerUnit.flatMap { $0.isEmpty ? nil : $0 }, unitB = second.ownerUnit.flatMap { $0.isEmpty ? nil : $0 }
            let sameUnit = unitA != nil && unitA == unitB
            let nameSimilarity = PurposeName.similarity(first.name, second.name)
            var mark: String?
            if nameSimilarity == 1, first.name != second.name {
                mark = PurposeName.recreationMark(first.name) ?? PurposeName.recreationMark(second.name)
            }
            return PairSimilarity(
                a: first.sourceID, b: second.sourceID, sizeA: pair.sizeA, sizeB: pair.sizeB, shared: pair.shared,
                jaccard: pair.jaccard, containmentOfAInB: pair.containmentOfAInB, containmentOfBInA: pair.containmentOfBInA,
                sharedTags: sharedTags, tagsConflict: !tagsA.isEmpty && !tagsB.isEmpty && sharedTags.isEmpty,
                nameSimilarity: nameSimilarity,
                namesCarryPurpose: !GroupNameSimilarity.normalize(first.name).isEmpty
                    && !GroupNameSimilarity.normalize(second.name).isEmpty,
                recreationMark: mark,
                sameOwnerUnit: sameUnit, ownerUnitsDiffer: unitA != nil && unitB != nil && unitA != unitB,
                crossPostedNotices: crossPosts.perPair[GroupPairKey(first.rowID, second.rowID)] ?? 0,
                audienceInferred: first.audienceInferred || second.audienceInferred)
        }
    }
}
