import Foundation

/// Writes imported records into the store with natural keys, so importing the same export twice
/// adds nothing: groups by (platform, source id), people by (platform, id or alias), memberships
/// by (group, person), messages by (group, source message id or content hash).
///
/// A writer lives for one import run, inside that run's transaction; its caches assume no other
/// writer changes the same rows meanwhile, which the transaction's write lock guarantees.
public final class StoreWriter {
    /// Internal (not private) so writer extensions in their own files (roster, aggregates)
    /// write through the run's connection and transaction.
    let db: SQLiteConnection
    public let runID: Int64
    private var groupCache: [String: Int64] = [:]
    private var personCache: [String: Int64] = [:]
    /// Every bot person in the store; their messages are stored as kind `bot`.
    private var bots = Set<Int64>()
    private var botsSeen = Set<Int64>()
    private var skippedChats = Set<String>()
    /// Classifies messages at import; exposed so importers can build ``MessageRow``s on other
    /// threads with the same rules.
    public let classifier: MessageClassifier
    /// Whether this run stores message text.
    public let keepText: Bool
    private let statements: StoreWriterStatements
    /// Indexes dropped for this run's bulk load, rebuilt by ``finish()``.
    private let deferredIndexes: [String]
    /// While the unique de-duplication index is dropped: the keys stored so far, per group.
    private var storedDedupKeys: [Int64: Set<Int64>] = [:]
    /// New messages not yet inserted, during a bulk load: inserted many rows per statement when
    /// enough have gathered, and always before anything reads the messages table.
    private var pendingMessages: [PendingMessage] = []
    /// Messages queued with ``queueMessage(groupID:senderID:senderKey:_:)``, whose rows are
    /// built on a background thread.
    private let rowPipeline: MessageRowPipeline

    /// Counts for the import summary.
    public private(set) var counts = ImportCounts()
    /// Whether a bad record stops this run or is skipped (`--skip-bad`); importers pass every
    /// record through it.
    public let records = RecordGuard(skipBad: false)

    /// Starts an import run: records it and prepares the write statements.
    ///
    /// When the run is inside a transaction and the store holds no messages yet, the message
    /// table's indexes are dropped until ``finish()``: building an index once from sorted data
    /// is much cheaper than keeping it up to date row by row, and with every stored message from
    /// this run, de-duplication needs only the keys seen so far (kept in memory, 8 bytes each).
    /// Being inside the transaction, the drop is undone with everything else if the import fails.
    public init(store: GroupStore, source: String, format: String, timeZone: TimeZone, keepText: Bool,
                classifier: MessageClassifier = MessageClassifier()) throws {
        db = store.connection
        self.keepText = keepText
        self.classifier = classifier
        try db.run(
            "INSERT INTO import_runs (source, format, time_zone, keep_text, started_at) VALUES (?, ?, ?, ?, ?)",
            [source, format, timeZone.identifier, keepText, StoreWriter.timestamp()])
        runID = db.lastInsertRowID
        statements = try StoreWriterStatements(db)
        rowPipeline = MessageRowPipeline(classifier: classifier, keepText: keepText)
        if db.isInTransaction, try db.scalarInt("SELECT EXISTS (SELECT 1 FROM messages)") == 0 {
            for index in Schema.deferrableMessageIndexes {
                try db.execute("DROP INDEX IF EXISTS \(index.name)")
            }
            deferredIndexes = Schema.deferrableMessageIndexes.map(\.definition)
        } else {
            deferredIndexes = []
        }
        var known = Set<Int64>()
        try db.prepare("SELECT id FROM people WHERE is_bot = 1").forEachRow { known.insert($0.int64(0)) }
        bots = known
    }

