/// Judges the candidate pairs for the two merge verdicts: a duplicate needs the same members and
/// the same work; an overlapping group needs a bigger related group around it that is not a
/// broad-audience group, and is given the nearest one. Pairs of shielded groups (protected, too
/// new) give nothing. Near misses are kept so `explain` can say why a pair did not count.
struct PairJudge {
    let policy: AnalysisPolicy

    /// The duplicate partners, containing group and near misses found among the pairs.
    struct Findings {
        var duplicateOf: [Int: [String]] = [:]
        var duplicateMeasures: [Int: [Measure]] = [:]
        var duplicateBasis: [Int: [String]] = [:]
        var containedIn: [Int: Container] = [:]
        var nearMisses: [Int: [String]] = [:]
    }

    /// The group an overlapping group sits in, and why it may be merged there.
    struct Container {
        var outer: String
        var outerSize: Int
        var containment: Double
        var basis: String
        var measures: [Measure]
    }

    /// Duplicate and overlapping judgements from the pairs. Both need the same work, not only
    /// the same people (``PurposeRelation``); an overlapping group goes to the *nearest* related
    /// container that is not a broad-audience group (``AudienceBreadth``).
    func judge(profiles: [GroupProfile], signals: [GroupSignals], pairs: [PairSimilarity],
               shielded: [Bool], broad: [String?]) -> Findings {
        let index = Dictionary(uniqueKeysWithValues: profiles.enumerated().map { ($1.sourceID, $0) })
        var found = Findings()
        for pair in pairs {
            guard let a = index[pair.a], let b = index[pair.b] else { continue }
            let relation = PurposeRelation(pair, policy: policy)
            let measures = pairMeasures(pair)
            let posterNote = pair.audienceInferred ? " (audience known only from who posted: weaker evidence)" : ""
            let membership = pair.duplicateMembership(policy)
            // A group that never carried a substantive message did no work, so it duplicates none:
            // it is a zombie, and its live partner is not a duplicate of it.
            let neverUsed = [a, b].first { signals[$0].substantiveMessages == 0 }
            if membership.value >= membership.threshold, let idle = neverUsed {
                let why = "\(profiles[idle].sourceID) never carried a substantive message: nothing to duplicate"
                found.nearMisses[a, default: []].append("\(pair.b): \(why)")
                found.nearMisses[b, default: []].append("\(pair.a): \(why)")
            } else if membership.value >= membership.threshold {
                if relation.kind == .same && (!pair.audienceInferred || relation.strong) {
                    for (me, other) in [(a, pair.b), (b, pair.a)] where !shielded[me] {
                        found.duplicateOf[me, default: []].append(other)
                        found.duplicateMeasures[me] = (found.duplicateMeasures[me] ?? []) + measures
                        let label = membership.name == "jaccard" ? "Jaccard" : "members in common"
                        let figures = "\(label) \(Measure.decimal(membership.value, places: 2)) ≥ \(Measure.decimal(membership.threshold, places: 2))"
                        found.duplicateBasis[me, default: []].append("\(other) (\(figures)): \(relation.basis)\(posterNote)")
                    }
                    continue
                }
                let why = relation.kind == .same
                    ? "similar purpose, but the audience is known only from who posted and the names are not the same purpose"
                    : relation.kind == .different ? "same members but different purposes: \(relation.basis)"
                    : "same members but nothing says they do the same work"
                found.nearMisses[a, default: []].append("\(pair.b): \(why)")
                found.nearMisses[b, default: []].append("\(pair.a): \(why)")
            }
            guard pair.containment >= policy.overlapContainment else { continue }
            // The contained group is the smaller one; on a tie, the one with less substantive activity.
            let aIsInner: Bool
            if pair.sizeA != pair.sizeB {
                aIsInner = pair.sizeA < pair.sizeB
            } else {
                aIsInner = (signals[a].substantiveMessages, pair.b) < (signals[b].substantiveMessages, pair.a)
            }
            let (inner, outerIndex, outer) = aIsInner ? (a, b, pair.b) : (b, a, pair.a)
            guard !shielded[inner] else { continue }
            let basis: String?
            if pair.audienceInferred {
                found.nearMisses[inner, default: []].append("\(outer): contains its posters, but neither member list is known (posters are not the audience)")
                continue
            } else if let why = broad[outerIndex], broad[inner] == nil || pair.sizeA != pair.sizeB {
                found.nearMisses[inner, default: []].append("\(outer): contains its members, but it is a broad-audience group (\(why)), not a merge target")
                continue
            } else if pair.sameOwnerUnit && relation.kind != .different {
                basis = "the same owner unit" + (relation.kind == .same ? " and \(relation.basis)" : "")
            } else if pair.sameOwnerUnit || (!pair.ownerUnitsDiffer && pair.namesShareUnitPrefix), !relation.declaredDifferent,
                      pair.crossPostedNotices >= policy.crossPostEvidence,
                      Double(pair.crossPostedNotices) >= policy.overlapCopyShare * Double(max(1, signals[inner].substantiveMessages)) {
                // Names differ, but what it carries is what the container already carries. Without
                // owner units, the name prefix both share stands for the unit or place.
                let share = Measure.decimal(Double(pair.crossPostedNotices) * 100 / Double(max(1, signals[inner].substantiveMessages)), places: 0)
                let owner = pair.sameOwnerUnit ? "the same owner unit" : "no owner units known but the same name prefix (the unit or place)"
                basis = "\(owner), and \(pair.crossPostedNotices) of its \(signals[inner].substantiveMessages) substantive messages and notices (\(share)%) were also posted there: it repeats that group's work"
            } else if relation.kind == .same && (!pair.ownerUnitsDiffer || !pair.sharedTags.isEmpty) {
                basis = relation.basis
            } else {
                basis = nil
                let units = pair.ownerUnitsDiffer ? "another owner unit" : "no owner unit in common"
                let why = pair.sameOwnerUnit ? "the same owner unit but \(relation.basis)"
                    : relation.kind == .same ? "\(units), and no shared purpose tag"
                    : "\(units), and \(relation.basis)"
                found.nearMisses[inner, default: []].append("\(outer): contains its members, but \(why)")
            }
            guard let basis else { continue }
            let candidate = Container(outer: outer, outerSize: max(pair.sizeA, pair.sizeB), containment: pair.containment,
                                      basis: basis, measures: measures)
            // The nearest container: the smallest related group that holds it, then the one
            // holding the most of it, then the first by id.
            if let existing = found.containedIn[inner],
               (existing.outerSize, -existing.containment, existing.outer) <= (candidate.outerSize, -candidate.containment, outer) {
                continue
            }
            found.containedIn[inner] = candidate
        }
        return found
    }

