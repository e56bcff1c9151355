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
    /// What the merge does to the reading of the people in these groups, per week (measured in
    /// the burden window): the messages it adds (the merged groups' traffic reaching people who
    /// were not in them), the messages it removes (what people read twice, or in two groups,
    /// and no longer do), and the group memberships it removes (one per extra group of the
    /// cluster a person was in).
    public var addedMessagesPerWeek: Double = 0
    public var removedMessagesPerWeek: Double = 0
    public var membershipsRemoved: Int = 0
    /// The most one person's weekly reading grows, and how many people's grows at all.
    public var maxAddedPerPersonWeek: Double = 0
    public var peopleReadingMore: Int = 0
    /// Added minus removed minus the policy's weight per membership removed: above zero, the
    /// merge costs more than it saves.
    public var netCostPerWeek: Double = 0
    /// Whether the merge adds more than it removes, or more than the policy allows one person;
    /// such a merge is not proposed: its groups go to review with these figures.
    public var exceedsBurdenLimit: Bool = false
    /// The plan as a whole would raise the median or mean weekly reading with this merge in it.
    public var raisesPlanReading: Bool = false

    /// Not proposed, for any reason.
    public var isRefused: Bool { exceedsMegaGroupLimit || exceedsBurdenLimit || raisesPlanReading }
}
