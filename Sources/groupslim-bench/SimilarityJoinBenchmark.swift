import Foundation
import GroupSlimKit

/// The exact similarity join at 10k and 100k groups (about 40 members each, with the overlap a
/// real organisation has: see ``SimilarityWorkload``) against brute force on a sample of sets,
/// extrapolated to all pairs.
///
/// The thresholds are the analysis defaults' shape: Jaccard ≥ 0.8 or containment ≥ 0.9, at
/// least 3 shared members. The join is also checked for completeness on the sample: its pairs
/// among the sampled sets must be exactly brute force's.
struct SimilarityJoinBenchmark: Benchmark {
    static let name = "similarity"
    static let sampleSize = 2_000
    static let targetSeconds = 10.0

    static func sizes(quick: Bool) -> [Int] { quick ? [10_000] : [10_000, 100_000] }

    /// The member sets every similarity benchmark uses for `groups` groups.
    static func workload(groups: Int) -> [[Int32]] {
        SimilarityWorkload.generate(groups: groups, meanSize: 40, people: groups * 10, seed: 7)
    }

    func run(_ context: BenchContext) throws -> [BenchRow] {
        SimilarityJoinBenchmark.sizes(quick: context.quick).map { groups in
            let sets = SimilarityJoinBenchmark.workload(groups: groups)
            let thresholds = SimilarityJoin.Thresholds(jaccard: 0.8, containment: 0.9, minimumShared: 3)
            context.progress("similarity join over \(BenchTable.count(groups)) groups …")
            var found: [SetPair] = []
            let measured = PeakMemory.measure {
                Stopwatch.seconds { found = SimilarityJoin(sets: sets).pairs(thresholds) }
            }
            let sample = Array(sets.prefix(SimilarityJoinBenchmark.sampleSize))
            var brute: [SetPair] = []
            let bruteSeconds = Stopwatch.seconds { brute = SimilarityJoin.bruteForce(sets: sample, thresholds) }
            let samplePairs = Double(sample.count * (sample.count - 1) / 2)
            let allPairs = Double(groups) * Double(groups - 1) / 2
            let bruteEstimate = bruteSeconds / samplePairs * allPairs
            let joinInSample = Set(found.filter { $0.b < sample.count })
            let complete = joinInSample == Set(brute)
            let members = sets.reduce(0) { $0 + $1.count }
            return BenchRow(
                benchmark: "similarity join (exact)",
                size: "\(BenchTable.count(groups)) groups, \(BenchTable.count(members)) memberships",
                unit: "s", value: measured.result,
                baseline: "brute force, \(BenchTable.count(sample.count))-set sample extrapolated",
                baselineValue: bruteEstimate, higherIsBetter: false, peakRSSMiB: measured.peakMiB,
                target: groups >= 100_000 ? "< \(Int(SimilarityJoinBenchmark.targetSeconds)) s" : nil,
                meetsTarget: groups >= 100_000 ? measured.result < SimilarityJoinBenchmark.targetSeconds : nil,
                note: "\(BenchTable.count(found.count)) pairs (J ≥ 0.8 or containment ≥ 0.9); "
                    + (complete ? "matches brute force on the sample (\(brute.count) pairs)"
                                : "DIFFERS from brute force on the sample"))
        }
    }
}
