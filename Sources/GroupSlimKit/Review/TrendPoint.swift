/// One recorded plan as a point of the trend section: where the district stood then, and how
/// the previous plan's proposals had fared by then.
public struct TrendPoint: Sendable, Equatable, Codable {
    public var runID: Int64
    /// The plan's as-of day (`YYYY-MM-DD`).
    public var day: String
    public var groups: Int
    /// Groups left if that plan were carried out.
    public var groupsAfterPlan: Int
    /// Groups per member at that as-of: median, 90th percentile, max.
    public var groupsPerMemberMedian: Double
    public var groupsPerMemberP90: Double
    public var groupsPerMemberMax: Double
    /// Messages a member had to read per week (median).
    public var messagesPerMemberWeek: Double
    /// The previous plan's dissolve and merge proposals carried out by this plan (nil for the first).
    public var done: Int?
    /// … and still open (not carried out or overdue).
    public var open: Int?
}
