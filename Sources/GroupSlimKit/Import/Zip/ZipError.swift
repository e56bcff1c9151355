import Foundation

/// Why a ZIP archive could not be read. Entry names are paths inside the archive (channel and
/// day names), never message text.
public enum ZipError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    case notAZip(file: String)
    case truncated(file: String, detail: String)
    case corrupt(file: String, entry: String, detail: String)
    case tooManyEntries(file: String, count: Int, limit: Int)
    case tooLarge(file: String, limit: Int64)
    case expansionRatio(file: String, entry: String, limit: Int)
    case unsupportedMethod(file: String, entry: String, method: Int)
    case encrypted(file: String, entry: String)
    case unsafeEntryName(file: String, entry: String)
    case checksum(file: String, entry: String)

    public var description: String {
        switch self {
        case .notAZip(let file):
            return "\(file): not a ZIP archive (no end-of-central-directory record)."
        case .truncated(let file, let detail):
            return "\(file): the ZIP archive is cut short (\(detail)); download or copy the export again."
        case .corrupt(let file, let entry, let detail):
            return "\(file), entry \(entry): damaged (\(detail)); download or copy the export again."
        case .tooManyEntries(let file, let count, let limit):
            return "\(file): \(count) entries, more than the \(limit) a chat export can plausibly have; refusing it as a possible ZIP bomb."
        case .tooLarge(let file, let limit):
            return "\(file): the entries expand to more than \(limit / 1_073_741_824) GiB; refusing it as a possible ZIP bomb. Unpack it yourself and import the folder if it is genuine."
        case .expansionRatio(let file, let entry, let limit):
            return "\(file), entry \(entry): expands more than \(limit) times its compressed size; refusing it as a possible ZIP bomb."
        case .unsupportedMethod(let file, let entry, let method):
            return "\(file), entry \(entry): compression method \(method) is not supported (only stored and deflate); re-zip the export with a standard tool or import the unpacked folder."
        case .encrypted(let file, let entry):
            return "\(file), entry \(entry): encrypted; export without a password or import the unpacked folder."
        case .unsafeEntryName(let file, let entry):
            return "\(file): entry name \(entry) is absolute or climbs out of the archive ('..'); a genuine export never has one."
        case .checksum(let file, let entry):
            return "\(file), entry \(entry): the content does not match its checksum; the archive is damaged."
        }
    }

    public var errorDescription: String? { description }
}

/// Bounds that turn a ZIP bomb into a clear error instead of a full disk or memory.
public struct ZipLimits: Sendable, Equatable {
    public var maxEntries: Int
    /// Total bytes all entries may expand to (counted as they are inflated, not as declared).
    public var maxTotalBytes: Int64
    /// Largest expansion of one entry over its compressed size, once it has produced 16 MiB.
    public var maxRatio: Int

    public init(maxEntries: Int = 200_000, maxTotalBytes: Int64 = 32 * 1_073_741_824, maxRatio: Int = 250) {
        self.maxEntries = maxEntries
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
    }

    public static let standard = ZipLimits()
}
