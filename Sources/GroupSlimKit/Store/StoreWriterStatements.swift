/// The statements a ``StoreWriter`` runs per record, prepared once and bound with typed values.
///
/// A large import runs these tens of millions of times. Going through
/// ``SQLiteConnection/run(_:_:)`` costs a statement-cache lookup keyed by the whole SQL text and
/// an array of boxed values per call; holding the statements and binding integers and strings
/// directly costs neither.
final class StoreWriterStatements {
    private let selectAliasOwner: SQLiteStatement
    private let selectPerson: SQLiteStatement
    private let insertPersonRow: SQLiteStatement
    private let updatePersonBlanks: SQLiteStatement
    private let insertAliasRow: SQLiteStatement
    private let insertMembershipRow: SQLiteStatement
    private let updateMembershipRow: SQLiteStatement
    private let insertMessageRow: SQLiteStatement
    private let insertMessageRows: SQLiteStatement
    private let db: SQLiteConnection

    init(_ db: SQLiteConnection) throws {
        self.db = db
        selectAliasOwner = try db.prepare("SELECT person_id FROM person_aliases WHERE platform = ? AND alias_id = ?")
        selectPerson = try db.prepare("SELECT id FROM people WHERE platform = ? AND source_id = ?")
        insertPersonRow = try db.prepare("INSERT INTO people (platform, source_id, display_name, unit) VALUES (?, ?, ?, ?)")
        updatePersonBlanks = try db.prepare(
            "UPDATE people SET display_name = COALESCE(display_name, ?), unit = COALESCE(unit, ?) WHERE id = ?")
        insertAliasRow = try db.prepare(
            "INSERT OR IGNORE INTO person_aliases (platform, alias_id, person_id) VALUES (?, ?, ?)")
        insertMembershipRow = try db.prepare("""
            INSERT OR IGNORE INTO memberships (group_id, person_id, role, joined_at, left_at, source)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        // A roster fact replaces an inferred one; dates fill in blanks.
        updateMembershipRow = try db.prepare("""
            UPDATE memberships SET
                role = CASE WHEN ?3 = 'inferred' THEN role ELSE ?4 END,
                joined_at = COALESCE(?5, joined_at),
                left_at = COALESCE(?6, left_at),
                source = CASE WHEN source = 'inferred' THEN ?3 ELSE source END
            WHERE group_id = ?1 AND person_id = ?2
            """)
        insertMessageRow = try db.prepare(StoreWriterStatements.insertMessagesSQL(rows: 1))
        insertMessageRows = try db.prepare(StoreWriterStatements.insertMessagesSQL(rows: StoreWriterStatements.messagesPerInsert))
    }

    /// Rows per multi-row INSERT for buffered messages: each statement step has a fixed cost
    /// (program start, cursor seek, journal bookkeeping) that 128 rows share; 128 × 13 parameters
    /// stay far below SQLite's 32,766-variable limit.
    static let messagesPerInsert = 128
    static let messageColumns: Int32 = 13

    private static func insertMessagesSQL(rows: Int) -> String {
        let tuple = "(" + Array(repeating: "?", count: Int(messageColumns)).joined(separator: ", ") + ")"
        return """
            INSERT OR IGNORE INTO messages (group_id, sender_id, sent_at, sent_raw, kind, content_class, text,
                text_length, content_hash, mentions_all, source_message_id, dedup_key, import_run)
            VALUES \(Array(repeating: tuple, count: rows).joined(separator: ", "))
            """
    }

    func aliasOwner(_ platform: String, _ alias: String) throws -> Int64? {
        try firstID(selectAliasOwner, platform, alias)
    }

    func person(_ platform: String, _ sourceID: String) throws -> Int64? {
        try firstID(selectPerson, platform, sourceID)
    }

    func insertPerson(_ platform: String, _ sourceID: String, name: String?, unit: String?) throws -> Int64 {
        try insertPersonRow.bind(platform, at: 1)
        try insertPersonRow.bind(sourceID, at: 2)
        try insertPersonRow.bind(name, at: 3)
        try insertPersonRow.bind(unit, at: 4)
        try insertPersonRow.run()
        return db.lastInsertRowID
    }

    func fillPerson(_ id: Int64, name: String?, unit: String?) throws {
        try updatePersonBlanks.bind(name, at: 1)
        try updatePersonBlanks.bind(unit, at: 2)
        try updatePersonBlanks.bind(id, at: 3)
        try updatePersonBlanks.run()
    }

    func insertAlias(_ platform: String, _ alias: String, personID: Int64) throws {
        try insertAliasRow.bind(platform, at: 1)
        try insertAliasRow.bind(alias, at: 2)
        try insertAliasRow.bind(personID, at: 3)
        try insertAliasRow.run()
    }

    /// Inserts the membership if the pair is new; returns whether it was.
    func insertMembership(_ groupID: Int64, _ personID: Int64, role: MemberRole, joinedAt: Int64?, leftAt: Int64?,
                          source: MembershipSource) throws -> Bool {
        try insertMembershipRow.bind(groupID, at: 1)
        try insertMembershipRow.bind(personID, at: 2)
        try insertMembershipRow.bind(role.rawValue, at: 3)
        try insertMembershipRow.bind(joinedAt, at: 4)
        try insertMembershipRow.bind(leftAt, at: 5)
        try insertMembershipRow.bind(source.rawValue, at: 6)
        try insertMembershipRow.run()
        return db.changes == 1
    }

    /// Merges a membership fact into the existing pair.
    func updateMembership(_ groupID: Int64, _ personID: Int64, role: MemberRole, joinedAt: Int64?, leftAt: Int64?,
                          source: MembershipSource) throws {
        try updateMembershipRow.bind(groupID, at: 1)
        try updateMembershipRow.bind(personID, at: 2)
        try updateMembershipRow.bind(source.rawValue, at: 3)
        try updateMembershipRow.bind(role.rawValue, at: 4)
        try updateMembershipRow.bind(joinedAt, at: 5)
        try updateMembershipRow.bind(leftAt, at: 6)
        try updateMembershipRow.run()
    }

    /// Inserts the message unless its group has the same de-duplication key; returns whether it
    /// was new.
    func insertMessage(_ message: PendingMessage, runID: Int64) throws -> Bool {
        try bind(message, runID: runID, to: insertMessageRow, at: 0)
        try insertMessageRow.run()
        return db.changes == 1
    }

    /// Inserts messages already known to be new (their keys were checked in memory), as many
    /// per statement as ``messagesPerInsert`` allows.
    ///
    /// The text columns of each statement are laid end to end in one buffer and bound in place:
    /// SQLite copying (and allocating for) every string was a visible share of the database thread.
    func insertNewMessages(_ messages: [PendingMessage], runID: Int64) throws {
        var bytes: [UInt8] = []
        var cells: [TextCell] = []
        var start = 0
        let chunk = StoreWriterStatements.messagesPerInsert
        while messages.count - start >= chunk {
            bytes.removeAll(keepingCapacity: true)
            cells.removeAll(keepingCapacity: true)
            for message in messages[start..<start + chunk] {
                for column in StoreWriterStatements.textParameters.indices {
                    cells.append(TextCell(StoreWriterStatements.text(column, of: message.row), into: &bytes))
                }
            }
            try bytes.withUnsafeBufferPointer { buffer in
                for offset in 0..<chunk {
                    try bindNumbers(messages[start + offset], runID: runID, to: insertMessageRows, at: Int32(offset))
                    let base = Int32(offset) * StoreWriterStatements.messageColumns
                    for (column, position) in StoreWriterStatements.textParameters.enumerated() {
                        try cells[offset * StoreWriterStatements.textParameters.count + column]
                            .bind(from: buffer, to: insertMessageRows, at: base + position)
                    }
                }
                // The bound bytes live until this closure returns; the statement is stepped here.
                try insertMessageRows.run()
            }
            start += chunk
        }
        for message in messages[start...] { _ = try insertMessage(message, runID: runID) }
    }

    /// Parameter positions (1-based within a row) of the text columns; ``text(_:of:)`` gives
    /// their values in the same order.
    private static let textParameters: [Int32] = [4, 5, 6, 7, 11]

    private static func text(_ column: Int, of row: MessageRow) -> String? {
        switch column {
        case 0: row.sentRaw
        case 1: row.kind.rawValue
        case 2: row.contentClass.rawValue
        case 3: row.storedText
        default: row.sourceMessageID
        }
    }

    /// Where one text value of a multi-row INSERT lies in its buffer; `nil` start for NULL.
    private struct TextCell {
        var start: Int?
        var count = 0

        /// Appends `text`'s UTF-8 to `bytes` and records where it went.
        init(_ text: String?, into bytes: inout [UInt8]) {
            guard var text else { return }
            let first = bytes.count
            text.withUTF8 { bytes.append(contentsOf: $0) }
            start = first
            count = bytes.count - first
        }

        func bind(from bytes: UnsafeBufferPointer<UInt8>, to statement: SQLiteStatement, at index: Int32) throws {
            guard let start else { return try statement.bind(nil as String?, at: index) }
            guard count > 0, let base = bytes.baseAddress else { return try statement.bind("", at: index) }
            try statement.bindTextNoCopy(base + start, count: count, at: index)
        }
    }

    /// Binds the non-text columns of one message as the `row`-th tuple of `statement`.
    private func bindNumbers(_ message: PendingMessage, runID: Int64, to statement: SQLiteStatement, at row: Int32) throws {
        let base = row * StoreWriterStatements.messageColumns
        let fields = message.row
        try statement.bind(message.groupID, at: base + 1)
        try statement.bind(message.senderID, at: base + 2)
        try statement.bind(fields.sentAt, at: base + 3)
        try statement.bind(Int64(fields.textLength), at: base + 8)
        try statement.bind(fields.contentHash, at: base + 9)
        try statement.bind(fields.mentionsEveryone ? 1 : 0, at: base + 10)
        try statement.bind(fields.dedupKey, at: base + 12)
        try statement.bind(runID, at: base + 13)
    }

    /// Binds one message as the `row`-th tuple of `statement`, its text copied by SQLite (the
    /// one-row path, for stores that already hold messages).
    private func bind(_ message: PendingMessage, runID: Int64, to statement: SQLiteStatement, at row: Int32) throws {
        try bindNumbers(message, runID: runID, to: statement, at: row)
        let base = row * StoreWriterStatements.messageColumns
        for (column, position) in StoreWriterStatements.textParameters.enumerated() {
            try statement.bind(StoreWriterStatements.text(column, of: message.row), at: base + position)
        }
    }

    private func firstID(_ statement: SQLiteStatement, _ first: String, _ second: String) throws -> Int64? {
        try statement.bind(first, at: 1)
        try statement.bind(second, at: 2)
        defer { statement.reset() }
        return try statement.step() ? SQLiteRow(statement: statement).int64(0) : nil
    }
}

@available(*, unavailable)
extension StoreWriterStatements: Sendable {}

/// A message row with the group and sender it belongs to, ready to insert.
struct PendingMessage: Sendable {
    var groupID: Int64
    var senderID: Int64?
    var row: MessageRow
}
