import Foundation

/// Where a streaming reader gets its bytes: a file, or a ZIP entry being inflated. Pull-based so
/// that a reader asks for the next chunk only when it has used the last one, which keeps memory
/// at one chunk whatever the size of the source.
protocol ByteSource: AnyObject {
    /// Fills the start of `buffer`; returns how many bytes were written, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Up to `count` bytes, fewer only at the end of the source.
    func read(upTo count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try bytes.withUnsafeMutableBytes { try read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(count - filled)
        return bytes
    }
}

/// A file read in chunks with plain `read(2)` calls.
final class FileByteSource: ByteSource {
    private let handle: FileHandle
    private let fileName: String

    init(url: URL, displayName: String) throws {
        fileName = displayName
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ImportError.unreadable(file: displayName, reason: "cannot open it")
        }
    }

    deinit { try? handle.close() }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(handle.fileDescriptor, base, buffer.count)
            #else
            let count = Darwin.read(handle.fileDescriptor, base, buffer.count)
            #endif
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw ImportError.unreadable(file: fileName, reason: String(cString: strerror(errno)))
        }
    }
}

/// Bytes already in memory (small files, tests).
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
        }
        offset += count
        return count
    }
}
