/// Finds the pairs of groups worth judging as duplicates or overlaps, exactly and without
/// comparing all pairs: an inverted-index prefix-filter join over member sets, then purpose
/// signals for the pairs it returns. Re-created groups (the same purpose name, one with a
/// re-creation mark) are paired too when they share fewer members than the join asks for:
/// members move from the old group to the new one (``AnalysisPolicy/duplicateJaccardRecreated``).
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
        // What each name says, once per group rather than once per pair it is in.
        let forms = indexOfSet.map { PurposeName.Form(profiles[$0].name) }
        var found = SimilarityJoin(sets: sets).pairs(thresholds)
        found += recreatedPairs(profiles: profiles, indexOfSet: indexOfSet, sets: sets, forms: forms,
                                known: Set(found.map { [$0.a, $0.b] }))
        found.sort { ($0.a, $0.b) < ($1.a, $1.b) }
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
            let formA = forms[pair.a], formB = forms[pair.b]
            let prefix = formA.sharedPrefix(with: formB)
            let sharesPrefix = prefix >= 2 && prefix * 3 >= min(formA.purpose.count, formB.purpose.count)
            let mark = first.name == second.name || !(formA.isMarked || formB.isMarked) ? nil
                : PurposeName.recreationMark(between: first.name, and: second.name)
            return PairSimilarity(
                a: first.sourceID, b: second.sourceID, sizeA: pair.sizeA, sizeB: pair.sizeB, shared: pair.shared,
                jaccard: pair.jaccard, containmentOfAInB: pair.containmentOfAInB, containmentOfBInA: pair.containmentOfBInA,
                sharedTags: sharedTags, tagsConflict: !tagsA.isEmpty && !tagsB.isEmpty && sharedTags.isEmpty,
                nameSimilarity: PurposeName.similarity(formA, formB),
                namesCarryPurpose: !formA.normalized.isEmpty && !formB.normalized.isEmpty,
                namesShareUnitPrefix: sharesPrefix, recreationMark: mark,
                sameOwnerUnit: sameUnit, ownerUnitsDiffer: unitA != nil && unitB != nil && unitA != unitB,
                crossPostedNotices: crossPosts.perPair[GroupPairKey(first.rowID, second.rowID)] ?? 0,
                audienceInferred: first.audienceInferred || second.audienceInferred)
        }
    }

    /// Pairs of groups whose names are the same purpose and one of which carries a re-creation
    /// mark, with their member counts, unless the join found them already. Buckets by purpose
    /// name, so this compares only groups that share one (a handful each), never all pairs.
    private func recreatedPairs(profiles: [GroupProfile], indexOfSet: [Int], sets: [[Int32]], forms: [PurposeName.Form],
                                known: Set<[Int]>) -> [SetPair] {
        var buckets: [[Character]: [Int]] = [:]
        for (position, form) in forms.enumerated() where !form.purpose.isEmpty {
            buckets[form.purpose, default: []].append(position)
        }
        var pairs: [SetPair] = []
        for (_, positions) in buckets where positions.count > 1 && positions.count <= 50 {
            let marked = positions.map { forms[$0].isMarked }
            for i in positions.indices {
                for j in positions.indices where j > i && (marked[i] || marked[j]) {
                    let (a, b) = (min(positions[i], positions[j]), max(positions[i], positions[j]))
                    guard !known.contains([a, b]),
                          PurposeName.recreationMark(between: profiles[indexOfSet[a]].name, and: profiles[indexOfSet[b]].name) != nil
                    else { continue }
                    let shared = Set(sets[a]).intersection(sets[b]).count
                    guard shared >= policy.minimumSharedMembers else { continue }
                    pairs.append(SetPair(a: a, b: b, sizeA: sets[a].count, sizeB: sets[b].count, shared: shared))
                }
            }
        }
        return pairs
    }
}
