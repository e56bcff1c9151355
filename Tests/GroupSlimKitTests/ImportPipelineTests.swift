import Foundation
import Testing
@testable import GroupSlimKit

/// The fast import path: the reader-thread pipeline, deferred indexes and the fast text paths
/// must give exactly what the plain serial code gave.
@Suite("Import pipeline")
struct ImportPipelineTests {
    static let groups = "group_id,name,platform\ng1,安全生产群,wecom\ng2,社区网格群,wechat\n"

    /// A messages.csv of `count` rows spread over g1 and g2, with `replace` swapping in whole
    /// lines by line number (line 1 is the header).
    static func messages(_ count: Int, replace: [Int: String] = [:]) -> String {
        var lines = ["group_id,sent_at,sender_id,message_id,kind,text"]
        for index in 0..<count {
            let group = index % 3 == 0 ? "g2" : "g1"
            let minute = index % 60
            let text = index % 5 == 0 ? "收到" : "第\(index)号通知：请于本周五前报送台账，谢谢"
            lines.append("\(group),2026-04-0\(1 + index % 9) 09:\(minute < 10 ? "0" : "")\(minute),u\(index % 37),m\(index),text,\(text)")
        }
        for (line, content) in replace { lines[line - 1] = content }
        return lines.joined(separator: "\n") + "\n"
    }

