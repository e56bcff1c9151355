import Foundation
import GroupSlimKit

// groupslim-bench: GroupSlim's figures against baselines run in the same command, so the
// ratios hold on a noisy machine. See BenchOptions for the command line; the README's
// "Benchmark" section shows a full run.

let options: BenchOptions
do {
    options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

let workDirectory = options.workDirectory.map { URL(fileURLWithPath: $0) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("groupslim-bench-\(getpid())")
do {
    try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
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
    var rows: [BenchRow] = []
    for benchmark in BenchmarkCatalog.all where options.includes(benchmark.name) {
        rows += try benchmark.init().run(context)
    }
    print("GroupSlim benchmark (\(options.quick ? "--quick" : "full")) on \(machine.summary)")
    for line in BenchTable.render(rows) { print(line) }
    try BenchResultsFile(machine: machine, mode: options.quick ? "quick" : "full", rows: rows).write(to: options.jsonPath)
    print("Wrote \(options.jsonPath).")
    if !options.keepWork && options.workDirectory == nil { try? FileManager.default.removeItem(at: workDirectory) }
} catch {
    FileHandle.standardError.write(Data("groupslim-bench: \(error)\n".utf8))
    exit(1)
}
