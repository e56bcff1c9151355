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
