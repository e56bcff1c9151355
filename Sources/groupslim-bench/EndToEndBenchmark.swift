import Foundation
import GroupSlimKit

/// The whole audit end to end, as `groupslim audit` does it: a fresh store, the canonical import of
/// a 10k-group, 10M-message district, the full analysis (profiles, signals, the pair join,
/// verdicts), the plan (with its record) and every report file. Wall time and peak resident
/// memory of all steps together. The baseline is the `sqlite3` shell merely loading the same
/// messages.csv: how many "bare loads" a whole audit costs.
struct EndToEndBenchmark: Benchmark {
    static let name = "end-to-end"
    static let fullGroups = 10_000
    static let fullMessagesPerGroup = 1_000
    static let targetSeconds = 90.0
    static let targetPeakMiB = 1_024.0

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let groups = context.quick ? 1_000 : EndToEndBenchmark.fullGroups
        let district = try context.district(groups: groups, messagesPerGroup: EndToEndBenchmark.fullMessagesPerGroup)
        let baseline = try context.sqliteImportSeconds(district.url)
        let path = context.freshDatabase("end-to-end.db")
        defer { context.removeDatabase(path) }
        context.progress("audit of \(BenchTable.count(district.truth.messages)) messages …")
        let reports = URL(fileURLWithPath: path + "-reports")
        defer { try? FileManager.default.removeItem(at: reports) }
        var importSeconds = 0.0
        var analyzeSeconds = 0.0
        var groupsAnalyzed = 0
        let measured = try PeakMemory.measure {
            try Stopwatch.seconds {
                let store = try GroupStore(path: path)
                importSeconds = try Stopwatch.seconds {
                    _ = try Importer(options: ImportOptions(timeZone: BenchContext.sampleZone))
                        .importSource(district.url, format: .canonical, into: store)
                }
                var result: AnalysisResult?
                analyzeSeconds = try Stopwatch.seconds { result = try Analyzer().run(store) }
                guard let result else { return }
                groupsAnalyzed = result.groups.count
                let plan = try PlanBuilder().build(store, analysis: result)
                try PlanRecorder().record(plan, into: store)
                try AuditReportWriter(language: .zh).write(plan, to: reports)
            }
        }
        let seconds = measured.result
        let truth = district.truth
        let meets = seconds < EndToEndBenchmark.targetSeconds && measured.peakMiB < EndToEndBenchmark.targetPeakMiB
        return [BenchRow(
            benchmark: "audit (import, analyze, plan, reports)",
            size: "\(BenchTable.count(groups)) groups, \(BenchTable.count(truth.people)) people, \(BenchTable.count(truth.messages)) messages",
            unit: "s", value: seconds, baseline: "sqlite3 .import of messages.csv alone", baselineValue: baseline,
            higherIsBetter: false, peakRSSMiB: measured.peakMiB,
            target: context.quick ? nil : "< \(Int(EndToEndBenchmark.targetSeconds)) s, < 1 GiB",
            meetsTarget: context.quick ? nil : meets,
            note: String(format: "import %.1f s, analyze %.1f s, plan + reports %.1f s; %d groups",
                         importSeconds, analyzeSeconds, seconds - importSeconds - analyzeSeconds, groupsAnalyzed))]
    }
}
