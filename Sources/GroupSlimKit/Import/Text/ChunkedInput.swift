import Foundation

/// A source file's bytes as UTF-8, read in chunks: the part both text readers (``CSVReader``
/// and ``TextLineReader``) share, so encoding detection and bounded-memory reading live once.
///
/// UTF-8 (with or without a BOM) is streamed; GB18030 and UTF-16 are converted in one piece
/// first, which is acceptable because such files come from hand re-saves and are small.
final class ChunkedInput {
    /// The file name used in error messages.
    let displayName: String
    let encoding: SourceEncoding
    let fileSize: Int
    /// Bytes read from the file so far, for progress reporting.
    private(set) var bytesRead = 0
    /// Unconsumed UTF-8 starts at `position`; readers advance it and call ``refill(line:)``.
    var buffer: [UInt8] = []
    var position = 0
    private(set) var atEndOfInput = false

    private let chunkSize: Int
    private var source: ByteSource?

    /// Opens `url` and detects its encoding from the first chunk.
    /// - Throws: ``ImportError`` when the file cannot be read or is in an unsupported encoding.
    convenience init(url: URL, displayName: String, chunkSize: Int) throws {
        let source = try FileByteSource(url: url, displayName: displayName)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        try self.init(source: source, displayName: displayName, fileSize: size, chunkSize: chunkSize)
    }

    /// Reads `source` (a file, or an entry of a ZIP archive being inflated) and detects its
    /// encoding from the first chunk; `fileSize` is only for progress figures.
    init(source: ByteSource, displayName: String, fileSize: Int, chunkSize: Int) throws {
        self.displayName = displayName
        self.chunkSize = chunkSize
        self.fileSize = fileSize
        let first = try source.read(upTo: chunkSize)
        let whole = first.count < chunkSize
        guard let detected = SourceEncoding.detect(prefix: first, isWholeFile: whole) else {
            throw ImportError.unsupportedEncoding(
                file: displayName, detail: first.contains(0)
                    ? "the file contains NUL bytes (binary data, or UTF-16 without a byte-order mark)"
                    : "the bytes are neither UTF-8 nor GB18030")
        }
        encoding = detected
        bytesRead = first.count
        switch detected {
        case .utf8, .utf8WithBOM:
            buffer = detected == .utf8WithBOM ? Array(first.dropFirst(3)) : first
            atEndOfInput = whole
            self.source = whole ? nil : source
        case .gb18030, .utf16LE, .utf16BE:
            var all = first
            while !whole {
                let chunk = try source.read(upTo: chunkSize)
                if chunk.isEmpty { break }
                all += chunk
            }
            guard let converted = detected.decodeToUTF8(all) else {
                throw ImportError.unsupportedEncoding(
                    file: displayName,
                    detail: "the file starts as \(detected.rawValue) but contains bytes that are not valid \(detected.rawValue)")
            }
            buffer = converted
            atEndOfInput = true
        }
    }

    /// Drops the consumed bytes and appends the next chunk (or notes the end of the file).
    /// - Parameter line: the line being read, for the error when one record outgrows the limit.
    func refill(line: Int) throws {
        guard let source else { atEndOfInput = true; return }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        if buffer.count > CSVReader.maximumRecordBytes {
            throw ImportError.recordTooLong(file: displayName, line: line, limit: CSVReader.maximumRecordBytes)
        }
        let chunk = try source.read(upTo: chunkSize)
        bytesRead += chunk.count
        if chunk.isEmpty {
            atEndOfInput = true
            self.source = nil
        } else {
            buffer.append(contentsOf: chunk)
        }
    }
}
