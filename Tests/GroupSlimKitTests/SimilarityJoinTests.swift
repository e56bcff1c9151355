import Testing
@testable import GroupSlimKit

@Suite("SimilarityJoin")
struct SimilarityJoinTests {
    // MARK: - Hand cases

    @Test("identical sets are a Jaccard-1 pair")
    func identicalSets() {
        let sets: [[Int32]] = [[1, 2, 3, 4], [9, 10], [1, 2, 3, 4]]
        let pairs = SimilarityJoin(sets: sets).pairs(.init(jaccard: 0.8, containment: 0.9))
        #expect(pairs == [SetPair(a: 0, b: 2, sizeA: 4, sizeB: 4, shared: 4)])
        #expect(pairs.first?.jaccard == 1)
    }

    @Test("a small group inside a big one is found by containment, not Jaccard")
    func smallInsideBig() throws {
        let big = Array(Int32(1)...40)
        let sets: [[Int32]] = [big, [3, 17, 29], [100, 101, 102]]
        let join = SimilarityJoin(sets: sets)
        let pair = try #require(join.pairs(.init(jaccard: 0.8, containment: 0.9)).first)
        #expect(pair == SetPair(a: 0, b: 1, sizeA: 40, sizeB: 3, shared: 3))
        #expect(pair.containment == 1)
        #expect(pair.containmentOfBInA == 1)
        #expect(pair.containmentOfAInB == 3.0 / 40)
        #expect(pair.jaccard == 3.0 / 40)
        #expect(join.pairs(.init(jaccard: 0.8, containment: 1.1)).isEmpty)
    }

    @Test("thresholds hit exactly are accepted (0.8 of 5 needs 4 shared)")
    func exactBoundaries() {
        // |x| = 5 with 4 shared: containment exactly 0.8, Jaccard 4/6.
        let containment: [[Int32]] = [[1, 2, 3, 4, 5], [1, 2, 3, 4, 6, 7, 8]]
        #expect(SimilarityJoin(sets: containment).pairs(.init(jaccard: 1.1, containment: 0.8)).count == 1)
        #expect(SimilarityJoin(sets: containment).pairs(.init(jaccard: 1.1, containment: 0.81)).isEmpty)
        // Union 10, 8 shared: Jaccard exactly 0.8.
        let jaccard: [[Int32]] = [[1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 7, 8, 10]]
        #expect(SimilarityJoin(sets: jaccard).pairs(.init(jaccard: 0.8, containment: 1.1)).count == 1)
        #expect(SimilarityJoin(sets: jaccard).pairs(.init(jaccard: 0.81, containment: 1.1)).isEmpty)
        // Products that floating point rounds just above an integer must not raise the bar:
        // 0.55 × 100 = 55.000000000000007 and 0.8 / 1.8 × 63 = 28.000000000000004.
        let containment55: [[Int32]] = [Array(1...100), Array(46...200)]
        #expect(SimilarityJoin(sets: containment55).pairs(.init(jaccard: 1.1, containment: 0.55)).count == 1)
        let jaccard63: [[Int32]] = [Array(1...31), Array(4...35)] // 31 + 32 members, 28 shared
        #expect(SimilarityJoin(sets: jaccard63).pairs(.init(jaccard: 0.8, containment: 1.1)).first?.jaccard == 0.8)
        let index63: [[Int32]] = [Array(1...63), Array(8...70)] // 63 + 63 members, 56 shared
        #expect(SimilarityJoin(sets: index63).pairs(.init(jaccard: 0.8, containment: 1.1)).first?.jaccard == 0.8)
    }

