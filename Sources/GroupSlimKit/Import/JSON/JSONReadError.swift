import Foundation

/// Why a JSON or JSONL file could not be read. Each case names the file, the line and the byte
/// offset where reading stopped, and what was expected there; the content of strings is never
/// quoted (it may be a private message), only the structural byte that was found.
public enum JSONReadError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    case syntax(file: String, line: Int, offset: Int64, expected: String, found: String)
    case tooDeep(file: String, line: Int, offset: Int64, limit: Int)
    case stringTooLong(file: String, line: Int, offset: Int64, limit: Int)
    case valueTooLarge(file: String, line: Int, offset: Int64, limit: Int)

    public var description: String {
        switch self {
        case .syntax(let file, let line, let offset, let expected, let found):
            return "\(file), line \(line) (byte \(offset)): expected \(expected), found \(found). "
                + "The file is not valid JSON here; if it ends early, the export or the copy was cut short."
        case .tooDeep(let file, let line, let offset, let limit):
            return "\(file), line \(line) (byte \(offset)): values nested more than \(limit) levels deep; "
                + "no chat export nests this deep, so the file is probably not an export."
        case .stringTooLong(let file, let line, let offset, let limit):
            return "\(file), line \(line) (byte \(offset)): a string longer than \(limit / 1_048_576) MiB; "
                + "the file is probably damaged (an unclosed quote) or not a chat export."
        case .valueTooLarge(let file, let line, let offset, let limit):
            return "\(file), line \(line) (byte \(offset)): one record is larger than \(limit / 1_048_576) MiB; "
                + "the file is probably damaged or not a chat export."
        }
    }

    public var errorDescription: String? { description }
}

/// Bounds that keep a hostile or damaged file from exhausting memory or the stack.
public struct JSONReadLimits: Sendable, Equatable {
    /// Deepest nesting of arrays and objects, the streamed levels included.
    public var maxDepth: Int
    /// Longest single string, in UTF-8 bytes.
    public var maxStringBytes: Int
    /// Largest single value read as a tree (one message, one JSONL line), in source bytes.
    public var maxValueBytes: Int

    public init(maxDepth: Int = 64, maxStringBytes: Int = 16 * 1_048_576, maxValueBytes: Int = 64 * 1_048_576) {
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
        self.maxValueBytes = maxValueBytes
    }

    public static let standard = JSONReadLimits()
}
