import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character encodings an export arrives in, and how to turn each into UTF-8.
///
/// Exports are UTF-8 (sometimes with a BOM) except when an office re-saves a CSV in Excel on
/// Chinese Windows, which writes GB18030/GBK. UTF-16 appears when Excel's "Unicode text" is
/// chosen. Anything else is refused with a message that says how to fix the file.
public enum SourceEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"

    /// Decides the encoding of a file from its first bytes and, if needed, the whole content.
    ///
    /// - Parameters:
    ///   - prefix: the first bytes of the file (at least 64 KiB when the file is that large).
    ///   - isWholeFile: whether `prefix` is the complete file (a truncated multi-byte sequence
    ///     at the end of a partial prefix is then not an error).
    /// - Returns: `nil` when the bytes are neither UTF-8 nor GB18030.
    public static func detect(prefix: [UInt8], isWholeFile: Bool) -> SourceEncoding? {
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8WithBOM }
        if prefix.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if prefix.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        if prefix.contains(0) { return nil }  // binary, or UTF-16 without a BOM
        if isValidUTF8(prefix, allowTruncatedTail: !isWholeFile) { return .utf8 }
        if transcode(prefix, from: .gb18030, allowTruncatedTail: !isWholeFile) != nil { return .gb18030 }
        return nil
    }

    /// Converts `bytes` in this encoding to UTF-8 without a BOM; `nil` when they are invalid.
    public func decodeToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        switch self {
        case .utf8: return SourceEncoding.isValidUTF8(bytes, allowTruncatedTail: false) ? bytes : nil
        case .utf8WithBOM:
            let body = Array(bytes.dropFirst(3))
            return SourceEncoding.isValidUTF8(body, allowTruncatedTail: false) ? body : nil
        case .utf16LE, .utf16BE, .gb18030:
            return SourceEncoding.transcode(bytes, from: self, allowTruncatedTail: false)
        }
    }

    /// Whether `bytes` is well-formed UTF-8. With `allowTruncatedTail`, an incomplete sequence
    /// in the last three bytes is accepted (the file continues beyond this prefix).
    static func isValidUTF8(_ bytes: [UInt8], allowTruncatedTail: Bool) -> Bool {
        var body = bytes[...]
        if allowTruncatedTail {
            // Drop an incomplete trailing sequence: find the last lead byte within 3 bytes.
            var back = 0
            var index = bytes.endIndex
            while index > bytes.startIndex && back < 4 {
                index -= 1
                back += 1
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 {
                    let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    if needed > back { body = bytes[..<index] }
                    break
                }
            }
        }
        return String(validating: body, as: UTF8.self) != nil
    }

    private var iconvName: String {
        switch self {
        case .utf8, .utf8WithBOM: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        }
    }

    /// Transcodes through the C library's iconv, which knows GB18030 on every Linux and macOS.
    static func transcode(_ input: [UInt8], from encoding: SourceEncoding, allowTruncatedTail: Bool) -> [UInt8]? {
        var source = input
        if encoding == .utf16LE || encoding == .utf16BE { source = Array(input.dropFirst(2)) }
        guard let converter = Optional(iconv_open("UTF-8", encoding.iconvName)),
              converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: source.count * 2 + 16)
        var produced = 0
        let success: Bool = source.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                produced = outRaw.count - outLeft
                if result == -1 {
                    // EINVAL: an incomplete sequence at the end, acceptable for a prefix.
                    return allowTruncatedTail && errno == EINVAL
                }
                return true
            }
        }
        guard success else { return nil }
        output.removeSubrange(produced...)
        return output
    }
}
