import Foundation
@testable import GroupSlimKit

/// Queries the platform-importer tests share: counts and membership facts as plain strings, so
/// a test states what the store must hold in one readable line.
enum ExportAssertions {
    @discardableResult
    static func importSource(_ url: URL, into store: GroupStore, format: ImportFormat = .auto,
                             zone: TimeZone = TestFiles.shanghai) throws -> ImportSummary {
        try Importer(options: ImportOptions(timeZone: zone)).importSource(url, format: format, into: store)
    }

    static func count(_ store: GroupStore, _ sql: String) throws -> Int64 {
        try store.connection.scalarInt(sql)
    }

    /// `person:role:source[:joined][:left]` for every membership of a group, sorted.
    static func memberships(_ store: GroupStore, group: String) throws -> [String] {
        try store.connection.query("""
            SELECT p.source_id, m.role, m.source, m.joined_at, m.left_at FROM memberships m
            JOIN people p ON p.id = m.person_id JOIN groups g ON g.id = m.group_id
            WHERE g.source_id = ? ORDER BY p.source_id
            """, [group]) { row in
            var text = "\(row.string(0)):\(row.string(1)):\(row.string(2))"
            if let joined = row.optionalInt64(3) { text += ":j\(joined)" }
            if let left = row.optionalInt64(4) { text += ":l\(left)" }
            return text
        }
    }

    /// `kind` counts of one group's messages, as `kind=N` sorted by kind.
    static func kinds(_ store: GroupStore, group: String) throws -> [String] {
        try store.connection.query("""
            SELECT m.kind, COUNT(*) FROM messages m JOIN groups g ON g.id = m.group_id
            WHERE g.source_id = ? GROUP BY m.kind ORDER BY m.kind
            """, [group]) { "\($0.string(0))=\($0.int64(1))" }
    }
}
