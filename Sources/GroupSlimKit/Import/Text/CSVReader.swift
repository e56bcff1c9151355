import Foundation

/// Reads an RFC 4180 CSV file record by record, in bounded memory.
///
/// UTF-8 files are streamed in chunks; other encodings (GB18030 from Excel, UTF-16) are converted
/// to UTF-8 in one piece first, which is acceptable because such files are hand-edited and small.
/// Quotes, delimiters and line breaks are ASCII, so splitting works on UTF-8 bytes directly and
/// only finished fields are validated and turned into strings.
public final class CSVReader {
    /// The file name used in error messages.
    public var displayName: String { input.displayName }
    /// The encoding the file was found to be in.
    public var encoding: SourceEncoding { input.encoding }
    /// Bytes consumed so far, for progress reporting.
    public var bytesRead: Int { input.bytesRead }
    /// Total size of the file in bytes.
    public var fileSize: Int { input.fileSize }

    /// Longest record accepted; beyond this the file is almost certainly not CSV.
    public static let maximumRecordBytes = 64 * 1_048_576
    private static let chunkSize = 4 * 1_048_576

    private let input: ChunkedInput
    private var line = 1
    private let delimiter: UInt8

    /// Opens `url` and detects its encoding.
    /// - Throws: ``ImportError`` when the file cannot be read or is in an unsupported encoding.
    public init(url: URL, displayName: String? = nil, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        self.delimiter = delimiter
        input = try ChunkedInput(url: url, displayName: displayName ?? url.lastPathComponent, chunkSize: CSVReader.chunkSize)
    }

    /// The next record, or `nil` at the end of the file. Blank lines are skipped.
    /// - Throws: ``ImportError`` for broken quoting, invalid UTF-8 or an over-long record.
    public func next() throws -> CSVRecord? {
        while true {
            if let record = try parseRecord() {
                if record.fields.count == 1 && record.fields[0].isEmpty { continue }
                return record
            }
            if input.atEndOfInput { return nil }
            try input.refill(line: line)
        }
    }

    /// Reads all remaining records (for small files and tests).
    public func readAll() throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    // MARK: - Private

    /// Parses one record starting at `position`; `nil` when the buffer ends before the record
    /// does and more input may follow (the caller refills and the record is parsed again).
    private func parseRecord() throws -> CSVRecord? {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let delimiter = self.delimiter
        let startLine = line
        var lines = 0
        var fields: [String] = []
        var scratch: [UInt8] = []
        let count = input.buffer.count
        let atEndOfInput = input.atEndOfInput
        if input.position >= count { return nil }
        return try input.buffer.withUnsafeBufferPointer { bytes -> CSVRecord? in
            var index = input.position
            func makeField(_ slice: UnsafeBufferPointer<UInt8>.SubSequence) throws -> String {
                guard let text = CSVReader.string(UnsafeBufferPointer(rebasing: slice)) else {
                    throw ImportError.invalidUTF8(file: displayName, line: startLine + lines)
                }
                return text
            }
            fieldLoop: while true {
                if index < count && bytes[index] == quote {
                    // Quoted field: runs to the closing quote; "" is an escaped quote.
                    let openLine = startLine + lines
                    index += 1
                    scratch.removeAll(keepingCapacity: true)
                    var segmentStart = index
                    while true {
                        guard index < count else {
                            if atEndOfInput {
                                throw ImportError.brokenQuoting(
                                    file: displayName, line: openLine,
                                    detail: "a quoted field is never closed (missing \")")
                            }
                            return nil
                        }
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < count && bytes[index + 1] == quote {
                                scratch.append(contentsOf: bytes[segmentStart...index])
                                index += 2
                                segmentStart = index
                                continue
                            }
                            if index + 1 >= count && !atEndOfInput { return nil }
                            scratch.append(contentsOf: bytes[segmentStart..<index])
                            index += 1
                            break
                        }
                        if byte == lf { lines += 1 }
                        index += 1
                    }
                    let text: String
                    if let valid = scratch.withUnsafeBufferPointer(CSVReader.string) { text = valid } else {
                        throw ImportError.invalidUTF8(file: displayName, line: openLine)
                    }
                    fields.append(text)
                    // After a closing quote only a delimiter or the end of the record may follow.
                    guard index < count else {
                        if atEndOfInput { break fieldLoop }
                        return nil
                    }
                    let next = bytes[index]
                    if next == delimiter { index += 1; continue fieldLoop }
                    if next == lf { index += 1; lines += 1; break fieldLoop }
                    if next == cr {
                        if index + 1 < count {
                            index += bytes[index + 1] == lf ? 2 : 1
                            lines += 1
                            break fieldLoop
                        }
                        if atEndOfInput { index += 1; break fieldLoop }
                        return nil
                    }
                    throw ImportError.brokenQuoting(
                        file: displayName, line: startLine + lines,
                        detail: "text follows a closing quote; a quote inside a quoted field must be doubled (\"\")")
                } else {
                    let fieldStart = index
                    while index < count {
                        let byte = bytes[index]
                        if byte == delimiter || byte == lf || byte == cr { break }
                        if byte == quote {
                            throw ImportError.brokenQuoting(
                                file: displayName, line: startLine + lines,
                                detail: "a quote inside an unquoted field; wrap the field in quotes and double the inner quote")
                        }
                        index += 1
                    }
                    guard index < count else {
                        if !atEndOfInput { return nil }
                        fields.append(try makeField(bytes[fieldStart..<index]))
                        break fieldLoop
                    }
                    fields.append(try makeField(bytes[fieldStart..<index]))
                    let byte = bytes[index]
                    if byte == delimiter { index += 1; continue fieldLoop }
                    if byte == lf { index += 1; lines += 1; break fieldLoop }
                    // CR: accept CRLF and a lone CR as a line end.
                    if index + 1 < count {
                        index += bytes[index + 1] == lf ? 2 : 1
                        lines += 1
                        break fieldLoop
                    }
                    if atEndOfInput { index += 1; break fieldLoop }
                    return nil
                }
            }
            input.position = index
            line = startLine + lines
            return CSVRecord(fields: fields, line: startLine)
        }
    }

    /// The field's bytes as a string, or `nil` when they are not valid UTF-8.
    ///
    /// `String(validating:as:)` goes through an unspecialized generic validator that cost about
    /// a twentieth of a whole import. Decoding repairs invalid input with U+FFFD, so the bytes
    /// come back unchanged exactly when they were valid: one decode and one comparison.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        var isASCII = true
        for byte in bytes where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII || text.utf8.elementsEqual(bytes) { return text }
        return nil
    }
}
