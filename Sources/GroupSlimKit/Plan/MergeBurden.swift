/// The figures behind a merge held back for its reading cost, carried in the reason so every
/// report can show them next to the groups that went to review.
public struct MergeBurden: Sendable, Equatable {
    public var survivor: String
    /// Messages per week the merge would add to, and remove from, its people's reading.
    public var addedPerWeek: Double
    public var removedPerWeek: Double
    public var membershipsRemoved: Int
    /// The most one person's week would grow, against the policy's limit.
    public var maxAddedPerPersonWeek: Double
    public var maxAddedLimit: Double
    /// What one membership removed is worth, in messages per week (the policy's weight).
    public var membershipWeight: Double

    public init(_ cluster: MergeCluster, policy: AnalysisPolicy) {
        survivor = cluster.survivor
        addedPerWeek = cluster.addedMessagesPerWeek
        removedPerWeek = cluster.removedMessagesPerWeek
        membershipsRemoved = cluster.membershipsRemoved
        maxAddedPerPersonWeek = cluster.maxAddedPerPersonWeek
        maxAddedLimit = policy.mergeMaxAddedMessagesPerPersonWeek
        membershipWeight = policy.mergeMembershipWeight
    }
}
