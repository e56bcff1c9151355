/// A local wall-clock time as a chat log writes it (no offset), turned into a UTC instant in
/// the import's zone through ``TimestampParser`` so DST rules are applied in one place.
struct WallClock: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    /// Whether the fields form a real calendar time (31 February is refused).
    var isValid: Bool {
        TimestampParser.yearRange.contains(year) && (1...12).contains(month)
            && day >= 1 && day <= TimestampParser.daysIn(month: month, year: year)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
    }

    /// UTC milliseconds of this wall-clock time in `parser`'s zone; `nil` when invalid.
    func milliseconds(_ parser: TimestampParser) -> Int64? {
        guard isValid else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text = "\(year)-\(two(month))-\(two(day)) \(two(hour)):\(two(minute)):\(two(second))"
        return parser.parse(text)?.milliseconds
    }
}
