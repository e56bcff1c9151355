/// How alike two groups are: audience (Jaccard, containment both ways), declared purpose
/// (shared tags), name, owner, and notices cross-posted between them.
public struct PairSimilarity: Sendable, Equatable, Codable {
    /// Source ids, `a` sorting before `b` by (platform, id).
    public var a: String
    public var b: String
    public var sizeA: Int
    public var sizeB: Int
    public var shared: Int
    public var jaccard: Double
    /// Share of `a`'s members who are also in `b`, and the reverse.
    public var containmentOfAInB: Double
    public var containmentOfBInA: Double
    public var sharedTags: [String]
    /// Both groups declare purpose tags and share none: they say they do different work.
    public var tagsConflict: Bool = false
    /// Similarity of the purpose parts of the names (``PurposeName``): the unit prefix both
    /// share is not evidence, a qualifier on one side (学习, random) is another purpose.
    public var nameSimilarity: Double
    /// Both names keep something once decoration is gone (a bare "工作群" says nothing).
    public var namesCarryPurpose: Bool = true
    /// The purpose parts of the names begin alike (at least two characters, and a third of the
    /// shorter): "Harbor Kitchen Volunteers" / "Harbor Kitchen – Shift Notices", 城建科… / 城建科….
    /// Where exports carry no owner units, that shared prefix is the unit or place.
    public var namesShareUnitPrefix: Bool = false
    /// A re-creation mark (（新）, -2, 备用 …) in one of two names that have the same purpose.
    public var recreationMark: String? = nil
    public var sameOwnerUnit: Bool
    /// Both owner units are known and differ.
    public var ownerUnitsDiffer: Bool = false
    public var crossPostedNotices: Int
    /// One of the two groups knows its members only from who posted (no member list).
    public var audienceInferred: Bool = false

    /// Containment of the smaller group in the larger (the overlap coefficient).
    public var containment: Double { max(containmentOfAInB, containmentOfBInA) }
}

extension PairSimilarity {
    /// The membership figure a duplicate verdict rests on, and its threshold. Ordinarily the
    /// Jaccard index against `duplicate_jaccard`. For a re-created pair (a re-creation mark on the
    /// same purpose name) people move from the old group to the new one, so the old group shrinks
    /// and Jaccard falls with every move: there the larger of Jaccard and containment (the share
    /// of the smaller group's people found in the other) counts, against `duplicate_jaccard_recreated`.
    func duplicateMembership(_ policy: AnalysisPolicy) -> (name: String, value: Double, threshold: Double) {
        guard recreationMark != nil else { return ("jaccard", jaccard, policy.duplicateJaccard) }
        return ("members_in_common", max(jaccard, containment), min(policy.duplicateJaccard, policy.duplicateJaccardRecreated))
    }
}
