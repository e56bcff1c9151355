import Foundation

/// Classifies QQ export lines. Header times may have a one-digit hour and an ` AM`/` PM` suffix
/// (Windows regional settings); the sender id is the LAST `(…)` or `<…>` group, because
/// nicknames themselves may hold parentheses.
///
/// Headers are split on Unicode scalars, never on `Character`s: QQ nicknames often begin with
/// an invisible joiner (U+200D), and a space followed by a joiner is ONE `Character`, so a
/// `Character` split silently failed to see the header and folded the message into the one
/// before it.
struct QQLineParser {
    static let separator = String(repeating: "=", count: 64)
    static let headerShape = "'YYYY-MM-DD H:MM:SS 昵称(QQ号)' or '… 昵称<QQ号 or e-mail>'"
    private static let titles: [String: MemberRole] = ["群主": .owner, "管理员": .admin]

    func classify(_ rawLine: String) -> QQLine {
        let line = rawLine.replacingOccurrences(of: "\u{FEFF}", with: "")
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .blank }
        if trimmed == QQLineParser.separator { return .separator }
        if trimmed.hasPrefix("消息记录（") || trimmed.hasPrefix("消息记录(") { return .title }
        for (prefix, make) in [("消息分组:", QQLine.folder), ("消息分组：", QQLine.folder),
                               ("消息对象:", QQLine.chat), ("消息对象：", QQLine.chat)] where trimmed.hasPrefix(prefix) {
            return make(String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
        }
        guard QQLineParser.startsLikeHeader(trimmed) else { return .text(line) }
        switch parseHeader(trimmed) {
        case .success(let header): return .header(header)
        case .failure(let failure):
            return .brokenHeader(reason: failure.reason, namesID: QQLineParser.splitSender(trimmed).1 != nil)
        }
    }

    /// Parses `YYYY-M-D H:MM:SS[ AM|PM] sender`; `nil` when the line is not a header.
    func header(_ line: String) -> QQHeader? {
        guard case .success(let header) = parseHeader(line) else { return nil }
        return header
    }

    /// Why a header-like line is not a header, for the error that names its line.
    struct Failure: Error, Equatable {
        var reason: String
    }

    func parseHeader(_ line: String) -> Result<QQHeader, Failure> {
        let scalars = Array(line.unicodeScalars)
        var cursor = 0
        func number(_ digits: ClosedRange<Int>) -> Int? {
            var value = 0
            var count = 0
            while cursor < scalars.count, count < digits.upperBound, let digit = QQLineParser.asciiDigit(scalars[cursor]) {
                value = value * 10 + digit
                cursor += 1
                count += 1
            }
            return count >= digits.lowerBound ? value : nil
        }
        func expect(_ scalar: Unicode.Scalar) -> Bool {
            guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
            cursor += 1
            return true
        }
        let dateStart = cursor
        guard let year = number(4...4), expect("-"), let month = number(1...2), expect("-"), let day = number(1...2) else {
            return .failure(Failure(reason: "the date is not YYYY-MM-DD"))
        }
        let date = String(String.UnicodeScalarView(scalars[dateStart..<cursor]))
        guard expect(" ") else { return .failure(Failure(reason: "no space after the date")) }
        let timeStart = cursor
        guard var hour = number(1...2), expect(":"), let minute = number(2...2), expect(":"), let second = number(2...2) else {
            return .failure(Failure(reason: "the time is not H:MM:SS"))
        }
        var raw = date + " " + String(String.UnicodeScalarView(scalars[timeStart..<cursor]))
        guard expect(" ") else {
            return .failure(Failure(reason: cursor == scalars.count ? "no sender after the time" : "the time is not H:MM:SS"))
        }
        var rest = String(String.UnicodeScalarView(scalars[cursor...]))
        for (meridiem, isPM) in [("AM ", false), ("PM ", true), ("上午 ", false), ("下午 ", true)] where rest.hasPrefix(meridiem) {
            raw += " " + meridiem.trimmingCharacters(in: .whitespaces)
            rest = String(rest.unicodeScalars.dropFirst(meridiem.unicodeScalars.count))
            if isPM && hour < 12 { hour += 12 } else if !isPM && hour == 12 { hour = 0 }
            break
        }
        // An impossible date (2024-02-30, 2016-13-45) is still a header: storing it reports the
        // problem at this line, where --skip-bad can step over the message.
        let (name, id) = QQLineParser.splitSender(rest.trimmingCharacters(in: .whitespaces))
        let visibleName = QQLineParser.visible(name)
        guard !visibleName.isEmpty || id != nil else { return .failure(Failure(reason: "no sender after the time")) }
        let (nickname, role) = QQLineParser.stripTitles(visibleName)
        return .success(QQHeader(clock: WallClock(year: year, month: month, day: day, hour: hour, minute: minute, second: second),
                                 raw: raw, nickname: nickname.isEmpty ? (id ?? "") : nickname, id: id, role: role))
    }