    static func indexNames(_ store: GroupStore) throws -> [String] {
        try store.connection.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' ORDER BY name") {
            $0.string(0)
        }
    }

    @Test("a bad record many batches into messages.csv fails the import and leaves the store and its indexes as they were")
    func lateFailureRollsBack() throws {
        let store = try GroupStore.inMemory()
        let indexes = try Self.indexNames(store)
        let before = try TestFiles.dump(store)
        let badLine = 3 * CanonicalImporter.batchSize + 17
        let folder = try TestFiles.canonicalFolder([
            "groups.csv": Self.groups,
            "messages.csv": Self.messages(4 * CanonicalImporter.batchSize,
                                          replace: [badLine: "g1,2026-13-45 25:00,u1,mX,text,坏时间"]),
        ])
        #expect {
            try TestFiles.importFolder(folder, into: store)
        } throws: { error in
            guard case ImportError.badValue(_, let line, let column, _, _) = error else { return false }
            return line == badLine && column == "sent_at"
        }
        #expect(try TestFiles.dump(store) == before)
        #expect(try Self.indexNames(store) == indexes)
    }

    /// The error importing `rows` generated messages with `replace` applied, if any.
    private func importFailure(rows: Int = 50, replace: [Int: String], name: String = #function) throws -> ImportError? {
        let folder = try TestFiles.canonicalFolder(
            ["groups.csv": Self.groups, "messages.csv": Self.messages(rows, replace: replace)], name: name)
        do {
            try TestFiles.importFolder(folder, into: try GroupStore.inMemory())
            return nil
        } catch let error as ImportError {
            return error
        }
    }

    @Test("the first problem in file order is reported, and an unknown group outranks a bad value on its line")
    func firstProblemWins() throws {
        let unknownFirst = try importFailure(replace: [5: "g9,2026-04-01 09:00,u1,m9,text,x", 9: "g1,2026-04-01 09:00,u1,m8,闲聊,x"])
        let sameLine = try importFailure(replace: [7: "g9,not a time,u1,m9,text,x"])
        let brokenQuote = try importFailure(rows: 5_000, replace: [4_321: "g1,2026-04-01 09:00,u1,m9,text,\"never closed"])
        let badKind = try importFailure(replace: [9: "g1,2026-04-01 09:00,u1,m8,闲聊,x", 30: "g1,,u1,m30,text,x"])
        #expect({ if case .unknownGroup(_, 5, "g9")? = unknownFirst { return true } else { return false } }())
        #expect({ if case .unknownGroup(_, 7, "g9")? = sameLine { return true } else { return false } }())
        #expect({ if case .brokenQuoting(_, 4_321, _)? = brokenQuote { return true } else { return false } }())
        #expect({ if case .badValue(_, 9, "kind", "闲聊", _)? = badKind { return true } else { return false } }())
    }

    @Test("an import into an empty store rebuilds the message indexes; importing again adds nothing")
    func indexesRebuiltAndIdempotent() throws {
        let store = try GroupStore.inMemory()
        let indexes = try Self.indexNames(store)
        #expect(indexes == ["messages_by_group_time", "messages_dedup"])
        let count = 3 * CanonicalImporter.batchSize + 5
        let folder = try TestFiles.canonicalFolder(["groups.csv": Self.groups, "messages.csv": Self.messages(count)])
        let first = try TestFiles.importFolder(folder, into: store)
        #expect(first.counts.messagesAdded == count)
        #expect(try Self.indexNames(store) == indexes)
        #expect(try store.connection.queryFirst("PRAGMA integrity_check") { $0.string(0) } == "ok")
        // The rebuilt indexes answer their queries: every "收到" of a group has the same content hash.
        let acks = try store.connection.scalarInt(
            "SELECT COUNT(*) FROM messages INDEXED BY messages_by_group_time WHERE group_id IN (1, 2) AND content_hash = ?",
            [TextNormalizer.contentHash("收到")])
        #expect(acks == Int64((0..<count).filter { $0 % 5 == 0 }.count))
        // Groups record the run that last saw them; everything else must stay byte for byte.
        func content() throws -> [String] {
            try TestFiles.dump(store).filter { !$0.hasPrefix("import_runs:") && !$0.hasPrefix("groups:") }
        }
        let before = try content()
        let second = try TestFiles.importFolder(folder, into: store)
        #expect(second.counts.messagesAdded == 0)
        #expect(second.counts.recordsSkipped == count)
        #expect(try content() == before)
        let senders = try store.connection.scalarInt("SELECT COUNT(*) FROM people")
        #expect(senders == 37)
    }

    @Test("duplicates inside one import into an empty store are skipped, by message id or by content")
    func duplicatesWithinOneImport() throws {
        let messages = """
            group_id,sent_at,sender_id,message_id,kind,text
            g1,2026-04-01 09:00,u1,m1,text,请报送
            g1,2026-04-01 09:00,u1,m1,text,请报送（重发）
            g2,2026-04-01 09:00,u1,m1,text,同一编号在另一个群不算重复
            g1,2026-04-01 09:05,u2,,text,收到
            g1,2026-04-01 09:05,u2,,text,收到
            g1,2026-04-01 09:06,u2,,text,收到
            """
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.canonicalFolder(["groups.csv": Self.groups, "messages.csv": messages + "\n"])
        let summary = try TestFiles.importFolder(folder, into: store)
        #expect(summary.counts.messagesAdded == 4)
        #expect(summary.counts.recordsSkipped == 2)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM messages") == 4)
        #expect(try Self.indexNames(store).contains("messages_dedup"))
    }

    /// Messages for the row-pipeline test: several batches, over two groups, with repeats by
    /// source id and by content, so de-duplication depends on queue order.
    static func queuedMessages(_ count: Int, offset: Int = 0) -> [(group: Int, sender: String, record: MessageRecord)] {
        (0..<count).map { index in
            let number = index + offset
            let id: String? = number % 4 == 0 ? nil : "m\(number % 5_000)"
            let text = number % 7 == 0 ? "收到" : "第\(number % 900)号通知：请于本周五前报送台账 @所有人"
            let sentAt = Int64(1_775_000_000_000 + (number % 3_000) * 60_000)
            return (number % 3 == 0 ? 1 : 0, "u\(number % 41)",
                    MessageRecord(sentAt: sentAt, sentRaw: number % 13 == 0 ? "" : "raw\(number)", kind: number % 11 == 0 ? .image : .text,
                                  text: text, sourceMessageID: id))
        }
    }

    /// Stores `messages` through one writer, queued (rows built on a background thread) or
    /// inserted one by one, and returns what the messages table holds and the writer's counts.
    static func store(_ messages: [(group: Int, sender: String, record: MessageRecord)], queued: Bool,
                      into store: GroupStore) throws -> (rows: [String], added: Int, skipped: Int) {
        try store.connection.transaction {
            let writer = try StoreWriter(store: store, source: "test", format: "canonical",
                                         timeZone: TimeZone(identifier: "UTC")!, keepText: true)
            let groups = try ["a", "b"].map { try writer.upsertGroup(GroupRecord(platform: "wecom", sourceID: $0, name: $0)) }
            for message in messages {
                let sender = try writer.personID(platform: "wecom", sourceID: message.sender, name: nil, unit: nil)
                if queued {
                    try writer.queueMessage(groupID: groups[message.group], senderID: sender, senderKey: message.sender, message.record)
                } else {
                    try writer.insertMessage(groupID: groups[message.group], senderID: sender, senderKey: message.sender, message.record)
                }
            }
            try writer.finish()
            let rows = try store.connection.query("""
                SELECT id, group_id, sender_id, sent_at, sent_raw, kind, content_class, text, text_length, content_hash,
                       mentions_all, source_message_id, dedup_key FROM messages ORDER BY id
                """) { row in (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|") }
            return (rows, writer.counts.messagesAdded, writer.counts.recordsSkipped)
        }
    }

    @Test("messages queued for background row building are stored exactly as inserted one by one, in order")
    func queuedRowsMatchSerialInserts() throws {
        let first = Self.queuedMessages(3 * MessageRowPipeline.batchSize + 123)
        let second = Self.queuedMessages(MessageRowPipeline.batchSize + 5, offset: 4_000)
        let serial = try GroupStore.inMemory()
        let queued = try GroupStore.inMemory()
        // Into an empty store (bulk load, indexes deferred), then into a non-empty one.
        for batch in [first, second] {
            let expected = try Self.store(batch, queued: false, into: serial)
            let actual = try Self.store(batch, queued: true, into: queued)
            #expect(expected.skipped > 0)
            #expect(actual.added == expected.added)
            #expect(actual.skipped == expected.skipped)
            #expect(actual.rows == expected.rows)
        }
        #expect(try queued.connection.scalarInt("SELECT COUNT(*) FROM messages") > Int64(MessageRowPipeline.batchSize))
    }

    @Test("the fast content hash and normal form equal Foundation's NFKC definition")
    func fastNormalFormMatchesFoundation() throws {
        var texts = [
            "收到", "收到！", "  Ｏｋ，收到 👍🏻 ", "①请于３月５日前报送", "Привет, коллеги", "café au lait", "e\u{301}",
            "がんばって", "ｶﾀｶﾅ", "㊣ 上班打卡", "ＡＢＣ abc ABC", "\u{3000}通知\u{3000}", "🙏🙏🙏", "。。。", "",
            "第\u{2474}条 Ⅻ ½", "ﬁle", "Straße", "İstanbul", "\u{1F1E8}\u{1F1F3}", "x\u{200D}y", "한국어",
        ]
        texts += try MessageClassifierTests.loadCases().compactMap(\.text)
        for text in texts {
            let reference = TextNormalizer.foundationNormalize(text)
            #expect(TextNormalizer.normalize(text) == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextNormalizer.contentHash(text) == (reference.isEmpty ? nil : TextNormalizer.fnv1a(reference)))
        }
    }

    @Test("rows written many per statement (text bound in place) equal rows written one at a time")
    func multiRowInsertsMatchSingleRows() throws {
        let messages = Self.queuedMessages(3 * StoreWriterStatements.messagesPerInsert * 32 + 77)
        let bulk = try GroupStore.inMemory()
        let single = try GroupStore.inMemory()
        // A message already stored turns the bulk load off: every row then goes in on its own.
        let seed = MessageRecord(sentAt: 1, sentRaw: "", kind: .text, text: "seed", sourceMessageID: "seed")
        _ = try Self.store([(group: 1, sender: "seed", record: seed)], queued: false, into: single)
        _ = try Self.store(messages, queued: false, into: bulk)
        _ = try Self.store(messages, queued: false, into: single)
        let sql = """
            SELECT g.source_id, p.source_id, m.sent_at, m.sent_raw, m.kind, m.content_class, m.text, m.text_length,
                   m.content_hash, m.mentions_all, m.source_message_id, m.dedup_key
            FROM messages m JOIN groups g ON g.id = m.group_id JOIN people p ON p.id = m.sender_id
            WHERE m.source_message_id IS NOT 'seed' ORDER BY m.id
            """
        func rows(_ store: GroupStore) throws -> [String] {
            try store.connection.query(sql) { row in (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|") }
        }
        let expected = try rows(single)
        #expect(expected.count > 3 * StoreWriterStatements.messagesPerInsert)
        #expect(try rows(bulk) == expected)
        #expect(try single.connection.queryFirst("SELECT sent_raw FROM messages WHERE source_message_id = 'seed'") { $0.string(0) } == "")
    }

    @Test("trimming without Foundation gives what Foundation's whitespacesAndNewlines trimming gives")
    func trimming() {
        var cells = ["", " ", "a", " a", "a ", "\ta\n", "\u{3000}通知", "通知\u{3000}", "é", " é ", "x\u{85}", "\u{A0}y",
                     "\u{2028}z", "a b", "\r\n", "\"q\"", "许嘉晨", " 群主 ", "\u{200B}x\u{FEFF}", "e\u{301}", "\u{1F600} "]
        // Every scalar of the Basic Multilingual Plane and a stride of the others, at either end.
        for value in stride(from: 0, through: 0x10FFFF, by: 1) where value < 0x10000 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            cells.append(String(scalar) + "中")
            cells.append("x" + String(scalar))
        }
        let mismatches = cells.filter { $0.trimmedWhitespace != $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
    }

    @Test("message kinds given exactly or with spacing and case parse alike")
    func kindFastPath() {
        for kind in MessageKind.allCases {
            #expect(MessageKind(canonical: kind.rawValue) == kind)
            #expect(MessageKind(canonical: " \(kind.rawValue.uppercased()) ") == kind)
        }
        #expect(MessageKind(canonical: "图片") == .image)
        #expect(MessageKind(canonical: "nonsense") == nil)
    }

    @Test("the bounded queue hands over everything in order, and cancelling stops the producer")
    func boundedQueue() throws {
        var received: [Int] = []
        try BackgroundProducer.run(capacity: 2) { (queue: BoundedQueue<Int>) in
            for value in 0..<1_000 where !queue.put(value) { return }
        } consume: { received.append($0) }
        #expect(received == Array(0..<1_000))

        struct Stop: Error {}
        let produced = ProducedCount()
        #expect(throws: Stop.self) {
            try BackgroundProducer.run(capacity: 2) { (queue: BoundedQueue<Int>) in
                for value in 0..<1_000_000 {
                    guard queue.put(value) else { return }
                    produced.increment()
                }
            } consume: { value in
                if value == 10 { throw Stop() }
            }
        }
        // The producer stopped within a queue's length of the failure, not a million items later.
        #expect(produced.value < 20)
    }

    /// A counter the producer thread bumps and the test reads after the run has joined it.
    final class ProducedCount: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }
}
