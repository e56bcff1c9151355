import Foundation

/// Membership events in WeChat's type-10000 group notices (`"张三"邀请"李四"加入了群聊` …). The
/// notices name people by display name, so the importer ties names to wxids itself.
enum WeChatSystemText {
    enum Kind: Sendable { case invited, joinedByScan, removed, left }

    static let templates: [LineTemplate<Kind>] = [
        .init(.invited, #""{a}"邀请"{t}"加入了群聊"#), .init(.invited, #"{a}邀请"{t}"加入了群聊"#),
        .init(.joinedByScan, #""{a}"通过扫描"{x}"分享的二维码加入群聊"#), .init(.joinedByScan, #""{a}"通过扫描{x}分享的二维码加入群聊"#),
        .init(.removed, #"{a}将"{t}"移出了群聊"#), .init(.left, #""{a}"退出了群聊"#),
    ]

    /// Who joined (`joined == true`) or left according to `text`; empty for other notices.
    static func events(_ text: String) -> [(name: String, joined: Bool)] {
        var line = TextFolding.straightenQuotes(text).trimmedWhitespace
        if line.hasPrefix("<") { return [] }  // XML notices (revokes, templates) carry no plain names
        while let last = line.last, last == "。" || last == "." { line.removeLast() }
        for template in templates {
            guard let captures = template.match(line) else { continue }
            switch template.kind {
            case .invited, .removed:
                // `"A"、"B"` (each name quoted) and `"A、B"` both occur.
                let names = (captures["t"] ?? "").components(separatedBy: "、")
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
                return names.filter { !$0.isEmpty && $0 != "你" }.map { ($0, template.kind == .invited) }
            case .joinedByScan, .left:
                guard let actor = captures["a"], actor != "你" else { return [] }
                return [(actor, template.kind == .joinedByScan)]
            }
        }
        return []
    }
}
