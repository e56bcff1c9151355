/// The minimum overlaps |x∩y| that a pair must reach to pass ``SimilarityJoin/Thresholds``,
/// turned into integers the prefix filter can use.
///
/// Every bound here is a *lower* bound on the smallest overlap the exact predicate
/// (``SimilarityJoin/Thresholds/accepts(_:)``) accepts. A bound that is one too small only costs
/// a few extra candidates; one that is one too large silently loses pairs. That asymmetry is why
/// ``ceilLenient(_:)`` rounds a hair downwards instead of trusting `ceil` on a product that
/// floating point may have nudged just above an integer (0.8 × 5 must need 4 shared, not 5).
///
/// Sizes follow the join's convention: `x` is the set that comes first in processing order,
/// so |x| ≤ |y|.
struct SimilarityOverlapBounds: Sendable {
    /// The Jaccard threshold clamped to ≥ 0, or `nil` when no pair can reach it (> 1 or NaN).
    let jaccard: Double?
    /// The containment threshold clamped to ≥ 0, or `nil` when no pair can reach it.
    let containment: Double?
    /// `minimumShared`, raised to 1: pairs with nothing in common are never reported.
    let minimumShared: Int

    /// Sentinel for "no overlap can satisfy this branch"; larger than any set size.
    static let unreachable = Int.max

    init(_ thresholds: SimilarityJoin.Thresholds) {
        jaccard = thresholds.jaccard <= 1 ? Swift.max(0, thresholds.jaccard) : nil
        containment = thresholds.containment <= 1 ? Swift.max(0, thresholds.containment) : nil
        minimumShared = Swift.max(1, thresholds.minimumShared)
    }

    /// `true` when at least one criterion can ever be met, so the join has work to do.
    var isSatisfiable: Bool { jaccard != nil || containment != nil }

    /// ⌈value⌉, except that a value within floating error above an integer rounds down to it.
    ///
    /// The tolerance is relative (1e-9) so it stays above the rounding error of products of
    /// sizes up to millions, yet far below the 1/size spacing of real overlap ratios.
    static func ceilLenient(_ value: Double) -> Int {
        let tolerance = 1e-9 * (Swift.abs(value) + 1)
        let rounded = (value - tolerance).rounded(.up)
        return rounded <= 0 ? 0 : Int(rounded)
    }

    /// Overlap every qualifying partner `y` with |y| ≥ |x| must share with `x`.
    ///
    /// Jaccard: o ≥ t(|x|+|y|)/(1+t) ≥ 2t|x|/(1+t). Containment: o ≥ t·min(|x|,|y|) = t|x|.
    func indexOverlap(size x: Int) -> Int {
        var need = Self.unreachable
        if let jaccard { need = Self.ceilLenient(2 * jaccard / (1 + jaccard) * Double(x)) }
        if let containment { need = Swift.min(need, Self.ceilLenient(containment * Double(x))) }
        return Swift.max(minimumShared, need)
    }

    /// Overlap every qualifying partner `x` with |x| ≤ |y| must share with `y`.
    ///
    /// Jaccard: o/(|x|+|y|−o) ≥ t and |x| ≥ o give o ≥ t|y|. Containment gives nothing in terms
    /// of |y|: the partner may be a tiny group wholly inside `y`, so only `minimumShared` holds.
    func probeOverlap(size y: Int) -> Int {
        var need = Self.unreachable
        if let jaccard { need = Self.ceilLenient(jaccard * Double(y)) }
        if containment != nil { need = Swift.min(need, minimumShared) }
        return Swift.max(minimumShared, need)
    }

    /// Overlap the specific pair (x, y), |x| ≤ |y|, must reach; larger than |x| when impossible.
    ///
    /// Includes the Jaccard length filter: J ≤ |x|/|y|, so below t|y| only containment can apply.
    func pairOverlap(smaller x: Int, larger y: Int) -> Int {
        var need = Self.unreachable
        if let jaccard, x >= Self.ceilLenient(jaccard * Double(y)) {
            need = Self.ceilLenient(jaccard / (1 + jaccard) * Double(x + y))
        }
        if let containment { need = Swift.min(need, Self.ceilLenient(containment * Double(x))) }
        return Swift.max(minimumShared, need)
    }

    /// Length of the prefix of a set of `size` tokens that must hold its first shared token
    /// with any partner that needs `overlap` shared tokens: with o ≥ overlap common tokens, the
    /// smallest of them has at least o − 1 common tokens after it, so it sits within the first
    /// size − overlap + 1 positions. Zero when the set can never reach `overlap`.
    static func prefixLength(size: Int, overlap: Int) -> Int {
        overlap <= size ? size - overlap + 1 : 0
    }
}
