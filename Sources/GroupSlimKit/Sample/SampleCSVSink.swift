import Foundation

/// A CSV file written straight from bytes through a 1 MB buffer.
///
/// The generator can emit ten million message rows; building a `String` per row and handing it to
/// ``CSVWriter`` would dominate the run time, so rows are assembled here byte by byte with the same
/// quoting rule (``CSVWriter/needsQuoting(_:)``) and flushed through `FileHandle` in large writes,
/// keeping memory flat however big the district is.
struct SampleCSVSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var atRowStart = true
    static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        if !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(SampleCSVSink.flushThreshold + 64 * 1024)
    }

    /// Writes a header row of plain ASCII column names.
    mutating func header(_ columns: [String]) throws {
        for column in columns { plain(column) }
        try endRow()
    }

    /// A field that may need quoting.
    mutating func field(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { bytes in
            if CSVWriter.needsQuoting(bytes) {
                buffer.append(UInt8(ascii: "\""))
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                    buffer.append(byte)
                }
                buffer.append(UInt8(ascii: "\""))
            } else {
                buffer.append(contentsOf: bytes)
            }
        }
    }

    /// A field the generator knows to be safe (ids, kinds, flags): no quoting check.
    mutating func plain(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { buffer.append(contentsOf: $0) }
    }

    mutating func plain(_ value: StaticString) {
        separate()
        value.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// `prefix` followed by `value` zero-padded to at least `width` digits ("m000123").
    mutating func paddedID(_ prefix: UInt8, _ value: Int, width: Int) {
        separate()
        buffer.append(prefix)
        SampleCSVSink.appendPadded(value, width: width, to: &buffer)
    }

    mutating func timestamp(_ local: Int64) {
        separate()
        SampleCalendar.appendTimestamp(local, to: &buffer)
    }

    mutating func date(_ dayNumber: Int64) {
        separate()
        SampleCalendar.appendDate(dayNumber, to: &buffer)
    }

    mutating func empty() {
        separate()
    }

    mutating func endRow() throws {
        buffer.append(UInt8(ascii: "\n"))
        atRowStart = true
        if buffer.count >= SampleCSVSink.flushThreshold { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        try flush()
        try handle.close()
    }

    static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = max(0, value)
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = UInt8(truncatingIfNeeded: 48 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 && count < 20
            var pad = width - count
            while pad > 0 { bytes.append(UInt8(ascii: "0")); pad -= 1 }
            var index = count - 1
            while index >= 0 { bytes.append(raw[index]); index -= 1 }
        }
    }

    static func paddedString(_ prefix: String, _ value: Int, width: Int) -> String {
        var bytes = Array(prefix.utf8)
        appendPadded(value, width: width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func separate() {
        if atRowStart { atRowStart = false } else { buffer.append(UInt8(ascii: ",")) }
    }
}
