import CSQLite

/// A failure reported by SQLite, with the statement that caused it.
///
/// Bound values are deliberately not part of the message: they are chat data (names, message
/// text), and error messages end up in terminals, logs and bug reports.
public struct SQLiteError: Error, CustomStringConvertible, Equatable, Sendable {
    /// SQLite's extended result code (see <https://www.sqlite.org/rescode.html>).
    public let code: Int32
    /// SQLite's own explanation (`sqlite3_errmsg`), or `sqlite3_errstr` when none was available.
    public let message: String
    /// The SQL that failed, when the failure belongs to a statement.
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low byte), e.g. `SQLITE_CONSTRAINT` for every constraint kind.
    public var primaryCode: Int32 { code & 0xFF }

    /// True when another connection holds a lock longer than the busy timeout allowed.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " — while executing `\(sql)`" }
        return text
    }
}
