import Foundation

/// Reads a text export line by line in bounded memory, whatever its encoding and line ends.
///
/// Chat-log exports (WhatsApp, QQ) arrive as UTF-8 with or without a BOM, UTF-16 with a BOM
/// (Windows "Unicode" saves) or GB18030 (old Chinese Windows tools), with LF, CRLF or lone CR
/// line ends; ``ChunkedInput`` turns all of them into UTF-8 chunks.
final class TextLineReader {
    private let input: ChunkedInput
    /// 1-based number of the line last returned by ``nextLine()``.
    private(set) var lineNumber = 0

    /// The file name used in error messages.
    var displayName: String { input.displayName }
    var encoding: SourceEncoding { input.encoding }

    /// A progress snapshot after `records` records, for long imports.
    func progress(records: Int) -> ImportProgress {
        ImportProgress(file: displayName, records: records, bytesRead: input.bytesRead, totalBytes: input.fileSize)
    }

    /// Opens `url` and detects its encoding.
    /// - Throws: ``ImportError`` when the file cannot be read or its bytes are in no supported encoding.
    init(url: URL, displayName: String? = nil) throws {
        input = try ChunkedInput(url: url, displayName: displayName ?? url.path, chunkSize: TextLineReader.chunkSize)
    }

    /// Reads one file of an ``ExportTree`` (a ZIP entry is inflated as it is read).
    init(tree: ExportTree, path: String) throws {
        input = try ChunkedInput(source: try tree.open(path), displayName: tree.displayName(of: path),
                                 fileSize: Int(tree.size(of: path)), chunkSize: TextLineReader.chunkSize)
    }

    private static let chunkSize = 1_048_576

    /// The next line without its line end, or `nil` at the end of the file.
    /// - Throws: ``ImportError/invalidUTF8(file:line:)`` naming the line, or a read error.
    func nextLine() throws -> String? {
        while true {
            if let end = lineEnd() {
                let bytes = input.buffer[input.position..<end.contentEnd]
                input.position = end.next
                lineNumber += 1
                return try decode(bytes)
            }
            if input.atEndOfInput {
                guard input.position < input.buffer.count else { return nil }
                let bytes = input.buffer[input.position...]
                input.position = input.buffer.count
                lineNumber += 1
                return try decode(bytes)
            }
            try input.refill(line: lineNumber + 1)
        }
    }

    /// Where the current line's content ends and the next line starts; `nil` when the buffer
    /// holds no complete line yet (a CR at the very end may still be followed by an LF).
    private func lineEnd() -> (contentEnd: Int, next: Int)? {
        let buffer = input.buffer
        var index = input.position
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte == 0x0A { return (index, index + 1) }
            if byte == 0x0D {
                if index + 1 < count { return (index, buffer[index + 1] == 0x0A ? index + 2 : index + 1) }
                if input.atEndOfInput { return (index, index + 1) }
                return nil
            }
            index += 1
        }
        return nil
    }

    private func decode(_ bytes: ArraySlice<UInt8>) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ImportError.invalidUTF8(file: displayName, line: lineNumber)
        }
        return text
    }
}
