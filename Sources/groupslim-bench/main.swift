import Foundation
import GroupSlimKit

// groupslim-bench: GroupSlim's figures against baselines run in the same command, so the
// ratios hold on a noisy machine. See BenchOptions for the command line; the README's
// "Benchmark" section shows a full run.
//
// The parent process only spawns and collects: each benchmark runs in a child (this same
// executable with --child NAME), so its peak memory is its own and not what an earlier
// benchmark left in the allocator, and the parent stays small enough that the peers it would
// spawn do not inherit a large high-water mark.

let options: BenchOptions
do {
    options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

let workDirectory = options.workDirectory.map { URL(fileURLWithPath: $0) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("groupslim-bench-\(getpid())")

/// Runs one benchmark here and writes its rows for the parent.
func runChild(_ name: String, rowsPath: String) throws {
    guard let benchmark = BenchmarkCatalog.all.first(where: { $0.name == name }) else {
        throw BenchFailure(description: "unknown benchmark '\(name)'")
    }
    let rows = try benchmark.init().run(BenchContext(options: options, workDirectory: workDirectory))
    try JSONEncoder().encode(rows).write(to: URL(fileURLWithPath: rowsPath))
}

/// Runs each selected benchmark in a child process and prints the table.
func runSuite() throws {
    let context = BenchContext(options: options, workDirectory: workDirectory)
    var sqliteVersion: String?
    if let sqlite3 = context.sqlite3 {
        let versionFile = workDirectory.appendingPathComponent("sqlite3-version.txt").path
        _ = try? ChildProcess.run(sqlite3, ["-version"], log: versionFile)
        sqliteVersion = (try? String(contentsOfFile: versionFile, encoding: .utf8))?.split(separator: " ").first.map(String.init)
    } else {
        context.progress("sqlite3 not found: import baselines will show as unavailable (apt-get install sqlite3)")
    }
    let machine = MachineDescription.current(sqlite3: sqliteVersion)
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    var rows: [BenchRow] = []
    for benchmark in BenchmarkCatalog.all where options.includes(benchmark.name) {
        let rowsPath = workDirectory.appendingPathComponent("rows-\(benchmark.name).json").path
        var arguments = ["--child", benchmark.name, "--rows-out", rowsPath, "--work-dir", workDirectory.path]
        if options.quick { arguments.append("--quick") }
        _ = try ChildProcess.run(FileManager.default.isExecutableFile(atPath: executable) ? executable : CommandLine.arguments[0],
                                 arguments, log: nil)
        rows += try JSONDecoder().decode([BenchRow].self, from: Data(contentsOf: URL(fileURLWithPath: rowsPath)))
    }
    print("GroupSlim benchmark (\(options.quick ? "--quick" : "full")) on \(machine.summary)")
    for line in BenchTable.render(rows) { print(line) }
    try BenchResultsFile(machine: machine, mode: options.quick ? "quick" : "full", rows: rows).write(to: options.jsonPath)
    print("Wrote \(options.jsonPath).")
}

do {
    try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    if let child = options.child, let rowsPath = options.rowsPath {
        try runChild(child, rowsPath: rowsPath)
    } else {
        try runSuite()
        if !options.keepWork && options.workDirectory == nil { try? FileManager.default.removeItem(at: workDirectory) }
    }
} catch {
    FileHandle.standardError.write(Data("groupslim-bench: \(error)\n".utf8))
    exit(1)
}
