import Foundation

/// Converts UTC instants to local weekday and minute-of-day, caching the zone offset per UTC
/// hour: offsets only change on hour boundaries in practice, and the lookup is the expensive part.
struct LocalClock {
    let timeZone: TimeZone
    private var offsets: [Int64: Int64] = [:]
    /// The hour looked up last and its offset: consecutive messages mostly share the hour.
    private var lastHour: Int64 = .min
    private var lastOffset: Int64 = 0

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// ISO weekday (1 = Monday … 7 = Sunday) and minutes after local midnight.
    mutating func local(_ milliseconds: Int64) -> (weekday: Int, minute: Int) {
        let seconds = floorDiv(milliseconds, 1000)
        let hour = floorDiv(seconds, 3600)
        let offset: Int64
        if hour == lastHour {
            offset = lastOffset
        } else if let cached = offsets[hour] {
            offset = cached
        } else {
            offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600))))
            offsets[hour] = offset
        }
        lastHour = hour
        lastOffset = offset
        let local = seconds + offset
        let days = floorDiv(local, 86_400)
        let minute = Int((local - days * 86_400) / 60)
        // 1970-01-01 was a Thursday (ISO 4).
        let weekday = Int(((days % 7) + 7 + 3) % 7) + 1
        return (weekday, minute)
    }

    private func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }
}