    @Test("minimumShared keeps a one-person group from containing into everything")
    func minimumShared() {
        let sets: [[Int32]] = [[7], [7, 8, 9], [5, 7], [1, 5, 7, 8]]
        let strict = SimilarityJoin(sets: sets).pairs(.init(jaccard: 0.8, containment: 0.9))
        #expect(strict == [SetPair(a: 2, b: 3, sizeA: 2, sizeB: 4, shared: 2)])
        let loose = SimilarityJoin(sets: sets).pairs(.init(jaccard: 0.8, containment: 0.9, minimumShared: 1))
        #expect(loose.map { [$0.a, $0.b] } == [[0, 1], [0, 2], [0, 3], [2, 3]])
    }

    @Test("empty and disjoint sets are never paired, even at threshold 0")
    func emptySets() {
        let sets: [[Int32]] = [[], [], [1, 2], [3, 4], [2, 3]]
        let pairs = SimilarityJoin(sets: sets).pairs(.init(jaccard: 0, containment: 0, minimumShared: 0))
        #expect(pairs.map { [$0.a, $0.b, $0.shared] } == [[2, 4, 1], [3, 4, 1]])
        #expect(SimilarityJoin(sets: []).pairs(.init(jaccard: 0.5, containment: 0.5)).isEmpty)
        #expect(SimilarityJoin(sets: [[1, 2]]).pairs(.init(jaccard: 0.5, containment: 0.5)).isEmpty)
    }

    @Test("a threshold above 1 switches its criterion off")
    func disabledCriteria() {
        let sets: [[Int32]] = [[1, 2, 3], [1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8]]
        let join = SimilarityJoin(sets: sets)
        #expect(join.pairs(.init(jaccard: 1.1, containment: 1.1)).isEmpty)
        #expect(join.pairs(.init(jaccard: .nan, containment: .nan)).isEmpty)
        #expect(join.pairs(.init(jaccard: 1, containment: 1.1)).map(\.b) == [1])
        #expect(join.pairs(.init(jaccard: 1.1, containment: 1)).map { [$0.a, $0.b] } == [[0, 1], [0, 2], [1, 2]])
    }

    @Test("pairs are oriented by input index and sorted by (a, b)")
    func orientationAndOrder() {
        // Larger sets first, so processing order (by size) differs from input order.
        let sets: [[Int32]] = [[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5], [1, 2, 3, 4], [40, 41, 42], [40, 41]]
        let pairs = SimilarityJoin(sets: sets).pairs(.init(jaccard: 0.5, containment: 1))
        #expect(pairs.map { [$0.a, $0.b] } == [[0, 1], [0, 2], [1, 2], [3, 4]])
        #expect(pairs[1] == SetPair(a: 0, b: 2, sizeA: 6, sizeB: 4, shared: 4))
        #expect(pairs[1].containmentOfBInA == 1)
    }

    @Test("unsorted input with repeated members is normalized first")
    func unsortedInput() {
        let sets: [[Int32]] = [[5, 3, 3, 1], [1, 3, 5, 5, 5], [9, 8]]
        let pairs = SimilarityJoin(sets: sets).pairs(.init(jaccard: 1, containment: 1.1))
        #expect(pairs == [SetPair(a: 0, b: 1, sizeA: 3, sizeB: 3, shared: 3)])
        #expect(SimilarityJoin.bruteForce(sets: sets, .init(jaccard: 1, containment: 1.1)) == pairs)
    }

    @Test("ids anywhere in Int32 (sparse, negative) work")
    func sparseIds() {
        let sets: [[Int32]] = [[Int32.min, -5, 0, Int32.max], [Int32.min, -5, Int32.max], [-5, 0, 7]]
        let thresholds = SimilarityJoin.Thresholds(jaccard: 0.7, containment: 0.6)
        let pairs = SimilarityJoin(sets: sets).pairs(thresholds)
        #expect(pairs == SimilarityJoin.bruteForce(sets: sets, thresholds))
        #expect(pairs.map { [$0.a, $0.b, $0.shared] } == [[0, 1, 3], [0, 2, 2]])
    }

