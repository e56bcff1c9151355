/// Counts the common elements of two strictly ascending `Int32` sequences, giving up as soon
/// as a required count can no longer be reached.
///
/// This is the brute-force reference's intersection. The join verifies differently (against a
/// bitmap of the probing set), so the tests that compare the two also compare two independent
/// ways of counting. Galloping keeps the reference usable on skewed data: a 30,000-member
/// all-staff group against a 10-member committee costs O(10 · log 30,000), not 30,000 steps.
enum SortedSetIntersection {
    /// Above this size ratio galloping beats a linear merge.
    static let gallopRatio = 16

    /// The size of `small ∩ large`, or some value below `needed` once that size is provably
    /// below `needed`. Pass `needed: 0` for the exact count. Requires `small.count <= large.count`.
    static func count(
        _ small: UnsafeBufferPointer<Int32>,
        _ large: UnsafeBufferPointer<Int32>,
        needed: Int
    ) -> Int {
        if small.count * gallopRatio < large.count {
            return gallopingCount(small, large, needed: needed)
        }
        return mergingCount(small, large, needed: needed)
    }

    // MARK: - Private

    private static func mergingCount(
        _ x: UnsafeBufferPointer<Int32>,
        _ y: UnsafeBufferPointer<Int32>,
        needed: Int
    ) -> Int {
        let nx = x.count, ny = y.count
        var i = 0, j = 0, shared = 0
        // The bound only shrinks on a mismatch, so it is re-checked only there.
        while i < nx && j < ny {
            let u = x[i], v = y[j]
            if u == v {
                shared += 1
                i += 1
                j += 1
            } else if u < v {
                i += 1
                if shared + nx - i < needed { return shared }
            } else {
                j += 1
                if shared + ny - j < needed { return shared }
            }
        }
        return shared
    }

    private static func gallopingCount(
        _ x: UnsafeBufferPointer<Int32>,
        _ y: UnsafeBufferPointer<Int32>,
        needed: Int
    ) -> Int {
        let nx = x.count, ny = y.count
        var low = 0, shared = 0
        for i in 0..<nx {
            let target = x[i]
            // Exponential probe from the last position, then binary search inside the bracket.
            var step = 1
            var high = low
            while high < ny && y[high] < target {
                low = high + 1
                high += step
                step &<<= 1
            }
            if high > ny { high = ny }
            while low < high {
                let mid = (low + high) >> 1
                if y[mid] < target { low = mid + 1 } else { high = mid }
            }
            if low < ny && y[low] == target {
                shared += 1
                low += 1
            } else if shared + nx - i - 1 < needed {
                return shared
            }
            if low >= ny { break }
        }
        return shared
    }
}
