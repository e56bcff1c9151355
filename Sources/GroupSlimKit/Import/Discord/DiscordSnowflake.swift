/// The creation time a Discord id carries: every channel, message and user id is a snowflake
/// whose top 42 bits are milliseconds since the Discord epoch (2015-01-01T00:00:00Z). A channel
/// that nobody ever posted in still has one, so it can be judged by its age instead of "too new".
enum DiscordSnowflake {
    static let epoch: Int64 = 1_420_070_400_000

    /// The creation instant of `id`, or `nil` when it is not a snowflake (not a number, or a
    /// time outside the years GroupSlim accepts, e.g. the `0` of a DM "guild").
    static func milliseconds(_ id: String) -> Int64? {
        guard let value = UInt64(id), value > 0 else { return nil }
        let milliseconds = Int64(value >> 22) + epoch
        return TimestampParser.isInRange(milliseconds: milliseconds) ? milliseconds : nil
    }
}
