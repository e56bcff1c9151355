/// Two member sets that passed a ``SimilarityJoin`` threshold, with the counts every
/// similarity measure is derived from.
///
/// Only the integer counts are stored (and encoded): the ratios are recomputed from them, so a
/// decoded pair reproduces bit-for-bit the values the join compared against its thresholds.
public struct SetPair: Sendable, Hashable, Codable {
    /// Index of the first set in the join's input; always less than ``b``.
    public var a: Int
    /// Index of the second set in the join's input.
    public var b: Int
    /// Number of distinct members of set `a`.
    public var sizeA: Int
    /// Number of distinct members of set `b`.
    public var sizeB: Int
    /// Number of members the two sets have in common.
    public var shared: Int

    /// Creates a pair from its counts; the ratios are derived, never stored.
    public init(a: Int, b: Int, sizeA: Int, sizeB: Int, shared: Int) {
        self.a = a
        self.b = b
        self.sizeA = sizeA
        self.sizeB = sizeB
        self.shared = shared
    }

    /// |A∩B| / |A∪B|: high only when the two groups are nearly the same audience (duplicates).
    /// Zero when both sets are empty, so that "nothing" is never called a duplicate of "nothing".
    public var jaccard: Double {
        let union = sizeA + sizeB - shared
        return union > 0 ? Double(shared) / Double(union) : 0
    }

    /// |A∩B| / min(|A|, |B|) (the overlap coefficient): high when the smaller group's audience
    /// is almost inside the bigger one, which Jaccard hides when the sizes differ a lot.
    public var containment: Double {
        let smaller = Swift.min(sizeA, sizeB)
        return smaller > 0 ? Double(shared) / Double(smaller) : 0
    }

    /// The share of `a`'s members that are also in `b`; a merge of `a` into `b` loses the rest.
    public var containmentOfAInB: Double {
        sizeA > 0 ? Double(shared) / Double(sizeA) : 0
    }

    /// The share of `b`'s members that are also in `a`; a merge of `b` into `a` loses the rest.
    public var containmentOfBInA: Double {
        sizeB > 0 ? Double(shared) / Double(sizeB) : 0
    }
}
