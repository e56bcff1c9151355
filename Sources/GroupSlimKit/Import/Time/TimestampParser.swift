import Foundation

/// Reads the time formats that real exports and re-saved spreadsheets contain, into UTC instants.
///
/// Accepted: ISO 8601 with or without an offset (`2026-03-05T09:07:00+08:00`, `…Z`, `…+0800`,
/// fractional seconds), `YYYY-MM-DD HH:MM[:SS]`, the `YYYY/M/D H:MM` that Excel writes on Chinese
/// Windows, `2026年3月5日 9:07`, bare dates, and Unix seconds or milliseconds. Times without an
/// offset are wall-clock times in ``timeZone``.
///
/// The parser is hand-written rather than built on `DateFormatter` because it runs once per
/// message (hundreds of millions of times at scale) and because the accepted shapes vary per row.
public struct TimestampParser: Sendable {
    /// Zone for times written without an offset.
    public let timeZone: TimeZone
    /// Earliest and latest year accepted; anything outside is a typo or a unit mix-up.
    public static let yearRange = 1990...2200

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// A parsed instant and whether the source gave only a date.
    public struct Parsed: Equatable, Sendable {
        /// Milliseconds since 1970-01-01T00:00:00Z.
        public var milliseconds: Int64
        public var isDateOnly: Bool
    }

