/// Finds every pair of member sets that are near-duplicates (Jaccard) or where the smaller is
/// almost inside the larger (containment), exactly and without comparing all pairs.
///
/// An organisation with 100,000 groups has 5·10⁹ pairs; merge-intersecting all of them takes
/// ten minutes at 40 members a group and hours with bigger groups, while only a few thousand
/// pairs qualify. The join is the AllPairs/PPJoin prefix-filter
/// self-join (Bayardo et al. 2007; Xiao et al. 2008), extended to containment:
///
/// 1. **Token order.** Members are renumbered by ascending global frequency, so each set's
///    *prefix* (its first few tokens) holds its rarest members, whose inverted lists are short.
/// 2. **Prefix principle.** If |x∩y| ≥ α, the smallest common token c₁ has at least α − 1
///    common tokens after it in both sets, so it lies within the first |x| − α + 1 tokens of `x`
///    *and* the first |y| − α + 1 tokens of `y`. Any lower bound on α per side keeps this true.
/// 3. **Processing order.** Sets are visited by ascending size; each set `y` probes an inverted
///    index holding the *index prefixes* of the sets before it (|x| ≤ |y|). Candidates are
///    then counted exactly against a bitmap of `y`'s members, stopping once the pair's
///    threshold is out of reach: O(|x|) per candidate, however big `y` is.
///
/// ## Why the containment candidates are complete
///
/// For a pair with |x| ≤ |y| (x earlier) let o = |x∩y| and m = max(1, `minimumShared`). The
/// pair qualifies only if o ≥ m and (J ≥ tⱼ or o/|x| ≥ t꜀).
/// - Index side (`x`): J ≥ tⱼ implies o ≥ tⱼ(|x|+|y|)/(1+tⱼ) ≥ 2tⱼ|x|/(1+tⱼ) because |y| ≥ |x|;
///   containment implies o ≥ t꜀|x|, i.e. o ≥ ⌈t꜀|x|⌉ since o is an integer. So
///   o ≥ αₓ = max(m, min(⌈2tⱼ|x|/(1+tⱼ)⌉, ⌈t꜀|x|⌉)), and `x` is indexed on |x| − αₓ + 1 tokens.
/// - Probe side (`y`): J ≥ tⱼ implies o ≥ tⱼ|y| (since |x| ≥ o). Containment bounds o only by
///   t꜀|x|, and `x` may be any set smaller than `y`: nothing beyond o ≥ m follows. So
///   α_y = max(m, min(⌈tⱼ|y|⌉, m)) = m, and `y` probes |y| − m + 1 tokens, nearly all of them.
///   This is the missing upward length filter: a small group can sit inside any larger one.
/// - By step 2 with αₓ ≤ o and α_y ≤ o, c₁ is in `x`'s index prefix and in `y`'s probe
///   prefix, so `y`'s probe meets `x`'s index entry, and every qualifying pair is a candidate.
///
/// The probe cost stays low despite the long probe prefixes because the index itself is short
/// (about (1 − t)|x| + 1 rare tokens per set), so most of a big set's tokens hit empty lists.
/// Candidates are pruned before verification by the pair's own bound (which restores the
/// Jaccard length filter |x| ≥ tⱼ|y| for the Jaccard branch) and by the PPJoin positional
/// filter: at a hit at positions (i, j) after c earlier hits, o ≤ c + min(|x| − i, |y| − j).
///
/// The accept decision is made once, in ``Thresholds/accepts(_:)``, on exact integer counts;
/// the filters only use bounds that are never larger than what that decision needs (each ⌈·⌉
/// above is taken with a small downward tolerance, since 0.55 × 100 is 55.000000000000007 in
/// floating point and a plain ceiling would demand 56), so the result equals
/// ``bruteForce(sets:_:)`` pair for pair.
public struct SimilarityJoin: Sendable {
    /// When a pair is reported: it shares at least `minimumShared` members and reaches either
    /// ratio. A threshold above 1 (or NaN) switches its criterion off; one at or below 0 accepts
    /// any pair that shares enough members.
    public struct Thresholds: Sendable, Equatable {
        /// Minimum |A∩B| / |A∪B| for a duplicate.
        public var jaccard: Double
        /// Minimum |A∩B| / min(|A|, |B|) for an overlap (smaller group inside a bigger one).
        public var containment: Double
        /// Minimum |A∩B|, raised to 1. The default 2 keeps a one-person group from "containing"
        /// into every group that person is in.
        public var minimumShared: Int

        /// Creates thresholds; see the properties for how each is interpreted.
        public init(jaccard: Double, containment: Double, minimumShared: Int = 2) {
            self.jaccard = jaccard
            self.containment = containment
            self.minimumShared = minimumShared
        }

        /// The single accept rule shared by the join and the brute force, computed from the
        /// same ratios a ``SetPair`` exposes so callers see exactly the values that passed.
        public func accepts(_ pair: SetPair) -> Bool {
            guard pair.shared >= Swift.max(1, minimumShared) else { return false }
            return pair.jaccard >= jaccard || pair.containment >= containment
        }
    }

