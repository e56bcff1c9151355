/// Recognizes WhatsApp message headers in every observed locale shape, on invisible-mark-free
/// text (see ``WhatsAppText/clean(_:)``). Hand-written over UTF-8 bytes: it runs on every line.
struct WhatsAppHeaderParser {
    /// Meridiem words written before the time (zh, ko, ja), with whether they mean afternoon.
    private static let leadingMeridiems: [([UInt8], Bool)] = [
        ("上午", false), ("下午", true), ("凌晨", false), ("早上", false), ("中午", true), ("晚上", true),
        ("오전", false), ("오후", true), ("午前", false), ("午後", true),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Parses `line`; `nil` when it does not start with a complete header.
    func parse(_ line: String) -> WhatsAppHeader? {
        var scan = Scan(bytes: Array(line.utf8))
        let bracketed = scan.take(0x5B)  // [
        guard let first = scan.number(max: 4) else { return nil }
        guard let separator = scan.peek, separator == 0x2F || separator == 0x2E || separator == 0x2D else { return nil }
        scan.index += 1
        scan.skipSpaces()
        guard let second = scan.number(max: 4) else { return nil }
        guard scan.take(separator) || scan.take(0x2F) || scan.take(0x2E) || scan.take(0x2D) else { return nil }
        scan.skipSpaces()
        guard let third = scan.number(max: 4) else { return nil }
        _ = scan.take(0x2E)  // "13. 6. 2018."
        // Thai phones write the Buddhist-era year with " BE" after it: "[3/12/2565 BE, 14:56:01]".
        let buddhist = scan.take(bytes: Array(" BE".utf8))
        // Between date and time: ", ", " ", "," (iOS), " klo " (fi).
        let comma = scan.take(0x2C)
        let spaces = scan.skipSpaces()
        if scan.take(word: "klo") { guard scan.skipSpaces() > 0 else { return nil } } else if !comma && spaces == 0 {
            // zh writes the meridiem right after the date with one space; nothing else may touch.
            return nil
        }
        var afternoon: Bool?
        for (word, isPM) in WhatsAppHeaderParser.leadingMeridiems where scan.take(bytes: word) {
            afternoon = isPM
            scan.skipSpaces()
            break
        }
        guard let hour = scan.number(max: 2)?.value, scan.take(0x3A) || scan.take(0x2E),
              let minute = scan.number(exactly: 2) else { return nil }
        var secondValue = 0
        let beforeSeconds = scan.index
        if scan.take(0x3A) || scan.take(0x2E) {
            if let value = scan.number(exactly: 2) { secondValue = value } else { scan.index = beforeSeconds }
        }
        // "2022/12/14, 13:34. - " (some locales end the time with a dot).
        if scan.peek == 0x2E, scan.index + 1 < scan.bytes.count, !(0x30...0x39).contains(scan.bytes[scan.index + 1]) {
            scan.index += 1
        }
        if afternoon == nil {
            let beforeMeridiem = scan.index
            scan.skipSpaces()
            if let isPM = scan.trailingMeridiem() { afternoon = isPM } else { scan.index = beforeMeridiem }
        }
        let timeEnd = scan.index
        var loose = false
        if bracketed {
            guard scan.take(0x5D) else { return nil }
            scan.skipSpaces()
        } else if scan.take(bytes: Array(" - ".utf8)) || scan.take(bytes: Array(" – ".utf8)) {
            // Android's separator.
        } else if scan.take(bytes: Array(": ".utf8)) || scan.take(0x20) {
            loose = true
        } else {
            return nil
        }
        if let afternoon {
            guard (1...12).contains(hour) || (hour == 0 && !afternoon) else { return nil }
        } else {
            guard hour <= 23 else { return nil }
        }
        guard minute <= 59, secondValue <= 59 else { return nil }
        let bytes = scan.bytes
        let raw = String(decoding: bytes[(bracketed ? 1 : 0)..<timeEnd], as: UTF8.self)
        let body = String(decoding: bytes[scan.index...], as: UTF8.self)
        return WhatsAppHeader(
            parts: [first.value, second.value, third.value], partDigits: [first.digits, second.digits, third.digits],
            hour: hour, minute: minute, second: secondValue, isAfternoon: afternoon, raw: raw, body: body,
            isLooselySeparated: loose, isBuddhistEra: buddhist)
    }

    /// A cursor over a line's bytes.
    private struct Scan {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func take(bytes word: [UInt8]) -> Bool {
            guard index + word.count <= bytes.count, bytes[index..<index + word.count].elementsEqual(word) else { return false }
            index += word.count
            return true
        }

        mutating func take(word: String) -> Bool { take(bytes: Array(word.utf8)) }

        @discardableResult
        mutating func skipSpaces() -> Int {
            var count = 0
            while peek == 0x20 { index += 1; count += 1 }
            return count
        }

        mutating func number(max: Int) -> (value: Int, digits: Int)? {
            var value = 0, digits = 0
            while let byte = peek, byte >= 0x30, byte <= 0x39, digits < max {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                index += 1
            }
            if let byte = peek, byte >= 0x30, byte <= 0x39 { return nil }  // too many digits
            return digits == 0 ? nil : (value, digits)
        }

        mutating func number(exactly count: Int) -> Int? {
            let start = index
            guard let result = number(max: count), result.digits == count else { index = start; return nil }
            return result.value
        }

        /// `AM`, `pm`, `a.m.`, `p. m.` (any case, spaces already normalized) after the time.
        mutating func trailingMeridiem() -> Bool? {
            let start = index
            guard let letter = peek.map({ $0 | 0x20 }), letter == 0x61 || letter == 0x70 else { return nil }
            index += 1
            _ = take(0x2E)
            skipSpaces()
            guard let m = peek, m | 0x20 == 0x6D else { index = start; return nil }
            index += 1
            _ = take(0x2E)
            // The meridiem must end here: a letter after it means a word such as "amigo".
            if let next = peek, (next | 0x20) >= 0x61, (next | 0x20) <= 0x7A { index = start; return nil }
            return letter == 0x70
        }
    }
}

extension WhatsAppHeaderParser {
    /// Whether `line` starts like an Android or iOS header — `[`, a three-part date, then within
    /// a few characters a time (`H:MM`, `H.MM`) and the ` - ` or `]` that ends a header — whether
    /// or not it parses. A line of this shape that ``messageStart(_:)`` refuses (an hour of 25, a
    /// one-digit minute, a meridiem on 0:30) is a damaged header, not text to fold into the
    /// message before it. Text that merely mentions a date and time lacks the separator.
    func startsLikeHeader(_ line: String) -> Bool {
        let bytes = Array(line.utf8.prefix(64))
        var index = 0
        if index < bytes.count, bytes[index] == 0x5B { index += 1 }
        func digits() -> Int {
            var count = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), count < 5 { index += 1; count += 1 }
            return count
        }
        func separator() -> Bool {
            guard index < bytes.count, [0x2F, 0x2E, 0x2D].contains(bytes[index]) else { return false }
            index += 1
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            return true
        }
        guard (1...4).contains(digits()), separator(), (1...4).contains(digits()), separator(), (1...4).contains(digits()) else {
            return false
        }
        let rest = Array(bytes[index...].prefix(32))
        var sawTime = false
        for position in rest.indices {
            let byte = rest[position]
            if (byte == 0x3A || byte == 0x2E), position > 0, (0x30...0x39).contains(rest[position - 1]),
               position + 1 < rest.count, (0x30...0x39).contains(rest[position + 1]) {
                sawTime = true
            }
            if sawTime, byte == 0x5D { return true }
            if sawTime, byte == 0x2D, position > 0, rest[position - 1] == 0x20, position + 1 < rest.count, rest[position + 1] == 0x20 {
                return true
            }
        }
        return false
    }

    /// The header of a line that starts a message. Loosely separated headers (a bare space or
    /// colon after the time) need an author, since ordinary text such as a pasted timestamp
    /// can look like them.
    func messageStart(_ line: String) -> WhatsAppHeader? {
        guard let header = parse(line) else { return nil }
        if header.isLooselySeparated && !header.body.contains(": ") { return nil }
        return header
    }
}
