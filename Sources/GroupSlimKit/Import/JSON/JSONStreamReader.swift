import Foundation

/// A pull reader for large JSON and JSONL files that never holds more than one chunk of the file
/// and one record's value tree.
///
/// Exports put their bulk in one long array (`messages` of a Telegram `result.json`, a Slack
/// day file) or in one object per line (Mattermost, WeCom). A caller walks the outer levels
/// with ``beginObject()``/``nextKey()`` and ``beginArray()``/``nextElement()`` and reads each
/// record with ``readValue()`` as a small ``JSONValue`` tree, or skips what it does not need with
/// ``skipValue()``. Foundation's `JSONSerialization` would need the whole file in memory (many
/// times its size) and rejects the `\xHH` escapes Telegram Desktop writes; this reader accepts
/// them as the control characters they stand for.
///
/// Errors name the file, the line and the byte offset and say what was expected; string content
/// is never quoted.
final class JSONStreamReader {
    /// Skips and counts records with a problem of their own (`--skip-bad`); `nil` stops at the first.
    var records: RecordGuard?
    let fileName: String
    let limits: JSONReadLimits
    /// The line on which the last value read by ``readValue()`` started, for record errors.
    private(set) var valueLine = 1
    /// The current line (1-based); JSON strings cannot hold raw line breaks, so only whitespace
    /// between tokens is counted.
    private(set) var line = 1

    private let source: ByteSource
    private let storage: UnsafeMutableRawBufferPointer
    private let bytes: UnsafeMutablePointer<UInt8>
    private var end = 0
    private var position = 0
    private var chunkStart: Int64 = 0
    private var sourceEnded = false
    private var scratch: [UInt8] = []
    /// One flag per streamed container: whether a member was already read (so a comma is due).
    private var openContainers: [Bool] = []
    private var treeDepth = 0
    private var valueStart: Int64 = -1

    static let defaultChunkSize = 1 << 20

