/// One proposed merge: a surviving group and the groups that fold into it.
///
/// Clusters are stars: every merged group pairs *directly* with the survivor through its own
/// duplicate or overlapping verdict. A~B and B~C never put A and C together, because nothing
/// says A and C do the same work. See ``PlanBuilder`` for how stars are formed.
public struct MergeCluster: Sendable, Equatable {
    public var survivor: String
    /// Source ids of the groups merged into the survivor, sorted.
    public var merged: [String]
    /// Distinct members of the survivor and all merged groups.
    public var mergedMembers: Int
    /// Messages per day the merged group would carry, counted over the burden window, with each
    /// notice that was cross-posted into more than one of these groups counted once.
    public var expectedMessagesPerDay: Double
    /// The same rate with every copy counted (the groups' rates simply added).
    public var summedMessagesPerDay: Double
    /// Copies of cross-posted notices that merging would collapse, in the burden window.
    public var collapsedCrossPosts: Int
    /// Whether the merged group would exceed the policy's mega-group limits; such a cluster is
    /// not proposed: its groups go to review.
    public var exceedsMegaGroupLimit: Bool
}
