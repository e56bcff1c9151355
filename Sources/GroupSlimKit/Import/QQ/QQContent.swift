import Foundation

/// Which QQ system lines are membership events (kinds come from ``BracketPlaceholders``).
enum QQContent {
    /// QQ's system sender ids.
    static let systemIDs: Set<String> = ["10000", "1000000"]
    /// QQ's own group robot, Q群管家: it posts welcome and rule messages under this number. The
    /// export marks no sender as a bot; this account is one by who it is.
    static let robotIDs: Set<String> = ["2854196310"]

    /// A membership event in a system line: who, and whether they joined (else left).
    static func event(_ text: String) -> (name: String, joined: Bool)? {
        var line = text.trimmedWhitespace
        while let last = line.last, last == "。" || last == "." { line.removeLast() }
        if let invite = line.range(of: "邀请") {
            for suffix in ["加入了本群", "加入本群", "加入了群聊"] where line.hasSuffix(suffix) {
                let name = line[invite.upperBound..<line.index(line.endIndex, offsetBy: -suffix.count)]
                return name.isEmpty ? nil : (String(name), true)
            }
        }
        let rules: [(String, Bool)] = [("加入了本群", true), ("加入本群", true), ("加入了群聊", true),
                                       ("退出了本群", false), ("已退出本群", false), ("退出了群聊", false),
                                       ("被管理员移出了本群", false), ("被移出了本群", false), ("被移出本群", false), ("被移出群聊", false)]
        for (suffix, joined) in rules where line.hasSuffix(suffix) {
            let name = String(line.dropLast(suffix.count))
            return name.isEmpty ? nil : (name, joined)
        }
        return nil
    }
}
