import Foundation
@testable import GroupSlimKit

/// Helpers for the chat-export importer tests: import a path, then read back what one group got.
enum ChatImport {
    static func run(_ url: URL, into store: GroupStore, format: ImportFormat = .auto, zone: TimeZone = TestFiles.shanghai,
                    dateOrder: DateOrder? = nil, roster: URL? = nil) throws -> ImportSummary {
        let options = ImportOptions(timeZone: zone, keepText: true, dateOrder: dateOrder, roster: roster)
        return try Importer(options: options).importSource(url, format: format, into: store)
    }

    /// Imports a bundled fixture into a fresh store after checking that detection names `format`.
    static func fixture(_ file: String, detectedAs format: ImportFormat) throws -> (GroupStore, ImportSummary) {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture(file)
        guard try ImportFormat.detect(url) == format else { throw ImportError.unknownFormat(path: file, tried: [format.rawValue]) }
        return (store, try run(url, into: store))
    }

    /// Writes a roster `people.csv` with `rows` under the header.
    static func roster(_ rows: String, function: String = #function) throws -> URL {
        try file("member_id,name,unit,aliases\n" + rows, named: "people.csv", function: function)
    }

    /// Milliseconds of an ISO 8601 time with offset.
    static func ms(_ iso: String) -> Int64 {
        TimestampParser(timeZone: TimeZone(identifier: "UTC")!).parse(iso)!.milliseconds
    }

    /// `kind → count` for the group named `name`.
    static func kinds(_ store: GroupStore, group name: String) throws -> [String: Int] {
        let rows = try store.connection.query("""
            SELECT m.kind, COUNT(*) FROM messages m JOIN groups g ON g.id = m.group_id WHERE g.name = ? GROUP BY m.kind
            """, [name]) { ($0.string(0), Int($0.int64(1))) }
        return Dictionary(uniqueKeysWithValues: rows)
    }

    /// `person:role:source[:joined][:left]` for every membership of the group named `name`, sorted.
    static func memberships(_ store: GroupStore, group name: String) throws -> [String] {
        try store.connection.query("""
            SELECT p.source_id, m.role, m.source, m.joined_at IS NOT NULL, m.left_at IS NOT NULL
            FROM memberships m JOIN people p ON p.id = m.person_id JOIN groups g ON g.id = m.group_id
            WHERE g.name = ? ORDER BY p.source_id
            """, [name]) {
            "\($0.string(0)):\($0.string(1)):\($0.string(2))" + ($0.bool(3) ? ":joined" : "") + ($0.bool(4) ? ":left" : "")
        }
    }

    /// (min, max) send time of the group named `name`.
    static func span(_ store: GroupStore, group name: String) throws -> (Int64, Int64)? {
        try store.connection.queryFirst("""
            SELECT MIN(sent_at), MAX(sent_at) FROM messages m JOIN groups g ON g.id = m.group_id WHERE g.name = ?
            """, [name]) { ($0.int64(0), $0.int64(1)) }
    }

    /// Every row of every table (the activity-report table included), to prove a failed import changed nothing.
    static func dump(_ store: GroupStore) throws -> [String] {
        var lines = try TestFiles.dump(store)
        try store.connection.prepare("SELECT * FROM group_activity_reports ORDER BY 1").forEachRow { row in
            lines.append("reports:" + (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|"))
        }
        return lines
    }

    static func file(_ text: String, named name: String, function: String = #function) throws -> URL {
        let folder = try TestFiles.makeFolder(function)
        return try TestFiles.write(Array(text.utf8), to: folder, as: name)
    }
}
