import Foundation

/// Locale-independent rendering of instants for reports, so output is byte-identical on every
/// machine (no `DateFormatter`, whose output follows the user's locale).
public enum TimeFormatting {
    /// `2026-06-30T17:00:00+08:00` in `zone`.
    public static func iso(_ milliseconds: Int64, zone: TimeZone) -> String {
        let seconds = floorDiv(milliseconds, 1000)
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
        let local = seconds + offset
        let days = floorDiv(local, 86_400)
        let (year, month, day) = CivilDate.fromDays(days)
        let rest = Int(local - days * 86_400)
        let sign = offset < 0 ? "-" : "+"
        let magnitude = Int(abs(offset))
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(rest / 3600, 2) + ":" + pad(rest % 3600 / 60, 2)
            + ":" + pad(rest % 60, 2) + sign + pad(magnitude / 3600, 2) + ":" + pad(magnitude % 3600 / 60, 2)
    }

    /// `2026-06-30` in `zone`.
    public static func date(_ milliseconds: Int64, zone: TimeZone) -> String {
        String(iso(milliseconds, zone: zone).prefix(10))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }
}
