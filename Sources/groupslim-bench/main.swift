import Foundation
import GroupSlimKit

// groupslim-bench: measures GroupSlim against baselines run in the same process or command, so
// the ratios hold on a noisy machine. Usage:
//   swift run -c release groupslim-bench [--quick] [--json FILE]
// Prints one table and writes the figures as JSON (default bench-results.json).

let arguments = CommandLine.arguments.dropFirst()
let quick = arguments.contains("--quick")
let jsonPath: String = {
    if let index = arguments.firstIndex(of: "--json"), arguments.index(after: index) < arguments.endIndex {
        return arguments[arguments.index(after: index)]
    }
    return "bench-results.json"
}()

struct Row: Codable {
    var benchmark: String
    var size: String
    var figure: String
    var value: Double
    var baseline: String
    var baselineValue: Double
    var ratio: Double
    var note: String
}

var rows: [Row] = []

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double) -> String {
    if value >= 100 { return String(Int(value.rounded())) }
    if value >= 1 { return String(format: "%.2f", value) }
    return String(format: "%.4f", value)
}

// MARK: - Similarity join vs brute force

for groups in quick ? [10_000] : [10_000, 100_000] {
    let sets = SimilarityWorkload.generate(groups: groups, meanSize: 40, people: groups * 10, seed: 7)
    let thresholds = SimilarityJoin.Thresholds(jaccard: 0.8, containment: 0.9, minimumShared: 3)
    var found: [SetPair] = []
    let joinTime = seconds { found = SimilarityJoin(sets: sets).pairs(thresholds) }
    // Brute force on a deterministic sample of sets, extrapolated to all pairs.
    let sample = Array(sets.prefix(2_000))
    let samplePairs = Double(sample.count * (sample.count - 1) / 2)
    let bruteSample = seconds { _ = SimilarityJoin.bruteForce(sets: sample, thresholds) }
    let allPairs = Double(groups) * Double(groups - 1) / 2
    let bruteEstimate = bruteSample / samplePairs * allPairs
    rows.append(Row(benchmark: "similarity join (exact, prefix filter)", size: "\(groups) groups × ~40 members",
                    figure: "seconds", value: joinTime, baseline: "brute force (2,000-set sample, extrapolated)",
                    baselineValue: bruteEstimate, ratio: bruteEstimate / joinTime,
                    note: "\(found.count) pairs at Jaccard ≥ 0.8 or containment ≥ 0.9"))
}

// MARK: - Output

print("GroupSlim benchmark (\(quick ? "quick" : "full"); machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB)")
let header = ["benchmark", "size", "GroupSlim", "baseline", "speed-up", "note"]
let table = rows.map { [$0.benchmark, $0.size, "\(format($0.value)) \($0.figure)", "\(format($0.baselineValue)) \($0.figure) (\($0.baseline))",
                        "\(format($0.ratio))×", $0.note] }
for line in TextTable.render(header: header, rows: table) { print(line) }
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
try encoder.encode(rows).write(to: URL(fileURLWithPath: jsonPath))
print("Wrote \(jsonPath).")