    /// Every figure of a pair that a duplicate or overlapping verdict shows as its evidence.
    func pairMeasures(_ pair: PairSimilarity) -> [Measure] {
        var measures = [
            Measure("jaccard_with_\(pair.a)_\(pair.b)", pair.jaccard, .atLeast, policy.duplicateJaccard, unit: "%"),
            Measure("containment_smaller_in_larger", pair.containment, .atLeast, policy.overlapContainment, unit: "%"),
            Measure("shared_members", Double(pair.shared)),
            Measure("name_similarity", pair.nameSimilarity, .atLeast, policy.duplicateNameSimilarity, unit: "%"),
            Measure("shared_purpose_tags", Double(pair.sharedTags.count)),
            Measure("same_owner_unit", pair.sameOwnerUnit ? 1 : 0),
            Measure("cross_posted_notices", Double(pair.crossPostedNotices)),
        ]
        if pair.recreationMark != nil {
            let membership = pair.duplicateMembership(policy)
            measures.append(Measure("recreation_mark", 1))
            measures.append(Measure("members_in_common_recreated", membership.value, .atLeast, membership.threshold, unit: "%"))
        }
        if pair.tagsConflict { measures.append(Measure("declared_purposes_differ", 1)) }
        if pair.audienceInferred { measures.append(Measure("audience_from_posters", 1)) }
        return measures
    }
}
