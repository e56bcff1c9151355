/// Median, 90th percentile, maximum and mean of a list of per-member figures.
///
/// The median of an even count is the mean of the two middle values; the 90th percentile is
/// the nearest-rank value (the smallest value with at least 90% of members at or below it), so
/// it is always a figure some member really has.
public struct Distribution: Sendable, Equatable, Codable {
    public var count: Int
    public var median: Double
    public var p90: Double
    public var max: Double
    public var mean: Double

    public init(_ values: [Double]) {
        let sorted = values.sorted()
        count = sorted.count
        guard !sorted.isEmpty else {
            median = 0; p90 = 0; max = 0; mean = 0
            return
        }
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        let rank = Int((0.9 * Double(sorted.count)).rounded(.up))
        p90 = sorted[Swift.max(0, Swift.min(sorted.count, rank) - 1)]
        max = sorted[sorted.count - 1]
        mean = sorted.reduce(0, +) / Double(sorted.count)
    }
}
