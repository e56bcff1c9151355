import Foundation

/// A small seeded generator (SplitMix64) with its own conversions to doubles and ranges.
///
/// Workloads and randomized tests must be identical on every run. `SystemRandomNumberGenerator`
/// cannot be seeded, and the standard library does not promise how `Double.random(in:using:)`
/// or `Int.random(in:using:)` consume a generator, so the conversions are spelled out here.
/// (Only ``gaussian()`` goes through libm, whose last-bit results may differ between C
/// libraries; on one platform the sequence is fixed.)
struct SimilarityRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole sequence is determined by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 { SeededGenerator.step(&state) }

    /// Uniform in [0, 1), from the top 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in `0..<bound` by multiply-shift: a fixed one draw per call (unlike rejection),
    /// with a bias below bound/2⁶⁴, irrelevant for test data.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in `range`.
    mutating func between(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A standard normal deviate (Box–Muller, using one of the pair).
    mutating func gaussian() -> Double {
        let u = 1 - unit() // (0, 1], so the logarithm is finite
        let v = unit()
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
    }
}