    /// Parses `text`; `nil` when it is not one of the accepted shapes or out of range.
    public func parse(_ text: String) -> Parsed? {
        var bytes = Array(text.utf8)
        // Trim ASCII whitespace.
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        if start > 0 { bytes.removeFirst(start) }
        if bytes.isEmpty { return nil }
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return parseEpoch(bytes) }
        return parseCalendar(bytes)
    }

    /// Milliseconds since the epoch of the local midnight that starts `date`'s day in this zone.
    public func startOfDay(year: Int, month: Int, day: Int) -> Int64 {
        localToUTC(seconds: TimestampParser.daysFromCivil(year, month, day) * 86_400) * 1000
    }

    // MARK: - Private

    private func parseEpoch(_ digits: [UInt8]) -> Parsed? {
        guard digits.count <= 15 else { return nil }
        var value: Int64 = 0
        for digit in digits { value = value * 10 + Int64(digit - 0x30) }
        // Seconds until the year 5138 fit in 11 digits; 12+ digits are milliseconds.
        let milliseconds = digits.count >= 12 ? value : value * 1000
        guard TimestampParser.isInRange(milliseconds: milliseconds) else { return nil }
        return Parsed(milliseconds: milliseconds, isDateOnly: false)
    }

    private func parseCalendar(_ bytes: [UInt8]) -> Parsed? {
        var scanner = ByteScanner(bytes: bytes)
        guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
        let separator = scanner.peek
        let isChinese = scanner.consume(utf8: "年")
        if !isChinese {
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return nil }
            scanner.advance()
        }
        guard let month = scanner.number(minDigits: 1, maxDigits: 2) else { return nil }
        if isChinese {
            guard scanner.consume(utf8: "月") else { return nil }
        } else {
            guard scanner.peek == separator else { return nil }
            scanner.advance()
        }
        guard let day = scanner.number(minDigits: 1, maxDigits: 2) else { return nil }
        if isChinese { _ = scanner.consume(utf8: "日") || scanner.consume(utf8: "号") }
        guard TimestampParser.yearRange.contains(year), (1...12).contains(month),
              (1...TimestampParser.daysIn(month: month, year: year)).contains(day) else { return nil }
        let dayStart = TimestampParser.daysFromCivil(year, month, day) * 86_400
        if scanner.isAtEnd {
            return Parsed(milliseconds: localToUTC(seconds: dayStart) * 1000, isDateOnly: true)
        }
        // Date/time separator: 'T', one or more spaces.
        if scanner.peek == UInt8(ascii: "T") || scanner.peek == UInt8(ascii: "t") {
            scanner.advance()
        } else {
            guard scanner.peek == 0x20 else { return nil }
            while scanner.peek == 0x20 { scanner.advance() }
        }
        guard let hour = scanner.number(minDigits: 1, maxDigits: 2), scanner.consume(byte: UInt8(ascii: ":")),
              let minute = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
        var second = 0
        var millisecond = 0
        if scanner.consume(byte: UInt8(ascii: ":")) {
            guard let value = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
            second = value
            if scanner.consume(byte: UInt8(ascii: ".")) || scanner.consume(byte: UInt8(ascii: ",")) {
                guard let fraction = scanner.fraction() else { return nil }
                millisecond = fraction
            }
        }
        guard hour <= 23, minute <= 59, second <= 60 else { return nil }
        let local = dayStart + Int64(hour * 3600 + minute * 60 + min(second, 59))
        while scanner.peek == 0x20 { scanner.advance() }
        let utcSeconds: Int64
        if scanner.isAtEnd {
            utcSeconds = localToUTC(seconds: local)
        } else if scanner.consume(byte: UInt8(ascii: "Z")) || scanner.consume(byte: UInt8(ascii: "z")) {
            utcSeconds = local
        } else {
            guard let offset = scanner.offsetSeconds() else { return nil }
            utcSeconds = local - Int64(offset)
        }
        guard scanner.isAtEnd else { return nil }
        let milliseconds = utcSeconds * 1000 + Int64(millisecond)
        guard TimestampParser.isInRange(milliseconds: milliseconds) else { return nil }
        return Parsed(milliseconds: milliseconds, isDateOnly: false)
    }

    /// Converts a wall-clock time in ``timeZone`` to UTC seconds. The offset is looked up at the
    /// first guess and again at the corrected instant so DST transitions resolve consistently.
    private func localToUTC(seconds local: Int64) -> Int64 {
        let first = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))
        let guess = local - first
        let second = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess))))
        return local - second
    }

    /// `seconds` since 1970 as milliseconds, or `nil` when the instant lies outside
    /// ``yearRange``. Exports write these as bare integers, so a corrupt field can hold any
    /// 64-bit value: the range check comes first, before the multiplication could overflow.
    static func milliseconds(fromEpochSeconds seconds: Int64) -> Int64? {
        guard seconds > Int64.min / 1000, seconds < Int64.max / 1000 else { return nil }
        let milliseconds = seconds * 1000
        return isInRange(milliseconds: milliseconds) ? milliseconds : nil
    }

    static func isInRange(milliseconds: Int64) -> Bool {
        let lower = daysFromCivil(yearRange.lowerBound, 1, 1) * 86_400_000
        let upper = daysFromCivil(yearRange.upperBound + 1, 1, 1) * 86_400_000
        return milliseconds >= lower && milliseconds < upper
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// A cursor over ASCII-dominated bytes, for the timestamp grammar.
private struct ByteScanner {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    mutating func advance() { index += 1 }

    mutating func consume(byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Consumes `text` if the bytes at the cursor spell it. Compares in place: this runs for
    /// every timestamp (the 年 and UTC/GMT checks), so it allocates nothing.
    mutating func consume(utf8 text: StaticString) -> Bool {
        var cursor = index
        let matched = text.withUTF8Buffer { pattern -> Bool in
            for byte in pattern {
                guard cursor < bytes.count, bytes[cursor] == byte else { return false }
                cursor += 1
            }
            return true
        }
        if matched { index = cursor }
        return matched
    }

    mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
        var value = 0
        var digits = 0
        while digits < maxDigits, let byte = peek, byte >= 0x30, byte <= 0x39 {
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            index += 1
        }
        return digits >= minDigits ? value : nil
    }

    /// Fractional seconds as milliseconds (extra digits are truncated).
    mutating func fraction() -> Int? {
        var value = 0
        var digits = 0
        while let byte = peek, byte >= 0x30, byte <= 0x39 {
            if digits < 3 { value = value * 10 + Int(byte - 0x30) }
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        for _ in digits..<max(digits, 3) { value *= 10 }
        return value
    }

    /// `+08:00`, `+0800`, `+08`, `-05:30`, also `UTC+8` / `GMT+8`.
    mutating func offsetSeconds() -> Int? {
        _ = consume(utf8: "UTC") || consume(utf8: "GMT")
        guard let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        index += 1
        guard let hours = number(minDigits: 1, maxDigits: 2) else { return nil }
        var minutes = 0
        if consume(byte: UInt8(ascii: ":")) {
            guard let value = number(minDigits: 2, maxDigits: 2) else { return nil }
            minutes = value
        } else if let value = number(minDigits: 2, maxDigits: 2) {
            minutes = value
        }
        guard hours <= 14, minutes <= 59 else { return nil }
        let total = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -total : total
    }
}
