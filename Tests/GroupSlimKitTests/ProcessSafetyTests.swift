import Foundation
import Testing
@testable import GroupSlimKit

/// Real `groupslim` processes against one database file: killed in the middle of an import,
/// and running side by side. These are the guarantees an office relies on when a laptop dies
/// mid-import or two colleagues import at once.
@Suite("Interrupted and concurrent runs", .serialized)
struct ProcessSafetyTests {
    static let example = SampleDistrictAnalysisTests.example
    static let small = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/canonical-basic")

    @Test("a killed import (SIGKILL or SIGINT) leaves the database as before; rerunning completes it once")
    func killAndResume() throws {
        var (_, db, before) = try Self.databaseWithFirstImport("kill.db")

        let killedMidway = try Self.killDuring(["import", Self.example.path, "--db", db, "--timezone", "Asia/Shanghai"],
                                               db: db, at: [(0.3, SIGKILL), (1.0, SIGINT), (2.0, SIGKILL)], before: &before)
        #expect(killedMidway > 0, "the import finished before any kill; the test proves nothing")

        let resumed = try CLI.run(["import", Self.example.path, "--db", db, "--timezone", "Asia/Shanghai"])
        #expect(resumed.status == 0, "\(resumed.output)")
        let again = try CLI.run(["import", Self.example.path, "--db", db, "--timezone", "Asia/Shanghai"])
        #expect(again.status == 0)
        #expect(again.output.contains("0 new"), "a second complete import must add nothing")

        let store = try GroupStore(path: db)
        let truth = try SampleDistrictTruth.read(from: Self.example.appendingPathComponent("truth.json"))
        #expect(try Self.exampleMessages(store) == Int64(truth.messages))
        #expect(try store.connection.scalarInt(
            "SELECT COUNT(*) FROM (SELECT group_id, dedup_key FROM messages GROUP BY 1, 2 HAVING COUNT(*) > 1)") == 0)
    }

    /// The Telegram importer reads on one thread, builds rows on a second and writes on a third:
    /// a kill must still leave nothing behind, whichever of them it interrupts.
    @Test("a killed Telegram import (three threads at work) leaves the database as before; rerunning completes it")
    func killThreadedImport() throws {
        var (folder, db, before) = try Self.databaseWithFirstImport("kill-telegram.db")
        let export = folder.appendingPathComponent("result.json")
        try Data(Self.telegramAccount(dialogs: 8, messagesEach: 25_000).utf8).write(to: export)

        let killedMidway = try Self.killDuring(["import", export.path, "--db", db], db: db, at: [(0.4, SIGKILL), (1.2, SIGINT)],
                                               before: &before)
        #expect(killedMidway > 0, "the import finished before any kill; the test proves nothing")
        let resumed = try CLI.run(["import", export.path, "--db", db])
        #expect(resumed.status == 0, "\(resumed.output)")
        #expect(try GroupStore(path: db).connection.scalarInt(
            "SELECT COUNT(*) FROM messages m JOIN groups g ON g.id = m.group_id WHERE g.platform = 'telegram'") == 200_000)
    }

    /// A database in a fresh folder holding a first, finished import of the small fixture (so
    /// "as before" is not just "empty"), and its dump.
    static func databaseWithFirstImport(_ name: String) throws -> (folder: URL, db: String, dump: [String]) {
        let folder = try TestFiles.makeFolder()
        let db = folder.appendingPathComponent(name).path
        try #require(try CLI.run(["import", small.path, "--db", db, "--timezone", "Asia/Shanghai"]).status == 0)
        return (folder, db, try TestFiles.dump(GroupStore(path: db)))
    }

    /// Starts `arguments` once per (delay, signal), sends the signal after the delay, and checks
    /// that a run killed midway left an intact database equal to `before`. A run that finished
    /// first moves `before` on. Returns how many runs were killed midway.
    static func killDuring(_ arguments: [String], db: String, at schedule: [(Double, Int32)], before: inout [String]) throws -> Int {
        var killedMidway = 0
        for (delay, signal) in schedule {
            let process = try CLI.start(arguments)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, signal) }
            process.waitUntilExit()
            let store = try GroupStore(path: db)
            #expect(try store.connection.queryFirst("PRAGMA integrity_check") { $0.string(0) } == "ok")
            let after = try TestFiles.dump(store)
            guard process.terminationReason == .uncaughtSignal else {
                before = after // it finished before the signal: its rows are legitimately there
                continue
            }
            killedMidway += 1
            // Compare sizes first: printing two whole databases would drown the failure.
            let added = Set(after).subtracting(before).sorted()
            let lost = Set(before).subtracting(after).sorted()
            #expect(added.isEmpty && lost.isEmpty, """
                killed (signal \(signal)) after \(delay)s: \(added.count) rows appeared, \(lost.count) vanished; \
                first: \(added.first?.prefix(120) ?? "-") / \(lost.first?.prefix(120) ?? "-")
                """)
        }
        return killedMidway
    }

    /// A full-account Telegram export of `dialogs` groups with `messagesEach` messages each.
    static func telegramAccount(dialogs: Int, messagesEach: Int) -> String {
        var text = #"{"chats": {"list": ["#
        for dialog in 0..<dialogs {
            if dialog > 0 { text += "," }
            text += #"{"name": "Group \#(dialog)", "type": "private_supergroup", "id": \#(9_000 + dialog), "messages": ["#
            for index in 0..<messagesEach {
                if index > 0 { text += ",\n" }
                text += #"{"id": \#(index + 1), "type": "message", "date_unixtime": "\#(1_722_470_400 + index * 37)", "#
                    + #""from": "P\#(index % 40)", "from_id": "user\#(index % 40)", "text": "第\#(index)条 工作安排 \#(dialog)"}"#
            }
            text += "]}"
        }
        return text + "]}}"
    }

    @Test("two imports at once: the second waits for the first's lock, both succeed, nothing is duplicated")
    func concurrentImports() throws {
        let folder = try TestFiles.makeFolder()
        let db = folder.appendingPathComponent("concurrent.db").path
        let first = try CLI.start(["import", Self.example.path, "--db", db, "--timezone", "Asia/Shanghai"])
        Thread.sleep(forTimeInterval: 0.3)
        let second = try CLI.start(["import", Self.example.path, Self.small.path, "--db", db, "--timezone", "Asia/Shanghai"])
        let reader = try CLI.run(["stats", "--db", db])
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        #expect(reader.status == 0, "a reader during an import must not fail: \(reader.output)")

        let store = try GroupStore(path: db)
        let truth = try SampleDistrictTruth.read(from: Self.example.appendingPathComponent("truth.json"))
        let runs = try store.connection.scalarInt("SELECT COUNT(*) FROM import_runs WHERE finished_at IS NOT NULL")
        #expect(runs == 3)
        #expect(try Self.exampleMessages(store) == Int64(truth.messages))
    }

    /// Messages of the example district's groups (ids g00001…; the small fixture's are g1…).
    static func exampleMessages(_ store: GroupStore) throws -> Int64 {
        try store.connection.scalarInt(
            "SELECT COUNT(*) FROM messages m JOIN groups g ON g.id = m.group_id WHERE g.source_id LIKE 'g0%'")
    }
}

/// Runs the `groupslim` executable that `swift test` built next to the test bundle.
enum CLI {
    struct Result {
        var status: Int32
        var output: String
    }

    static var executable: URL {
        get throws {
            var folder = Bundle.main.bundleURL
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("groupslim")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "groupslim next to \(Bundle.main.bundlePath)"])
        }
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
