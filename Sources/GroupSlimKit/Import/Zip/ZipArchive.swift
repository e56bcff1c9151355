import Foundation

/// A ZIP archive read in place: the central directory is parsed once, and each entry is
/// inflated on demand as a pull stream (``ZipEntryStream``). Nothing is ever written to disk,
/// so entry names cannot climb out of a folder; they are still checked, because a genuine
/// export never has absolute or `..` names and such an archive deserves an error.
///
/// Our own reader over the system zlib rather than a ZIP package: importers pull bytes as they
/// parse, and a push-style extract-to-closure API would force whole entries into memory.
final class ZipArchive {
    let url: URL
    let displayName: String
    let limits: ZipLimits
    private(set) var entries: [ZipEntry] = []
    private let file: RandomAccessFile
    /// Bytes inflated so far from all entries, checked against ``ZipLimits/maxTotalBytes``.
    var totalInflated: Int64 = 0

    init(url: URL, displayName: String, limits: ZipLimits = .standard) throws {
        self.url = url
        self.displayName = displayName
        self.limits = limits
        file = try RandomAccessFile(url: url, displayName: displayName)
        entries = try readCentralDirectory()
    }

    /// Whether `url` starts like a ZIP archive (a local file header or an empty archive).
    static func looksLikeZip(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4), head.count == 4 else { return false }
        return Array(head) == [0x50, 0x4B, 0x03, 0x04] || Array(head) == [0x50, 0x4B, 0x05, 0x06]
    }

    /// A pull stream of `entry`'s uncompressed bytes.
    func open(_ entry: ZipEntry) throws -> ZipEntryStream {
        if entry.isEncrypted { throw ZipError.encrypted(file: displayName, entry: entry.name) }
        guard entry.method == 0 || entry.method == 8 else {
            throw ZipError.unsupportedMethod(file: displayName, entry: entry.name, method: Int(entry.method))
        }
        let header = try file.read(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30 else { throw ZipError.truncated(file: displayName, detail: "a local header is missing") }
        guard ZipArchive.uint32(header, 0) == 0x0403_4B50 else {
            throw ZipError.corrupt(file: displayName, entry: entry.name, detail: "no local header where the directory says")
        }
        let dataStart = entry.localHeaderOffset + 30 + UInt64(ZipArchive.uint16(header, 26)) + UInt64(ZipArchive.uint16(header, 28))
        guard dataStart + entry.compressedSize <= file.size else {
            throw ZipError.truncated(file: displayName, detail: "entry \(entry.name) runs past the end")
        }
        return try ZipEntryStream(archive: self, entry: entry, file: file, dataStart: dataStart)
    }

    // MARK: - Central directory

    private func readCentralDirectory() throws -> [ZipEntry] {
        let tailLength = min(file.size, 65_557)
        let tail = try file.read(at: file.size - tailLength, count: Int(tailLength))
        guard let eocd = ZipArchive.findEndRecord(tail) else {
            if file.size < 22 || !ZipArchive.looksLikeZip(url) { throw ZipError.notAZip(file: displayName) }
            throw ZipError.truncated(file: displayName, detail: "the central directory at the end is missing")
        }
        let eocdOffset = file.size - tailLength + UInt64(eocd)
        var count = UInt64(ZipArchive.uint16(tail, eocd + 10))
        var directorySize = UInt64(ZipArchive.uint32(tail, eocd + 12))
        var directoryOffset = UInt64(ZipArchive.uint32(tail, eocd + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            (count, directorySize, directoryOffset) = try readZip64End(eocdOffset: eocdOffset)
        }
        guard count <= UInt64(limits.maxEntries) else {
            throw ZipError.tooManyEntries(file: displayName, count: Int(clamping: count), limit: limits.maxEntries)
        }
        // Written so that ZIP64's 8-byte values, which can be anything, cannot overflow the sum.
        guard directorySize <= eocdOffset, directoryOffset <= eocdOffset - directorySize else {
            throw ZipError.truncated(file: displayName, detail: "the central directory points past the end")
        }
        let directory = try file.read(at: directoryOffset, count: Int(directorySize))
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(count))
        var cursor = 0
        for _ in 0..<count {
            guard cursor + 46 <= directory.count, ZipArchive.uint32(directory, cursor) == 0x0201_4B50 else {
                throw ZipError.truncated(file: displayName, detail: "the central directory ends early")
            }
            let nameLength = Int(ZipArchive.uint16(directory, cursor + 28))
            let extraLength = Int(ZipArchive.uint16(directory, cursor + 30))
            let commentLength = Int(ZipArchive.uint16(directory, cursor + 32))
            let next = cursor + 46 + nameLength + extraLength + commentLength
            guard next <= directory.count else { throw ZipError.truncated(file: displayName, detail: "the central directory ends early") }
            let name = String(decoding: directory[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            var entry = ZipEntry(
                name: name, method: ZipArchive.uint16(directory, cursor + 10), flags: ZipArchive.uint16(directory, cursor + 8),
                crc32: ZipArchive.uint32(directory, cursor + 16),
                compressedSize: UInt64(ZipArchive.uint32(directory, cursor + 20)),
                uncompressedSize: UInt64(ZipArchive.uint32(directory, cursor + 24)),
                localHeaderOffset: UInt64(ZipArchive.uint32(directory, cursor + 42)))
            ZipArchive.applyZip64(Array(directory[(cursor + 46 + nameLength)..<(cursor + 46 + nameLength + extraLength)]), to: &entry)
            guard ZipArchive.isSafe(name) else { throw ZipError.unsafeEntryName(file: displayName, entry: name) }
            try checkBounds(entry)
            entries.append(entry)
            cursor = next
        }
        try checkNoOverlap(entries)
        return entries
    }

    /// An entry's offset and sizes come from the archive (8 bytes each under ZIP64) and are later
    /// added and multiplied; bounding them here by the file keeps that
    /// arithmetic exact and turns a forged value into an error rather than a trap.
    private func checkBounds(_ entry: ZipEntry) throws {
        guard entry.localHeaderOffset < file.size, entry.compressedSize <= file.size else {
            throw ZipError.truncated(file: displayName, detail: "entry \(entry.name) points past the end")
        }
        // The size limits are enforced on the bytes actually inflated (declared sizes can lie);
        // this only keeps the declared size representable for progress figures.
        guard entry.uncompressedSize <= UInt64(Int64.max) else {
            throw ZipError.corrupt(file: displayName, entry: entry.name, detail: "it declares an impossible size")
        }
    }

    /// Entries whose data overlap are the trick of "flat" ZIP bombs (one compressed block
    /// referenced by thousands of entries); a genuine archive never has them.
    private func checkNoOverlap(_ entries: [ZipEntry]) throws {
        let sorted = entries.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (current, next) in zip(sorted, sorted.dropFirst())
        where current.localHeaderOffset + 30 + current.compressedSize > next.localHeaderOffset {
            throw ZipError.corrupt(file: displayName, entry: next.name, detail: "its data overlaps entry \(current.name), the mark of a ZIP bomb")
        }
    }

    private func readZip64End(eocdOffset: UInt64) throws -> (UInt64, UInt64, UInt64) {
        guard eocdOffset >= 20 else { throw ZipError.truncated(file: displayName, detail: "the ZIP64 locator is missing") }
        let locator = try file.read(at: eocdOffset - 20, count: 20)
        guard ZipArchive.uint32(locator, 0) == 0x0706_4B50 else {
            throw ZipError.truncated(file: displayName, detail: "the ZIP64 locator is missing")
        }
        let recordOffset = ZipArchive.uint64(locator, 8)
        let record = try file.read(at: recordOffset, count: 56)
        guard record.count == 56, ZipArchive.uint32(record, 0) == 0x0606_4B50 else {
            throw ZipError.truncated(file: displayName, detail: "the ZIP64 end record is missing")
        }
        return (ZipArchive.uint64(record, 32), ZipArchive.uint64(record, 40), ZipArchive.uint64(record, 48))
    }

    /// Replaces 0xFFFFFFFF sizes and offsets with the ZIP64 extra field's 8-byte values, which
    /// appear in the order uncompressed, compressed, offset, each only when its 4-byte field is full.
    private static func applyZip64(_ extra: [UInt8], to entry: inout ZipEntry) {
        var cursor = 0
        while cursor + 4 <= extra.count {
            let id = uint16(extra, cursor)
            let size = Int(uint16(extra, cursor + 2))
            guard cursor + 4 + size <= extra.count else { return }
            if id == 0x0001 {
                var field = cursor + 4
                let fieldEnd = field + size
                if entry.uncompressedSize == 0xFFFF_FFFF, field + 8 <= fieldEnd { entry.uncompressedSize = uint64(extra, field); field += 8 }
                if entry.compressedSize == 0xFFFF_FFFF, field + 8 <= fieldEnd { entry.compressedSize = uint64(extra, field); field += 8 }
                if entry.localHeaderOffset == 0xFFFF_FFFF, field + 8 <= fieldEnd { entry.localHeaderOffset = uint64(extra, field) }
                return
            }
            cursor += 4 + size
        }
    }

    private static func findEndRecord(_ tail: [UInt8]) -> Int? {
        guard tail.count >= 22 else { return nil }
        var index = tail.count - 22
        while index >= 0 {
            if tail[index] == 0x50, tail[index + 1] == 0x4B, tail[index + 2] == 0x05, tail[index + 3] == 0x06 { return index }
            index -= 1
        }
        return nil
    }

    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.hasPrefix("\\") || name.contains(":") { return false }
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return !parts.contains("..")
    }

    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    static func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
