import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Telegram Desktop import")
struct TelegramImportTests {
    @Test("a single-chat export: migrated history, entities, media kinds, service actions as events")
    func singleChat() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("telegram-single")
        #expect(try ImportFormat.detect(url) == .telegram)
        let summary = try ExportAssertions.importSource(url, into: store)
        #expect(summary.counts.groupsAdded == 1)
        #expect(summary.counts.messagesAdded == 17)  // 18 elements, one "unsupported"
        #expect(summary.warnings.contains("skipped 1 unsupported messages"))
        // "Ghost Person" was invited and removed but never spoke: no id to match, counted not guessed.
        #expect(summary.warnings.contains { $0.hasPrefix("2 invite/remove targets could not be matched") })
        #expect(try ExportAssertions.kinds(store, group: "1700000001") == [
            "file=1", "image=1", "location=1", "sticker=1", "system=7", "text=4", "video=1", "voice=1",
        ])
        // create_group dates the group; members named by create/invite are matched to their ids;
        // Bob removed himself (left); Eve joined by link.
        let db = store.connection
        #expect(try db.scalarInt("SELECT created_at FROM groups") == 1_714_521_600_000)
        #expect(try ExportAssertions.memberships(store, group: "1700000001") == [
            "user100:member:event:j1714521600000", "user101:member:event:j1714521600000:l1714532400000",
            "user102:member:event:j1714521600000", "user103:member:event:j1714528800000",
            "user105:member:event:j1714534200000",
        ])
        // Entity arrays are flattened; negative (migrated) ids kept; \xHH escapes decoded.
        #expect(try db.queryFirst("SELECT text FROM messages WHERE source_message_id = '2'") { $0.string(0) }
                == "Water level 2.4 m see https://gauges.example/3")
        #expect(try db.scalarInt("SELECT COUNT(*) FROM messages WHERE source_message_id = '-999999989'") == 1)
        #expect(try db.queryFirst("SELECT text FROM messages WHERE source_message_id = '13'") { $0.string(0) }
                == "Bell\u{07} and unit\u{1F} separator")
    }

    @Test("date_unixtime wins; a bare local `date` is read in the import's time zone")
    func timeZones() throws {
        for (zone, expected) in [("Asia/Shanghai", Int64(1_714_613_400_000)), ("UTC", Int64(1_714_642_200_000))] {
            let store = try GroupStore.inMemory()
            try ExportAssertions.importSource(try TestFiles.fixture("telegram-single"), into: store, zone: TimeZone(identifier: zone)!)
            let db = store.connection
            #expect(try db.scalarInt("SELECT sent_at FROM messages WHERE source_message_id = '13'") == expected)
            // With date_unixtime present the zone does not matter.
            #expect(try db.scalarInt("SELECT sent_at FROM messages WHERE source_message_id = '2'") == 1_714_525_800_000)
            #expect(try db.queryFirst("SELECT sent_raw FROM messages WHERE source_message_id = '2'") { $0.string(0) } == "2024-05-01T09:10:00")
        }
    }

    @Test("a full-account export: only groups from chats and left_chats; integer from_id of old exports")
    func fullAccount() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("telegram-account/result.json")
        #expect(try ImportFormat.detect(url) == .telegram)
        let summary = try ExportAssertions.importSource(url, into: store)
        #expect(summary.counts.groupsAdded == 2)
        #expect(summary.counts.messagesAdded == 7)
        #expect(summary.warnings.contains("skipped 1 channel(s) and other chats that are not groups (public_channel 1)"))
        #expect(summary.counts.oneToOneChatsSkipped == 2)  // personal_chat, saved_messages
        #expect(try ExportAssertions.memberships(store, group: "4000001") == [
            "user100:member:event:j1583020800000", "user101:member:event:j1583020800000",
            "user199:member:inferred:j1583020980000",
        ])
        #expect(try ExportAssertions.memberships(store, group: "6000001") == ["user100:member:event:j1685592000000:l1688184000000"])
        #expect(try ExportAssertions.kinds(store, group: "4000001") == ["system=1", "text=3"])
    }

    @Test("bad input names the file and record; the database is unchanged")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        try ExportAssertions.importSource(try TestFiles.fixture("telegram-account/result.json"), into: store)
        let before = try TestFiles.dump(store)
        let folder = try TestFiles.makeFolder()
        let full = Array(try Data(contentsOf: try TestFiles.fixture("telegram-single/result.json")))
        let cut = try TestFiles.write(Array(full.prefix(full.count * 2 / 3)), to: folder, as: "cut.json")
        #expect(throws: JSONReadError.self) { try ExportAssertions.importSource(cut, into: store, format: .telegram) }
        let empty = try TestFiles.write([], to: folder, as: "empty.json")
        #expect(throws: ExportRecordError.emptyFile(file: empty.path)) {
            try ExportAssertions.importSource(empty, into: store, format: .telegram)
        }
        let array = try TestFiles.write(Array("[1, 2]".utf8), to: folder, as: "array.json")
        #expect(throws: JSONReadError.self) { try ExportAssertions.importSource(array, into: store, format: .telegram) }
        let noDate = try TestFiles.write(Array("""
            {"name": "g", "type": "private_group", "id": 1, "messages": [
             {"id": 1, "type": "message", "from": "A", "from_id": "user1", "text": "secret words"}
            ]}
            """.utf8), to: folder, as: "nodate.json")
        do {
            try ExportAssertions.importSource(noDate, into: store, format: .telegram)
            Issue.record("no error")
        } catch let error as ExportRecordError {
            #expect("\(error)".hasPrefix("\(noDate.path), message 1 (line 2): 'date' is missing"))
            #expect(!"\(error)".contains("secret"))
        }
        #expect(try TestFiles.dump(store) == before)
    }

    /// The file is read on a second thread in batches; a bad message several batches in must
    /// still be the error reported, with nothing stored, and the messages of every dialog must
    /// land in their own group.
    @Test("a bad message batches deep stops the import with its place; dialogs across batches stay apart")
    func readerThread() throws {
        func dialog(_ id: Int, count: Int, badAt: Int? = nil) -> String {
            let messages = (1...count).map { index in
                let time = index == badAt ? "later" : "\(1_722_470_400 + index * 60)"
                return #"{"id": \#(index), "type": "message", "date_unixtime": "\#(time)", "from": "P\#(index % 7)", "from_id": "user\#(index % 7)", "text": "m\#(index)"}"#
            }
            return #"{"name": "g\#(id)", "type": "private_supergroup", "id": \#(id), "messages": [\#n\#(messages.joined(separator: ",\n"))\#n]}"#
        }
        func account(_ dialogs: [String]) -> [UInt8] {
            Array(#"{"chats": {"list": [\#(dialogs.joined(separator: ",\n"))]}}"#.utf8)
        }
        let folder = try TestFiles.makeFolder()
        let good = try TestFiles.write(account([dialog(1, count: 1_300), dialog(2, count: 5), dialog(3, count: 900)]),
                                       to: folder, as: "good.json")
        let store = try GroupStore.inMemory()
        try ExportAssertions.importSource(good, into: store, format: .telegram)
        #expect(try store.connection.query("SELECT g.name, COUNT(*) FROM messages m JOIN groups g ON g.id = m.group_id GROUP BY g.name ORDER BY g.name") {
            "\($0.string(0))=\($0.int64(1))"
        } == ["g1=1300", "g2=5", "g3=900"])

        let bad = try TestFiles.write(account([dialog(1, count: 1_300), dialog(2, count: 1_500, badAt: 1_234)]),
                                      to: folder, as: "bad.json")
        let fresh = try GroupStore.inMemory()
        do {
            try ExportAssertions.importSource(bad, into: fresh, format: .telegram)
            Issue.record("no error")
        } catch let error as ExportRecordError {
            #expect("\(error)".hasPrefix("\(bad.path), message 1234 (line "), "\(error)")
            #expect("\(error)".contains("'date_unixtime' is text that is not a number"), "\(error)")
        }
        #expect(try TestFiles.dump(fresh).isEmpty)
    }

    /// Found by fuzzing: `date_unixtime` times 1000 overflowed Int64 and trapped.
    @Test("a date_unixtime outside 1990–2200 (up to the 64-bit limits) is named, not a crash", arguments: [
        "99999999999999999", "9223372036854775807", "-9223372036854775808", "0",
    ])
    func epochOutOfRange(seconds: String) throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.makeFolder()
        let url = try TestFiles.write(Array("""
            {"name": "g", "type": "private_group", "id": 1, "messages": [
             {"id": 1, "type": "message", "date_unixtime": "1704067200", "from": "A", "from_id": "user1", "text": "fine"},
             {"id": 2, "type": "message", "date_unixtime": "\(seconds)", "from": "A", "from_id": "user1", "text": "secret"}
            ]}
            """.utf8), to: folder, as: "result.json")
        #expect(throws: ExportRecordError.badField(
            file: url.path, record: "message 2 (line 3)", field: "date_unixtime",
            expected: "seconds since 1970 for a time between the years 1990 and 2200", found: seconds)) {
            try ExportAssertions.importSource(url, into: store, format: .telegram)
        }
        #expect(try TestFiles.dump(store).isEmpty)
    }
}
