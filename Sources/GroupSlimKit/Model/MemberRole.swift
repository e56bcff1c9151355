import Foundation

/// A member's role in a group, normalized across platforms (群主 = owner, 管理员 = admin).
public enum MemberRole: String, CaseIterable, Sendable, Codable {
    case owner, admin, member

    /// Accepts the English and Chinese spellings an office uses; `nil` for anything else.
    public init?(canonical raw: String) {
        let key = raw.trimmedWhitespace.lowercased()
        switch key {
        case "", "member", "成员", "群成员", "普通成员", "participant": self = .member
        case "owner", "群主", "creator", "创建者": self = .owner
        case "admin", "administrator", "管理员", "群管理员", "manager": self = .admin
        default: return nil
        }
    }
}
