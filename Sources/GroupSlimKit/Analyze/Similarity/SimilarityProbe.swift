/// The candidate-generation and verification loop of ``SimilarityJoin``.
///
/// Each probing set `y` walks its probe prefix, reads the index list of every token up to its
/// own processing position (the sets no larger than it), and accumulates per-partner hit
/// counts in scratch arrays indexed by position. Keeping the scratch here, rather than in the
/// join, makes a probe over a range of positions self-contained: ranges can be probed by
/// independent workers sharing only the immutable join and index.
struct SimilarityProbe {
    let join: SimilarityJoin
    let index: SimilarityPrefixIndex
    let bounds: SimilarityOverlapBounds
    let thresholds: SimilarityJoin.Thresholds

    /// Distinct pairs that met in the index during the last ``run(positions:)``.
    private(set) var candidates = 0
    /// Candidates that reached the merge intersection during the last ``run(positions:)``.
    private(set) var verified = 0

    init(
        join: SimilarityJoin,
        index: SimilarityPrefixIndex,
        bounds: SimilarityOverlapBounds,
        thresholds: SimilarityJoin.Thresholds
    ) {
        self.join = join
        self.index = index
        self.bounds = bounds
        self.thresholds = thresholds
    }

    /// The qualifying pairs whose larger set (later processing position) is in `positions`,
    /// in no particular order.
    mutating func run(positions: Range<Int>) -> [SetPair] {
        var found: [SetPair] = []
        var candidates = 0, verified = 0
        // hits[x] > 0: tokens matched so far; 0: not yet met; -1: pruned for this probe.
        var hits = [Int32](repeating: 0, count: join.count)
        // needs[x]: the overlap pair (x, y) must reach, set when x is first met.
        var needs = [Int32](repeating: 0, count: join.count)
        var touched: [Int32] = []
        // One bit per token: the members of the probing set, cleared after each probe.
        var marks = [UInt64](repeating: 0, count: (join.tokenCount + 63) / 64)
        let bounds = bounds, thresholds = thresholds, order = join.order
        // Only with containment off does a length filter exist on the probe side (Jaccard's
        // |x| ≥ t|y|); then list entries of too-small sets are skipped by binary search.
        let lengthFiltered = bounds.containment == nil ? bounds.jaccard : nil

        join.tokens.withUnsafeBufferPointer { tokens in
        join.offsets.withUnsafeBufferPointer { offsets in
        index.entries.withUnsafeBufferPointer { entries in
        index.listStart.withUnsafeBufferPointer { listStart in
        hits.withUnsafeMutableBufferPointer { hits in
        needs.withUnsafeMutableBufferPointer { needs in
        marks.withUnsafeMutableBufferPointer { marks in
            for y in positions {
                let yStart = offsets[y]
                let sy = offsets[y + 1] - yStart
                let probeLength = SimilarityOverlapBounds.prefixLength(size: sy, overlap: bounds.probeOverlap(size: sy))
                if probeLength == 0 { continue }
                var firstPartner = 0
                if let jaccard = lengthFiltered {
                    let smallest = SimilarityOverlapBounds.ceilLenient(jaccard * Double(sy))
                    firstPartner = Self.firstPosition(offsets, sizeAtLeast: smallest, below: y)
                }

                for j in 0..<probeLength {
                    let token = Int(tokens[yStart + j])
                    var e = listStart[token]
                    let end = listStart[token + 1]
                    if firstPartner > 0 { e = Self.firstEntry(entries, from: e, to: end, positionAtLeast: firstPartner) }
                    while e < end {
                        let entry = entries[e]
                        e += 1
                        let x = Int(entry.position)
                        if x >= y { break }
                        let h = hits[x]
                        if h < 0 { continue }
                        let sx = offsets[x + 1] - offsets[x]
                        if h == 0 {
                            candidates += 1
                            touched.append(Int32(x))
                            let need = bounds.pairOverlap(smaller: sx, larger: sy)
                            if need > sx {
                                hits[x] = -1
                                continue
                            }
                            needs[x] = Int32(need)
                        }
                        // Every common token before this one was counted in h (both prefixes
                        // contain everything before a prefix position), so o ≤ h + what is left.
                        let left = min(sx - Int(entry.offset), sy - j)
                        hits[x] = Int(h) + left < Int(needs[x]) ? -1 : h + 1
                    }
                }

                // Verification against a bitmap of y: O(|x|) per candidate, never a walk over a
                // big y, and x is the smaller set by construction.
                for k in yStart..<(yStart + sy) {
                    let token = Int(tokens[k])
                    marks[token >> 6] |= 1 &<< UInt64(token & 63)
                }
                for xPosition in touched {
                    let x = Int(xPosition)
                    defer { hits[x] = 0 }
                    guard hits[x] > 0 else { continue }
                    verified += 1
                    let need = Int(needs[x])
                    let xStart = offsets[x], sx = offsets[x + 1] - xStart
                    var shared = 0
                    for i in 0..<sx {
                        let token = Int(tokens[xStart + i])
                        if marks[token >> 6] & (1 &<< UInt64(token & 63)) != 0 {
                            shared += 1
                        } else if shared + sx - i - 1 < need {
                            break
                        }
                    }
                    if shared < need { continue }
                    let first = Int(order[x]), second = Int(order[y])
                    let pair = first < second
                        ? SetPair(a: first, b: second, sizeA: sx, sizeB: sy, shared: shared)
                        : SetPair(a: second, b: first, sizeA: sy, sizeB: sx, shared: shared)
                    if thresholds.accepts(pair) { found.append(pair) }
                }
                for k in yStart..<(yStart + sy) {
                    marks[Int(tokens[k]) >> 6] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
        }
        }
        }
        }
        }
        }
        self.candidates = candidates
        self.verified = verified
        return found
    }

    // MARK: - Private

    /// The first processing position below `limit` whose set has at least `size` members, or
    /// `limit` if none; sizes never decrease with position.
    private static func firstPosition(_ offsets: UnsafeBufferPointer<Int>, sizeAtLeast size: Int, below limit: Int) -> Int {
        var low = 0, high = limit
        while low < high {
            let mid = (low + high) >> 1
            if offsets[mid + 1] - offsets[mid] < size { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first entry in `from..<to` whose position is at least `position`, or `to`.
    private static func firstEntry(
        _ entries: UnsafeBufferPointer<SimilarityPrefixIndex.Entry>,
        from: Int, to: Int, positionAtLeast position: Int
    ) -> Int {
        var low = from, high = to
        while low < high {
            let mid = (low + high) >> 1
            if Int(entries[mid].position) < position { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
