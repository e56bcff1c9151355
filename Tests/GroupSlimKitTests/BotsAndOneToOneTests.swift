import Foundation
import Testing
@testable import GroupSlimKit

/// The one rule for bots and one-to-one chats (issue 13), seen from the analysis and from stats.
@Suite("Bots and one-to-one chats: stored apart, never members, never activity")
struct BotsAndOneToOneTests {
    static func slackExport() throws -> URL {
        let folder = try TestFiles.makeFolder()
        func write(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("users.json", #"[{"id":"U1","name":"ann"},{"id":"U2","name":"bo"},{"id":"B9","name":"standup","is_bot":true}]"#)
        try write("channels.json", #"[{"id":"C1","name":"ops","created":1700000000,"members":["U1","U2","B9"]}]"#)
        try write("dms.json", #"[{"id":"D1","members":["U1","U2"]},{"id":"D2","members":["U1","B9"]}]"#)
        try write("ops/2024-01-02.json", """
            [{"type":"message","user":"B9","text":"here","ts":"1704186000.000100"},
             {"type":"message","bot_id":"BX1","subtype":"bot_message","username":"ci","text":"deploy done","ts":"1704186100.000100"},
             {"type":"message","user":"U1","text":"The release notes are in the drive","ts":"1704186200.000100"},
             {"type":"message","user":"U2","bot_id":"BAPP","text":"posted through an app","ts":"1704186300.000100"}]
            """)
        try write("D1/2024-01-02.json", #"[{"type":"message","user":"U1","text":"private","ts":"1704186000.000100"}]"#)
        return folder
    }

    @Test("Slack: is_bot users and user-less bot posts are bots; a person posting through an app stays a person")
    func slackBots() throws {
        let store = try GroupStore.inMemory()
        let summary = try ExportAssertions.importSource(try BotsAndOneToOneTests.slackExport(), into: store)
        #expect(summary.counts.oneToOneChatsSkipped == 2)
        #expect(summary.counts.botsSeen == 2)
        #expect(ImportReport.text(summary).contains("skipped:     2 one-to-one chat(s)"))
        let db = store.connection
        #expect(try db.query("SELECT source_id FROM people WHERE is_bot = 1 ORDER BY 1") { $0.string(0) } == ["B9", "BX1"])
        #expect(try db.query("SELECT kind, COUNT(*) FROM messages GROUP BY kind ORDER BY 1") { "\($0.string(0))=\($0.int64(1))" }
                == ["bot=3", "text=1"])
        let stats = try store.statistics()
        #expect(stats.people == 2)
        #expect(stats.bots == 2)
        #expect(stats.oneToOneChatsSkipped == 2)
        #expect(ImportReport.text(stats).contains("bots:        2"))
        // Importing again counts nothing twice.
        _ = try ExportAssertions.importSource(try BotsAndOneToOneTests.slackExport(), into: store)
        #expect(try store.statistics().oneToOneChatsSkipped == 2)
    }

    @Test("the analysis never counts a bot as a member, and a bot's 'here' is no activity")
    func analysisIgnoresBots() throws {
        let store = try GroupStore.inMemory()
        _ = try ExportAssertions.importSource(try BotsAndOneToOneTests.slackExport(), into: store)
        let asOf = TimestampParser(timeZone: TestFiles.shanghai).parse("2024-01-03T00:00:00+08:00")!.milliseconds
        let profiles = try SignalCollector(asOf: asOf, timeZone: TestFiles.shanghai, policy: AnalysisPolicy()).profiles(store)
        let ops = try #require(profiles.first { $0.sourceID == "C1" })
        let people = try store.connection.query("SELECT id FROM people WHERE is_bot = 0 ORDER BY id") { $0.int64(0) }
        #expect(ops.members.sorted() == people)
    }

    @Test("JSON lines: a record cut short is named by the line it starts on")
    func cutJSONLine() throws {
        let folder = try TestFiles.makeFolder()
        let lines = [
            #"{"type":"version","version":1}"#,
            #"{"type":"team","team":{"name":"it","display_name":"IT","type":"I""#,
            #"{"type":"channel","channel":{"team":"it","name":"ops","display_name":"Ops","type":"O"}}"#,
        ]
        let url = folder.appendingPathComponent("export.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        let store = try GroupStore.inMemory()
        do {
            _ = try ExportAssertions.importSource(url, into: store)
            Issue.record("imported a cut line")
        } catch {
            let text = String(describing: error)
            #expect(text.contains("line 2 (byte"))
            #expect(text.contains("runs on to line 3"))
        }
    }
}
