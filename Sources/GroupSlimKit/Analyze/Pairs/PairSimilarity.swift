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
    public var nameSimilarity: Double
    public var sameOwnerUnit: Bool
    public var crossPostedNotices: Int

    /// Containment of the smaller group in the larger (the overlap coefficient).
    public var containment: Double { max(containmentOfAInB, containmentOfBInA) }
}
