import Foundation
import GroupSlimKit

/// The exact join against MinHash LSH (Python `datasketch`) on the same sets and the same
/// question — every pair with Jaccard ≥ 0.8 — with the recall of each against the exact answer.
///
/// MinHash is given every advantage that keeps it honest: 128 permutations, datasketch's own
/// optimal bands and rows for the threshold, exact verification of its candidates (so it never
/// reports a wrong pair), and only its in-Python compute time is counted. Skipped with a note
/// when Python or datasketch is missing (`pip install datasketch`).
struct MinHashComparisonBenchmark: Benchmark {
    static let name = "minhash"
    static let threshold = 0.8
    static let permutations = 128

    private struct Answer: Decodable {
        var seconds: Double
        var bands: Int
        var rows: Int
        var candidates: Int
        var pairs: [[Int]]
    }

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let python = ChildProcess.locate("python3")
        let script = MinHashComparisonBenchmark.scriptPath()
        let available = python != nil && script != nil
            && (try? ChildProcess.run(python!, ["-c", "import datasketch"], log: context.logPath)) != nil
        return try SimilarityJoinBenchmark.sizes(quick: context.quick).map { groups in
            let sets = SimilarityJoinBenchmark.workload(groups: groups)
            let thresholds = SimilarityJoin.Thresholds(
                jaccard: MinHashComparisonBenchmark.threshold, containment: .infinity, minimumShared: 1)
            context.progress("exact Jaccard join over \(BenchTable.count(groups)) groups …")
            var exact: [SetPair] = []
            let seconds = Stopwatch.seconds { exact = SimilarityJoin(sets: sets).pairs(thresholds) }
            let truth = Set(exact.map { [$0.a, $0.b] })
            let size = "\(BenchTable.count(groups)) groups, J ≥ \(MinHashComparisonBenchmark.threshold)"
            let baselineName = "datasketch MinHashLSH, num_perm \(MinHashComparisonBenchmark.permutations)"
            guard available, let python, let script else {
                return BenchRow(benchmark: "similarity join vs MinHash LSH", size: size, unit: "s", value: seconds,
                                baseline: baselineName, baselineValue: nil, higherIsBetter: false,
                                note: "exact: \(truth.count) pairs, recall 1; MinHash not run: python3 with datasketch not found")
            }
            let setsPath = context.workDirectory.appendingPathComponent("sets-\(groups).txt")
            let answerPath = context.workDirectory.appendingPathComponent("minhash-\(groups).json")
            try sets.map { $0.map(String.init).joined(separator: " ") }.joined(separator: "\n").appending("\n")
                .write(to: setsPath, atomically: true, encoding: .ascii)
            context.progress("datasketch MinHash LSH over \(BenchTable.count(groups)) groups …")
            let outcome = try ChildProcess.run(python, [script, setsPath.path, String(MinHashComparisonBenchmark.threshold),
                                                        String(MinHashComparisonBenchmark.permutations), answerPath.path],
                                               log: context.logPath)
            let answer = try JSONDecoder().decode(Answer.self, from: Data(contentsOf: answerPath))
            let found = Set(answer.pairs)
            let recall = truth.isEmpty ? 1 : Double(found.intersection(truth).count) / Double(truth.count)
            let wrong = found.subtracting(truth).count
            return BenchRow(
                benchmark: "similarity join vs MinHash LSH", size: size, unit: "s", value: seconds,
                baseline: baselineName + " (b \(answer.bands), r \(answer.rows))", baselineValue: answer.seconds,
                higherIsBetter: false, target: "faster, recall 1", meetsTarget: seconds < answer.seconds,
                note: String(format: "exact: %d pairs, recall 1; MinHash: %d pairs, recall %.3f, %d wrong, %.1f s with Python start-up, peak %.0f MiB",
                             truth.count, found.count, recall, wrong, outcome.seconds, outcome.peakMiB))
        }
    }

    /// Scripts/minhash_lsh.py of this checkout: found from the working directory (the README runs
    /// the bench from the package root) or beside the build folder.
    static func scriptPath() -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/Scripts/minhash_lsh.py"]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("Scripts/minhash_lsh.py").path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
