import Foundation
import Testing
@testable import GroupSlimKit

@Suite("DiscordChatExporter import")
struct DiscordImportTests {
    static let coordination = "1100000000000000001"

    @Test("a folder: JSON parts of one channel join into one group, group DMs, CSV; other files ignored")
    func folder() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("discord")
        #expect(try ImportFormat.detect(url) == .discord)
        let summary = try ExportAssertions.importSource(url, into: store)
        #expect(summary.counts.groupsAdded == 3)
        #expect(summary.counts.messagesAdded == 15)
        #expect(summary.counts.recordsSkipped == 1)  // the message repeated in [part 2]
        #expect(summary.warnings == ["ignored files: notes.txt"])
        #expect(try ExportAssertions.kinds(store, group: Self.coordination) == [
            "bot=1", "image=1", "link=1", "sticker=1", "system=2", "text=2",
        ])
        // GuildMemberJoin is an event; RecipientAdd/Remove target mentions[0]; authors inferred.
        #expect(try ExportAssertions.memberships(store, group: Self.coordination) == [
            "2000000000000000001:member:inferred:j1717200300000", "2000000000000000002:member:inferred:j1717200390489",
            "2000000000000000003:member:event:j1717200000123",
        ])
        #expect(try ExportAssertions.memberships(store, group: "1200000000000000002") == [
            "2000000000000000002:member:event:j1719820800000:l1720022400000",
        ])
        let db = store.connection
        #expect(try db.query("SELECT name FROM groups ORDER BY source_id") { $0.string(0) } == [
            "Civic Volunteers / coordination", "weekend-shift", "Civic Volunteers - Flood Response - logistics",
        ])
        #expect(try db.query("SELECT tag FROM group_tags") { $0.string(0) } == ["Flood shifts and supplies"])
        // Every channel id is a snowflake: its top 42 bits date the channel (ms since 2015-01-01Z).
        #expect(try db.query("SELECT created_at FROM groups ORDER BY source_id") { $0.optionalInt64(0) } == [
            (1_100_000_000_000_000_001 >> 22) + 1_420_070_400_000, (1_200_000_000_000_000_002 >> 22) + 1_420_070_400_000,
            (1_300_000_000_000_000_003 >> 22) + 1_420_070_400_000,
        ])
        #expect(DiscordSnowflake.milliseconds("573337776423047072") == 1_556_764_778_000)
        #expect(DiscordSnowflake.milliseconds("0") == nil && DiscordSnowflake.milliseconds("general") == nil)
        // Offsets are honoured whatever the exporter's zone.
        #expect(try db.scalarInt("SELECT sent_at FROM messages WHERE source_message_id = '3000000000000000003'") == 1_717_200_390_489)
        // CSV: the same people by AuthorID, multi-line quoted content, first attachment decides the kind.
        #expect(try ExportAssertions.kinds(store, group: "1300000000000000003") == ["image=1", "text=2"])
        #expect(try db.scalarInt("SELECT COUNT(*) FROM people") == 4)
        #expect(try db.queryFirst("SELECT text FROM messages WHERE sent_at = 1717380000000") { $0.string(0) }
                == "Truck 2 leaves at 11.\nBring gloves, \"heavy\" ones.")
    }

    @Test("one file alone, by --format and by detection; a part imported later adds only its new messages")
    func singleFiles() throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.fixture("discord")
        let first = folder.appendingPathComponent("Civic Volunteers - Flood Response - coordination [1100000000000000001].json")
        let second = folder.appendingPathComponent("Civic Volunteers - Flood Response - coordination [1100000000000000001] [part 2].json")
        #expect(try ExportAssertions.importSource(first, into: store, format: .discord).counts.messagesAdded == 4)
        let later = try ExportAssertions.importSource(second, into: store)
        #expect(later.counts.groupsAdded == 0)
        #expect(later.counts.messagesAdded == 4)
        let csv = folder.appendingPathComponent("Civic Volunteers - Flood Response - logistics [1300000000000000003].csv")
        #expect(try ImportFormat.detect(csv) == .discord)
    }

    @Test("bad input: truncated JSON, missing author, bad CSV date, wrong file; nothing stored")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.makeFolder()
        let head = #"{"guild": {"id": "1", "name": "G"}, "channel": {"id": "9", "name": "c"}, "messages": ["#
        let cut = try TestFiles.write(Array((head + #"{"id": "1", "type": "Default", "timestamp": "2024-01-01T00:00:00+00:00", "#).utf8),
                                      to: folder, as: "cut [9].json")
        #expect(throws: JSONReadError.self) { try ExportAssertions.importSource(cut, into: store, format: .discord) }
        let noAuthor = try TestFiles.write(Array((head + #"{"id": "1", "type": "Default", "timestamp": "2024-01-01T00:00:00+00:00", "content": "private"}]}"#).utf8),
                                           to: folder, as: "x [9].json")
        #expect(throws: ExportRecordError.missingField(file: noAuthor.path, record: "message 1 (line 1)", field: "author",
                                                       expected: "an object with the author's id and name")) {
            try ExportAssertions.importSource(noAuthor, into: store, format: .discord)
        }
        let badDate = try TestFiles.write(Array("\"AuthorID\",\"Author\",\"Date\",\"Content\",\"Attachments\",\"Reactions\"\n\"1\",\"a\",\"yesterday\",\"hi\",\"\",\"\"\n".utf8),
                                          to: folder, as: "c [8].csv")
        #expect(throws: ImportError.badValue(file: badDate.path, line: 2, column: "Date", value: "yesterday",
                                             expected: "an ISO 8601 time such as 2023-01-17T19:33:07.4890000+00:00")) {
            try ExportAssertions.importSource(badDate, into: store, format: .discord)
        }
        let other = try TestFiles.write(Array("{\"a\": 1}".utf8), to: folder, as: "other.json")
        #expect(throws: ExportRecordError.self) { try ExportAssertions.importSource(other, into: store, format: .discord) }
        #expect(try TestFiles.dump(store).isEmpty)
    }
}
