import Foundation
import GroupSlimKit

/// Canonical import of generated districts against the `sqlite3` shell's `.import` of the same
/// messages.csv, both run here.
///
/// GroupSlim's time is the whole import of the folder — groups, people, rosters, messages
/// (parsed, classified, hashed, de-duplicated), inferred memberships and index builds — in one
/// transaction into a fresh store; the shell only copies messages.csv's six text columns into a
/// table without indexes. The rate compared is messages per second for both.
struct CanonicalImportBenchmark: Benchmark {
    static let name = "import"
    static let target = 1.5

    /// (groups, messages per group): about 100k, 1M and 10M messages.
    static func sizes(quick: Bool) -> [(groups: Int, messagesPerGroup: Int)] {
        quick ? [(125, 800)] : [(125, 800), (1_250, 800), (EndToEndBenchmark.fullGroups, EndToEndBenchmark.fullMessagesPerGroup)]
    }

    func run(_ context: BenchContext) throws -> [BenchRow] {
        try CanonicalImportBenchmark.sizes(quick: context.quick).map { size in
            let district = try context.district(groups: size.groups, messagesPerGroup: size.messagesPerGroup)
            let messages = district.truth.messages
            // Small runs are over in a second; the best of three keeps one hiccup out of the figure.
            let runs = messages <= 200_000 ? 3 : 1
            let baseline = try (0..<runs).compactMap { _ in try context.sqliteImportSeconds(district.url, reuse: false) }.min()
            context.progress("groupslim import of \(BenchTable.count(messages)) messages …")
            var peak = 0.0
            var summary: ImportSummary?
            let seconds = try Stopwatch.best(of: runs) {
                let path = context.freshDatabase("import-bench.db")
                defer { context.removeDatabase(path) }
                let measured = try PeakMemory.measure {
                    let store = try GroupStore(path: path)
                    let importer = Importer(options: ImportOptions(timeZone: BenchContext.sampleZone))
                    return try importer.importSource(district.url, format: .canonical, into: store)
                }
                summary = measured.result
                peak = max(peak, measured.peakMiB)
            }
            guard let summary, summary.counts.messagesAdded == messages else {
                throw BenchFailure(description: "the import stored \(summary?.counts.messagesAdded ?? 0) messages, truth.json says \(messages)")
            }
            let rate = Double(messages) / seconds
            let baselineRate = baseline.map { Double(messages) / $0 }
            let megabytes = Double(BenchContext.folderBytes(district.url)) / 1_048_576
            return BenchRow(
                benchmark: "canonical import", size: "\(BenchTable.count(messages)) messages, \(BenchTable.count(size.groups)) groups",
                unit: "messages/s", value: rate, baseline: "sqlite3 .import of messages.csv", baselineValue: baselineRate,
                higherIsBetter: true, peakRSSMiB: peak, target: "≥ \(CanonicalImportBenchmark.target)× sqlite3",
                meetsTarget: baselineRate.map { rate / $0 >= CanonicalImportBenchmark.target },
                note: String(format: "%.1f s, %.0f MB/s of CSV", seconds, megabytes / seconds)
                    + (runs > 1 ? ", best of \(runs)" : ""))
        }
    }
}
