import Foundation
import Testing
@testable import GroupSlimKit

@Suite("SQLite layer")
struct SQLiteLayerTests {
    private func connection() throws -> SQLiteConnection {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute("CREATE TABLE t (a, b, c)")
        return db
    }

    @Test("binds and reads back every type")
    func bindsEveryType() throws {
        let db = try connection()
        let values: [(any SQLiteBindable, SQLiteValue)] = [
            (42, .integer(42)),
            (Int64.max, .integer(Int64.max)),
            (Int32.min, .integer(Int64(Int32.min))),
            (3.5, .real(3.5)),
            ("收到 👍 \"quoted\"", .text("收到 👍 \"quoted\"")),
            ("", .text("")),
            (true, .integer(1)),
            (false, .integer(0)),
            ([UInt8]([0, 1, 255]), .blob([0, 1, 255])),
            (String?.none, .null),
            (Int?.some(7), .integer(7)),
            (SQLiteValue.null, .null),
        ]
        for (index, (value, expected)) in values.enumerated() {
            try db.run("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", [index, value, "x"])
            let stored = try db.queryFirst("SELECT b FROM t WHERE a = ?", [index]) { $0.value(0) }
            #expect(stored == expected, "value #\(index)")
        }
        let text = try db.queryFirst("SELECT b FROM t WHERE a = 4") { $0.string(0) }
        #expect(text == "收到 👍 \"quoted\"")
        let blob = try db.queryFirst("SELECT b FROM t WHERE a = 8") { $0.blob(0) }
        #expect(blob == [0, 1, 255])
        let optional = try db.queryFirst("SELECT b FROM t WHERE a = 9") { $0.optionalString(0) }
        #expect(optional == .some(nil))
        #expect(try db.queryFirst("SELECT b FROM t WHERE a = 3") { $0.double(0) } == 3.5)
        #expect(try db.queryFirst("SELECT b FROM t WHERE a = 6") { $0.bool(0) } == true)
    }

