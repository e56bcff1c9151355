import Foundation
import Testing
@testable import GroupSlimKit

@Suite("Mattermost bulk export import")
struct MattermostImportTests {
    @Test("posts a bot or a webhook wrote (props.from_bot / from_webhook, string or boolean) are bot messages")
    func botPosts() throws {
        let folder = try TestFiles.makeFolder()
        let lines = [
            #"{"type":"version","version":1}"#,
            #"{"type":"team","team":{"name":"it","display_name":"IT","type":"I"}}"#,
            #"{"type":"channel","channel":{"team":"it","name":"metrics","display_name":"Metrics","type":"O","header":"","purpose":""}}"#,
            #"{"type":"user","user":{"username":"ann","teams":[{"name":"it","channels":[{"name":"metrics"}]}]}}"#,
            #"{"type":"post","post":{"team":"it","channel":"metrics","user":"ann","message":"Availability 99.9%","props":{"from_bot":"true"},"create_at":1722470400000}}"#,
            #"{"type":"post","post":{"team":"it","channel":"metrics","user":"ann","message":"Build 42 passed","props":{"from_webhook":true},"create_at":1722470500000}}"#,
            #"{"type":"post","post":{"team":"it","channel":"metrics","user":"ann","message":"The VPN dip was the firewall update","props":{"from_bot":"false"},"create_at":1722470600000}}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("export.jsonl"))
        let store = try GroupStore.inMemory()
        _ = try ExportAssertions.importSource(folder, into: store)
        #expect(try ExportAssertions.kinds(store, group: "it/metrics") == ["bot=2", "text=1"])
    }

    @Test("channels, user channel rosters, posts with replies in ms, system join/leave; DMs skipped")
    func bulkExport() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("mattermost")
        #expect(try ImportFormat.detect(url) == .mattermost)
        #expect(try ImportFormat.detect(url.appendingPathComponent("import.jsonl")) == .mattermost)
        let summary = try ExportAssertions.importSource(url, into: store)
        #expect(summary.counts.groupsAdded == 2)
        #expect(summary.counts.messagesAdded == 7)
        #expect(summary.warnings == ["Mattermost exports give no channel creation time: a channel's age is counted from its first post"])
        #expect(summary.counts.oneToOneChatsSkipped == 1)
        #expect(try ExportAssertions.memberships(store, group: "district-ops/flood-watch") == [
            "alice:admin:roster", "bo.li:member:roster", "chen.jing:member:inferred:j1722470600000",
            "dan:member:event:j1722474000000:l1722560400000",
        ])
        #expect(try ExportAssertions.memberships(store, group: "district-ops/leaders") == ["alice:member:roster", "chen.jing:member:roster"])
        #expect(try ExportAssertions.kinds(store, group: "district-ops/flood-watch") == ["file=1", "image=1", "system=2", "text=2"])
        let db = store.connection
        #expect(try db.queryFirst("SELECT name, owner_unit FROM groups WHERE source_id = 'district-ops/flood-watch'") {
            "\($0.string(0))|\($0.string(1))"
        } == "Flood Watch|District Operations")
        #expect(try db.query("SELECT tag FROM group_tags ORDER BY tag") { $0.string(0) } == ["Gauges: https://gauges.example", "防汛值守"])
        #expect(try db.queryFirst("SELECT sent_at, sent_raw FROM messages WHERE text = '收到'") { "\($0.int64(0))|\($0.string(1))" }
                == "1722470500123|1722470500123")
        #expect(try db.query("SELECT display_name FROM people ORDER BY source_id") { $0.optionalString(0) ?? "-" }
                == ["Alice Wang", "Bo", "陈静", "-"])
    }

    @Test("the ZIP mmctl writes (import.jsonl beside data/) reads the same as the file")
    func zipArchive() throws {
        let store = try GroupStore.inMemory()
        let url = try TestFiles.fixture("mattermost-export.zip")
        #expect(try ImportFormat.detect(url) == .mattermost)
        let summary = try ExportAssertions.importSource(url, into: store)
        #expect(summary.counts.groupsAdded == 2)
        #expect(summary.counts.messagesAdded == 7)
        #expect(try ExportAssertions.memberships(store, group: "district-ops/leaders") == ["alice:member:roster", "chen.jing:member:roster"])
    }

    @Test("bad input: no version line, a post without create_at, truncated line, empty file")
    func badInput() throws {
        let store = try GroupStore.inMemory()
        let folder = try TestFiles.makeFolder()
        let version = #"{"type":"version","version":1}"#
        let noVersion = try TestFiles.write(Array("{\"type\":\"team\",\"team\":{\"name\":\"t\"}}\n".utf8), to: folder, as: "a.jsonl")
        #expect(throws: ExportRecordError.wrongShape(file: noVersion.path, expected: "line 1 to be {\"type\":\"version\",\"version\":1}")) {
            try ExportAssertions.importSource(noVersion, into: store, format: .mattermost)
        }
        let noTime = try TestFiles.write(Array((version + "\n" + #"{"type":"post","post":{"team":"t","channel":"c","user":"u","message":"secret"}}"# + "\n").utf8),
                                         to: folder, as: "b.jsonl")
        #expect(throws: ExportRecordError.missingField(file: noTime.path, record: "record 2 (line 2)", field: "create_at",
                                                       expected: "milliseconds since 1970")) {
            try ExportAssertions.importSource(noTime, into: store)
        }
        let cut = try TestFiles.write(Array((version + "\n" + #"{"type":"post","post":{"team":"t","#).utf8), to: folder, as: "c.jsonl")
        #expect(throws: JSONReadError.self) { try ExportAssertions.importSource(cut, into: store) }
        let empty = try TestFiles.write([], to: folder, as: "d.jsonl")
        #expect(throws: ExportRecordError.emptyFile(file: empty.path)) { try ExportAssertions.importSource(empty, into: store, format: .mattermost) }
        #expect(try TestFiles.dump(store).isEmpty)
    }
}
