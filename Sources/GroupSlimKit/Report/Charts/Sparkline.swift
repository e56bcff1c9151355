/// A group's activity as a tiny line: messages per 30-day window, oldest to newest, as Unicode
/// blocks for Markdown and as an inline SVG polyline for HTML.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per window, scaled to the group's own busiest window (no traffic at all is `·`).
    public static func text(_ values: [Int]) -> String {
        guard let peak = values.max(), peak > 0 else { return String(repeating: "·", count: max(1, values.count)) }
        return String(values.map { value -> Character in
            value == 0 ? "·" : blocks[min(blocks.count - 1, value * blocks.count / (peak + 1))]
        })
    }

    /// An inline SVG of `width` × `height` px; `label` becomes its accessible title.
    public static func svg(_ values: [Int], label: String, width: Int = 120, height: Int = 22) -> String {
        let title = "<title>\(HTMLEscaper.escape(label))</title>"
        let open = "<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\">"
        guard values.count > 1, let peak = values.max(), peak > 0 else {
            return open + title + "<line x1=\"0\" y1=\"\(height - 1)\" x2=\"\(width)\" y2=\"\(height - 1)\" class=\"spark-flat\"/></svg>"
        }
        let step = Double(width - 2) / Double(values.count - 1)
        let points = values.enumerated().map { index, value in
            let x = 1 + Double(index) * step
            let y = Double(height - 2) - Double(value) / Double(peak) * Double(height - 4)
            return "\(SVGNumber.format(x)),\(SVGNumber.format(y))"
        }.joined(separator: " ")
        return open + title + "<polyline points=\"\(points)\" class=\"spark-line\"/></svg>"
    }
}
