extension String {
    /// The string without leading and trailing whitespace and newlines — exactly what
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` returns, without Foundation.
    ///
    /// Importers trim every cell of every record, and Foundation's trimming bridges through
    /// `NSString` (UTF-16 copies) even when the answer is the string itself: on a canonical
    /// import that was a quarter of the run time, and with Chinese names and roles in
    /// members.csv, still a tenth of the database thread when only ASCII ends took a fast path.
    /// Here only the scalars at the two ends are looked at; the middle is never copied unless
    /// something is trimmed.
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.isTrimmableWhitespace && !last.isTrimmableWhitespace { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isTrimmableWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isTrimmableWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}

extension Unicode.Scalar {
    /// Whether Foundation's `CharacterSet.whitespacesAndNewlines` holds this scalar: the space
    /// separators (category Zs, which includes U+00A0 and U+3000), tab, U+000A–U+000D, U+0085,
    /// the line and paragraph separators U+2028/U+2029, and — as Foundation on Linux has it —
    /// the zero-width space U+200B (checked against Foundation for every BMP scalar in the tests).
    var isTrimmableWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0..<0x80: return false
        case 0x200B: return true
        default:
            switch properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
