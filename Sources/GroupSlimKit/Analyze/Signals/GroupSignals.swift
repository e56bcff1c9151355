/// Everything measured about one group's activity up to as-of. All times are UTC milliseconds;
/// all windows count back from as-of in 30-day steps.
public struct GroupSignals: Sendable, Equatable, Codable {
    public var ageDays: Double = 0
    public var memberCount = 0
    public var messages = 0
    /// Messages by people (not system events, not bots).
    public var personMessages = 0
    public var substantiveMessages = 0
    public var firstMessageAt: Int64?
    public var lastMessageAt: Int64?
    public var lastSubstantiveAt: Int64?
    /// Days from the last substantive message (or from the group's start when it never had one).
    public var daysSinceSubstantive: Double = 0
    /// Messages per 30-day window, oldest first, the last entry ending at as-of (at most 36).
    public var messagesPerWindow: [Int] = []
    public var substantivePerWindow: [Int] = []
    /// Distinct people who posted in the last 90 days, and ever.
    public var activeSenders = 0
    public var totalSenders = 0
    /// Share of person messages from the single most active poster.
    public var topPosterShare: Double = 0
    public var afterHoursShare: Double = 0
    public var weekendShare: Double = 0
    public var atAllCount = 0
    /// Count of messages of each content class (whole life up to as-of).
    public var classCounts: [String: Int] = [:]
    /// Count of each class inside the check-in window.
    public var windowClassCounts: [String: Int] = [:]
    /// This group's messages whose text was also posted in another group within 24 hours.
    public var crossPostedNotices = 0

    public init() {}

    /// Share of `contentClass` among all messages.
    public func share(_ contentClass: ContentClass) -> Double {
        messages == 0 ? 0 : Double(classCounts[contentClass.rawValue, default: 0]) / Double(messages)
    }

    /// The busiest 30-day window's substantive count.
    public var peakSubstantiveWindow: Int { substantivePerWindow.max() ?? 0 }
}
