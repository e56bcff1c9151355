import Foundation

/// A platform export that is valid JSON (or CSV) but not shaped as the format says: a missing
/// field, a field of the wrong type, a file of the wrong kind. Each case names the file and the
/// record (its position and line), and never quotes message text.
public enum ExportRecordError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    case missingField(file: String, record: String, field: String, expected: String)
    case badField(file: String, record: String, field: String, expected: String, found: String)
    case wrongShape(file: String, expected: String)
    case emptyFile(file: String)

    public var description: String {
        switch self {
        case .missingField(let file, let record, let field, let expected):
            return "\(file), \(record): '\(field)' is missing; expected \(expected)."
        case .badField(let file, let record, let field, let expected, let found):
            return "\(file), \(record): '\(field)' is \(found), expected \(expected)."
        case .wrongShape(let file, let expected):
            return "\(file): expected \(expected)."
        case .emptyFile(let file):
            return "\(file): the file is empty; export it again."
        }
    }

    public var errorDescription: String? { description }
}

/// Where a record sits, for ``ExportRecordError``: "message 12 (line 340)".
struct RecordPlace {
    var file: String
    var label: String
    var index: Int
    var line: Int

    var description: String { "\(label) \(index) (line \(line))" }

    func missing(_ field: String, expected: String) -> ExportRecordError {
        .missingField(file: file, record: description, field: field, expected: expected)
    }

    func bad(_ field: String, expected: String, found: JSONValue) -> ExportRecordError {
        .badField(file: file, record: description, field: field, expected: expected, found: found.typeName)
    }

    /// `member` (the value of `field`) read as seconds since 1970, in milliseconds. A number
    /// outside ``TimestampParser/yearRange`` (or past 64 bits) is named with its digits (a time is
    /// not message text), so the user sees which value broke rather than just "a number".
    func epochMilliseconds(_ member: JSONValue, _ field: String) throws -> Int64 {
        let expected = "seconds since 1970 for a time between the years \(TimestampParser.yearRange.lowerBound) "
            + "and \(TimestampParser.yearRange.upperBound)"
        guard let seconds = member.int64, let milliseconds = TimestampParser.milliseconds(fromEpochSeconds: seconds) else {
            throw ExportRecordError.badField(file: file, record: description, field: field, expected: expected,
                                             found: RecordPlace.numeral(member) ?? (member.string != nil ? "text that is not a number" : member.typeName))
        }
        return milliseconds
    }

    /// The text of a short number-like scalar (digits, sign, point, exponent), which can be shown
    /// in an error as it is; `nil` for anything else, which is described by its type instead.
    private static func numeral(_ value: JSONValue) -> String? {
        guard let text = value.scalarText, !text.isEmpty, text.utf8.count <= 32,
              text.utf8.allSatisfy({ (0x30...0x39).contains($0) || "+-.eE".utf8.contains($0) }) else { return nil }
        return text
    }

    /// A required string (or number written as text) member of `value`.
    func text(_ value: JSONValue, _ field: String, expected: String) throws -> String {
        guard let member = value[field] else { throw missing(field, expected: expected) }
        guard let text = member.scalarText else { throw bad(field, expected: expected, found: member) }
        return text
    }
}
