import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Roster across platforms")
struct RosterTests {
    static let roster = "cross-format/canonical/people.csv"

    @Test("alias syntax: platform prefixes, WhatsApp numbers folded, bare ids canonical")
    func aliasSyntax() {
        #expect(Roster.identity("qq:12345") == Roster.Identity(platform: "qq", id: "12345"))
        #expect(Roster.identity("QQ：12345") == Roster.Identity(platform: "qq", id: "12345"))
        #expect(Roster.identity("whatsapp:+86 138-0013-8000") == Roster.Identity(platform: "whatsapp", id: "+8613800138000"))
        #expect(Roster.identity("whatsapp:张三") == Roster.Identity(platform: "whatsapp", id: "张三"))
        #expect(Roster.identity("wechat:wxid_abc") == Roster.Identity(platform: "wechat", id: "wxid_abc"))
        #expect(Roster.identity("A017") == Roster.Identity(platform: "canonical", id: "A017"))
        #expect(Roster.identity("https://x") == Roster.Identity(platform: "canonical", id: "https://x"))
    }

    @Test("WhatsApp and WeChat exports of the same people resolve to one person and unit each")
    func onePersonAcrossPlatforms() throws {
        let store = try GroupStore.inMemory()
        let roster = try TestFiles.fixture(RosterTests.roster)
        _ = try ChatImport.run(try TestFiles.fixture("cross-format/whatsapp"), into: store, roster: roster)
        _ = try ChatImport.run(try TestFiles.fixture("cross-format/wechatmsg"), into: store, roster: roster)
        let db = store.connection
        #expect(try db.query("SELECT platform || ':' || source_id || ':' || unit FROM people ORDER BY source_id") { $0.string(0) } == [
            "canonical:u01:街道党政办", "canonical:u02:街道城管科", "canonical:u03:街道城管科", "canonical:u04:幸福里社区",
            "canonical:u05:幸福里社区", "canonical:u06:幸福里社区", "canonical:u07:街道应急办",
        ])
        // 李强 posts in both platforms' copies of 应急值班群 as one person.
        #expect(try db.scalarInt("""
            SELECT COUNT(DISTINCT g.platform) FROM messages m JOIN people p ON p.id = m.sender_id JOIN groups g ON g.id = m.group_id
            WHERE p.source_id = 'u02' AND g.name = '应急值班群'
            """) == 2)
        // 刘洋 never speaks in WeChat; the join notice's name still finds the roster person.
        #expect(try db.scalarInt("""
            SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id WHERE p.source_id = 'u05'
            """) == 4)
    }

    @Test("a roster applied after a plain import merges the identities it names")
    func rosterAfterwards() throws {
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("cross-format/whatsapp"), into: store)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM people WHERE platform = 'whatsapp'") == 7)
        let messages = try store.connection.scalarInt("SELECT COUNT(*) FROM messages WHERE sender_id IS NOT NULL")
        _ = try ChatImport.run(try TestFiles.fixture("cross-format/wechatmsg"), into: store,
                               roster: try TestFiles.fixture(RosterTests.roster))
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM people") == 7)
        #expect(try store.connection.scalarInt("""
            SELECT COUNT(*) FROM messages m JOIN groups g ON g.id = m.group_id
            WHERE g.platform = 'whatsapp' AND m.sender_id IS NOT NULL
            """) == messages)
        #expect(try store.connection.scalarInt("SELECT COUNT(*) FROM memberships m LEFT JOIN people p ON p.id = m.person_id WHERE p.id IS NULL") == 0)
    }

    @Test("an identity given to two people is an error naming the line; nothing is imported")
    func conflictingAlias() throws {
        let roster = try ChatImport.roster("u1,甲,A,qq:100\nu2,乙,B,qq:100\n")
        let store = try GroupStore.inMemory()
        let before = try ChatImport.dump(store)
        #expect(throws: ImportError.badValue(file: roster.path, line: 3, column: "aliases", value: "qq:100",
                                             expected: "an identity that belongs to one person only (also listed for 'u1')")) {
            try ChatImport.run(try TestFiles.fixture("qq/全部消息记录.txt"), into: store, roster: roster)
        }
        #expect(try ChatImport.dump(store) == before)
    }

    @Test("QQ numbers in the roster link QQ senders")
    func qqNumbers() throws {
        let roster = try ChatImport.roster("u1,张伟,街道应急办,qq:10001; wechat:wxid_zw\n")
        let store = try GroupStore.inMemory()
        _ = try ChatImport.run(try TestFiles.fixture("qq/全部消息记录.txt"), into: store, roster: roster)
        let person = try store.connection.queryFirst("""
            SELECT p.source_id, p.unit FROM messages m JOIN people p ON p.id = m.sender_id ORDER BY m.sent_at LIMIT 1
            """) { "\($0.string(0)):\($0.string(1))" }
        #expect(person == "u1:街道应急办")
    }
}
