import Foundation

/// Why an import stopped. Every case names the file and, where there is one, the line, and says
/// what was expected, so the person fixing the export knows where to look.
///
/// Message text never appears in these errors: when a field's value would help, only
/// non-content fields (ids, times, kinds) are quoted.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    case pathNotFound(path: String)
    case notAFolder(path: String, expected: String)
    case missingFile(folder: String, file: String)
    case unreadable(file: String, reason: String)
    case unsupportedEncoding(file: String, detail: String)
    case invalidUTF8(file: String, line: Int)
    case brokenQuoting(file: String, line: Int, detail: String)
    case recordTooLong(file: String, line: Int, limit: Int)
    case fieldCount(file: String, line: Int, found: Int, expected: Int)
    case missingColumn(file: String, column: String, accepted: [String], found: [String])
    case duplicateColumn(file: String, column: String)
    case missingValue(file: String, line: Int, column: String)
    case badValue(file: String, line: Int, column: String, value: String, expected: String)
    case unknownGroup(file: String, line: Int, groupID: String)
    /// No format recognized the path; `closest` names the one that got furthest and why it
    /// stopped (see ``FormatDiagnosis``).
    case unknownFormat(path: String, tried: [String], closest: String? = nil)
    case badTimeZone(name: String)
    case emptyFile(file: String, expected: String)
    /// One record (a JSON object, a chat line) that is not what its format says, at `record`
    /// (a line number or "record N"); skippable with `--skip-bad`.
    case malformedRecord(file: String, record: String, expected: String)
    /// A line that fits no shape of the format (message text is never quoted).
    case unexpectedLine(file: String, line: Int, expected: String)
    /// A line that starts like a timestamped message header but does not parse as one (quoted,
    /// cut and escaped: a header holds a time and a sender, not message text). Never folded
    /// into the message before it; skippable with `--skip-bad`.
    case malformedHeader(file: String, line: Int, quoted: String, reason: String, expected: String)
    /// The export held no group chat at all (only one-to-one chats, channels, or nothing the
    /// format knows): said with what was found, instead of an empty import that passes.
    case noGroupChats(path: String, found: [String])

    public var description: String {
        switch self {
        case .pathNotFound(let path):
            return "\(path): no such file or folder."
        case .notAFolder(let path, let expected):
            return "\(path): expected \(expected)."
        case .missingFile(let folder, let file):
            return "\(folder): \(file) is missing; a canonical export needs groups.csv (and usually members.csv and messages.csv)."
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason))."
        case .unsupportedEncoding(let file, let detail):
            return "\(file): \(detail). Save the file as UTF-8 (or GB18030/GBK from Excel) CSV and import again."
        case .invalidUTF8(let file, let line):
            return "\(file), line \(line): the bytes are not valid UTF-8 (the file mixes encodings?). Re-save it as UTF-8."
        case .brokenQuoting(let file, let line, let detail):
            return "\(file), line \(line): broken quoting: \(detail)."
        case .recordTooLong(let file, let line, let limit):
            return "\(file), line \(line): a record is longer than \(limit / 1_048_576) MiB; the file is probably not CSV or has an unclosed quote."
        case .fieldCount(let file, let line, let found, let expected):
            return "\(file), line \(line): \(found) fields, but the header has \(expected). Check for an unquoted comma or a missing quote."
        case .missingColumn(let file, let column, let accepted, let found):
            return "\(file): required column '\(column)' is missing (accepted names: \(accepted.joined(separator: ", "))); the header has: \(found.joined(separator: ", "))."
        case .duplicateColumn(let file, let column):
            return "\(file): column '\(column)' appears more than once in the header."
        case .missingValue(let file, let line, let column):
            return "\(file), line \(line): '\(column)' is empty but required."
        case .badValue(let file, let line, let column, let value, let expected):
            return "\(file), line \(line): '\(column)' is '\(value)', expected \(expected)."
        case .unknownGroup(let file, let line, let groupID):
            return "\(file), line \(line): group '\(groupID)' is not in groups.csv or in the database."
        case .unknownFormat(let path, let tried, let closest):
            // With a closest format named, the others are listed by name only.
            let list = closest == nil ? tried : tried.map { String($0.prefix { $0 != " " }) }
            return "\(path): not a recognized export" + (closest.map { "; \($0)\n" } ?? " ")
                + "(tried: \(list.joined(separator: ", "))). Pass --format to read it as one of these."
        case .malformedRecord(let file, let record, let expected):
            return "\(file), \(record): expected \(expected)."
        case .unexpectedLine(let file, let line, let expected):
            return "\(file), line \(line): expected \(expected)."
        case .malformedHeader(let file, let line, let quoted, let reason, let expected):
            return "\(file), line \(line): \(quoted) starts like a message header but \(reason); expected \(expected)."
        case .noGroupChats(let path, let found):
            return "\(path): holds no group chat, so nothing was imported (GroupSlim audits group chats only). Found: "
                + (found.isEmpty ? "0 group chats" : found.joined(separator: "; ")) + "."
        case .emptyFile(let file, let expected):
            return "\(file): the file is empty; expected \(expected)."
        case .badTimeZone(let name):
            return "'\(name)' is not a known time zone; use an IANA name such as Asia/Shanghai or UTC."
        }
    }

    public var errorDescription: String? { description }
}
