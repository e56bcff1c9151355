import Foundation
import GroupSlimKit

/// What the benchmarks share in one run: the work folder, the options, the peer programs found,
/// and the districts and baselines already made (the 10M-message district serves both the
/// import and the end-to-end benchmark, and is generated once).
final class BenchContext {
    let options: BenchOptions
    let workDirectory: URL
    /// Path of the `sqlite3` shell, when installed.
    let sqlite3: String?
    /// Where peer programs' output goes.
    let logPath: String
    private var sqliteImports: [String: Double]
    /// Baselines already measured, kept in the work folder because each benchmark runs in its
    /// own process (see main.swift) and the 10M-message `.import` is worth measuring once.
    private var baselinesFile: URL { workDirectory.appendingPathComponent("sqlite3-baselines.json") }

    init(options: BenchOptions, workDirectory: URL) {
        self.options = options
        self.workDirectory = workDirectory
        sqlite3 = ChildProcess.locate("sqlite3")
        logPath = workDirectory.appendingPathComponent("peer-programs.log").path
        sqliteImports = [:]
        if let data = try? Data(contentsOf: baselinesFile),
           let known = try? JSONDecoder().decode([String: Double].self, from: data) {
            sqliteImports = known
        }
    }

    var quick: Bool { options.quick }

    /// A sample district of `groups` groups with about `messagesPerGroup` messages each,
    /// generated on first use (seed 1, the generator's defaults otherwise).
    func district(groups: Int, messagesPerGroup: Int) throws -> (url: URL, truth: SampleDistrictTruth) {
        let name = "district-\(groups)g-\(messagesPerGroup)m"
        let url = workDirectory.appendingPathComponent(name)
        // truth.json is written last, so its presence means an earlier benchmark finished the folder.
        if let known = try? SampleDistrictTruth.read(from: url.appendingPathComponent("truth.json")) { return (url, known) }
        progress("generating \(name) …")
        let truth = try SampleDistrictGenerator(
            options: SampleDistrictOptions(groups: groups, seed: 1, messagesPerGroup: messagesPerGroup)).write(to: url)
        return (url, truth)
    }

    /// Seconds the `sqlite3` shell takes to `.import` the district's messages.csv into a fresh
    /// table of the same six columns (the stock loader: one prepared INSERT, one transaction,
    /// default journal). `nil` when sqlite3 is not installed.
    func sqliteImportSeconds(_ district: URL, reuse: Bool = true) throws -> Double? {
        guard let sqlite3 else { return nil }
        if reuse, let known = sqliteImports[district.path] { return known }
        let database = workDirectory.appendingPathComponent("sqlite3-baseline.db").path
        try? FileManager.default.removeItem(atPath: database)
        defer { try? FileManager.default.removeItem(atPath: database) }
        let csv = district.appendingPathComponent("messages.csv").path
        progress("sqlite3 .import \(csv) …")
        let outcome = try ChildProcess.run(sqlite3, [
            database,
            "CREATE TABLE messages (group_id, sent_at, sender_id, message_id, kind, text);",
            ".import --csv --skip 1 '\(csv)' messages",
        ], log: logPath)
        sqliteImports[district.path] = min(outcome.seconds, sqliteImports[district.path] ?? .infinity)
        try JSONEncoder().encode(sqliteImports).write(to: baselinesFile)
        return outcome.seconds
    }

    /// Zone the sample generator writes local times in.
    static let sampleZone = TimeZone(identifier: "Asia/Shanghai")!

    /// Total size of the files in `folder`, for MB/s figures.
    static func folderBytes(_ folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return total + ((attributes?[.size] as? Int) ?? 0)
        }
    }

    /// A fresh database path in the work folder (any earlier file and its WAL removed).
    func freshDatabase(_ name: String) -> String {
        let path = workDirectory.appendingPathComponent(name).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A progress line on stderr, so stdout holds only the table.
    func progress(_ message: String) {
        FileHandle.standardError.write(Data("· \(message)\n".utf8))
    }
}
