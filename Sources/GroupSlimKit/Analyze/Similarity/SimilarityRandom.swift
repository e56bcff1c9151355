import Foundation

/// Workloads and randomized tests of the similarity join draw from the project's one seeded
/// generator, so they are identical on every run.
typealias SimilarityRandom = SeededGenerator

extension SeededGenerator {
    /// A standard normal deviate (Box–Muller, using one of the pair). Goes through libm, whose
    /// last-bit results may differ between C libraries; on one platform the sequence is fixed.
    mutating func gaussian() -> Double {
        let u = 1 - unit() // (0, 1], so the logarithm is finite
        let v = unit()
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
    }
}
