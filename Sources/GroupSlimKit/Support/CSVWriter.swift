/// Builds RFC 4180 CSV text: comma-separated fields, rows ending in "\n", a field wrapped in
/// double quotes (with inner quotes doubled) whenever it could otherwise be misread.
///
/// Chat text is full of commas, quotes and line breaks (numbered notices, 接龙 lists), so every
/// writer of GroupSlim data goes through here rather than joining strings by hand.
public struct CSVWriter: Sendable {
    /// When set, fields that a spreadsheet would evaluate as a formula are defused (see
    /// ``escape(_:neutralizeFormulas:)``). Off for data meant to be re-imported, on for reports
    /// that people open in Excel or WPS.
    public let neutralizeFormulas: Bool
    private var buffer = ""

    public init(neutralizeFormulas: Bool = false) {
        self.neutralizeFormulas = neutralizeFormulas
    }

    /// Appends one record. A record of a single empty field is written as `""` so that it stays a
    /// record instead of reading back as a blank line.
    public mutating func appendRow(_ fields: [String]) {
        if fields.count == 1, fields[0].isEmpty {
            buffer += "\"\"\n"
            return
        }
        var first = true
        for field in fields {
            if !first { buffer += "," }
            first = false
            buffer += CSVWriter.escape(field, neutralizeFormulas: neutralizeFormulas)
        }
        buffer += "\n"
    }

    /// Everything written so far.
    public var output: String { buffer }

    /// Returns what was written and empties the writer, so large exports can be flushed to disk in
    /// pieces instead of held whole.
    public mutating func takeOutput() -> String {
        let text = buffer
        buffer = ""
        return text
    }

    /// One field as it must appear in a CSV file.
    ///
    /// A field is quoted when it contains `,`, `"`, CR or LF, or begins or ends with a space or tab
    /// (many readers trim unquoted whitespace). With `neutralizeFormulas`, a field starting with
    /// `=`, `+`, `-`, `@`, tab or CR first gets a leading `'`: spreadsheets would otherwise run it
    /// as a formula (CSV injection). This also marks negative numbers, the accepted price of the
    /// defence; leave it off for machine-read files.
    public static func escape(_ field: String, neutralizeFormulas: Bool = false) -> String {
        var value = field
        if neutralizeFormulas, let first = value.utf8.first, formulaTriggers.contains(first) {
            value = "'" + value
        }
        guard needsQuoting(value.utf8) else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        quoted += "\""
        return quoted
    }

    /// Whether a field's UTF-8 bytes need quotes. Shared with the sample generator's byte-level
    /// writer so the two can never disagree.
    static func needsQuoting<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let first = bytes.first else { return false }
        if first == space || first == tab { return true }
        var last = first
        for byte in bytes {
            if byte == comma || byte == quote || byte == carriageReturn || byte == lineFeed { return true }
            last = byte
        }
        return last == space || last == tab
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let formulaTriggers: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"),
    ]
}