    @Test("statistics count the funnel from candidates to pairs")
    func statistics() {
        let sets = SimilarityWorkload.generate(groups: 400, meanSize: 12, people: 1_500, seed: 3)
        let (pairs, statistics) = SimilarityJoin(sets: sets).pairsWithStatistics(.init(jaccard: 0.8, containment: 0.9))
        #expect(statistics.pairs == pairs.count)
        #expect(statistics.verified >= statistics.pairs)
        #expect(statistics.candidates >= statistics.verified)
        #expect(statistics.candidates < 400 * 399 / 2)
    }

    @Test("the lenient ceiling absorbs floating error but nothing more")
    func lenientCeiling() {
        #expect(SimilarityOverlapBounds.ceilLenient(0.8 * 5) == 4)
        #expect(SimilarityOverlapBounds.ceilLenient(0.55 * 100) == 55)
        #expect(SimilarityOverlapBounds.ceilLenient(0.8 / 1.8 * 63) == 28)
        #expect(SimilarityOverlapBounds.ceilLenient(0.9 * 30_000) == 27_000)
        #expect(SimilarityOverlapBounds.ceilLenient(4.2) == 5)
        #expect(SimilarityOverlapBounds.ceilLenient(4.000_01) == 5)
        #expect(SimilarityOverlapBounds.ceilLenient(0) == 0)
        #expect(SimilarityOverlapBounds.ceilLenient(-3.5) == 0)
    }

    // MARK: - Against brute force

    @Test("equals brute force on hundreds of random shapes and thresholds")
    func randomShapes() {
        var random = SimilarityRandom(seed: 0x5EED)
        var compared = 0, nonEmpty = 0
        for shape in 0..<240 {
            let sets = Self.randomSets(shape: shape, random: &random)
            let join = SimilarityJoin(sets: sets)
            for _ in 0..<3 {
                let thresholds = Self.randomThresholds(&random)
                let expected = SimilarityJoin.bruteForce(sets: sets, thresholds)
                let actual = join.pairs(thresholds)
                #expect(actual == expected, "shape \(shape), \(thresholds), \(sets.count) sets")
                compared += 1
                if !expected.isEmpty { nonEmpty += 1 }
            }
        }
        // The generator must actually produce answers, or equality proves little.
        #expect(nonEmpty * 2 > compared)
    }

    @Test("equals brute force on the synthetic organisation workload")
    func workload() {
        for seed in UInt64(1)...3 {
            let sets = SimilarityWorkload.generate(groups: 350, meanSize: 15, people: 2_000, seed: seed)
            let join = SimilarityJoin(sets: sets)
            for thresholds in [
                SimilarityJoin.Thresholds(jaccard: 0.8, containment: 0.9),
                SimilarityJoin.Thresholds(jaccard: 0.5, containment: 0.6, minimumShared: 3),
                SimilarityJoin.Thresholds(jaccard: 0.3, containment: 1.1, minimumShared: 1),
            ] {
                let expected = SimilarityJoin.bruteForce(sets: sets, thresholds)
                #expect(!expected.isEmpty)
                #expect(join.pairs(thresholds) == expected, "seed \(seed), \(thresholds)")
            }
        }
    }

    @Test("the parallel probe gives the same pairs and statistics as the serial one")
    func parallelMatchesSerial() async {
        let sets = SimilarityWorkload.generate(groups: 1_500, meanSize: 15, people: 6_000, seed: 9)
        let join = SimilarityJoin(sets: sets)
        for thresholds in [
            SimilarityJoin.Thresholds(jaccard: 0.8, containment: 0.9),
            SimilarityJoin.Thresholds(jaccard: 0.5, containment: 1.1, minimumShared: 1),
        ] {
            let serial = join.pairsWithStatistics(thresholds)
            for workers in [1, 2, 3, 16] {
                let parallel = await join.pairsWithStatistics(thresholds, workers: workers)
                #expect(parallel.pairs == serial.pairs)
                #expect(parallel.statistics == serial.statistics)
            }
        }
        let tiny = await SimilarityJoin(sets: [[1, 2], [1, 2]]).pairsWithStatistics(.init(jaccard: 1, containment: 1), workers: 4)
        #expect(tiny.pairs.count == 1)
    }

