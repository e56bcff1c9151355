/// Whether two groups do the same work, different work, or the data cannot tell, from what the
/// groups declare (purpose tags, topics, channel purposes) and what their names say.
///
/// Forwarded notices are deliberately not part of it: notices cascade from the all-staff and
/// notice groups into every section's group, so sharing them says where a group sits, not that
/// it does the same work (policy-basis.md, "What a real district's groups look like").
struct PurposeRelation: Equatable {
    enum Kind: Equatable { case same, different, unknown }

    let kind: Kind
    /// The declared purposes (tags) differ, not only the names.
    var declaredDifferent: Bool { kind == .different && byTags }
    /// A re-creation mark or an identical purpose name: enough even where the audience is only
    /// known from posters.
    let strong: Bool
    /// Why, as `explain` says it.
    let basis: String
    /// Decided by the tags (shared or disjoint) rather than the names.
    private(set) var byTags = false

    init(_ pair: PairSimilarity, policy: AnalysisPolicy) {
        let similarity = Measure.decimal(pair.nameSimilarity * 100, places: 0) + "%"
        if let mark = pair.recreationMark {
            (kind, strong, basis) = (.same, true, "re-created: the same purpose name with the mark '\(mark)' "
                + "(a re-created group needs \(Measure.decimal(min(policy.duplicateJaccard, policy.duplicateJaccardRecreated) * 100, places: 0))% members in common)")
        } else if !pair.sharedTags.isEmpty {
            (kind, strong, basis) = (.same, false, "shared purpose tags \(pair.sharedTags.joined(separator: ", "))")
            byTags = true
        } else if pair.tagsConflict {
            (kind, strong, basis) = (.different, false, "their declared purposes (tags) share nothing")
            byTags = true
        } else if pair.nameSimilarity >= policy.duplicateNameSimilarity {
            (kind, strong, basis) = (.same, pair.nameSimilarity >= 1, "the purpose parts of their names match (\(similarity))")
        } else if pair.namesCarryPurpose {
            (kind, strong, basis) = (.different, false, "the purpose parts of their names differ (\(similarity) similar)")
        } else {
            (kind, strong, basis) = (.unknown, false, "neither tags nor names say what the groups are for")
        }
    }
}