    /// How much work a join did; useful for tuning thresholds and for benchmarks.
    public struct Statistics: Sendable, Equatable {
        /// Distinct pairs that met in the inverted index (shared a prefix token).
        public var candidates: Int
        /// Candidates that survived the length and positional filters and were intersected.
        public var verified: Int
        /// Pairs reported.
        public var pairs: Int

        /// Creates statistics from the three counts.
        public init(candidates: Int, verified: Int, pairs: Int) {
            self.candidates = candidates
            self.verified = verified
            self.pairs = pairs
        }
    }

    /// Number of input sets.
    public let count: Int

    /// Processing position → input index; positions are sorted by (size, input index).
    let order: [Int32]
    /// CSR row starts into `tokens`, by processing position; `offsets.count == count + 1`.
    let offsets: [Int]
    /// Every set's members as frequency ranks (rarest first), ascending within a set.
    let tokens: [Int32]
    /// Number of distinct members over all sets; ranks are `0..<tokenCount`.
    let tokenCount: Int

    /// Prepares `sets` for any number of ``pairs(_:)`` calls with different thresholds.
    ///
    /// Each set should be sorted and free of duplicates (person ids as stored); a set that is
    /// not is sorted and de-duplicated here, so sizes always count distinct members.
    public init(sets: [[Int32]]) {
        let prepared = SimilarityTokenOrder(sets: sets)
        count = sets.count
        order = prepared.order
        offsets = prepared.offsets
        tokens = prepared.tokens
        tokenCount = prepared.tokenCount
    }

    /// Every qualifying pair, sorted by (a, b).
    public func pairs(_ thresholds: Thresholds) -> [SetPair] {
        pairsWithStatistics(thresholds).pairs
    }

    /// Every qualifying pair, sorted by (a, b), and the work it took to find them.
    public func pairsWithStatistics(_ thresholds: Thresholds) -> (pairs: [SetPair], statistics: Statistics) {
        let bounds = SimilarityOverlapBounds(thresholds)
        guard bounds.isSatisfiable, count > 1 else {
            return ([], Statistics(candidates: 0, verified: 0, pairs: 0))
        }
        let index = SimilarityPrefixIndex(join: self, bounds: bounds)
        var probe = SimilarityProbe(join: self, index: index, bounds: bounds, thresholds: thresholds)
        var found = probe.run(positions: 0..<count)
        found.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        let statistics = Statistics(candidates: probe.candidates, verified: probe.verified, pairs: found.count)
        return (found, statistics)
    }

    /// The same answer as ``pairsWithStatistics(_:)``, with the probe phase split over
    /// `workers` child tasks.
    ///
    /// The index is built once and is immutable, so each task probes its own range of
    /// processing positions with private scratch space and returns its pairs; nothing is
    /// shared mutably. Ranges are cut to roughly equal estimated work (big sets probe more and
    /// come last), and the merged pairs are sorted, so the result and the statistics do not
    /// depend on scheduling.
    public func pairsWithStatistics(
        _ thresholds: Thresholds, workers: Int
    ) async -> (pairs: [SetPair], statistics: Statistics) {
        let bounds = SimilarityOverlapBounds(thresholds)
        guard bounds.isSatisfiable, count > 1 else {
            return ([], Statistics(candidates: 0, verified: 0, pairs: 0))
        }
        let index = SimilarityPrefixIndex(join: self, bounds: bounds)
        let ranges = index.probeRanges(join: self, bounds: bounds, parts: max(1, workers) * 4)
        var found: [SetPair] = []
        var candidates = 0, verified = 0
        await withTaskGroup(of: (pairs: [SetPair], candidates: Int, verified: Int).self) { group in
            for range in ranges {
                group.addTask {
                    var probe = SimilarityProbe(join: self, index: index, bounds: bounds, thresholds: thresholds)
                    let pairs = probe.run(positions: range)
                    return (pairs, probe.candidates, probe.verified)
                }
            }
            for await part in group {
                found += part.pairs
                candidates += part.candidates
                verified += part.verified
            }
        }
        found.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        return (found, Statistics(candidates: candidates, verified: verified, pairs: found.count))
    }

    /// The same answer as ``pairs(_:)`` by intersecting every pair; O(n²), for tests and for
    /// measuring what the prefix filter saves.
    public static func bruteForce(sets: [[Int32]], _ thresholds: Thresholds) -> [SetPair] {
        let normalized = sets.map(SimilarityTokenOrder.normalized)
        var found: [SetPair] = []
        for a in normalized.indices {
            normalized[a].withUnsafeBufferPointer { setA in
                for b in (a + 1)..<normalized.count {
                    normalized[b].withUnsafeBufferPointer { setB in
                        let shared = setA.count <= setB.count
                            ? SortedSetIntersection.count(setA, setB, needed: 0)
                            : SortedSetIntersection.count(setB, setA, needed: 0)
                        let pair = SetPair(a: a, b: b, sizeA: setA.count, sizeB: setB.count, shared: shared)
                        if thresholds.accepts(pair) { found.append(pair) }
                    }
                }
            }
        }
        return found
    }

    /// Number of members of the set at processing position `position`.
    @inline(__always)
    func size(at position: Int) -> Int {
        offsets[position + 1] - offsets[position]
    }
}
