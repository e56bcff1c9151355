import Foundation

/// What to generate: how many groups, from which seed, how many messages, up to when.
public struct SampleDistrictOptions: Sendable, Equatable {
    /// Number of groups. From 20 on, every planted kind appears at least once.
    public var groups: Int
    public var seed: UInt64
    /// Average messages per group. The default (800) gives an 80-group district 50k–80k messages;
    /// a few kinds have fixed small volumes (monthly, brand-new, never-used) and some planted kinds
    /// a floor, so tiny values overshoot.
    public var messagesPerGroup: Int
    /// The end of the data: the latest message is exactly this instant (truncated to the second),
    /// so an analysis that defaults to the latest timestamp sees it. Fixed by default, never "now",
    /// so a seed always means the same files.
    public var asOf: Date

    public static let defaultMessagesPerGroup = 800
    /// 2026-06-30T17:00:00+08:00.
    public static let defaultAsOf = Date(timeIntervalSince1970: 1_782_810_000)

    public init(groups: Int = 80, seed: UInt64 = 1, messagesPerGroup: Int? = nil) {
        self.groups = groups
        self.seed = seed
        self.messagesPerGroup = messagesPerGroup ?? SampleDistrictOptions.defaultMessagesPerGroup
        asOf = SampleDistrictOptions.defaultAsOf
    }
}