    @Test("the workload is a function of its seed")
    func workloadIsDeterministic() {
        let first = SimilarityWorkload.generate(groups: 1_200, meanSize: 20, people: 5_000, seed: 42)
        let second = SimilarityWorkload.generate(groups: 1_200, meanSize: 20, people: 5_000, seed: 42)
        let other = SimilarityWorkload.generate(groups: 1_200, meanSize: 20, people: 5_000, seed: 43)
        #expect(first == second)
        #expect(first != other)
        #expect(first.count == 1_200)
        #expect(first.allSatisfy { zip($0, $0.dropFirst()).allSatisfy { $0 < $1 } })
        #expect(first.contains { $0.count == 5_000 / 3 }, "one all-staff group")
    }

    // MARK: - Random data

    private static let jaccardChoices: [Double] = [0, 0.3, 0.5, 0.65, 0.8, 0.9, 1.0, 1.1]
    private static let containmentChoices: [Double] = [0, 0.55, 0.6, 0.9, 1.0, 1.1]

    private static func randomThresholds(_ random: inout SimilarityRandom) -> SimilarityJoin.Thresholds {
        SimilarityJoin.Thresholds(
            jaccard: jaccardChoices[random.below(jaccardChoices.count)],
            containment: containmentChoices[random.below(containmentChoices.count)],
            minimumShared: random.below(4)
        )
    }

    /// Sets of many shapes: the shape number cycles through size profiles and token
    /// distributions, and every case gets planted copies, near-copies and nested subsets so
    /// high thresholds have something to find.
    private static func randomSets(shape: Int, random: inout SimilarityRandom) -> [[Int32]] {
        let universe = [6, 20, 60, 400, 3_000][shape % 5]
        let zipf = (shape / 5) % 2 == 1
        let profile = (shape / 10) % 4 // 0 tiny, 1 mixed, 2 one huge, 3 medium
        let count = random.int(2...45)
        var sets: [[Int32]] = []
        for _ in 0..<count {
            let size: Int
            switch profile {
            case 0: size = random.below(4)
            case 1: size = random.chance(0.3) ? random.below(3) : random.int(3...30)
            case 3: size = random.int(5...25)
            default: size = random.int(1...12)
            }
            sets.append(draw(size, universe: universe, zipf: zipf, random: &random))
        }
        if profile == 2 {
            let huge = min(universe, random.int(200...1_200))
            sets.insert(draw(huge, universe: universe, zipf: false, random: &random), at: random.below(sets.count + 1))
        }
        let plants = random.below(6)
        for _ in 0..<plants {
            let source = sets[random.below(sets.count)]
            var planted: [Int32]
            switch random.below(4) {
            case 0: planted = source
            case 1: planted = source.filter { _ in random.chance(0.8) }
            case 2:
                planted = source.filter { _ in !random.chance(0.1) }
                planted += draw(random.below(3), universe: universe, zipf: zipf, random: &random)
            default: planted = Array(source.prefix(random.below(source.count + 1)))
            }
            sets.insert(SimilarityTokenOrder.normalized(planted), at: random.below(sets.count + 1))
        }
        return sets
    }

    private static func draw(_ size: Int, universe: Int, zipf: Bool, random: inout SimilarityRandom) -> [Int32] {
        var members: [Int32] = []
        for _ in 0..<size {
            let value: Int
            if zipf {
                // (u₁u₂u₃)² piles up near 0: a few ids are in most sets, like popular people.
                let skewed = random.unit() * random.unit() * random.unit()
                value = min(universe - 1, Int(Double(universe) * skewed * skewed))
            } else {
                value = random.below(universe)
            }
            // Spread and shift the ids so they are neither dense nor non-negative.
            members.append(Int32(value) * 7 - 50)
        }
        return SimilarityTokenOrder.normalized(members)
    }
}
