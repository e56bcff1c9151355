import CSQLite

/// A prepared statement that can be bound, stepped and reset many times.
///
/// Imports insert millions of rows through a handful of statements, so preparing once and
/// re-binding is what keeps them fast. The statement belongs to one connection and one thread.
public final class SQLiteStatement {
    let handle: OpaquePointer
    /// The SQL text, kept for error messages.
    public let sql: String
    private unowned let connection: SQLiteConnection

    init(connection: SQLiteConnection, sql: String, persistent: Bool) throws {
        var statement: OpaquePointer?
        let flags: UInt32 = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, flags, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw connection.error(code: code, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Number of `?` parameters the statement expects.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds every parameter positionally, replacing earlier bindings.
    /// - Throws: ``SQLiteError`` when the count does not match or SQLite rejects a value.
    public func bind(_ values: [any SQLiteBindable]) throws {
        guard values.count == parameterCount else {
            throw SQLiteError(
                code: SQLITE_RANGE,
                message: "expected \(parameterCount) parameters, got \(values.count)",
                sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value at a 1-based parameter index.
    public func bind(_ value: SQLiteValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
        case .real(let number): code = sqlite3_bind_double(handle, index, number)
        case .text(let text): code = sqlite3_bind_text(handle, index, text, -1, sqliteTransient)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { raw in
                sqlite3_bind_blob(handle, index, raw.baseAddress, Int32(raw.count), sqliteTransient)
            }
        }
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    // MARK: Typed binding for hot loops

    /// Binds an integer (or NULL) at a 1-based index without boxing it in ``SQLiteValue``.
    ///
    /// Imports bind tens of millions of values; the array-of-existentials path costs an
    /// allocation and a dynamic dispatch per value, these cost neither.
    @inline(__always)
    public func bind(_ value: Int64?, at index: Int32) throws {
        let code = value.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index)
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Binds text (or NULL) at a 1-based index; SQLite copies the bytes.
    @inline(__always)
    public func bind(_ value: String?, at index: Int32) throws {
        let code: Int32
        if var text = value {
            code = text.withUTF8 { bytes in
                UnsafeRawBufferPointer(bytes).withMemoryRebound(to: CChar.self) { chars in
                    guard let start = chars.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, sqliteTransient) }
                    return sqlite3_bind_text(handle, index, start, Int32(chars.count), sqliteTransient)
                }
            }
        } else {
            code = sqlite3_bind_null(handle, index)
        }
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Binds `count` UTF-8 bytes at `start` as text without copying them (`SQLITE_STATIC`).
    ///
    /// SQLite reads the bytes only when the statement is stepped, so the caller keeps them alive
    /// and unchanged until then, and rebinds before stepping again. For bulk inserts, where a
    /// copy (and an allocation) per bound string was a noticeable share of the database thread.
    @inline(__always)
    func bindTextNoCopy(_ start: UnsafePointer<UInt8>, count: Int, at index: Int32) throws {
        let code = UnsafeRawPointer(start).withMemoryRebound(to: CChar.self, capacity: count) {
            sqlite3_bind_text(handle, index, $0, Int32(count), nil)
        }
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Steps a statement that returns no rows with the bindings already made, then resets it.
    @inline(__always)
    public func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Runs a statement that returns no rows (INSERT/UPDATE/DELETE/DDL) with fresh bindings.
    public func execute(_ values: [any SQLiteBindable] = []) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Advances to the next row; `false` when the statement is done.
    ///
    /// A failed step resets the statement so it can be reused with new bindings.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let failure = connection.error(code: code, sql: sql)
            sqlite3_reset(handle)
            throw failure
        }
    }

    /// Resets the statement so it can be stepped again; bindings are kept.
    public func reset() { sqlite3_reset(handle) }

    /// Binds, then calls `body` for each result row; the statement is reset afterwards.
    public func forEachRow(_ values: [any SQLiteBindable] = [], _ body: (SQLiteRow) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let row = SQLiteRow(statement: self)
        while try step() { try body(row) }
    }

    /// Binds and maps every result row.
    public func rows<T>(_ values: [any SQLiteBindable] = [], _ transform: (SQLiteRow) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(values) { result.append(try transform($0)) }
        return result
    }
}

@available(*, unavailable)
extension SQLiteStatement: Sendable {}

/// The current row of a stepping statement. Valid only inside the closure that received it.
public struct SQLiteRow {
    let statement: SQLiteStatement

    public var columnCount: Int { Int(sqlite3_column_count(statement.handle)) }

    public func isNull(_ column: Int) -> Bool {
        sqlite3_column_type(statement.handle, Int32(column)) == SQLITE_NULL
    }

    public func int64(_ column: Int) -> Int64 { sqlite3_column_int64(statement.handle, Int32(column)) }
    public func int(_ column: Int) -> Int { Int(int64(column)) }
    public func double(_ column: Int) -> Double { sqlite3_column_double(statement.handle, Int32(column)) }
    public func bool(_ column: Int) -> Bool { int64(column) != 0 }

    public func string(_ column: Int) -> String {
        guard let text = sqlite3_column_text(statement.handle, Int32(column)) else { return "" }
        return String(cString: text)
    }

    public func optionalString(_ column: Int) -> String? { isNull(column) ? nil : string(column) }

    /// Calls `body` with the column's text as UTF-8 bytes (`nil` for NULL), without making a
    /// `String`: for scans that only compare a short code per row. The bytes are valid only
    /// inside `body`.
    public func withUTF8<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
        guard !isNull(column), let text = sqlite3_column_text(statement.handle, Int32(column)) else { return body(nil) }
        let count = Int(sqlite3_column_bytes(statement.handle, Int32(column)))
        return body(UnsafeBufferPointer(start: text, count: count))
    }
    public func optionalInt64(_ column: Int) -> Int64? { isNull(column) ? nil : int64(column) }
    public func optionalDouble(_ column: Int) -> Double? { isNull(column) ? nil : double(column) }

    public func blob(_ column: Int) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(statement.handle, Int32(column)))
        guard count > 0, let bytes = sqlite3_column_blob(statement.handle, Int32(column)) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// The column as SQLite stored it.
    public func value(_ column: Int) -> SQLiteValue {
        switch sqlite3_column_type(statement.handle, Int32(column)) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(int64(column))
        case SQLITE_FLOAT: return .real(double(column))
        case SQLITE_BLOB: return .blob(blob(column))
        default: return .text(string(column))
        }
    }
}

/// SQLite's "copy this buffer now" destructor sentinel, which the C macro cannot express in Swift.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
