import CSQLite
import Foundation

/// One open SQLite database.
///
/// A connection is used from one thread at a time (it is not `Sendable`); concurrent processes on
/// the same file wait for each other through the busy timeout instead of failing at once.
public final class SQLiteConnection {
    let handle: OpaquePointer
    /// The file this connection opened (`:memory:` for an in-memory database).
    public let path: String
    private var cache: [String: SQLiteStatement] = [:]

    /// Opens (creating if needed) the database at `path`.
    /// - Parameter busyTimeout: how long to wait for another process's lock, in milliseconds.
    public init(path: String, readOnly: Bool = false, busyTimeout: Int32 = 30_000) throws {
        _ = SQLiteConnection.processSetup
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
            | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: code, message: "cannot open database '\(path)': \(message)")
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeout)
        try execute("PRAGMA foreign_keys = ON")
    }

    /// Process-wide SQLite settings, applied once before the first connection opens (SQLite
    /// ignores them afterwards). Memory statistics are off: with them on, every allocation
    /// SQLite makes (one per bound string, among others) takes a global mutex, about 3% of an
    /// import's database thread, for figures GroupSlim never reads.
    private static let processSetup: Void = {
        _ = groupslim_disable_memstatus()
    }()

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that take no parameters (DDL, pragmas).
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(errorMessage)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// Prepares a statement the caller owns (finalized when released).
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql, persistent: false)
    }

    /// Returns a prepared statement for `sql`, reusing one prepared earlier on this connection.
    ///
    /// Hot paths (imports, per-group queries) call the same SQL many times; the cache saves the
    /// parse and plan each time.
    public func cached(_ sql: String) throws -> SQLiteStatement {
        if let statement = cache[sql] {
            statement.reset()
            return statement
        }
        let statement = try SQLiteStatement(connection: self, sql: sql, persistent: true)
        cache[sql] = statement
        return statement
    }

    /// Runs a parameterized statement that returns no rows.
    public func run(_ sql: String, _ values: [any SQLiteBindable] = []) throws {
        try cached(sql).execute(values)
    }

    /// Maps every row of a query.
    public func query<T>(_ sql: String, _ values: [any SQLiteBindable] = [], _ transform: (SQLiteRow) throws -> T) throws -> [T] {
        try cached(sql).rows(values, transform)
    }

    /// The first row of a query, mapped; `nil` when there is none.
    public func queryFirst<T>(_ sql: String, _ values: [any SQLiteBindable] = [], _ transform: (SQLiteRow) throws -> T) throws -> T? {
        let statement = try cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return try transform(SQLiteRow(statement: statement))
    }

    /// The first column of the first row as an integer (0 when there is no row or it is NULL).
    public func scalarInt(_ sql: String, _ values: [any SQLiteBindable] = []) throws -> Int64 {
        try queryFirst(sql, values) { $0.int64(0) } ?? 0
    }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the most recent INSERT/UPDATE/DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True while a transaction is open (SQLite may have rolled one back on its own after
    /// SQLITE_FULL or an I/O error, so ask it rather than tracking state ourselves).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The kinds of lock a transaction takes up front.
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so a writer waits at BEGIN (busy timeout) instead of
        /// failing half-way through with SQLITE_BUSY.
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` inside a transaction: committed if it returns, rolled back if it throws.
    ///
    /// The first error is the one rethrown, even if the rollback also fails, because it is the
    /// one that explains what went wrong.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        do {
            let result = try body()
            try execute("COMMIT TRANSACTION")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
    }

    /// Schema version kept in `PRAGMA user_version`.
    public var userVersion: Int {
        get throws { Int(try scalarInt("PRAGMA user_version")) }
    }

    func setUserVersion(_ version: Int) throws {
        try execute("PRAGMA user_version = \(version)")
    }

    /// Switches to write-ahead logging so readers (reports) do not block a running import.
    /// - Throws: when the file system does not support WAL (SQLite then answers another mode).
    public func enableWAL() throws {
        let mode = try queryFirst("PRAGMA journal_mode = WAL") { $0.string(0) } ?? ""
        guard mode.lowercased() == "wal" || path == ":memory:" || path.isEmpty else {
            throw SQLiteError(code: SQLITE_ERROR, message: "could not enable WAL mode (got '\(mode)') for \(path)")
        }
        try execute("PRAGMA synchronous = NORMAL")
    }

    func error(code: Int32, sql: String?) -> SQLiteError {
        let message = String(cString: sqlite3_errmsg(handle))
        let extended = sqlite3_extended_errcode(handle)
        return SQLiteError(code: extended != 0 ? extended : code, message: message, sql: sql)
    }
}

@available(*, unavailable)
extension SQLiteConnection: Sendable {}
