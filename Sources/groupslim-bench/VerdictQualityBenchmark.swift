import Foundation
import GroupSlimKit

/// Per-verdict precision and recall of the analysis against ground truth, on the sample
/// generator's districts and on the independent ones (`Tests/GroupSlimKitTests/Fixtures/
/// independent` and `…/holdout`, each generated from policy-basis.md by someone who had not read
/// the rules; the holdout was scored once before any rule was changed for it), plus the
/// disagreements an office would see and what the plan does to the weekly reading. The sample
/// generator alone is no evidence (its truth was written by the same hands as the rules); the
/// independent figures are the ones to read.
struct VerdictQualityBenchmark: Benchmark {
    static let name = "verdict-quality"
    static let fixtures = "Tests/GroupSlimKitTests/Fixtures"

    func run(_ context: BenchContext) throws -> [BenchRow] {
        var datasets: [(name: String, source: URL, truth: URL)] = []
        for (groups, seed) in context.quick ? [(80, UInt64(1))] : [(80, 1), (400, 7)] {
            let url = context.workDirectory.appendingPathComponent("quality-sample-\(groups)g-s\(seed)")
            if !FileManager.default.fileExists(atPath: url.appendingPathComponent("truth.json").path) {
                context.progress("generating a \(groups)-group sample district (seed \(seed)) …")
                _ = try SampleDistrictGenerator(options: SampleDistrictOptions(groups: groups, seed: seed)).write(to: url)
            }
            datasets.append(("sample generator, \(groups) groups, seed \(seed)", url, url.appendingPathComponent("truth.json")))
        }
        let fixtures = URL(fileURLWithPath: VerdictQualityBenchmark.fixtures)
        for (name, path, truth) in [
            ("independent: zh street office (canonical)", "independent/zh-district", "independent/zh-district/truth.json"),
            ("independent: en workspace (Slack)", "independent/en-workspace/slack", "independent/en-workspace/truth.json"),
            ("independent: en workspace (Discord)", "independent/en-workspace/discord", "independent/en-workspace/truth.json"),
            ("holdout: zh township (canonical)", "holdout/zh-township", "holdout/zh-township/truth.json"),
            ("holdout: en Mattermost", "holdout/en-mattermost", "holdout/en-mattermost/truth.json"),
            ("final: zh county (canonical)", "final/zh-county", "final/zh-county/truth.json"),
            ("final: en Telegram", "final/en-telegram", "final/en-telegram/truth.json"),
            ("fourth: zh street office, untagged", "fourth/district", "fourth/district/truth.json"),
        ] where FileManager.default.fileExists(atPath: fixtures.appendingPathComponent(truth).path) {
            datasets.append((name, fixtures.appendingPathComponent(path), fixtures.appendingPathComponent(truth)))
        }
        if datasets.count < (context.quick ? 2 : 3) {
            context.progress("independent districts not found under \(fixtures.path): run the bench from the package root")
        }
        var rows: [BenchRow] = []
        for dataset in datasets {
            context.progress("verdict quality: \(dataset.name) …")
            let store = try GroupStore.inMemory()
            _ = try Importer(options: ImportOptions(timeZone: BenchContext.sampleZone)).importSource(dataset.source, into: store)
            let analysis = try Analyzer().run(store)
            let plan = try PlanBuilder().build(store, analysis: analysis)
            let card = VerdictScorecard(plan: plan, truth: try GroundTruth.load(dataset.truth))
            for score in card.scores where score.truePositives + score.falsePositives + score.falseNegatives > 0 {
                rows.append(BenchRow(quality: QualityFigures(
                    dataset: dataset.name, verdict: score.verdict, planted: score.truePositives + score.falseNegatives,
                    found: score.truePositives, wrong: score.falsePositives, precision: score.precision, recall: score.recall)))
            }
            let b = plan.burden
            let reading = String(format: "reading/week median %.1f → %.1f, mean %.1f → %.1f",
                                 b.messagesPerMemberWeekBefore.median, b.messagesPerMemberWeekAfter.median,
                                 b.messagesPerMemberWeekBefore.mean, b.messagesPerMemberWeekAfter.mean)
            rows.append(BenchRow(quality: QualityFigures(
                dataset: dataset.name, verdict: "all groups", planted: card.groupsScored, found: card.groupsScored - card.problems.count,
                wrong: card.problems.count, precision: nil, recall: nil,
                note: "\(card.problems.count) disagreement(s); \(reading)" + (card.readingDoesNotRise ? "" : " — RISES"))))
            for problem in card.problems { context.progress("  \(problem)") }
        }
        return rows
    }
}

/// One line of the verdict-quality table.
struct QualityFigures: Codable, Sendable {
    var dataset: String
    var verdict: String
    /// Groups that must have the verdict; of them found; groups that must not have it but got it.
    var planted: Int
    var found: Int
    var wrong: Int
    var precision: Double?
    var recall: Double?
    var note = ""
}