    init(source: ByteSource, fileName: String, limits: JSONReadLimits = .standard, chunkSize: Int = defaultChunkSize) {
        self.source = source
        self.fileName = fileName
        self.limits = limits
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, 16), alignment: 1)
        bytes = storage.baseAddress!.assumingMemoryBound(to: UInt8.self)
    }

    convenience init(url: URL, displayName: String, limits: JSONReadLimits = .standard) throws {
        try self.init(source: FileByteSource(url: url, displayName: displayName), fileName: displayName, limits: limits)
    }

    deinit { storage.deallocate() }

    /// Bytes consumed so far, for progress displays and error offsets.
    var offset: Int64 { chunkStart + Int64(position) }

    // MARK: - Streaming the outer levels

    /// Enters an object whose members the caller reads with ``nextKey()``.
    func beginObject() throws {
        try enterStreamed(open: UInt8(ascii: "{"), expected: "'{' (a JSON object)")
    }

    /// Enters an array whose elements the caller reads with ``nextElement()``.
    func beginArray() throws {
        try enterStreamed(open: UInt8(ascii: "["), expected: "'[' (a JSON array)")
    }

    /// The next member name of the innermost streamed object, or `nil` after its closing brace.
    /// The caller must then read or skip the member's value.
    func nextKey() throws -> String? {
        guard var byte = try skipWhitespace() else { throw syntax("',' or '}'", found: nil) }
        if byte == UInt8(ascii: "}") {
            position += 1
            openContainers.removeLast()
            return nil
        }
        if openContainers[openContainers.count - 1] {
            guard byte == UInt8(ascii: ",") else { throw syntax("',' or '}' after an object member", found: byte) }
            position += 1
            guard let next = try skipWhitespace() else { throw syntax("a member name", found: nil) }
            byte = next
        }
        guard byte == UInt8(ascii: "\"") else { throw syntax("a member name in double quotes", found: byte) }
        let key = try parseString()
        guard let colon = try skipWhitespace() else { throw syntax("':'", found: nil) }
        guard colon == UInt8(ascii: ":") else { throw syntax("':' after a member name", found: colon) }
        position += 1
        openContainers[openContainers.count - 1] = true
        return key
    }

    /// Whether the innermost streamed array has another element; `false` after its closing
    /// bracket. The caller must then read or skip the element.
    func nextElement() throws -> Bool {
        guard let byte = try skipWhitespace() else { throw syntax("',' or ']'", found: nil) }
        if byte == UInt8(ascii: "]") {
            position += 1
            openContainers.removeLast()
            return false
        }
        if openContainers[openContainers.count - 1] {
            guard byte == UInt8(ascii: ",") else { throw syntax("',' or ']' after an array element", found: byte) }
            position += 1
        }
        openContainers[openContainers.count - 1] = true
        return true
    }

    /// Whether only whitespace is left (for JSONL: no more lines).
    func atEnd() throws -> Bool {
        try skipWhitespace() == nil
    }

    /// Checks that nothing but whitespace follows the last value.
    func expectEnd() throws {
        if let byte = try skipWhitespace() { throw syntax("the end of the file", found: byte) }
    }

    /// The kind of the next value without consuming it: `{`, `[`, `"` or the first byte of a
    /// number or literal; `nil` at the end.
    func peekValueStart() throws -> UInt8? {
        try skipWhitespace()
    }

    // MARK: - Whole values

    /// Reads the next value as a tree, within the depth, string and size limits.
    func readValue() throws -> JSONValue {
        guard try skipWhitespace() != nil else { throw syntax("a value", found: nil) }
        valueLine = line
        let outermost = valueStart < 0
        if outermost { valueStart = offset }
        defer { if outermost { valueStart = -1 } }
        return try parseValue()
    }

    /// Passes over the next value without building it, so a large section nobody needs (a
    /// Telegram account's contacts, a Slack message's blocks) costs no memory.
    func skipValue() throws {
        guard let byte = try skipWhitespace() else { throw syntax("a value", found: nil) }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try checkDepth(extra: 1)
            let open = byte
            let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            treeDepth += 1
            defer { treeDepth -= 1 }
            guard let first = try skipWhitespace() else { throw syntax("a value or '\(Character(Unicode.Scalar(close)))'", found: nil) }
            if first == close { position += 1; return }
            while true {
                if open == UInt8(ascii: "{") {
                    guard let quote = try skipWhitespace(), quote == UInt8(ascii: "\"") else {
                        throw syntax("a member name in double quotes", found: try skipWhitespace())
                    }
                    try skipString()
                    guard let colon = try skipWhitespace(), colon == UInt8(ascii: ":") else {
                        throw syntax("':' after a member name", found: try skipWhitespace())
                    }
                    position += 1
                }
                try skipValue()
                guard let next = try skipWhitespace() else { throw syntax("',' or '\(Character(Unicode.Scalar(close)))'", found: nil) }
                position += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else {
                    position -= 1
                    throw syntax("',' or '\(Character(Unicode.Scalar(close)))'", found: next)
                }
            }
        case UInt8(ascii: "\""):
            try skipString()
        default:
            _ = try parseValue()
        }
    }

    // MARK: - Parsing

    private func enterStreamed(open: UInt8, expected: String) throws {
        guard let byte = try skipWhitespace() else { throw syntax(expected, found: nil) }
        guard byte == open else { throw syntax(expected, found: byte) }
        try checkDepth(extra: 1)
        position += 1
        openContainers.append(false)
    }

    private func checkDepth(extra: Int) throws {
        if openContainers.count + treeDepth + extra > limits.maxDepth {
            throw JSONReadError.tooDeep(file: fileName, line: line, offset: offset, limit: limits.maxDepth)
        }
    }

    private func parseValue() throws -> JSONValue {
        guard let byte = try skipWhitespace() else { throw syntax("a value", found: nil) }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw syntax("a value (object, array, string, number, true, false or null)", found: byte)
        }
    }

    private func parseObject() throws -> JSONValue {
        try checkDepth(extra: 1)
        position += 1
        treeDepth += 1
        defer { treeDepth -= 1 }
        var members: [JSONObject.Member] = []
        guard var byte = try skipWhitespace() else { throw syntax("a member name or '}'", found: nil) }
        if byte == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(members: members))
        }
        while true {
            guard byte == UInt8(ascii: "\"") else { throw syntax("a member name in double quotes", found: byte) }
            let key = try parseString()
            guard let colon = try skipWhitespace() else { throw syntax("':'", found: nil) }
            guard colon == UInt8(ascii: ":") else { throw syntax("':' after a member name", found: colon) }
            position += 1
            members.append(JSONObject.Member(key: key, value: try parseValue()))
            guard let next = try skipWhitespace() else { throw syntax("',' or '}'", found: nil) }
            if next == UInt8(ascii: "}") {
                position += 1
                return .object(JSONObject(members: members))
            }
            guard next == UInt8(ascii: ",") else { throw syntax("',' or '}' after an object member", found: next) }
            position += 1
            guard let following = try skipWhitespace() else { throw syntax("a member name", found: nil) }
            byte = following
        }
    }

    private func parseArray() throws -> JSONValue {
        try checkDepth(extra: 1)
        position += 1
        treeDepth += 1
        defer { treeDepth -= 1 }
        var elements: [JSONValue] = []
        guard let first = try skipWhitespace() else { throw syntax("a value or ']'", found: nil) }
        if first == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            guard let next = try skipWhitespace() else { throw syntax("',' or ']'", found: nil) }
            position += 1
            if next == UInt8(ascii: "]") { return .array(elements) }
            guard next == UInt8(ascii: ",") else {
                position -= 1
                throw syntax("',' or ']' after an array element", found: next)
            }
        }
    }

    /// Reads a string starting at its opening quote. Runs without escapes are taken straight
    /// from the chunk; escapes, and strings that cross a chunk boundary, go through `scratch`.
    private func parseString() throws -> String {
        position += 1
        var start = position
        var scan = position
        while scan < end {
            let byte = bytes[scan]
            if byte == UInt8(ascii: "\"") {
                position = scan + 1
                try checkStringLength(scan - start)
                return String(decoding: UnsafeBufferPointer(start: bytes + start, count: scan - start), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            scan += 1
        }
        scratch.removeAll(keepingCapacity: true)
        while true {
            scan = position
            let limit = end
            while scan < limit {
                let byte = bytes[scan]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || (byte < 0x20 && byte != 0x09) { break }
                scan += 1
            }
            start = position
            scratch.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: scan - start))
            position = scan
            try checkStringLength(scratch.count)
            if scan == limit {
                guard try refill() else { throw syntax("the closing quote of a string", found: nil) }
                continue
            }
            let byte = bytes[scan]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                position += 1
                try parseEscape()
            } else {
                throw syntax("the closing quote of a string (a raw line break or control byte appeared inside it)",
                             found: byte)
            }
        }
    }

    private func checkStringLength(_ count: Int) throws {
        if count > limits.maxStringBytes {
            throw JSONReadError.stringTooLong(file: fileName, line: line, offset: offset, limit: limits.maxStringBytes)
        }
    }

    /// Decodes one escape after its backslash into `scratch`.
    private func parseEscape() throws {
        let byte = try nextByte(expected: "an escape character")
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "x"):
            // Telegram Desktop writes control characters as \xHH (not JSON, but real).
            appendScalar(try hexValue(digits: 2))
        case UInt8(ascii: "u"):
            let unit = try hexValue(digits: 4)
            if (0xD800...0xDBFF).contains(unit) {
                if try peekByte() == UInt8(ascii: "\\") {
                    position += 1
                    guard try nextByte(expected: "'u' of a low surrogate") == UInt8(ascii: "u") else {
                        appendScalar(0xFFFD)
                        position -= 1
                        return
                    }
                    let low = try hexValue(digits: 4)
                    if (0xDC00...0xDFFF).contains(low) {
                        appendScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                    } else {
                        appendScalar(0xFFFD)
                        appendScalar(low)
                    }
                } else {
                    appendScalar(0xFFFD)
                }
            } else {
                appendScalar(unit)
            }
        default:
            throw syntax("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX or \\xHH)", found: byte)
        }
    }

    private func hexValue(digits: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            let byte = try nextByte(expected: "a hexadecimal digit")
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                position -= 1
                throw syntax("a hexadecimal digit", found: byte)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Appends one code point as UTF-8 (surrogates and out-of-range values as U+FFFD).
    private func appendScalar(_ value: UInt32) {
        let code = Unicode.Scalar(value) == nil ? 0xFFFD : value
        switch code {
        case 0..<0x80:
            scratch.append(UInt8(code))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | code >> 6))
            scratch.append(UInt8(0x80 | code & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | code >> 12))
            scratch.append(UInt8(0x80 | code >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | code & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | code >> 18))
            scratch.append(UInt8(0x80 | code >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | code >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | code & 0x3F))
        }
    }

    private func skipString() throws {
        position += 1
        while true {
            var scan = position
            let limit = end
            while scan < limit {
                let byte = bytes[scan]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                scan += 1
            }
            position = scan
            if scan == limit {
                guard try refill() else { throw syntax("the closing quote of a string", found: nil) }
                continue
            }
            let byte = bytes[scan]
            position += 1
            if byte == UInt8(ascii: "\"") { return }
            if byte == UInt8(ascii: "\\") {
                _ = try nextByte(expected: "an escape character")
            } else if byte != 0x09 {
                position -= 1
                throw syntax("the closing quote of a string (a raw line break or control byte appeared inside it)",
                             found: byte)
            }
        }
    }

    private func parseLiteral(_ word: StaticString) throws {
        let expected = "\(word)"
        var index = 0
        while index < word.utf8CodeUnitCount {
            let byte = try nextByte(expected: "'\(expected)'")
            guard byte == word.utf8Start[index] else {
                position -= 1
                throw syntax("'\(expected)'", found: byte)
            }
            index += 1
        }
    }

    /// Reads a number's text and checks its grammar: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private func parseNumber() throws -> String {
        var text: [UInt8] = []
        while let byte = try peekByte() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                text.append(byte)
                position += 1
                if text.count > 64 { throw syntax("a number of at most 64 characters", found: byte) }
                continue
            default:
                break
            }
            break
        }
        guard JSONStreamReader.isValidNumber(text) else { throw syntax("a number", found: text.first) }
        return String(decoding: text, as: UTF8.self)
    }

    static func isValidNumber(_ text: [UInt8]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < text.count, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        if index < text.count, text[index] == UInt8(ascii: "-") { index += 1 }
        let leading = index
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || text[leading] != UInt8(ascii: "0") else { return false }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == text.count
    }

    // MARK: - Bytes

    /// Skips whitespace (and a UTF-8 byte-order mark at the very start) and returns the next
    /// byte without consuming it; `nil` at the end of the source.
    @discardableResult
    private func skipWhitespace() throws -> UInt8? {
        while true {
            var scan = position
            let limit = end
            var lines = 0
            while scan < limit {
                let byte = bytes[scan]
                if byte == 0x0A {
                    lines += 1
                } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                    break
                }
                scan += 1
            }
            position = scan
            line += lines
            if scan < limit {
                if chunkStart == 0 && scan == 0 && bytes[0] == 0xEF { try skipByteOrderMark() ; continue }
                return bytes[scan]
            }
            guard try refill() else { return nil }
        }
    }

    private func skipByteOrderMark() throws {
        guard end >= 3, bytes[1] == 0xBB, bytes[2] == 0xBF else { throw syntax("a JSON value", found: 0xEF) }
        position = 3
    }

    private func peekByte() throws -> UInt8? {
        if position < end { return bytes[position] }
        guard try refill() else { return nil }
        return bytes[position]
    }

    private func nextByte(expected: String) throws -> UInt8 {
        guard let byte = try peekByte() else { throw syntax(expected, found: nil) }
        position += 1
        return byte
    }

    /// Replaces the consumed chunk with the next one; `false` at the end of the source.
    private func refill() throws -> Bool {
        if sourceEnded { return false }
        chunkStart += Int64(end)
        position = 0
        end = 0
        let count = try source.read(into: storage)
        if count == 0 {
            sourceEnded = true
            return false
        }
        end = count
        if valueStart >= 0, chunkStart - valueStart > Int64(limits.maxValueBytes) {
            throw JSONReadError.valueTooLarge(file: fileName, line: valueLine, offset: valueStart, limit: limits.maxValueBytes)
        }
        return true
    }

    private func syntax(_ expected: String, found byte: UInt8?) -> JSONReadError {
        .syntax(file: fileName, line: line, offset: offset, expected: expected, found: JSONStreamReader.describe(byte))
    }

    /// Names a structural byte without revealing text: a printable ASCII character is shown,
    /// anything else only by its code.
    static func describe(_ byte: UInt8?) -> String {
        guard let byte else { return "the end of the file" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return String(format: "byte 0x%02X", byte)
    }
}
