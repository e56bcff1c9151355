import Foundation
@testable import GroupSlimKit

/// Temporary folders and files for tests; each test gets its own folder.
enum TestFiles {
    static func makeFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("groupslim-tests-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` (name → UTF-8 content) into a new folder.
    static func canonicalFolder(_ files: [String: String], name: String = #function) throws -> URL {
        let folder = try makeFolder(name)
        for (file, content) in files {
            try Data(content.utf8).write(to: folder.appendingPathComponent(file))
        }
        return folder
    }

    static func write(_ bytes: [UInt8], to folder: URL, as file: String) throws -> URL {
        let url = folder.appendingPathComponent(file)
        try Data(bytes).write(to: url)
        return url
    }

    /// A bundled fixture folder.
    static func fixture(_ name: String) throws -> URL {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return root.appendingPathComponent(name)
    }

    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    /// An instant written as local time in Shanghai (`2026-03-02 18:00`).
    static func shanghaiTime(_ text: String) -> Int64 {
        TimestampParser(timeZone: shanghai).parse(text)!.milliseconds
    }

    /// Imports `folder` into `store` the way the CLI does.
    @discardableResult
    static func importFolder(_ folder: URL, into store: GroupStore, zone: TimeZone = shanghai,
                             keepText: Bool = true) throws -> ImportSummary {
        try Importer(options: ImportOptions(timeZone: zone, keepText: keepText)).importSource(folder, into: store)
    }

    /// Every row of every table, as text, so a test can prove a failed import changed nothing.
    static func dump(_ store: GroupStore) throws -> [String] {
        var lines: [String] = []
        for table in ["import_runs", "groups", "group_tags", "people", "person_aliases", "memberships", "messages"] {
            let statement = try store.connection.prepare("SELECT * FROM \(table) ORDER BY 1, 2")
            try statement.forEachRow { row in
                lines.append(table + ":" + (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|"))
            }
        }
        return lines
    }
}
