/// Coordinates for SVG with at most one decimal and no locale, so charts are byte-identical.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int64(rounded)) : Measure.decimal(rounded, places: 1)
    }
}
