/// A vertical bar chart as inline SVG: one or two series (before/after) over labelled
/// categories, with value labels, a legend and axis captions. Everything is computed here, so
/// the HTML report needs no script and prints as drawn.
public struct BarChart {
    public struct Series {
        public var name: String
        public var values: [Double]
        /// A CSS class name defined by the report's stylesheet (`bar-a`, `bar-b` …).
        public var cssClass: String

        public init(name: String, values: [Double], cssClass: String) {
            self.name = name
            self.values = values
            self.cssClass = cssClass
        }
    }

    public var title: String
    public var categories: [String]
    public var series: [Series]
    public var axisCaption: String
    public var width = 560
    public var height = 240

    public init(title: String, categories: [String], series: [Series], axisCaption: String) {
        self.title = title
        self.categories = categories
        self.series = series
        self.axisCaption = axisCaption
    }

    public func svg() -> String {
        let left = 36.0, right = 8.0, top = 28.0, bottom = 40.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let peak = max(1, series.flatMap(\.values).max() ?? 1)
        let slot = plotWidth / Double(max(1, categories.count))
        let barWidth = max(1, (slot * 0.8) / Double(max(1, series.count)))
        var parts = ["<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
                     + "width=\"\(width)\" height=\"\(height)\" role=\"img\"><title>\(HTMLEscaper.escape(title))</title>"]
        parts.append(line(left, top + plotHeight, left + plotWidth, top + plotHeight, "axis"))
        parts.append(text(left - 4, top + 4, BurdenTable.number(peak), anchor: "end", cssClass: "tick"))
        parts.append(text(left - 4, top + plotHeight, "0", anchor: "end", cssClass: "tick"))
        let labelEvery = max(1, Int((Double(categories.count) * 22 / plotWidth).rounded(.up)))
        for (index, category) in categories.enumerated() {
            let slotLeft = left + Double(index) * slot + slot * 0.1
            for (position, serie) in series.enumerated() where index < serie.values.count {
                let value = serie.values[index]
                let barHeight = value / peak * plotHeight
                let x = slotLeft + Double(position) * barWidth
                parts.append("<rect class=\"\(serie.cssClass)\" x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(top + plotHeight - barHeight))\" "
                             + "width=\"\(SVGNumber.format(max(0.5, barWidth - 1)))\" height=\"\(SVGNumber.format(barHeight))\">"
                             + "<title>\(HTMLEscaper.escape("\(serie.name) \(category): \(BurdenTable.number(value))"))</title></rect>")
            }
            if index % labelEvery == 0 {
                parts.append(text(left + (Double(index) + 0.5) * slot, top + plotHeight + 14, category, anchor: "middle", cssClass: "tick"))
            }
        }
        parts.append(text(left + plotWidth / 2, Double(height) - 6, axisCaption, anchor: "middle", cssClass: "caption"))
        var legendX = left
        for serie in series where series.count > 1 {
            parts.append("<rect class=\"\(serie.cssClass)\" x=\"\(SVGNumber.format(legendX))\" y=\"8\" width=\"12\" height=\"12\"/>")
            parts.append(text(legendX + 16, 18, serie.name, anchor: "start", cssClass: "legend"))
            legendX += 24 + Double(TextTable.displayWidth(serie.name)) * 7
        }
        parts.append("</svg>")
        return parts.joined()
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ cssClass: String) -> String {
        "<line class=\"\(cssClass)\" x1=\"\(SVGNumber.format(x1))\" y1=\"\(SVGNumber.format(y1))\" "
            + "x2=\"\(SVGNumber.format(x2))\" y2=\"\(SVGNumber.format(y2))\"/>"
    }

    private func text(_ x: Double, _ y: Double, _ content: String, anchor: String, cssClass: String) -> String {
        "<text class=\"\(cssClass)\" x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" text-anchor=\"\(anchor)\">"
            + HTMLEscaper.escape(content) + "</text>"
    }
}
