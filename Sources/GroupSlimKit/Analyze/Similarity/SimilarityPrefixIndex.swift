/// The inverted index over every set's index prefix, for one set of thresholds.
///
/// The prefix lengths are known before probing starts, so the index is built in one pass into
/// flat CSR arrays instead of growing per-token arrays as sets are visited. Entries are added in
/// processing order, so each list is sorted by position: a probing set reads a list only up to
/// its own position, which gives exactly the "sets before me" view of the classic incremental
/// AllPairs index while leaving the index immutable (and shareable between probe workers).
struct SimilarityPrefixIndex: Sendable {
    /// One occurrence of a token in an index prefix.
    struct Entry: Sendable {
        /// Processing position of the set.
        var position: Int32
        /// Offset of the token within that set (0 = rarest member).
        var offset: Int32
    }

    /// `entries[listStart[t]..<listStart[t + 1]]` is token `t`'s list.
    let listStart: [Int]
    let entries: [Entry]

    init(join: SimilarityJoin, bounds: SimilarityOverlapBounds) {
        var lengths = [Int32](repeating: 0, count: join.count)
        var starts = [Int](repeating: 0, count: join.tokenCount + 1)
        join.tokens.withUnsafeBufferPointer { tokens in
            for position in 0..<join.count {
                let size = join.size(at: position)
                let length = SimilarityOverlapBounds.prefixLength(size: size, overlap: bounds.indexOverlap(size: size))
                lengths[position] = Int32(length)
                let row = join.offsets[position]
                for k in 0..<length { starts[Int(tokens[row + k]) + 1] += 1 }
            }
        }
        for token in 0..<join.tokenCount { starts[token + 1] += starts[token] }

        var fill = starts
        var built = [Entry](repeating: Entry(position: 0, offset: 0), count: starts[join.tokenCount])
        join.tokens.withUnsafeBufferPointer { tokens in
            built.withUnsafeMutableBufferPointer { built in
                for position in 0..<join.count {
                    let row = join.offsets[position]
                    for k in 0..<Int(lengths[position]) {
                        let token = Int(tokens[row + k])
                        built[fill[token]] = Entry(position: Int32(position), offset: Int32(k))
                        fill[token] += 1
                    }
                }
            }
        }
        listStart = starts
        entries = built
    }

    /// Consecutive processing ranges with about equal probe work, for splitting the probe.
    ///
    /// A set's work is estimated as the total length of the lists its probe prefix reads,
    /// which is known before probing; later (larger) sets read more, so equal-count ranges
    /// would leave one worker with most of the work.
    func probeRanges(join: SimilarityJoin, bounds: SimilarityOverlapBounds, parts: Int) -> [Range<Int>] {
        var work = [Int](repeating: 0, count: join.count)
        var total = 0
        join.tokens.withUnsafeBufferPointer { tokens in
            for position in 0..<join.count {
                let size = join.size(at: position)
                let length = SimilarityOverlapBounds.prefixLength(size: size, overlap: bounds.probeOverlap(size: size))
                let row = join.offsets[position]
                var cost = 1
                for k in 0..<length {
                    let token = Int(tokens[row + k])
                    cost += listStart[token + 1] - listStart[token]
                }
                work[position] = cost
                total += cost
            }
        }
        var ranges: [Range<Int>] = []
        var start = 0, accumulated = 0
        for position in 0..<join.count {
            accumulated += work[position]
            if accumulated * parts >= total * (ranges.count + 1) || position == join.count - 1 {
                ranges.append(start..<(position + 1))
                start = position + 1
            }
        }
        return ranges
    }
}
