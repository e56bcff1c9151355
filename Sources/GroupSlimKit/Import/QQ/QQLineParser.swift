import Foundation

/// Classifies QQ export lines. Header times may have a one-digit hour and an ` AM`/` PM` suffix
/// (Windows regional settings); the sender id is the LAST `(…)` or `<…>` group, because
/// nicknames themselves may hold parentheses.
struct QQLineParser {
    static let separator = String(repeating: "=", count: 64)
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
        if let header = header(trimmed) { return .header(header) }
        return .text(line)
    }

    /// Parses `YYYY-M-D H:MM:SS[ AM|PM] sender`.
    func header(_ line: String) -> QQHeader? {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard date.count == 3, time.count == 3, date[0].count == 4,
              date.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              time.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }), time[1].count == 2,
              let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]),
              var hour = Int(time[0]), let minute = Int(time[1]), let second = Int(time[2]) else { return nil }
        var rest = String(parts[2])
        var raw = "\(parts[0]) \(parts[1])"
        for (meridiem, isPM) in [("AM ", false), ("PM ", true), ("上午 ", false), ("下午 ", true)] where rest.hasPrefix(meridiem) {
            raw += " " + meridiem.trimmingCharacters(in: .whitespaces)
            rest.removeFirst(meridiem.count)
            if isPM && hour < 12 { hour += 12 } else if !isPM && hour == 12 { hour = 0 }
            break
        }
        let (name, id) = QQLineParser.splitSender(rest.trimmingCharacters(in: .whitespaces))
        guard !name.isEmpty || id != nil else { return nil }
        let (nickname, role) = QQLineParser.stripTitles(name)
        return QQHeader(clock: WallClock(year: year, month: month, day: day, hour: hour, minute: minute, second: second),
                        raw: raw, nickname: nickname.isEmpty ? (id ?? "") : nickname, id: id, role: role)
    }

    /// `(A)(123123)` → (`(A)`, `123123`); `围观<indo@qq.com>` → (`围观`, `indo@qq.com`).
    static func splitSender(_ sender: String) -> (String, String?) {
        for (open, close) in [("(", ")"), ("<", ">"), ("（", "）")] where sender.hasSuffix(close) {
            guard let start = sender.range(of: open, options: .backwards) else { continue }
            let id = String(sender[start.upperBound..<sender.index(before: sender.endIndex)])
            let looksLikeID = close == ">" ? id.contains("@") : (!id.isEmpty && id.allSatisfy(\.isASCIIDigit))
            guard looksLikeID else { continue }
            return (String(sender[..<start.lowerBound]).trimmingCharacters(in: .whitespaces), id)
        }
        return (sender, nil)
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
}

extension Character {
    /// ASCII 0–9 only (not full-width or other scripts' digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