    /// Whether a line begins like a message header: `YYYY-M-D H:` (four-digit year, a space,
    /// then an hour and a colon). Such a line is never silently taken as message text unless
    /// the walker can tell it is one (see ``QQSectionWalker``).
    static func startsLikeHeader(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.makeIterator()
        var shape: [Character] = []
        while shape.count < 16, let scalar = scalars.next() {
            if asciiDigit(scalar) != nil { shape.append("9") } else { shape.append(Character(scalar)) }
            if scalar == ":" { break }
        }
        let text = String(shape)
        return ["9999-9-9 9:", "9999-9-9 99:", "9999-99-9 9:", "9999-99-9 99:", "9999-9-99 9:", "9999-9-99 99:",
                "9999-99-99 9:", "9999-99-99 99:"].contains(text)
    }

    /// `(A)(123123)` → (`(A)`, `123123`); `围观<indo@qq.com>` → (`围观`, `indo@qq.com`);
    /// `江瀚<18825169013>` → (`江瀚`, `18825169013`): a number in angle brackets is an id too.
    static func splitSender(_ sender: String) -> (String, String?) {
        let scalars = Array(sender.unicodeScalars)
        guard let close = scalars.last else { return (sender, nil) }
        let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", ">": "<", "）": "（"]
        guard let open = pairs[close], let start = scalars.lastIndex(of: open) else { return (sender, nil) }
        let idScalars = scalars[(start + 1)..<(scalars.count - 1)]
        let allDigits = !idScalars.isEmpty && idScalars.allSatisfy { asciiDigit($0) != nil }
        let isEmail = close == ">" && idScalars.contains("@") && !idScalars.contains(" ")
        guard allDigits || isEmail else { return (sender, nil) }
        let name = String(String.UnicodeScalarView(scalars[..<start])).trimmingCharacters(in: .whitespaces)
        return (name, String(String.UnicodeScalarView(idScalars)))
    }

    /// Removes leading 【…】 titles; 【群主】 and 【管理员】 give the role.
    static func stripTitles(_ name: String) -> (String, MemberRole) {
        var rest = Substring(name)
        var role = MemberRole.member
        while rest.hasPrefix("【"), let close = rest.firstIndex(of: "】") {
            let title = String(rest[rest.index(after: rest.startIndex)..<close])
            if let titled = titles[title], role == .member || titled == .owner { role = titled }
            rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        }
        return (String(rest), role)
    }

    /// A nickname without the invisible marks QQ users put around it (zero-width spaces and
    /// joiners, direction marks, word joiners): a name made only of them is no name.
    static func visible(_ name: String) -> String {
        var scalars = Substring(name).unicodeScalars[...]
        while let first = scalars.first, LineExcerpt.isInvisibleMark(first) || first == " " { scalars.removeFirst() }
        while let last = scalars.last, LineExcerpt.isInvisibleMark(last) || last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
    }
}

extension Character {
    /// ASCII 0–9 only (not full-width or other scripts' digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
