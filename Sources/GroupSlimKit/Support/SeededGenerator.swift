/// The project's one source of randomness (sample districts, similarity workloads, randomized
/// tests): SplitMix64, with every draw derived by our own arithmetic so the output is
/// byte-identical across runs, machines and Swift versions.
///
/// The standard library's `random(in:using:)` and `shuffled(using:)` are deliberately not used:
/// their algorithms are not part of the language's stability promise, and a change there would
/// silently change every generated district.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one purpose (a group's messages, a block's people …), so adding
    /// a draw in one place never shifts the numbers another place sees.
    init(seed: UInt64, stream: UInt64, _ index: UInt64 = 0) {
        var mixed = SeededGenerator.scramble(seed ^ 0x5851_F42D_4C95_7F2D)
        mixed = SeededGenerator.scramble(mixed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        mixed = SeededGenerator.scramble(mixed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = mixed
    }

    /// SplitMix64's output function; also a good 64-bit hash for deriving seeds.
    static func scramble(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` by multiply-high; the bias (below 2⁻³²) is irrelevant here and the
    /// draw always consumes exactly one step, which keeps streams aligned.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(_:) needs a positive bound")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    mutating func int64(_ range: ClosedRange<Int64>) -> Int64 {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int64(bitPattern: next()) }
        return range.lowerBound + Int64(next().multipliedFullWidth(by: span).high)
    }

    /// Uniform in [0, 1) with 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A right-skewed positive value with the given mean (4·u³·mean): short gaps are common and
    /// long ones rare, like reply delays. Avoids `log`, whose last bit may differ between libms.
    mutating func skewed(mean: Double) -> Double {
        let u = unit()
        return 4 * u * u * u * mean
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An index drawn with probability proportional to `weights` (all ≥ 0, at least one > 0).
    mutating func weighted(_ weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights { total += weight }
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// Fisher–Yates with our own index draws.
    mutating func shuffle<T>(_ items: inout [T]) {
        var index = items.count - 1
        while index > 0 {
            let other = below(index + 1)
            if other != index { items.swapAt(index, other) }
            index -= 1
        }
    }
}
