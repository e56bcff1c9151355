import Foundation
import Testing
@testable import GroupSlimKit

/// Every case of `Fixtures/corpus/`: realistic exports written by helpers who never read the
/// importers, from the formats' public documentation and other projects' parsers and test
/// fixtures, each with counts computed by their own generator (`_generators/`) and checked by an
/// independent re-reader. An import either stores every message record of the file — the
/// summary's "read" equals the file's record count — or stops with an error naming the line.
@Suite("Independent export corpus: every record stored, or a named error")
struct IndependentExportCorpusTests {
    struct Expected: Decodable {
        var format: String
        var path: String
        var outcome: String
        var group_chats: Int?
        var one_to_one_chats: Int?
        var group_message_records: Int?
        var human_senders: Int?
        var bot_senders: Int?
        var error_line: Int?
    }

    /// Where GroupSlim decides otherwise than the corpus author, on purpose. Mattermost's
    /// `from_webhook` is an integration posting under someone's account: its posts are bot
    /// messages, but the account is never made a bot (a person who set up a webhook and never
    /// writes would vanish from every member count). The author counted the webhook-only
    /// `ci-service` account as a bot.
    static let acceptedDisagreements: [String: (humans: Int, bots: Int)] = [
        "mattermost-bulk-jsonl": (5, 1), "mattermost-export-zip": (5, 1), "mattermost-group-message": (5, 1),
    ]

    static var cases: [String] {
        guard let root = try? TestFiles.fixture("corpus"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return [] }
        return names.filter { !$0.hasPrefix("_") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test("the corpus holds cases of every chat format")
    func coverage() {
        let formats = Set(IndependentExportCorpusTests.cases.map { String($0.prefix { $0 != "-" }) })
        #expect(formats == ["discord", "mattermost", "qq", "slack", "telegram", "wechat", "wecom", "whatsapp"])
        #expect(IndependentExportCorpusTests.cases.count >= 90)
    }

    @Test("import matches the author's counts", arguments: IndependentExportCorpusTests.cases)
    func importCase(_ name: String) throws {
        let folder = try TestFiles.fixture("corpus/" + name)
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        let url = folder.appendingPathComponent(expected.path)
        let store = try GroupStore.inMemory()
        let options = ImportOptions(timeZone: TestFiles.shanghai, keepText: false)
        if expected.outcome == "error" {
            let line = try #require(expected.error_line)
            do {
                _ = try Importer(options: options).importSource(url, into: store)
                Issue.record("\(name): imported, but the author expects an error at line \(line)")
            } catch {
                let text = String(describing: error)
                #expect(text.contains("line \(line)") || text.contains("record \(line)"), "\(name): \(text)")
            }
            #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM messages") == 0)
            return
        }
        if expected.group_chats == 0 {
            #expect(throws: ImportError.self) { try Importer(options: options).importSource(url, into: store) }
            do {
                _ = try Importer(options: options).importSource(url, into: store)
            } catch let error as ImportError {
                guard case .noGroupChats(_, let found) = error else { Issue.record("\(name): \(error)"); return }
                #expect(found.contains("\(expected.one_to_one_chats ?? -1) one-to-one chat(s), skipped"), "\(name): \(found)")
            }
            return
        }
        #expect(try ImportFormat.detect(url).rawValue == expected.format)
        let summary = try Importer(options: options).importSource(url, into: store)
        let db = store.connection
        #expect(try db.scalarInt("SELECT COUNT(*) FROM groups") == Int64(expected.group_chats ?? -1), "\(name)")
        #expect(summary.counts.oneToOneChatsSkipped == expected.one_to_one_chats, "\(name)")
        #expect(summary.counts.messagesRead == expected.group_message_records, "\(name): read \(summary.counts.messagesRead)")
        let humans = Int(try db.scalarInt("""
            SELECT COUNT(DISTINCT m.sender_id) FROM messages m JOIN people p ON p.id = m.sender_id
            WHERE p.is_bot = 0 AND m.kind != 'system'
            """))
        let bots = Int(try db.scalarInt("""
            SELECT COUNT(DISTINCT m.sender_id) FROM messages m JOIN people p ON p.id = m.sender_id WHERE p.is_bot = 1
            """))
        let want = IndependentExportCorpusTests.acceptedDisagreements[name]
            ?? (expected.human_senders ?? -1, expected.bot_senders ?? -1)
        #expect(humans == want.humans, "\(name): human senders")
        #expect(bots == want.bots, "\(name): bots")
        // Stats keep people, bots and skipped one-to-one chats apart.
        let stats = try store.statistics()
        #expect(stats.oneToOneChatsSkipped == expected.one_to_one_chats)
        #expect(stats.bots >= bots)
    }
}
