/// Labelled horizontal bars as inline SVG, for counts by category (the verdict breakdown, the
/// plan's actions): easier to read than a pie and still printable.
public struct HorizontalBars {
    public var title: String
    /// (label, value, CSS class) in display order.
    public var rows: [(label: String, value: Int, cssClass: String)]
    public var width = 420

    public init(title: String, rows: [(label: String, value: Int, cssClass: String)]) {
        self.title = title
        self.rows = rows
    }

    public func svg() -> String {
        let rowHeight = 24.0, labelWidth = 130.0, valueWidth = 40.0
        let height = Int(Double(rows.count) * rowHeight + 8)
        let peak = Double(max(1, rows.map(\.value).max() ?? 1))
        let barSpace = Double(width) - labelWidth - valueWidth
        var parts = ["<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
                     + "width=\"\(width)\" height=\"\(height)\" role=\"img\"><title>\(HTMLEscaper.escape(title))</title>"]
        for (index, row) in rows.enumerated() {
            let y = 4 + Double(index) * rowHeight
            let barWidth = Double(row.value) / peak * barSpace
            parts.append("<text class=\"tick\" x=\"\(SVGNumber.format(labelWidth - 6))\" y=\"\(SVGNumber.format(y + 16))\" "
                         + "text-anchor=\"end\">\(HTMLEscaper.escape(row.label))</text>")
            parts.append("<rect class=\"\(row.cssClass)\" x=\"\(SVGNumber.format(labelWidth))\" y=\"\(SVGNumber.format(y + 3))\" "
                         + "width=\"\(SVGNumber.format(max(row.value > 0 ? 1 : 0, barWidth)))\" height=\"16\"/>")
            parts.append("<text class=\"value\" x=\"\(SVGNumber.format(labelWidth + barWidth + 4))\" y=\"\(SVGNumber.format(y + 16))\">"
                         + "\(row.value)</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