    /// Inserts or updates a group; returns its row id.
    @discardableResult
    public func upsertGroup(_ group: GroupRecord) throws -> Int64 {
        counts.groupsRead += 1
        let existing = try db.queryFirst(
            "SELECT id FROM groups WHERE platform = ? AND source_id = ?", [group.platform, group.sourceID]) { $0.int64(0) }
        let id: Int64
        if let existing {
            try db.run("""
                UPDATE groups SET name = ?, owner_unit = COALESCE(?, owner_unit), owner_id = COALESCE(?, owner_id),
                    created_at = COALESCE(?, created_at), created_raw = COALESCE(?, created_raw),
                    task_end = COALESCE(?, task_end), task_end_at = COALESCE(?, task_end_at),
                    protected = ?, last_seen_run = ?
                WHERE id = ?
                """,
                [group.name, group.ownerUnit, group.ownerID, group.createdAt, group.createdRaw,
                 group.taskEnd, group.taskEndAt, group.isProtected, runID, existing])
            id = existing
        } else {
            try db.run("""
                INSERT INTO groups (platform, source_id, name, owner_unit, owner_id, created_at, created_raw,
                    task_end, task_end_at, protected, first_seen_run, last_seen_run)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [group.platform, group.sourceID, group.name, group.ownerUnit, group.ownerID, group.createdAt,
                 group.createdRaw, group.taskEnd, group.taskEndAt, group.isProtected, runID, runID])
            id = db.lastInsertRowID
            counts.groupsAdded += 1
        }
        if !group.purposeTags.isEmpty {
            try db.run("DELETE FROM group_tags WHERE group_id = ?", [id])
            for tag in Set(group.purposeTags).sorted() {
                try db.run("INSERT INTO group_tags (group_id, tag) VALUES (?, ?)", [id, tag])
            }
        }
        groupCache[key(group.platform, group.sourceID)] = id
        return id
    }

    /// Finds a group by the source's id alone (canonical member and message files do not repeat
    /// the platform). Returns `nil` when no group has that id, and throws when two platforms do.
    public func groupID(sourceID: String) throws -> (id: Int64, platform: String)? {
        let rows = try db.query("SELECT id, platform FROM groups WHERE source_id = ? ORDER BY id", [sourceID]) {
            ($0.int64(0), $0.string(1))
        }
        guard let first = rows.first else { return nil }
        if rows.count > 1 { throw StoreWriterError.ambiguousGroup(sourceID: sourceID, platforms: rows.map(\.1)) }
        return first
    }

    /// The person with this id or alias on `platform`, created when new. Name and unit fill in
    /// blanks but never overwrite what an earlier, richer source said. `isBot` marks the account
    /// a bot for good (see ``markBot(_:)``); a later call without it does not unmark it.
    public func personID(platform: String, sourceID: String, name: String?, unit: String?, isBot: Bool = false) throws -> Int64 {
        let id = try personID(platform: platform, sourceID: sourceID, name: name, unit: unit)
        if isBot { try markBot(id) } else if bots.contains(id) { noteBotSeen(id) }
        return id
    }

    private func noteBotSeen(_ id: Int64) {
        if botsSeen.insert(id).inserted { counts.botsSeen = botsSeen.count }
    }

    /// Marks a person a bot: kept apart from people in `stats`, never a member in the analysis,
    /// and every message it sends from now on is stored as kind `bot` (never a person's activity).
    public func markBot(_ personID: Int64) throws {
        noteBotSeen(personID)
        guard bots.insert(personID).inserted else { return }
        try db.run("UPDATE people SET is_bot = 1 WHERE id = ?", [personID])
    }

    /// Notes a one-to-one chat that the import leaves out. `id` is the platform's id for the chat
    /// (or the other party's name where there is no id); only a 64-bit fingerprint of it is stored,
    /// so the skipped chat is counted once over repeated imports without storing who it was with.
    public func skipOneToOneChat(platform: String, id: String) throws {
        let cacheKey = key(platform, id)
        guard skippedChats.insert(cacheKey).inserted else { return }
        counts.oneToOneChatsSkipped += 1
        let fingerprint = TextNormalizer.fnv1a("groupslim.skipped-chat\u{1}" + cacheKey)
        try db.run("INSERT OR IGNORE INTO skipped_chats (platform, fingerprint, kind, import_run) VALUES (?, ?, 'one-to-one', ?)",
                   [platform, fingerprint, runID])
    }

    private func personID(platform: String, sourceID: String, name: String?, unit: String?) throws -> Int64 {
        let cacheKey = key(platform, sourceID)
        if let cached = personCache[cacheKey] {
            if name != nil || unit != nil { try fillPerson(cached, name: name, unit: unit) }
            return cached
        }
        let id: Int64
        if let known = try statements.aliasOwner(platform, sourceID) ?? statements.person(platform, sourceID) {
            id = known
            try fillPerson(id, name: name, unit: unit)
        } else {
            id = try statements.insertPerson(platform, sourceID, name: name, unit: unit)
            counts.peopleAdded += 1
        }
        personCache[cacheKey] = id
        return id
    }

    /// Declares `alias` another id of `personID` on `platform`.
    /// - Throws: ``StoreWriterError/aliasConflict`` when the alias already has rows of its own.
    public func addAlias(platform: String, alias: String, personID: Int64) throws {
        if let owner = try statements.person(platform, alias), owner != personID {
            throw StoreWriterError.aliasConflict(alias: alias)
        }
        try statements.insertAlias(platform, alias, personID: personID)
        personCache[key(platform, alias)] = personID
    }

    /// Records a membership. A roster fact replaces an inferred one; dates fill in blanks.
    public func upsertMembership(groupID: Int64, personID: Int64, role: MemberRole, joinedAt: Int64?, leftAt: Int64?,
                                 source: MembershipSource) throws {
        counts.membershipsRead += 1
        if try statements.insertMembership(groupID, personID, role: role, joinedAt: joinedAt, leftAt: leftAt,
                                           source: source) {
            counts.membershipsAdded += 1
        } else {
            try statements.updateMembership(groupID, personID, role: role, joinedAt: joinedAt, leftAt: leftAt,
                                            source: source)
        }
    }

    /// Inserts a message unless the same one (same group and source id, or same time, sender and
    /// text) is already stored. Returns whether it was new.
    @discardableResult
    public func insertMessage(groupID: Int64, senderID: Int64?, senderKey: String, _ message: MessageRecord) throws -> Bool {
        try insertMessage(groupID: groupID, senderID: senderID,
                          row: makeMessageRow(botAware(message, senderID: senderID), senderKey: senderKey))
    }

    /// A bot's message is kind `bot` whatever it looks like: a stand-up bot's "here" is no check-in.
    private func botAware(_ message: MessageRecord, senderID: Int64?) -> MessageRecord {
        guard let senderID, bots.contains(senderID), message.kind != .bot, message.kind != .system else { return message }
        var bot = message
        bot.kind = .bot
        return bot
    }

    /// Stores `message` like ``insertMessage(groupID:senderID:senderKey:_:)``, but builds its row
    /// on a background thread and inserts it a batch later, so that reading the export and
    /// computing rows use both cores. Queued messages are stored in queue order, all of them by
    /// ``inferMembershipsFromSenders()`` (which needs their posters) and ``finish()``.
    public func queueMessage(groupID: Int64, senderID: Int64?, senderKey: String, _ message: MessageRecord) throws {
        try insert(rowPipeline.add(.init(groupID: groupID, senderID: senderID, senderKey: senderKey,
                                         record: botAware(message, senderID: senderID))))
    }

    /// Inserts every queued message.
    private func drainQueuedMessages() throws {
        try insert(rowPipeline.drain())
    }

    private func insert(_ built: [PendingMessage]) throws {
        for pending in built { try insertMessage(groupID: pending.groupID, senderID: pending.senderID, row: pending.row) }
    }

    /// The row ``insertMessage(groupID:senderID:senderKey:_:)`` would store for `message`, built
    /// with this run's classifier and text setting. It touches no database; to build rows on
    /// another thread, call ``MessageRow/init(_:senderKey:classifier:keepText:)`` there with
    /// ``classifier`` and ``keepText`` (the writer itself is not `Sendable`).
    public func makeMessageRow(_ message: MessageRecord, senderKey: String) -> MessageRow {
        MessageRow(message, senderKey: senderKey, classifier: classifier, keepText: keepText)
    }

    /// Inserts a prepared row unless its group already has a message with the same
    /// de-duplication key. Returns whether it was new.
    ///
    /// During a bulk load into an empty store (see ``init(store:source:format:timeZone:keepText:classifier:)``)
    /// new rows are buffered and written many per statement; they are all in the table before
    /// ``finish()`` builds the indexes.
    @discardableResult
    public func insertMessage(groupID: Int64, senderID: Int64?, row: MessageRow) throws -> Bool {
        counts.messagesRead += 1
        let message = PendingMessage(groupID: groupID, senderID: senderID, row: row)
        if deferredIndexes.isEmpty {
            let added = try statements.insertMessage(message, runID: runID)
            if added { noteAdded(message) } else { counts.recordsSkipped += 1 }
            return added
        }
        guard storedDedupKeys[groupID, default: []].insert(row.dedupKey).inserted else {
            counts.recordsSkipped += 1
            return false
        }
        noteAdded(message)
        pendingMessages.append(message)
        if pendingMessages.count >= StoreWriter.pendingMessageLimit { try flushMessages() }
        return true
    }

    /// The latest message this run added: the data's own "when" for the run (`data_until`),
    /// which dates when a group first appeared in the data.
    private var latestAdded: Int64?

    /// Group and sender of a message this run added.
    private struct Poster: Hashable, Comparable {
        var group: Int64
        var person: Int64

        static func < (lhs: Poster, rhs: Poster) -> Bool { (lhs.group, lhs.person) < (rhs.group, rhs.person) }
    }

    /// Everyone who posted (anything but system and bot messages) in a group during this run,
    /// with their first post: what ``inferMembershipsFromSenders()`` adds. Kept as messages are
    /// added rather than read back with a GROUP BY over the table, which cost a tenth of a
    /// canonical import (a scan of every message and a sort) and grows with the store.
    private var firstPosts: [Poster: Int64] = [:]

    private func noteAdded(_ message: PendingMessage) {
        let sentAt = message.row.sentAt
        counts.messagesAdded += 1
        latestAdded = max(latestAdded ?? sentAt, sentAt)
        guard let person = message.senderID, message.row.kind != .system, message.row.kind != .bot else { return }
        let poster = Poster(group: message.groupID, person: person)
        if let first = firstPosts[poster], first <= sentAt { return }
        firstPosts[poster] = sentAt
    }

    /// Buffered messages per flush (a multiple of the multi-row INSERT's size).
    private static let pendingMessageLimit = 32 * StoreWriterStatements.messagesPerInsert

    /// Inserts the buffered messages (nothing reads the messages table during an import
    /// before ``finish()``, which calls this first).
    private func flushMessages() throws {
        guard !pendingMessages.isEmpty else { return }
        try statements.insertNewMessages(pendingMessages, runID: runID)
        pendingMessages.removeAll(keepingCapacity: true)
    }

    /// Adds an `inferred` membership for everyone who posted in a group without being on its
    /// roster: posting proves membership at that time even when the roster export missed it.
    public func inferMembershipsFromSenders() throws {
        try drainQueuedMessages()
        for (poster, first) in firstPosts.sorted(by: { $0.key < $1.key }) {
            if try statements.insertMembership(poster.group, poster.person, role: .member, joinedAt: first, leftAt: nil,
                                               source: .inferred) {
                counts.membershipsInferred += 1
            }
        }
        firstPosts = [:]
    }

    /// Rebuilds any indexes dropped for the load, then marks the run finished with its counts.
    /// Call last, inside the same transaction.
    public func finish() throws {
        try drainQueuedMessages()
        try flushMessages()
        storedDedupKeys = [:]
        for definition in deferredIndexes { try db.execute(definition) }
        try db.run("""
            UPDATE import_runs SET finished_at = ?, groups_read = ?, groups_added = ?, people_added = ?,
                memberships_read = ?, memberships_added = ?, messages_read = ?, messages_added = ?, records_skipped = ?,
                data_until = ?, bots_seen = ?, chats_skipped = ?
            WHERE id = ?
            """,
            [StoreWriter.timestamp(), counts.groupsRead, counts.groupsAdded, counts.peopleAdded, counts.membershipsRead,
             counts.membershipsAdded + counts.membershipsInferred, counts.messagesRead, counts.messagesAdded, counts.recordsSkipped,
             latestAdded, counts.botsSeen, counts.oneToOneChatsSkipped, runID])
    }

    // MARK: - Private

    private func fillPerson(_ id: Int64, name: String?, unit: String?) throws {
        try statements.fillPerson(id, name: name, unit: unit)
    }

    private func key(_ platform: String, _ id: String) -> String { platform + "\u{1}" + id }

    /// Wall-clock time of the run, recorded for the audit trail only; never used in analysis.
    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

@available(*, unavailable)
extension StoreWriter: Sendable {}
