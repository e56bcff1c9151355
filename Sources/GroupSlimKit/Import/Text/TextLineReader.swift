import Foundation

/// Reads a text export line by line in bounded memory, whatever its encoding and line ends.
///
/// Chat-log exports (WhatsApp, QQ) arrive as UTF-8 with or without a BOM, UTF-16 with a BOM
/// (Windows "Unicode" saves) or GB18030 (old Chinese Windows tools), with LF, CRLF or lone CR
/// line ends. UTF-8 is streamed in chunks; the other encodings are converted in one piece first,
/// as ``CSVReader`` does, because such files come from hand re-saves and are small.
final class TextLineReader {
    /// The file name used in error messages.
    let displayName: String
    let encoding: SourceEncoding
    /// 1-based number of the line last returned by ``nextLine()``.
    private(set) var lineNumber = 0
    let fileSize: Int
    private(set) var bytesRead = 0

    private static let chunkSize = 1_048_576
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEndOfInput = false

    /// Opens `url` and detects its encoding.
    /// - Throws: ``ImportError`` when the file cannot be read or its bytes are in no supported encoding.
    init(url: URL, displayName: String? = nil) throws {
        let name = displayName ?? url.path
        self.displayName = name
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ImportError.unreadable(file: name, reason: error.localizedDescription)
        }
        fileSize = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let first = try TextLineReader.read(handle, count: TextLineReader.chunkSize, file: name)
        let whole = first.count < TextLineReader.chunkSize
        guard let detected = SourceEncoding.detect(prefix: first, isWholeFile: whole) else {
            throw ImportError.unsupportedEncoding(
                file: name, detail: first.contains(0)
                    ? "the file contains NUL bytes (binary data, or UTF-16 without a byte-order mark)"
                    : "the bytes are neither UTF-8 nor GB18030")
        }
        encoding = detected
        bytesRead = first.count
        switch detected {
        case .utf8, .utf8WithBOM:
            buffer = detected == .utf8WithBOM ? Array(first.dropFirst(3)) : first
            atEndOfInput = whole
            self.handle = whole ? nil : handle
        case .gb18030, .utf16LE, .utf16BE:
            var all = first
            if !whole {
                do { all += Array(try handle.readToEnd() ?? Data()) } catch {
                    throw ImportError.unreadable(file: name, reason: error.localizedDescription)
                }
            }
            guard let converted = detected.decodeToUTF8(all) else {
                throw ImportError.unsupportedEncoding(
                    file: name, detail: "the file starts as \(detected.rawValue) but contains bytes that are not valid \(detected.rawValue)")
            }
            buffer = converted
            atEndOfInput = true
        }
    }

    /// The next line without its line end, or `nil` at the end of the file.
    /// - Throws: ``ImportError/invalidUTF8(file:line:)`` naming the line, or a read error.
    func nextLine() throws -> String? {
        while true {
            if let end = lineEnd() {
                let bytes = buffer[position..<end.contentEnd]
                position = end.next
                lineNumber += 1
                return try decode(bytes)
            }
            if atEndOfInput {
                guard position < buffer.count else { return nil }
                let bytes = buffer[position...]
                position = buffer.count
                lineNumber += 1
                return try decode(bytes)
            }
            try refill()
        }
    }

    // MARK: - Private

    /// Where the current line's content ends and the next line starts; `nil` when the buffer
    /// holds no complete line yet (a CR at the very end may still be followed by an LF).
    private func lineEnd() -> (contentEnd: Int, next: Int)? {
        var index = position
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte == 0x0A { return (index, index + 1) }
            if byte == 0x0D {
                if index + 1 < count { return (index, buffer[index + 1] == 0x0A ? index + 2 : index + 1) }
                if atEndOfInput { return (index, index + 1) }
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

    private func refill() throws {
        guard let handle else { atEndOfInput = true; return }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        if buffer.count > CSVReader.maximumRecordBytes {
            throw ImportError.recordTooLong(file: displayName, line: lineNumber + 1, limit: CSVReader.maximumRecordBytes)
        }
        let chunk = try TextLineReader.read(handle, count: TextLineReader.chunkSize, file: displayName)
        bytesRead += chunk.count
        if chunk.isEmpty {
            atEndOfInput = true
            self.handle = nil
        } else {
            buffer.append(contentsOf: chunk)
        }
    }

    private static func read(_ handle: FileHandle, count: Int, file: String) throws -> [UInt8] {
        do {
            var result: [UInt8] = []
            while result.count < count {
                guard let data = try handle.read(upToCount: count - result.count), !data.isEmpty else { break }
                result.append(contentsOf: data)
            }
            return result
        } catch {
            throw ImportError.unreadable(file: file, reason: error.localizedDescription)
        }
    }
}
