import Foundation

/// A file read at explicit offsets (`pread`), shared by a ZIP archive and its entry streams
/// without any of them moving a common file position.
final class RandomAccessFile {
    let size: UInt64
    private let handle: FileHandle
    private let displayName: String

    init(url: URL, displayName: String) throws {
        self.displayName = displayName
        do {
            handle = try FileHandle(forReadingFrom: url)
            size = try handle.seekToEnd()
        } catch {
            throw ImportError.unreadable(file: displayName, reason: "cannot open it")
        }
    }

    deinit { try? handle.close() }

    /// Up to `count` bytes at `offset`; fewer only at the end of the file.
    func read(at offset: UInt64, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = try bytes.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        if got < count { bytes.removeLast(count - got) }
        return bytes
    }

    /// Fills `buffer` from `offset`; returns how many bytes were read (fewer only at the end).
    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        // An offset read from a damaged archive can lie anywhere in 64 bits; past the end there is
        // nothing to read (and `off_t` could not hold it).
        guard offset < size else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let got = pread(handle.fileDescriptor, buffer.baseAddress! + filled, buffer.count - filled, off_t(offset) + off_t(filled))
            if got < 0 {
                if errno == EINTR { continue }
                throw ImportError.unreadable(file: displayName, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            filled += got
        }
        return filled
    }
}
