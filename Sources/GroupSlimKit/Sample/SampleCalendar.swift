/// Civil-calendar arithmetic in China Standard Time (UTC+08:00, no daylight saving), done with
/// integers so that formatting ten million timestamps costs almost nothing and never depends on
/// the host's time-zone database or locale.
///
/// "Local seconds" throughout the generator are seconds since 1970-01-01T00:00:00+08:00; a
/// local day number is local seconds divided by 86 400 (floored).
enum SampleCalendar {
    static let offsetSeconds: Int64 = 8 * 3600
    static let day: Int64 = 86_400
    static let hour: Int64 = 3600
    static let minute: Int64 = 60

    static func localSeconds(fromUnix unix: Int64) -> Int64 { unix + offsetSeconds }

    static func dayNumber(_ local: Int64) -> Int64 { floorDiv(local, day) }
    static func secondOfDay(_ local: Int64) -> Int64 { local - dayNumber(local) * day }

    /// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
    static func weekday(ofDay dayNumber: Int64) -> Int {
        Int(floorMod(dayNumber + 3, 7))
    }

    static func isWeekend(day dayNumber: Int64) -> Bool { weekday(ofDay: dayNumber) >= 5 }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int64 {
        CivilDate.days(year: year, month: month, day: day)
    }

    static func civil(_ dayNumber: Int64) -> (year: Int, month: Int, day: Int) {
        CivilDate.fromDays(dayNumber)
    }

    /// Appends `YYYY-MM-DDTHH:MM:SS+08:00`.
    static func appendTimestamp(_ local: Int64, to bytes: inout [UInt8]) {
        let dayNumber = dayNumber(local)
        appendDate(dayNumber, to: &bytes)
        var seconds = Int(local - dayNumber * day)
        let h = seconds / 3600
        seconds -= h * 3600
        let m = seconds / 60
        let s = seconds - m * 60
        bytes.append(UInt8(ascii: "T"))
        appendTwoDigits(h, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(m, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(s, to: &bytes)
        bytes.append(contentsOf: [UInt8(ascii: "+"), UInt8(ascii: "0"), UInt8(ascii: "8"), UInt8(ascii: ":"),
                                  UInt8(ascii: "0"), UInt8(ascii: "0")])
    }

    /// Appends `YYYY-MM-DD`.
    static func appendDate(_ dayNumber: Int64, to bytes: inout [UInt8]) {
        let (y, m, d) = civil(dayNumber)
        let year = max(0, min(9999, y))
        bytes.append(UInt8(truncatingIfNeeded: 48 + year / 1000))
        bytes.append(UInt8(truncatingIfNeeded: 48 + (year / 100) % 10))
        bytes.append(UInt8(truncatingIfNeeded: 48 + (year / 10) % 10))
        bytes.append(UInt8(truncatingIfNeeded: 48 + year % 10))
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(m, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(d, to: &bytes)
    }

    static func timestamp(_ local: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        appendTimestamp(local, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func date(_ dayNumber: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        appendDate(dayNumber, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "3月5日", the way office notices write a date.
    static func chineseMonthDay(_ dayNumber: Int64) -> String {
        let (_, m, d) = civil(dayNumber)
        return "\(m)月\(d)日"
    }

    static let chineseWeekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]

    private static func appendTwoDigits(_ value: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: 48 + value / 10))
        bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
        a - floorDiv(a, b) * b
    }
}
