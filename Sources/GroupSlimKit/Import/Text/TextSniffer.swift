import Foundation

/// The first lines of a file as text, for format detection: a few kilobytes, decoded from
/// whatever supported encoding the file is in, so every importer can judge content cheaply.
enum TextSniffer {
    /// How much of a file is looked at: enough for the first few dozen lines of any chat log.
    static let prefixBytes = 16_384

    /// The first (at most `limit`) lines of `url`; `nil` for folders, unreadable or binary files.
    static func lines(of url: URL, limit: Int = 40, bytes: Int = TextSniffer.prefixBytes) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
              let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: bytes) else { return nil }
        return lines(prefix: Array(data), isWholeFile: data.count < bytes, limit: limit)
    }

    /// The first (at most `limit`) lines of a file whose first bytes are `prefix` (all of them
    /// when `isWholeFile`); `nil` when they are in no supported encoding.
    static func lines(prefix: [UInt8], isWholeFile whole: Bool, limit: Int = 40) -> [String]? {
        guard let encoding = SourceEncoding.detect(prefix: prefix, isWholeFile: whole) else { return nil }
        let utf8: [UInt8]?
        switch encoding {
        case .utf8: utf8 = prefix
        case .utf8WithBOM: utf8 = Array(prefix.dropFirst(3))
        case .utf16LE, .utf16BE, .gb18030:
            let even = (encoding == .gb18030 || prefix.count % 2 == 0) ? prefix : Array(prefix.dropLast())
            utf8 = SourceEncoding.transcode(even, from: encoding, allowTruncatedTail: true)
        }
        guard let utf8 else { return nil }
        let text = String(decoding: utf8, as: UTF8.self)
        var result: [String] = []
        text.enumerateLines { line, stop in
            result.append(line)
            if result.count >= limit { stop = true }
        }
        if !whole, result.count > 1, result.count < limit { result.removeLast() }  // the cut-off line
        return result
    }
}
