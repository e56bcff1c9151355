/// The join's view of its input: sets renumbered by member frequency and laid out by size.
///
/// Frequency order is what makes prefixes selective: a set's prefix then consists of its
/// rarest members, so the index lists it lands in are short and probing them is cheap. The
/// layout (one flat array, rows in ascending size order) keeps the sets a probe touches close
/// together in memory and lets the index lists be built already sorted by processing position.
struct SimilarityTokenOrder {
    /// Processing position → input index, sorted by (size, input index).
    let order: [Int32]
    /// Row starts into `tokens` by processing position, plus the end.
    let offsets: [Int]
    /// Rows of frequency ranks, ascending within each row.
    let tokens: [Int32]
    /// Number of distinct members.
    let tokenCount: Int

    /// Above this id span (relative to the number of memberships) ids are densified through a
    /// dictionary instead of indexing a counting array directly by id.
    private static let directSpanFactor = 4
    private static let directSpanMinimum = 1 << 22

    init(sets rawSets: [[Int32]]) {
        precondition(rawSets.count < Int(Int32.max), "SimilarityJoin supports fewer than 2³¹ sets")
        var repaired: [Int: [Int32]] = [:]
        for (index, set) in rawSets.enumerated() where !Self.isNormalized(set) {
            repaired[index] = Self.normalized(set)
        }
        let sets = repaired.isEmpty ? rawSets : rawSets.indices.map { repaired[$0] ?? rawSets[$0] }

        var positions = Array(0..<Int32(sets.count))
        positions.sort { left, right in
            let l = sets[Int(left)].count, r = sets[Int(right)].count
            return l != r ? l < r : left < right
        }
        order = positions

        var starts = [Int](repeating: 0, count: sets.count + 1)
        for (position, index) in positions.enumerated() {
            starts[position + 1] = starts[position] + sets[Int(index)].count
        }
        offsets = starts
        let total = starts[sets.count]

        let dense = Self.denseIds(sets, memberships: total)
        let ranks = Self.frequencyRanks(dense.ids, distinct: dense.distinct)
        tokenCount = ranks.distinct

        var rows = [Int32](repeating: 0, count: total)
        rows.withUnsafeMutableBufferPointer { rows in
            for (position, index) in positions.enumerated() {
                let start = starts[position], end = starts[position + 1]
                let denseRow = dense.rowStart[Int(index)]
                for k in 0..<(end - start) {
                    rows[start + k] = ranks.rank[Int(dense.ids[denseRow + k])]
                }
                var row = UnsafeMutableBufferPointer(rebasing: rows[start..<end])
                row.sort()
            }
        }
        tokens = rows
    }

    /// `set` sorted ascending without duplicates.
    static func normalized(_ set: [Int32]) -> [Int32] {
        if isNormalized(set) { return set }
        var sorted = set.sorted()
        var kept = 0
        for value in sorted where kept == 0 || sorted[kept - 1] != value {
            sorted[kept] = value
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    // MARK: - Private

    private static func isNormalized(_ set: [Int32]) -> Bool {
        var index = 1
        while index < set.count {
            if set[index - 1] >= set[index] { return false }
            index += 1
        }
        return true
    }

    /// Every membership as a dense id in `0..<distinct`, in input order, with row starts by
    /// input index. Person ids are usually small and dense, so a counting array indexed by
    /// `id − min` is the fast path; arbitrary ids fall back to a dictionary.
    private static func denseIds(
        _ sets: [[Int32]], memberships: Int
    ) -> (ids: [Int32], rowStart: [Int], distinct: Int) {
        var rowStart = [Int](repeating: 0, count: sets.count + 1)
        var low = Int32.max, high = Int32.min
        for (index, set) in sets.enumerated() {
            rowStart[index + 1] = rowStart[index] + set.count
            if let first = set.first, let last = set.last {
                low = min(low, first)
                high = max(high, last)
            }
        }
        var ids = [Int32](repeating: 0, count: memberships)
        guard memberships > 0 else { return (ids, rowStart, 0) }

        let span = Int(high) - Int(low) + 1
        if span <= max(directSpanMinimum, directSpanFactor * memberships) {
            ids.withUnsafeMutableBufferPointer { ids in
                for (index, set) in sets.enumerated() {
                    var k = rowStart[index]
                    for id in set {
                        ids[k] = Int32(Int(id) - Int(low))
                        k += 1
                    }
                }
            }
            return (ids, rowStart, span)
        }

        var denseOf: [Int32: Int32] = [:]
        denseOf.reserveCapacity(min(memberships, 1 << 20))
        var k = 0
        for set in sets {
            for id in set {
                if let known = denseOf[id] {
                    ids[k] = known
                } else {
                    let next = Int32(denseOf.count)
                    denseOf[id] = next
                    ids[k] = next
                }
                k += 1
            }
        }
        return (ids, rowStart, denseOf.count)
    }

    /// Rank of each dense id by ascending (frequency, dense id); ids that never occur get no
    /// rank (they are never looked up). Ties go by id so the order, and with it the candidate
    /// statistics, are the same on every run.
    private static func frequencyRanks(_ ids: [Int32], distinct span: Int) -> (rank: [Int32], distinct: Int) {
        var frequency = [Int32](repeating: 0, count: span)
        for id in ids { frequency[Int(id)] += 1 }
        var keys: [UInt64] = []
        keys.reserveCapacity(span)
        for (id, count) in frequency.enumerated() where count > 0 {
            keys.append(UInt64(count) << 32 | UInt64(id))
        }
        keys.sort()
        var rank = [Int32](repeating: -1, count: span)
        for (position, key) in keys.enumerated() {
            rank[Int(key & 0xFFFF_FFFF)] = Int32(position)
        }
        return (rank, keys.count)
    }
}
