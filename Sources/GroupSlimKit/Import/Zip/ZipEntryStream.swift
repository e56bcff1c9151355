import CZlib
import Foundation

/// One ZIP entry's uncompressed bytes as a pull stream: each ``read(into:)`` inflates just enough
/// compressed input to fill the caller's buffer. The ZIP-bomb limits are checked against the
/// bytes actually produced, not the sizes the archive declares, and the CRC-32 is verified at
/// the end so a damaged entry fails instead of importing half a day.
final class ZipEntryStream: ByteSource {
    private let archive: ZipArchive
    private let entry: ZipEntry
    private let file: RandomAccessFile
    private let dataStart: UInt64
    private var compressedRead: UInt64 = 0
    private var produced: UInt64 = 0
    private var checksum: UInt = 0
    private var finished = false
    private let input: UnsafeMutableRawBufferPointer
    private let stream: UnsafeMutablePointer<z_stream>
    private var inflating = false

    private static let inputChunk = 256 * 1024
    private static let ratioGrace: UInt64 = 16 * 1_048_576

    init(archive: ZipArchive, entry: ZipEntry, file: RandomAccessFile, dataStart: UInt64) throws {
        self.archive = archive
        self.entry = entry
        self.file = file
        self.dataStart = dataStart
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: ZipEntryStream.inputChunk, alignment: 1)
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        if entry.method == 8 {
            // Negative window bits: raw deflate data, as ZIP stores it (no zlib header).
            guard inflateInit2_(stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw ZipError.corrupt(file: archive.displayName, entry: entry.name, detail: "zlib could not start")
            }
            inflating = true
        }
    }

    deinit {
        if inflating { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        let count = entry.method == 8 ? try inflate(into: buffer) : try copyStored(into: buffer)
        try account(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        return count
    }

    private func copyStored(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let remaining = entry.compressedSize - compressedRead
        if remaining == 0 {
            try finish()
            return 0
        }
        let want = Int(min(UInt64(buffer.count), remaining))
        let got = try file.read(at: dataStart + compressedRead, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]))
        guard got == want else { throw ZipError.truncated(file: archive.displayName, detail: "entry \(entry.name) is cut short") }
        compressedRead += UInt64(got)
        return got
    }

    private func inflate(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        stream.pointee.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(min(buffer.count, Int(UInt32.max)))
        let capacity = Int(stream.pointee.avail_out)
        while Int(stream.pointee.avail_out) == capacity {
            if stream.pointee.avail_in == 0 && compressedRead < entry.compressedSize {
                let want = Int(min(UInt64(input.count), entry.compressedSize - compressedRead))
                let got = try file.read(at: dataStart + compressedRead, into: UnsafeMutableRawBufferPointer(rebasing: input[0..<want]))
                guard got == want else { throw ZipError.truncated(file: archive.displayName, detail: "entry \(entry.name) is cut short") }
                compressedRead += UInt64(got)
                stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_in = uInt(got)
            }
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                let count = capacity - Int(stream.pointee.avail_out)
                finished = true
                return count
            }
            if status == Z_BUF_ERROR && stream.pointee.avail_in == 0 && compressedRead == entry.compressedSize {
                throw ZipError.truncated(file: archive.displayName, detail: "entry \(entry.name) ends before its deflate stream does")
            }
            guard status == Z_OK || status == Z_BUF_ERROR else {
                throw ZipError.corrupt(file: archive.displayName, entry: entry.name, detail: "invalid deflate data")
            }
        }
        return capacity - Int(stream.pointee.avail_out)
    }

    /// Counts produced bytes against the limits and the checksum; verifies the entry at its end.
    private func account(_ bytes: UnsafeRawBufferPointer) throws {
        if !bytes.isEmpty {
            produced += UInt64(bytes.count)
            archive.totalInflated += Int64(bytes.count)
            checksum = crc32(checksum, bytes.baseAddress!.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
            if archive.totalInflated > archive.limits.maxTotalBytes {
                throw ZipError.tooLarge(file: archive.displayName, limit: archive.limits.maxTotalBytes)
            }
            let (allowed, overflow) = entry.compressedSize.multipliedReportingOverflow(by: UInt64(archive.limits.maxRatio))
            if produced > ZipEntryStream.ratioGrace && !overflow && produced > allowed {
                throw ZipError.expansionRatio(file: archive.displayName, entry: entry.name, limit: archive.limits.maxRatio)
            }
            if produced > entry.uncompressedSize {
                throw ZipError.corrupt(file: archive.displayName, entry: entry.name, detail: "expands past its declared size")
            }
        }
        if finished || (entry.method == 0 && compressedRead == entry.compressedSize) { try finish() }
    }

    private func finish() throws {
        finished = true
        guard produced == entry.uncompressedSize else {
            throw ZipError.corrupt(file: archive.displayName, entry: entry.name, detail: "shorter than its declared size")
        }
        guard UInt32(truncatingIfNeeded: checksum) == entry.crc32 else {
            throw ZipError.checksum(file: archive.displayName, entry: entry.name)
        }
    }
}
