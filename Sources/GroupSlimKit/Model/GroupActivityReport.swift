/// A usage report's figures for one group, for platforms whose exports have no messages and no
/// members (the Microsoft Teams team-activity report). Only the last activity date can support a
/// verdict (zombie); the counts are shown as evidence.
public struct GroupActivityReport: Equatable, Sendable, Codable {
    /// Which report this is (`teams-team-activity`).
    public var report: String
    /// The day the report's data was refreshed (`YYYY-MM-DD`) and its start in the import zone.
    public var refreshDate: String
    public var refreshAt: Int64
    /// Days the counts cover (7, 30, 90 or 180).
    public var periodDays: Int?
    /// The last day with any activity; `nil` when the report saw none.
    public var lastActivityDate: String?
    public var lastActivityAt: Int64?
    /// Counts over the period, by the report's own column names (`channel_messages` …).
    public var counts: [String: Int]
    public var teamType: String?

    public init(report: String, refreshDate: String, refreshAt: Int64, periodDays: Int?, lastActivityDate: String?,
                lastActivityAt: Int64?, counts: [String: Int], teamType: String?) {
        self.report = report
        self.refreshDate = refreshDate
        self.refreshAt = refreshAt
        self.periodDays = periodDays
        self.lastActivityDate = lastActivityDate
        self.lastActivityAt = lastActivityAt
        self.counts = counts
        self.teamType = teamType
    }

    /// The count columns stored, in table order.
    public static let countColumns = ["active_users", "active_channels", "guests", "reactions", "meetings_organized",
                                      "post_messages", "reply_messages", "channel_messages", "urgent_messages", "mentions"]
}
