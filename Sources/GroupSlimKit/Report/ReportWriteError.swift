import Foundation

/// Why a report, notice or template file could not be written.
public enum ReportWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write (\(reason)). Check that the folder exists, is writable and has free space."
        }
    }

    /// Runs `body`, turning any file-system error into ``cannotWrite(path:reason:)`` for `url`.
    static func writing<T>(_ url: URL, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ReportWriteError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Writes `text` as UTF-8 to `url`.
    static func write(_ text: String, to url: URL) throws {
        try writing(url) { try Data(text.utf8).write(to: url) }
    }

    /// Creates `url` and its parents.
    static func makeFolder(_ url: URL) throws {
        try writing(url) { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    }
}
