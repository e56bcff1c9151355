/// One measured figure next to the threshold it was compared with, so every verdict can show
/// "200 days without substantive messages ≥ 90" rather than just a label.
public struct Measure: Sendable, Equatable, Codable {
    public enum Comparison: String, Sendable, Codable {
        case atLeast = ">="
        case atMost = "<="
        case lessThan = "<"
        case info = ""
    }

    public var name: String
    public var value: Double
    public var threshold: Double?
    public var comparison: Comparison
    public var unit: String

    public init(_ name: String, _ value: Double, _ comparison: Comparison = .info, _ threshold: Double? = nil, unit: String = "") {
        self.name = name
        self.value = value
        self.threshold = threshold
        self.comparison = comparison
        self.unit = unit
    }

    /// Whether the value is on the threshold's side (informational measures always pass).
    public var passes: Bool {
        guard let threshold else { return true }
        switch comparison {
        case .atLeast: return value >= threshold
        case .atMost: return value <= threshold
        case .lessThan: return value < threshold
        case .info: return true
        }
    }

    /// `name = value (>= threshold)`, with fractions as percentages and counts without decimals.
    public var text: String {
        var line = "\(name) = \(Measure.format(value, unit: unit))"
        if let threshold, comparison != .info {
            line += " (\(comparison.rawValue) \(Measure.format(threshold, unit: unit)))"
        }
        return line
    }

    static func format(_ value: Double, unit: String) -> String {
        if unit == "%" { return Measure.decimal(value * 100, places: 1) + "%" }
        let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : Measure.decimal(value, places: 3)
        return unit.isEmpty ? number : "\(number) \(unit)"
    }

    /// Fixed-point formatting that does not depend on the locale.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let divisor = Int64(scale)
        var text = String(magnitude / divisor)
        if places > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return negative ? "-" + text : text
    }
}
