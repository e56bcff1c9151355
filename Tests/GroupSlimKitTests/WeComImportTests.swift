import Foundation
import Testing
@testable import GroupSlimKit

@Suite("WeCom chat-archive import")
struct WeComImportTests {
    static let sales = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"

    @Test("a folder of archive lines and group details, each file recognized by content")
    func folder() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("wecom")
        #expect(try ImportFormat.detect(url) == .wecom)
        let summary = try ExportAssertions.importSource(url, into: store)
        #expect(summary.counts.groupsAdded == 3)
        #expect(summary.counts.messagesAdded == 11)
        #expect(summary.counts.oneToOneChatsSkipped == 1)
        #expect(summary.warnings == ["ignored files: README.txt",
                                     "skipped 1 messages without a valid msgtime", "skipped 1 switch-log entries"])
        // member_list with join times (seconds), owner and admin_list roles; a member who never spoke stays.
        #expect(try ExportAssertions.memberships(store, group: Self.sales) == [
            "ZhuShengBen:owner:roster:j1572505490000", "abel:member:roster:j1572505491000",
            "quiet.one:member:roster:j1572505800000", "sam:admin:roster:j1572505600000",
            "wmOgQhDgAAkA8h5rQ:member:roster:j1572505700000",
        ])
        // The internal msgaudit detail has no room id: it comes from the file name.
        #expect(try ExportAssertions.memberships(store, group: "wrInternal0001") == [
            "han.mei:member:roster:j1722400100000", "li.lei:owner:roster:j1722400000000",
        ])
        #expect(try ExportAssertions.memberships(store, group: "wrNoDetail0002") == ["han.mei:member:inferred:j1722561060000"])
        // msgtype → kind; a robot sender (wb…) is a bot; recall is system.
        #expect(try ExportAssertions.kinds(store, group: Self.sales) == [
            "bot=1", "file=1", "image=1", "link=1", "sticker=1", "system=1", "text=2", "voice=1",
        ])
        let db = store.connection
        #expect(try db.queryFirst("SELECT name, created_at, owner_id FROM groups WHERE source_id = ?", [Self.sales]) {
            "\($0.string(0))|\($0.int64(1))|\($0.string(2))"
        } == "销售客服群|1572505490000|ZhuShengBen")
        #expect(try db.queryFirst("SELECT sent_at, sent_raw, text FROM messages WHERE source_message_id = 'CAQQ2fbb4QUY0On2rYSAgAMg7JG2xQE='") {
            "\($0.int64(0))|\($0.string(1))|\($0.string(2))"
        } == "1722474060123|1722474060123|收到")
        #expect(try db.queryFirst("SELECT name FROM groups WHERE source_id = 'wrNoDetail0002'") { $0.string(0) } == "wrNoDetail0002")
    }

    @Test("details imported first keep their names when a messages-only file follows")
    func laterMessages() throws {
        let store = try GroupStore.inMemory()
        let fixture = try TestFiles.fixture("wecom")
        try ExportAssertions.importSource(fixture.appendingPathComponent("groupchat-sales.json"), into: store, format: .wecom)
        try ExportAssertions.importSource(fixture.appendingPathComponent("archive-2024-08.jsonl"), into: store)
        #expect(try store.connection.queryFirst("SELECT name FROM groups WHERE source_id = ?", [Self.sales]) { $0.string(0) } == "销售客服群")
    }

    /// Found by fuzzing: `create_time`/`join_time` times 1000 overflowed Int64 and trapped.
    @Test("group-detail times outside 1990–2200 are left unknown; the members still import")
    func detailTimesOutOfRange() throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.makeFolder()
        let url = try TestFiles.write(Array(#"""
            {"errcode": 0, "group_chat": {"chat_id": "wrBig", "name": "big", "owner": "a", "create_time": 9223372036854775807,
             "member_list": [{"userid": "a", "join_time": -9223372036854775808}, {"userid": "b", "join_time": 1572505491}]}}
            """#.utf8), to: folder, as: "detail.json")
        try ExportAssertions.importSource(url, into: store, format: .wecom)
        #expect(try ExportAssertions.memberships(store, group: "wrBig") == ["a:owner:roster", "b:member:roster:j1572505491000"])
        #expect(try store.connection.queryFirst("SELECT created_at IS NULL FROM groups WHERE source_id = 'wrBig'") { $0.int64(0) } == 1)
    }

    @Test("bad input: a line without msgtime, a truncated line, an empty file; nothing stored")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.makeFolder()
        let good = #"{"msgid":"a1","action":"send","from":"u1","tolist":[],"roomid":"wr1","msgtime":1722474000000,"msgtype":"text","text":{"content":"ok"}}"#
        let noTime = try TestFiles.write(Array((good + "\n" + #"{"msgid":"a2","action":"send","from":"u1","roomid":"wr1","msgtype":"text","text":{"content":"secret"}}"# + "\n").utf8),
                                         to: folder, as: "a.jsonl")
        do {
            try ExportAssertions.importSource(noTime, into: store)
            Issue.record("no error")
        } catch let error as ExportRecordError {
            #expect(error == .missingField(file: noTime.path, record: "record 2 (line 2)", field: "msgtime", expected: "milliseconds since 1970"))
            #expect(!"\(error)".contains("secret"))
        }
        let cut = try TestFiles.write(Array((good + "\n" + #"{"msgid":"a3","act"#).utf8), to: folder, as: "b.jsonl")
        #expect(throws: JSONReadError.self) { try ExportAssertions.importSource(cut, into: store, format: .wecom) }
        let empty = try TestFiles.write([], to: folder, as: "c.jsonl")
        #expect(throws: ExportRecordError.emptyFile(file: empty.path)) { try ExportAssertions.importSource(empty, into: store, format: .wecom) }
        #expect(try TestFiles.dump(store).isEmpty)
    }
}
