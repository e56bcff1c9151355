import Foundation

/// The GroupSlim database: opens (or creates) the file, brings its schema up to date, and hands
/// out the connection to the importers, the analysis and the reports.
public final class GroupStore {
    public let connection: SQLiteConnection
    public let path: String

    /// Opens the store at `path`, creating and migrating it as needed.
    /// - Throws: ``StoreError/newerSchema`` when the file was written by a newer GroupSlim, or a
    ///   ``SQLiteError`` when the file is not a database.
    public init(path: String) throws {
        self.path = path
        connection = try SQLiteConnection(path: path)
        do {
            // A new file gets 16 KiB pages (SQLite's default is 4 KiB): the store is read in whole-table
            // scans and written in bulk loads, where a quarter of the pages means a quarter of the
            // reads and writes to the system. A 10M-message import took 12% less time. Only
            // possible before the first table exists; existing stores keep their page size.
            if try connection.scalarInt("PRAGMA page_count") == 0 {
                try connection.execute("PRAGMA page_size = \(GroupStore.pageSize)")
            }
            try connection.enableWAL()
            try migrate()
        } catch let error as SQLiteError where error.primaryCode == 26 /* SQLITE_NOTADB */ {
            throw StoreError.notADatabase(path: path)
        }
    }

    /// Page size of new stores, in bytes.
    static let pageSize = 16_384

    /// An in-memory store, for tests and one-shot analyses.
    public static func inMemory() throws -> GroupStore { try GroupStore(path: ":memory:") }

    private func migrate() throws {
        let version = try connection.userVersion
        if version > Schema.currentVersion {
            throw StoreError.newerSchema(path: path, found: version, supported: Schema.currentVersion)
        }
        guard version < Schema.currentVersion else { return }
        try connection.transaction(.exclusive) {
            // Re-read inside the lock: another process may have migrated meanwhile.
            let current = try connection.userVersion
            for index in current..<Schema.currentVersion {
                try connection.execute(Schema.migrations[index])
            }
            try connection.setUserVersion(Schema.currentVersion)
        }
    }

    /// Counts and spans for `groupslim stats`.
    public func statistics() throws -> StoreStatistics {
        let db = connection
        let platforms = try db.query("""
            SELECT g.platform, COUNT(*),
                   (SELECT COUNT(*) FROM memberships m JOIN groups g2 ON g2.id = m.group_id WHERE g2.platform = g.platform),
                   (SELECT COUNT(*) FROM messages x JOIN groups g3 ON g3.id = x.group_id WHERE g3.platform = g.platform),
                   (SELECT COUNT(DISTINCT m2.person_id) FROM memberships m2 JOIN groups g4 ON g4.id = m2.group_id
                    JOIN people p4 ON p4.id = m2.person_id WHERE g4.platform = g.platform AND p4.is_bot = 0),
                   (SELECT COUNT(DISTINCT m5.person_id) FROM memberships m5 JOIN groups g5 ON g5.id = m5.group_id
                    JOIN people p5 ON p5.id = m5.person_id WHERE g5.platform = g.platform AND p5.is_bot = 1)
            FROM groups g GROUP BY g.platform ORDER BY g.platform
            """) {
            StoreStatistics.PlatformCounts(
                platform: $0.string(0), groups: $0.int(1), memberships: $0.int(2), messages: $0.int(3), people: $0.int(4),
                bots: $0.int(5))
        }
        let span = try db.queryFirst("SELECT MIN(sent_at), MAX(sent_at) FROM messages") {
            ($0.optionalInt64(0), $0.optionalInt64(1))
        }
        return StoreStatistics(
            groups: Int(try db.scalarInt("SELECT COUNT(*) FROM groups")),
            people: Int(try db.scalarInt("SELECT COUNT(*) FROM people WHERE is_bot = 0")),
            bots: Int(try db.scalarInt("SELECT COUNT(*) FROM people WHERE is_bot = 1")),
            oneToOneChatsSkipped: Int(try db.scalarInt("SELECT COUNT(*) FROM skipped_chats WHERE kind = 'one-to-one'")),
            memberships: Int(try db.scalarInt("SELECT COUNT(*) FROM memberships")),
            messages: Int(try db.scalarInt("SELECT COUNT(*) FROM messages")),
            messagesWithText: Int(try db.scalarInt("SELECT COUNT(*) FROM messages WHERE text IS NOT NULL")),
            importRuns: Int(try db.scalarInt("SELECT COUNT(*) FROM import_runs WHERE finished_at IS NOT NULL")),
            firstMessageAt: span?.0,
            lastMessageAt: span?.1,
            platforms: platforms)
    }
}

@available(*, unavailable)
extension GroupStore: Sendable {}