    @Test("errors carry SQLite's message and the SQL, never the bound values")
    func errorsCarryMessageAndSQL() throws {
        let db = try connection()
        do {
            _ = try db.prepare("SELEC oops")
            Issue.record("expected a syntax error")
        } catch let error as SQLiteError {
            #expect(error.message.contains("syntax error"))
            #expect(error.sql == "SELEC oops")
            #expect(error.description.contains("SELEC oops"))
        }
        try db.execute("CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
        try db.run("INSERT INTO u (name) VALUES (?)", ["秘密名字"])
        do {
            try db.run("INSERT INTO u (name) VALUES (?)", ["秘密名字"])
            Issue.record("expected a constraint error")
        } catch let error as SQLiteError {
            #expect(error.primaryCode == 19)  // SQLITE_CONSTRAINT
            #expect(error.message.contains("UNIQUE"))
            #expect(!error.description.contains("秘密名字"))
        }
        // The cached statement is usable again after a failure.
        try db.run("INSERT INTO u (name) VALUES (?)", ["other"])
        #expect(try db.scalarInt("SELECT COUNT(*) FROM u") == 2)
    }

    @Test("parameter count mismatch is an error, not a crash")
    func parameterCountMismatch() throws {
        let db = try connection()
        #expect(throws: SQLiteError.self) { try db.run("INSERT INTO t VALUES (?, ?, ?)", [1, 2]) }
    }

    @Test("a throwing transaction body rolls everything back and rethrows the first error")
    func transactionRollsBack() throws {
        let db = try connection()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1, 2, 3)")
                throw Boom()
            }
        }
        #expect(try db.scalarInt("SELECT COUNT(*) FROM t") == 0)
        #expect(!db.isInTransaction)
        // An SQL failure inside the body rolls back too.
        #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1, 2, 3)")
                try db.run("INSERT INTO missing VALUES (1)")
            }
        }
        #expect(try db.scalarInt("SELECT COUNT(*) FROM t") == 0)
        let value = try db.transaction { () -> Int in
            try db.run("INSERT INTO t VALUES (1, 2, 3)")
            return 7
        }
        #expect(value == 7)
        #expect(try db.scalarInt("SELECT COUNT(*) FROM t") == 1)
    }

    @Test("statements are reusable with new bindings and map rows")
    func statementReuse() throws {
        let db = try connection()
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?)")
        for index in 0..<100 { try insert.execute([index, "n\(index)", Double(index) / 2]) }
        let rows = try db.query("SELECT a, b FROM t WHERE a < ? ORDER BY a", [3]) { "\($0.int(0))=\($0.string(1))" }
        #expect(rows == ["0=n0", "1=n1", "2=n2"])
        #expect(insert.parameterCount == 3)
    }

    @Test("the store migrates a new file, records user_version, and enables foreign keys and WAL")
    func storeMigrates() throws {
        let folder = try TestFiles.makeFolder()
        let path = folder.appendingPathComponent("a.db").path
        do {
            let store = try GroupStore(path: path)
            #expect(try store.connection.userVersion == Schema.currentVersion)
            #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
            #expect(try store.connection.queryFirst("PRAGMA journal_mode") { $0.string(0) } == "wal")
            #expect(try store.connection.scalarInt("PRAGMA page_size") == Int64(GroupStore.pageSize))
            #expect(throws: SQLiteError.self) {
                try store.connection.run("INSERT INTO group_tags (group_id, tag) VALUES (999, 'x')")
            }
        }
        // Reopening does not migrate again.
        let again = try GroupStore(path: path)
        #expect(try again.connection.userVersion == Schema.currentVersion)
        #expect(try again.connection.scalarInt("PRAGMA page_size") == Int64(GroupStore.pageSize))
    }

    @Test("a store from before the content-hash index was dropped loses it on opening, keeping its messages")
    func dropsContentHashIndex() throws {
        let folder = try TestFiles.makeFolder()
        let path = folder.appendingPathComponent("v6.db").path
        do {
            let db = try SQLiteConnection(path: path)
            for migration in Schema.migrations.prefix(6) { try db.execute(migration) }
            try db.execute("CREATE INDEX messages_by_hash ON messages (content_hash) WHERE content_hash IS NOT NULL")
            try db.execute("PRAGMA user_version = 6")
        }
        let store = try GroupStore(path: path)
        #expect(try store.connection.userVersion == Schema.currentVersion)
        let indexes = try store.connection.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' ORDER BY name") { $0.string(0) }
        #expect(indexes == ["messages_by_group_time", "messages_dedup"])
    }

    @Test("an import checks no foreign keys while it loads, and the connection checks them again afterwards")
    func foreignKeysRestoredAfterImport() throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.canonicalFolder([
            "groups.csv": "group_id,name\ng1,安全生产群\n",
            "messages.csv": "group_id,sent_at,sender_id,message_id,kind,text\ng1,2026-04-01 09:00,u1,m1,text,请报送\n",
        ])
        _ = try TestFiles.importFolder(folder, into: store)
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
        // A failed import restores them too.
        #expect(throws: (any Error).self) { try TestFiles.importFolder(folder.appendingPathComponent("missing"), into: store) }
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM messages") == 1)
    }

    @Test("a database from a newer GroupSlim, or a file that is not SQLite, is refused clearly")
    func refusesForeignFiles() throws {
        let folder = try TestFiles.makeFolder()
        let newer = folder.appendingPathComponent("newer.db").path
        do {
            let db = try SQLiteConnection(path: newer)
            try db.execute("PRAGMA user_version = 999")
        }
        #expect(throws: StoreError.newerSchema(path: newer, found: 999, supported: Schema.currentVersion)) {
            _ = try GroupStore(path: newer)
        }
        let garbage = try TestFiles.write(Array(repeating: 0x41, count: 4096), to: folder, as: "garbage.db")
        #expect(throws: StoreError.notADatabase(path: garbage.path)) { _ = try GroupStore(path: garbage.path) }
    }
}
