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

    /// A required string (or number written as text) member of `value`.
    func text(_ value: JSONValue, _ field: String, expected: String) throws -> String {
        guard let member = value[field] else { throw missing(field, expected: expected) }
        guard let text = member.scalarText else { throw bad(field, expected: expected, found: member) }
        return text
    }
}
